"""Read-only vocabularies shipped inside the package."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml


@cache
def violation_codes() -> dict[str, dict[str, str]]:
    """The controlled vocabulary of violation codes: code -> {label, definition}."""
    text = resources.files(__package__).joinpath("violations.yaml").read_text(encoding="utf-8")
    return dict(yaml.safe_load(text)["codes"])
