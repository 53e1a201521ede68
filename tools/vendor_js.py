"""Vendor the site's JavaScript and map data from the npm registry: pinned, integrity-checked.

Usage: python tools/vendor_js.py

Each package in `PACKAGES` is fetched as its registry tarball, its `dist.integrity` (SHA-512,
Subresource Integrity form) is checked against the value pinned here, and the files named are
copied, with the package's licence file beside them, into src/guwah/web/static/vendor/<name>/.
`vendored.json` there records, for each copied file, its SHA-256, so that tests check the served
files are the ones fetched (tests/web/test_vendor.py). Nothing is fetched at run time.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import sys
import tarfile
import urllib.request
from pathlib import Path

REGISTRY = "https://registry.npmjs.org"
VENDOR = Path(__file__).resolve().parents[1] / "src" / "guwah" / "web" / "static" / "vendor"
PACKAGES = {
    "leaflet": {
        "version": "1.9.4", "licence": "BSD-2-Clause",
        "integrity": "sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA==",
        "files": {"dist/leaflet.js": "leaflet.js", "dist/leaflet.css": "leaflet.css",
                  "dist/images/layers.png": "images/layers.png", "dist/images/layers-2x.png": "images/layers-2x.png",
                  "dist/images/marker-icon.png": "images/marker-icon.png",
                  "dist/images/marker-icon-2x.png": "images/marker-icon-2x.png",
                  "dist/images/marker-shadow.png": "images/marker-shadow.png", "LICENSE": "LICENSE"},
    },
    "topojson-client": {
        "version": "3.1.0", "licence": "ISC",
        "integrity": "sha512-605uxS6bcYxGXw9qi62XyrV6Q3xwbndjachmNxu8HWTtVPxZfEJN9fd/SZS1Q54Sn2y0TMyMxFj/cJINqGHrKw==",
        "files": {"dist/topojson-client.min.js": "topojson-client.min.js", "LICENSE": "LICENSE"},
    },
    # Natural Earth's Admin 0 country outlines (public domain data) as TopoJSON; the package's
    # own code and packaging are ISC.
    "world-atlas": {
        "version": "2.0.2", "licence": "ISC (packaging); Natural Earth data: public domain",
        "integrity": "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==",
        "files": {"countries-50m.json": "countries-50m.json", "LICENSE": "LICENSE", "README.md": "README.md"},
    },
}


def sri(data: bytes) -> str:
    """The Subresource Integrity string (sha512-<base64>) of some bytes."""
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


def fetch(name: str, spec: dict) -> dict[str, bytes]:
    """The package's wanted files, from its registry tarball after the integrity check."""
    url = f"{REGISTRY}/{name}/-/{name}-{spec['version']}.tgz"
    with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 (a fixed https address)
        tarball = response.read()
    if sri(tarball) != spec["integrity"]:
        raise SystemExit(f"{name}@{spec['version']}: integrity mismatch, refusing to vendor it")
    files = {}
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
        for source, target in spec["files"].items():
            member = archive.extractfile(f"package/{source}")
            if member is None:
                raise SystemExit(f"{name}: {source} is not in the tarball")
            files[target] = member.read()
    return files


def main(argv: list[str]) -> int:
    manifest = {}
    for name, spec in PACKAGES.items():
        files = fetch(name, spec)
        for target, data in files.items():
            path = VENDOR / name / target
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        manifest[name] = {"version": spec["version"], "licence": spec["licence"], "integrity": spec["integrity"],
                          "tarball": f"{REGISTRY}/{name}/-/{name}-{spec['version']}.tgz",
                          "files": {t: hashlib.sha256(d).hexdigest() for t, d in sorted(files.items())}}
    (VENDOR / "vendored.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    names = ", ".join(f"{name}@{spec['version']}" for name, spec in PACKAGES.items())
    sys.stderr.write(f"vendored {names} into {VENDOR}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
