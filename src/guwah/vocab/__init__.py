"""Read-only vocabularies shipped inside the package."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml


@cache
def violation_codes() -> dict[str, dict[str, str]]:
    """The controlled vocabulary of violation codes: code -> {label, definition}."""
    text = resources.files(__package__).joinpath("violations.yaml").read_text(encoding="utf-8")
    return dict(yaml.safe_load(text)["codes"])


ACT_LANGUAGES = ("en", "fr", "ru", "kk", "ug", "zh")


# The fields an entry of euphemisms.yaml may carry beside its pattern, for the readers that need a
# narrower or another shape of the same list (see the file's head): regular expressions' texts, or word lists.
EUPHEMISM_FIELDS = {"pattern": str, "facility": str, "before_school": str, "kind_words": list, "noun_words": list}


@cache
def euphemisms() -> dict[str, dict[str, dict]]:
    """The state's own words for a camp and for being held there, from euphemisms.yaml (issue 11).

    Returns:
        language -> {name: entry}, an entry {field: value} with at least `pattern` (a regular
        expression's text, a non-capturing group) and any of `EUPHEMISM_FIELDS`. The one home of these
        lists: the acts and events files name one as `{{language.name}}` (`expand`), Python code reads
        it with `euphemism` and `euphemism_words`.
    Raises:
        ValueError: see `parse_euphemisms`.
    """
    text = resources.files(__package__).joinpath("euphemisms.yaml").read_text(encoding="utf-8")
    return parse_euphemisms(text)


def parse_euphemisms(text: str, source: str = "euphemisms.yaml") -> dict[str, dict[str, dict]]:
    """The lists of a euphemisms file (YAML text), checked; the shape `euphemisms` returns.

    An entry is written as a pattern alone (a string) or as a mapping of `EUPHEMISM_FIELDS`.
    Raises:
        ValueError: one line naming the source and the entry: a language with no acts file
            (`ACT_LANGUAGES`), an unknown field, a field of the wrong shape, no pattern, or a
            regular expression that does not compile.
    """
    import re

    loaded = yaml.safe_load(text) or {}
    if not isinstance(loaded, dict):
        raise ValueError(f"{source}: no mapping of languages")
    lists: dict[str, dict[str, dict]] = {}
    for language, entries in loaded.items():
        if language not in ACT_LANGUAGES:
            raise ValueError(f"{source}: unknown language {language!r} (one of {', '.join(ACT_LANGUAGES)})")
        if not isinstance(entries, dict):
            raise ValueError(f"{source}: {language} is no mapping of lists")
        lists[language] = {}
        for name, entry in entries.items():
            where = f"{source}: {language}.{name}"
            entry = {"pattern": entry} if isinstance(entry, str) else entry
            if not isinstance(entry, dict) or "pattern" not in entry:
                raise ValueError(f"{where}: no pattern (a string, or a mapping with a pattern)")
            unknown = sorted(set(entry) - set(EUPHEMISM_FIELDS))
            if unknown:
                raise ValueError(f"{where}: unknown field {', '.join(map(str, unknown))} "
                                 f"(one of {', '.join(EUPHEMISM_FIELDS)})")
            for field, value in entry.items():
                shape = EUPHEMISM_FIELDS[field]
                if not isinstance(value, shape) or (shape is list and not all(isinstance(w, str) and w.strip()
                                                                               for w in value)):
                    raise ValueError(f"{where}: {field} is no {'list of words' if shape is list else 'string'}")
                if shape is str:
                    try:
                        re.compile(value, re.I)
                    except re.error as error:
                        raise ValueError(f"{where}: {field} does not compile: {error}") from None
            lists[language][name] = dict(entry)
    return lists


def euphemism(language: str, name: str, field: str = "pattern") -> str:
    """One list of euphemisms.yaml, as a regular expression's text (its `pattern`, or the narrower
    `field`: "facility", "before_school"). Raises KeyError for an unknown list or a field it has not."""
    return euphemisms()[language][name][field]


def euphemism_words(field: str, languages: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """The words of one word field ("kind_words", "noun_words") over every list of euphemisms.yaml that
    has it, in the given languages (all when None), in file order without repeats."""
    words: dict[str, None] = {}
    for language, lists in euphemisms().items():
        if languages is None or language in languages:
            for entry in lists.values():
                words.update(dict.fromkeys(entry.get(field, ())))
    return tuple(words)


# The lists of conditions.yaml beside the codes it names (see the file's head).
CONDITION_LISTS = ("condition", "service", "taking")


@cache
def conditions() -> dict:
    """A service of the state made conditional, from conditions.yaml (issue 11): {"codes": (code, …),
    language: {list name: regular expression's text}}, checked by `parse_conditions`."""
    text = resources.files(__package__).joinpath("conditions.yaml").read_text(encoding="utf-8")
    return parse_conditions(text)


def parse_conditions(text: str, source: str = "conditions.yaml") -> dict:
    """The codes and lists of a conditions file (YAML text), checked; the shape `conditions` returns.

    Raises:
        ValueError: one line naming the source: a code violations.yaml has not, a language with no acts
            file, a list not of `CONDITION_LISTS` or missing, or a regular expression that does not compile.
    """
    import re

    loaded = yaml.safe_load(text) or {}
    if not isinstance(loaded, dict):
        raise ValueError(f"{source}: no mapping of codes and languages")
    codes = loaded.get("codes")
    known = violation_codes()
    if not isinstance(codes, list) or not codes or any(code not in known for code in codes):
        raise ValueError(f"{source}: codes is no list of codes of violations.yaml ({codes!r:.80})")
    parsed: dict = {"codes": tuple(codes)}
    for language, lists in loaded.items():
        if language == "codes":
            continue
        if language not in ACT_LANGUAGES:
            raise ValueError(f"{source}: unknown language {language!r} (one of {', '.join(ACT_LANGUAGES)})")
        if not isinstance(lists, dict) or set(lists) != set(CONDITION_LISTS):
            raise ValueError(f"{source}: {language} must hold exactly the lists {', '.join(CONDITION_LISTS)}")
        for name, value in lists.items():
            try:
                re.compile(value, re.I)
            except (re.error, TypeError) as error:
                raise ValueError(f"{source}: {language}.{name} does not compile: {error}") from None
        parsed[language] = dict(lists)
    return parsed


def expand(pattern: str | None, where: str = "pattern") -> str | None:
    """`pattern` with each `{{language.name}}` replaced by that list of euphemisms.yaml, or of
    conditions.yaml (its `CONDITION_LISTS`: "{{fr.condition}}").

    Raises:
        ValueError: a name neither file has (the message gives `where`).
    """
    import re

    if not pattern or "{{" not in pattern:
        return pattern

    def _list(match: re.Match) -> str:
        try:
            if match[2] in CONDITION_LISTS:
                return conditions()[match[1]][match[2]]
            return euphemism(match[1], match[2])
        except KeyError:
            raise ValueError(f"{where}: no list {match[0]} in euphemisms.yaml or conditions.yaml") from None

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


# Languages with a frames file (frames/<language>.yaml); those read by the parse, the others by clause.
FRAME_LANGUAGES = ("en", "fr", "ru", "kk", "ug", "zh")
PARSED_FRAME_LANGUAGES = ("en", "fr", "ru")
_FRAME_MODALITY_KEYS = {"words", "negated", "verb_only"}
_FRAME_CLASS_KEYS = {"alone", "any", "with"}


@cache
def frames() -> dict:
    """The frame reader's data, from frames/table.yaml and frames/<language>.yaml (see frames/README.md).

    Returns:
        {"table": {modality: {object class: (code, …)}}, "languages": {language: {"modalities":
        {modality: {"words": (…), "negated": (…), "verb_only": (…)}}, "objects": ((class, alone, any,
        with), …)}}}: words are lemmas (lower case) for a parsed language (`PARSED_FRAME_LANGUAGES`),
        regular-expression texts for the others; the object classes in file order.
    Raises:
        ValueError: see `parse_frames`.
    """
    folder = resources.files(__package__).joinpath("frames")
    table = parse_frame_table(folder.joinpath("table.yaml").read_text(encoding="utf-8"))
    languages = {}
    for language in FRAME_LANGUAGES:
        source = folder.joinpath(f"{language}.yaml")
        if source.is_file():
            languages[language] = parse_frames(source.read_text(encoding="utf-8"), language, table,
                                               f"frames/{language}.yaml")
    return {"table": table, "languages": languages}


def parse_frame_table(text: str, source: str = "frames/table.yaml") -> dict[str, dict[str, tuple[str, ...]]]:
    """Modality class × object class → codes, checked.

    Raises:
        ValueError: a row is no mapping of lists, or names a code violations.yaml has not.
    """
    codes = violation_codes()
    table = {}
    for modality, row in (yaml.safe_load(text) or {}).items():
        if not isinstance(row, dict):
            raise ValueError(f"{source}: modality {modality!r} is no mapping of object classes")
        for kind, given in row.items():
            if not isinstance(given, list) or not given or any(code not in codes for code in given):
                raise ValueError(f"{source}: {modality} × {kind}: not a list of codes of violations.yaml ({given!r:.80})")
        table[modality] = {kind: tuple(given) for kind, given in row.items()}
    return table


def parse_frames(text: str, language: str, table: dict, source: str = "frames") -> dict:
    """One language's modalities and object classes (YAML text), checked against the table.

    Raises:
        ValueError: a modality or class the table has not, an unknown key, a list that is no list of
            words, or (for a language read without a parse) a word that does not compile as a regular
            expression; the message gives the source.
    """
    import re

    data = yaml.safe_load(text) or {}
    if not isinstance(data, dict) or set(data) != {"modalities", "objects"}:
        raise ValueError(f"{source}: needs exactly the keys modalities and objects")
    parsed = language in PARSED_FRAME_LANGUAGES
    known = {kind for row in table.values() for kind in row}

    def words(value, where: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(word, str) and word for word in value):
            raise ValueError(f"{source}: {where} is no list of words")
        for word in value:
            try:
                re.compile(word)
            except re.error as error:
                raise ValueError(f"{source}: {where}: {word!r} does not compile: {error}") from error
        return tuple(word.lower().replace("ё", "е") if parsed else word for word in value)

    modalities = {}
    for modality, spec in (data["modalities"] or {}).items():
        if modality not in table or not isinstance(spec, dict) or set(spec) - _FRAME_MODALITY_KEYS:
            raise ValueError(f"{source}: modality {modality!r} is not in table.yaml or has an unknown key")
        modalities[modality] = {key: words(spec.get(key, []), f"{modality}.{key}") for key in sorted(_FRAME_MODALITY_KEYS)}
    objects = []
    for kind, spec in (data["objects"] or {}).items():
        if kind not in known:
            raise ValueError(f"{source}: object class {kind!r} is in no row of table.yaml")
        if isinstance(spec, list):
            spec = {"alone": spec}
        if not isinstance(spec, dict) or set(spec) - _FRAME_CLASS_KEYS or bool(spec.get("any")) != bool(spec.get("with")):
            raise ValueError(f"{source}: object class {kind!r}: a list, or alone / any with with")
        objects.append((kind, *(words(spec.get(key, []), f"{kind}.{key}") for key in ("alone", "any", "with"))))
    return {"modalities": modalities, "objects": tuple(objects)}


@cache
def licences() -> dict[str, dict]:
    """The licences this archive knows (licences.yaml): Open Definition id -> {title, path, spellings}."""
    text = resources.files(__package__).joinpath("licences.yaml").read_text(encoding="utf-8")
    return dict(yaml.safe_load(text)["licences"])


def _licence_key(text: str) -> str:
    return "".join(c for c in text.casefold() if c not in " -_")


@cache
def _licence_spellings() -> dict[str, str]:
    return {_licence_key(spelling): key for key, value in licences().items()
            for spelling in (key, value["title"], *value["spellings"])}


def licence_id(text: str | None) -> str | None:
    """The Open Definition id of a licence as written ("CC BY 4.0" -> "CC-BY-4.0"), compared without
    case, spaces, hyphens or underscores; None for a licence licences.yaml does not list."""
    return _licence_spellings().get(_licence_key(text)) if text else None


@cache
def facility_names() -> dict[str, dict[str, object]]:
    """What belongs to a facility's name beside its type word, from facility_names.yaml (issue 10):
    {field: {language: pattern text or list of words}} (see the file's head for the fields)."""
    text = resources.files(__package__).joinpath("facility_names.yaml").read_text(encoding="utf-8")
    return {field: dict(rows) for field, rows in (yaml.safe_load(text) or {}).items()}


def facility_name_pattern(field: str, languages: tuple[str, ...]) -> str:
    """One field of facility_names.yaml over `languages`, as one regular expression's text (a
    non-capturing group; a list of words becomes their alternation); "(?!)" where none has a row."""
    rows = facility_names().get(field, {})
    parts = []
    for language in languages:
        row = rows.get(language)
        if isinstance(row, list):
            parts.extend(re.escape(word) if "\\" not in word else word for word in row)
        elif row:
            parts.append(f"(?:{row})")
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


_HAN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def facility_number(text: str) -> str | None:
    """The number in a facility's number words, as digits ("No. 3" -> "3", 第十二 -> "12",
    "2-نومۇرلۇق" -> "2"), so that one site written two ways is one; None where there is none."""
    digits = re.search(r"\d+", text)
    if digits:
        return str(int(digits.group()))
    numeral = re.search(r"[〇零一二三四五六七八九十两]+", text)
    if not numeral:
        return None
    value, current = 0, 0
    for char in numeral.group():
        if char == "十":
            value += (current or 1) * 10
            current = 0
        else:
            current = current * 10 + _HAN_DIGITS[char]
    return str(value + current)
