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


ACT_LANGUAGES = ("en", "fr", "ru")


@cache
def act_patterns() -> tuple[dict, ...]:
    """Ways of saying an act, from acts/<language>.yaml (see acts/README.md).

    Returns:
        Entries {language, code, pattern, negative_form, object_first, subject_first, requires},
        in file order;
        `pattern` (and `requires`, which the sentence must also match, or None) is a regular
        expression's text, matched case-insensitively.
    Raises:
        ValueError: see `parse_acts`.
    """
    entries: list[dict] = []
    for language in ACT_LANGUAGES:
        name = f"acts/{language}.yaml"
        entries += parse_acts(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"), language, name)
    return tuple(entries)


def parse_acts(text: str, language: str, source: str = "acts") -> list[dict]:
    """The entries of one acts file (YAML text), checked.

    Raises:
        ValueError: an entry names an unknown code or key, lacks a pattern, or a pattern does not
            compile; the message gives the source and the entry's number.
    """
    import re

    codes = violation_codes()
    allowed = {"code", "pattern", "negative_form", "object_first", "subject_first", "requires"}
    entries = []
    for number, entry in enumerate(yaml.safe_load(text) or [], start=1):
        if not isinstance(entry, dict) or set(entry) - allowed or entry.get("code") not in codes \
                or not isinstance(entry.get("pattern"), str):
            raise ValueError(f"{source} entry {number}: unknown code or key, or no pattern ({entry!r:.80})")
        try:
            re.compile(entry["pattern"], re.I)
            re.compile(entry.get("requires") or "", re.I)
        except (re.error, TypeError) as error:
            raise ValueError(f"{source} entry {number}: pattern does not compile: {error}") from error
        entries.append({"language": language, "code": entry["code"], "pattern": entry["pattern"],
                        "negative_form": bool(entry.get("negative_form")),
                        "object_first": bool(entry.get("object_first")),
                        "subject_first": bool(entry.get("subject_first")), "requires": entry.get("requires")})
    return entries
