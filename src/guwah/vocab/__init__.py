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


ACT_LANGUAGES = ("en", "fr", "ru", "kk", "ug", "zh")


@cache
def euphemisms() -> dict[str, dict[str, str]]:
    """The state's own words for a camp and for being held there, from euphemisms.yaml (issue 11).

    Returns:
        language -> {name: a regular expression's text, a non-capturing group}. The one home of these
        lists: the acts and events files name one as `{{language.name}}` (`expand`), Python code reads
        it with `euphemism`.
    """
    text = resources.files(__package__).joinpath("euphemisms.yaml").read_text(encoding="utf-8")
    return {language: dict(lists) for language, lists in (yaml.safe_load(text) or {}).items()}


def euphemism(language: str, name: str) -> str:
    """One list of euphemisms.yaml, as a regular expression's text. Raises KeyError for an unknown one."""
    return euphemisms()[language][name]


def expand(pattern: str | None, where: str = "pattern") -> str | None:
    """`pattern` with each `{{language.name}}` replaced by that list of euphemisms.yaml.

    Raises:
        ValueError: a name euphemisms.yaml has not (the message gives `where`).
    """
    import re

    if not pattern or "{{" not in pattern:
        return pattern

    def _list(match: re.Match) -> str:
        try:
            return euphemism(match[1], match[2])
        except KeyError:
            raise ValueError(f"{where}: no list {match[0]} in euphemisms.yaml") from None

    expanded = re.sub(r"\{\{(\w+)\.(\w+)\}\}", _list, pattern)
    if "{{" in expanded:  # a name half written ({{ru.study}) would else be matched as the letters
        raise ValueError(f"{where}: a list name not closed as {{{{language.name}}}}")
    return expanded


@cache
def act_patterns() -> tuple[dict, ...]:
    """Ways of saying an act, from acts/<language>.yaml (see acts/README.md).

    Returns:
        Entries {language, code, pattern, tokens, dependency, negative_form, object_first,
        subject_first, requires, rule}, in file order. Each has one of `pattern` (a regular expression's
        text, matched case-insensitively), `tokens` (a spaCy Matcher pattern: a list of token
        dicts, over lemmas and parts of speech) or `dependency` (a spaCy DependencyMatcher
        pattern); the others are None. `requires` (which the sentence must also match, or None)
        is a regular expression's text. `rule` names the entry as its errors do ("acts/en.yaml entry
        12", its number in its file): the violation it finds records it (`Violation.rule`).
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
        ValueError: an entry names an unknown code or key, has not exactly one of pattern, tokens
            and dependency, or its pattern does not compile (a token or dependency pattern is
            checked by spaCy's Matcher); the message gives the source and the entry's number.
    """
    import re

    codes = violation_codes()
    allowed = {"code", "pattern", "tokens", "dependency", "negative_form", "object_first", "subject_first",
               "requires"}
    entries = []
    for number, entry in enumerate(yaml.safe_load(text) or [], start=1):
        kinds = [key for key in ("pattern", "tokens", "dependency") if isinstance(entry, dict) and key in entry]
        if not isinstance(entry, dict) or set(entry) - allowed or entry.get("code") not in codes or len(kinds) != 1 \
                or ("pattern" in entry and not isinstance(entry["pattern"], str)) \
                or (kinds[0] != "pattern" and not isinstance(entry[kinds[0]], list)):
            raise ValueError(f"{source} entry {number}: unknown code or key, or no pattern (exactly one of "
                             f"pattern, tokens and dependency) ({entry!r:.80})")
        entry = {**entry, **{key: expand(entry[key], f"{source} entry {number}")
                             for key in ("pattern", "requires") if isinstance(entry.get(key), str)}}
        try:
            re.compile(entry.get("pattern") or "", re.I)
            re.compile(entry.get("requires") or "", re.I)
        except (re.error, TypeError) as error:
            raise ValueError(f"{source} entry {number}: pattern does not compile: {error}") from error
        if kinds[0] != "pattern":
            _check_token_pattern(kinds[0], entry[kinds[0]], f"{source} entry {number}")
        entries.append({"language": language, "code": entry["code"], "pattern": entry.get("pattern"),
                        "tokens": _frozen(entry.get("tokens")), "dependency": _frozen(entry.get("dependency")),
                        "negative_form": bool(entry.get("negative_form")),
                        "object_first": bool(entry.get("object_first")),
                        "subject_first": bool(entry.get("subject_first")), "requires": entry.get("requires"),
                        "rule": f"{source} entry {number}"})
    return entries


