"""Vendored JavaScript and map data: the files served are the ones fetched, each with its licence."""

import hashlib
import json
import re

import pytest

from tests.shared import REPO

VENDOR = REPO / "src" / "guwah" / "web" / "static" / "vendor"
MANIFEST = json.loads((VENDOR / "vendored.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("package", sorted(MANIFEST))
def test_vendored_files_match_their_recorded_hashes_and_keep_their_licence(package):
    spec = MANIFEST[package]
    assert re.fullmatch(r"sha512-[A-Za-z0-9+/]{86}==", spec["integrity"])
    assert spec["tarball"] == f"https://registry.npmjs.org/{package}/-/{package}-{spec['version']}.tgz"
    assert "LICENSE" in spec["files"]
    on_disk = {p.relative_to(VENDOR / package).as_posix() for p in (VENDOR / package).rglob("*") if p.is_file()}
    assert on_disk == set(spec["files"])
    for name, digest in spec["files"].items():
        assert hashlib.sha256((VENDOR / package / name).read_bytes()).hexdigest() == digest, name


def test_the_vendoring_script_pins_what_the_manifest_records():
    import importlib.util

    spec = importlib.util.spec_from_file_location("vendor_js", REPO / "tools" / "vendor_js.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert {name: (p["version"], p["integrity"]) for name, p in module.PACKAGES.items()} == {
        name: (p["version"], p["integrity"]) for name, p in MANIFEST.items()}