# Languages with a file of ways of telling an event (events/<language>.yaml): those read without a parse.
EVENT_LANGUAGES = ("kk", "ug", "zh")


@cache
def event_patterns(language: str) -> tuple[dict, ...]:
    """Ways of telling an event in one language, from events/<language>.yaml (see events/README.md).

    Returns:
        Entries {kind, pattern, requires, negative_form}, in file order: `kind` an event type
        (`guwah.domain.EventType`), `pattern` and `requires` (which the sentence must also match, or
        None) a regular expression's text, matched case-insensitively. Empty for a language with no
        file (`EVENT_LANGUAGES`).
    Raises:
        ValueError: see `parse_events`.
    """
    if language not in EVENT_LANGUAGES:
        return ()
    name = f"events/{language}.yaml"
    return tuple(parse_events(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"), name))


def parse_events(text: str, source: str = "events") -> list[dict]:
    """The entries of one events file (YAML text), checked.

    Raises:
        ValueError: an entry is no mapping, names an unknown event type or key, has no pattern, or
            its pattern or `requires` does not compile; the message gives the source and the entry's number.
    """
    import re

    from guwah.domain import EventType

    kinds = {kind.value for kind in EventType}
    allowed = {"kind", "pattern", "requires", "negative_form"}
    entries = []
    for number, entry in enumerate(yaml.safe_load(text) or [], start=1):
        if not isinstance(entry, dict) or set(entry) - allowed or entry.get("kind") not in kinds \
                or not isinstance(entry.get("pattern"), str) or not isinstance(entry.get("requires", ""), str):
            raise ValueError(f"{source} entry {number}: unknown event type or key, or no pattern ({entry!r:.80})")
        entry = {**entry, **{key: expand(entry[key], f"{source} entry {number}")
                             for key in ("pattern", "requires") if isinstance(entry.get(key), str)}}
        try:
            re.compile(entry["pattern"], re.I)
            re.compile(entry.get("requires") or "", re.I)
        except re.error as error:
            raise ValueError(f"{source} entry {number}: pattern does not compile: {error}") from error
        entries.append({"kind": entry["kind"], "pattern": entry["pattern"], "requires": entry.get("requires"),
                        "negative_form": bool(entry.get("negative_form"))})
    return entries


def _frozen(value):
    """A YAML list of dicts as a hashable tuple of dicts (so entries can be cached)."""
    return tuple(value) if value is not None else None


# The token attributes a pattern may test: the extractor matches over a document rebuilt from the
# model's words, lemmas, parts of speech and parse in a bare vocabulary, where lexical attributes
# (LOWER, IS_PUNCT, LIKE_NUM …) are never set, so a pattern on them would silently match nothing.
TOKEN_ATTRIBUTES = {"ORTH", "TEXT", "LEMMA", "POS", "DEP", "OP"}


def _check_token_pattern(kind: str, pattern: list, where: str) -> None:
    from spacy.matcher import DependencyMatcher, Matcher
    from spacy.vocab import Vocab

    try:
        if kind == "tokens":
            Matcher(Vocab(), validate=True).add("check", [pattern])
        else:
            DependencyMatcher(Vocab(), validate=True).add("check", [pattern])
    except (ValueError, KeyError, TypeError) as error:
        raise ValueError(f"{where}: {kind} pattern refused by spaCy: {str(error).splitlines()[0]}") from error
    specs = pattern if kind == "tokens" else [node.get("RIGHT_ATTRS", {}) for node in pattern if isinstance(node, dict)]
    unseen = sorted({key for spec in specs if isinstance(spec, dict) for key in spec} - TOKEN_ATTRIBUTES)
    if unseen:
        raise ValueError(f"{where}: {kind} pattern tests {', '.join(unseen)}, which the extractor's tokens do not "
                         f"carry (use {', '.join(sorted(TOKEN_ATTRIBUTES - {'OP'}))})")
