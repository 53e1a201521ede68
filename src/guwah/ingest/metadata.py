"""Source metadata and consent for an ingested file: sidecar YAML merged with CLI flags.

A sidecar sits beside its file as `NAME.meta.yaml` (`interview.meta.yaml` for `interview.pdf`;
`interview.pdf.meta.yaml` is accepted too). Flags given on the command line override the sidecar, but
may only make its consent and embargo stricter (`_looser_than_sidecar`).
Unknown keys are an error, so a typo such as `consnet: public` cannot silently leave a default;
a key given twice is an error too, since PyYAML would silently keep the last one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from pathlib import Path

import yaml

from guwah.characters import BIDI, CONTROL, unsafe_character
from guwah.domain import ConsentLevel
from guwah.errors import N_, InputError, Term, Text, english_ngettext
from guwah.ingest.files import read_regular_file

SIDECAR_SUFFIX = ".meta.yaml"
# Sidecar names people write by mistake: refused rather than ingested as testimonies or ignored.
MISSPELT_SUFFIXES = (".meta.yml",)
# A sidecar is a dozen lines; anything far bigger is a mistake or an attack, not metadata.
MAX_SIDECAR_BYTES = 1 << 20


class _SidecarProblem(Exception):
    """Raised by SidecarLoader with a message that quotes no content of the file."""


class SidecarLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys and aliases.

    PyYAML keeps the last of two equal keys, so `consent: confidential` then `consent: public`
    would quietly make a testimony public. Aliases have no use in metadata and let a few lines
    expand into a structure too big to print or validate ("billion laughs").
    """

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            line = self.peek_event().start_mark.line + 1
            raise _SidecarProblem(f"line {line}: aliases (*name) are not allowed in metadata")
        return super().compose_node(parent, index)

    def construct_mapping(self, node, deep=False):
        if isinstance(node, yaml.MappingNode):
            seen: set = set()
            # The keys as written, before `<<` merges, whose whole point is to be overridden.
            for key_node, _ in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    continue
                key = self.construct_object(key_node, deep=True)
                try:
                    duplicate = key in seen
                    seen.add(key)
                except TypeError:
                    continue  # unhashable: the constructor below reports it
                if duplicate:
                    shown = _short(key) if _field_like(key) else "(not printed: not written like a field name)"
                    raise _SidecarProblem(f"line {key_node.start_mark.line + 1}: duplicate key {shown}"
                                          " (YAML would silently keep only the last)")
        return super().construct_mapping(node, deep=deep)

    def construct_as_written(self, node):
        """A plain scalar YAML 1.1 would read as a number or a boolean, as its source text: every
        metadata value is text or a date, and `translation_of: 01234567` (octal to YAML, 342391)
        or `00` (0) would otherwise be looked up as digits nobody wrote."""
        return self.construct_scalar(node)


for _tag in ("int", "float", "bool"):
    SidecarLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", SidecarLoader.construct_as_written)


def _short(value: object, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


_FIELD_LIKE = re.compile(r"[a-z][a-z0-9_]{0,39}")


def _field_like(key: object) -> bool:
    """Whether a sidecar key is written like a field name (lower-case ASCII), so that an error may
    print it; any other key may be a name typed in the wrong place."""
    return isinstance(key, str) and _FIELD_LIKE.fullmatch(key) is not None


def _keys_named(keys) -> str:
    """Unknown keys for an error message: those written like a field name (lower-case ASCII: a
    misspelt `consnet`) by name, the others only counted, since a key such as `Aynur Qadir:` may be
    a name typed in the wrong place, and error messages reach terminals and logs."""
    shown = sorted(str(key) for key in keys if _field_like(key))
    hidden = sum(1 for key in keys if not _field_like(key))
    if hidden:
        shown.append(f"{hidden} key{'s' if hidden > 1 else ''} not written like a field name (not printed)")
    return ", ".join(shown)


def parse_sidecar(text: str) -> object:
    """Parse sidecar YAML with SidecarLoader; raises _SidecarProblem or yaml.YAMLError."""
    return yaml.load(text, Loader=SidecarLoader)  # a SafeLoader subclass: no arbitrary objects


@dataclass(frozen=True)
class Witness:
    name: str
    consent: ConsentLevel = ConsentLevel.CONFIDENTIAL
    language: str | None = None
    contact: str | None = None  # sealed at rest, never published
    consent_stated: bool = False  # the sidecar states the consent (else: no decision recorded)


@dataclass(frozen=True)
class Metadata:
    """Everything ingest records about a file besides its bytes. Consent defaults to confidential."""

    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    author: str | None = None
    published: date | None = None
    retrieved: date | None = None
    language: str | None = None
    licence: str | None = None
    consent: ConsentLevel = ConsentLevel.CONFIDENTIAL
    consent_note: str | None = None
    embargo_until: date | None = None
    interview_date: date | None = None
    interviewer: str | None = None
    translation_of: str | None = None  # sha256 (or unique prefix) of the original document
    witness: Witness | None = None
    submitter: str | None = None  # who brought the testimony in; sealed, never published
    submitter_contact: str | None = None

    def has_source(self) -> bool:
        return any(
            getattr(self, name) is not None
            for name in ("title", "publisher", "url", "author", "published", "retrieved", "licence")
        )


_DATE_FIELDS = {"published", "retrieved", "embargo_until", "interview_date"}
FIELD_NAMES = [f.name for f in fields(Metadata)]


def _beside(path: Path, suffix: str) -> list[Path]:
    names = dict.fromkeys((path.stem + suffix, path.name + suffix))  # one name when the file has no suffix
    return [path.with_name(name) for name in names if path.with_name(name).is_file()]


def sidecar_for(path: Path) -> Path | None:
    """The sidecar file of `path`, if one exists.

    Raises InputError when two sidecars could be its own (`a.meta.yaml` and `a.pdf.meta.yaml`: which
    one the volunteer corrected last is unknown), or when the only one is misspelt (`a.meta.yml`,
    which would otherwise be ignored and the file ingested under the defaults).
    """
    found = _beside(path, SIDECAR_SUFFIX)
    if len(found) > 1:
        raise InputError(f"two sidecars for {path.name}: {found[0].name} and {found[1].name}; keep one")
    if not found:
        misspelt = [candidate for suffix in MISSPELT_SUFFIXES for candidate in _beside(path, suffix)]
        if misspelt:
            raise InputError(f"{misspelt[0].name} is not read as a sidecar: rename it {path.stem}{SIDECAR_SUFFIX}")
    return found[0] if found else None


def is_sidecar(path: Path) -> bool:
    """Whether `path` is named as a sidecar (or as a misspelt one), not as a testimony."""
    return path.name.endswith((SIDECAR_SUFFIX, *MISSPELT_SUFFIXES))


def _field(name: str) -> Term:
    """A metadata field a refusal names: its key in a sidecar and the CLI's line ("interview_date"),
    the intake form's label on a page (`guwah.web.labels.LABELS["metadata_field"]`)."""
    return Term("metadata_field", name)


def parse_consent(value: object) -> ConsentLevel:
    try:
        return ConsentLevel(str(value).strip().lower())
    except ValueError:
        allowed = ", ".join(level.value for level in ConsentLevel)
        # Values are not echoed here or below: a field filled in the wrong column may hold a name.
        raise InputError(Text(N_("consent must be one of %(allowed)s; what was given is none of them"),
                              {"allowed": allowed})) from None


def parse_date(name: str, value: object) -> date:
    if isinstance(value, datetime):  # YAML reads "2021-05-03 10:00" as one (a date subclass)
        raise InputError(Text(N_("%(field)s must be a date as YYYY-MM-DD, without a time"), {"field": _field(name)}))
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise InputError(Text(N_("%(field)s must be a date as YYYY-MM-DD; what was given is not one"),
                              {"field": _field(name)})) from None


def parse_language(name: str, value: object) -> str:
    """A language tag as `guwah.language.language_code` stores it; InputError naming `name` for a
    tag that names no language (`language: klingon`)."""
    from guwah.language import language_code

    try:
        return language_code(str(value))
    except ValueError:
        # The value is not echoed: a field filled in the wrong column may hold a witness's name.
        raise InputError(Text(N_("%(field)s must be a language code such as en, ug, kk, zh or ru; "
                                 "what was given names no language"), {"field": _field(name)})) from None


def _not_after_today(name: str, value: date) -> date:
    """A date of something that has happened (published, retrieved, an interview): a date after
    today is a typo (2999 for 1999) and refused, naming the field."""
    if value > date.today():
        raise InputError(Text(N_("%(field)s %(date)s is after today: give the date it happened"),
                              {"field": _field(name), "date": value.isoformat()}))
    return value


# Free text that may run over several lines (a note, a postal address): line breaks and tabs kept.
_MULTI_LINE = {"consent_note", "submitter_contact", "witness contact"}


def _text(name: str, value: object) -> str:
    """`value` as stripped text; InputError naming `name` (never the value) for a text-direction or
    control character (`guwah.characters`, the report form's rule)."""
    text = str(value)
    unsafe = unsafe_character(text, "\n\r\t" if name in _MULTI_LINE else "")
    if unsafe == BIDI:
        raise InputError(Text(N_("%(field)s contains an invisible text-direction character (U+202A–U+202E, "
                                 "U+2066–U+2069): type it again without it"), {"field": _field(name)}))
    if unsafe == CONTROL:
        raise InputError(Text(N_("%(field)s contains a control character (a line break, tab, escape or similar)"),
                              {"field": _field(name)}))
    return text.strip()


def _clean(name: str, value: object):
    if value is None:
        return None
    if name == "consent":
        return parse_consent(value)
    if name in _DATE_FIELDS:
        day = parse_date(name, value)
        return day if name == "embargo_until" else _not_after_today(name, day)
    if name == "language" and str(value).strip():
        return parse_language(name, value)
    if name == "witness":
        return _parse_witness(value)
    if not isinstance(value, (str, int, float)):
        raise InputError(f"{name} must be a single value, got {type(value).__name__}")
    return _text(name, value) or None


def _parse_witness(value: object) -> Witness:
    if isinstance(value, str):
        value = {"name": value}
    if not isinstance(value, dict) or not str(value.get("name") or "").strip():
        raise InputError("witness must be a name or a mapping with at least `name`")
    unknown = set(value) - {"name", "consent", "language", "contact"}
    if unknown:
        raise InputError(f"unknown witness {english_ngettext('key', 'keys', len(unknown))}: {_keys_named(unknown)}")
    return Witness(
        name=_text("witness name", value["name"]),
        consent=parse_consent(value.get("consent", ConsentLevel.CONFIDENTIAL.value)),
        language=(parse_language("witness language", value["language"])
                  if str(value.get("language") or "").strip() else None),
        contact=(_text("witness contact", value["contact"]) if value.get("contact") else None),
        consent_stated=value.get("consent") is not None,
    )


def metadata_from_mapping(mapping: dict, *, origin: str) -> dict:
    """Validate a sidecar's mapping into Metadata field values; raise InputError naming `origin`."""
    if not isinstance(mapping, dict):
        raise InputError(f"{origin}: expected a mapping of metadata keys")
    unknown = set(mapping) - set(FIELD_NAMES)
    if unknown:
        raise InputError(
            f"{origin}: unknown {english_ngettext('key', 'keys', len(unknown))} {_keys_named(unknown)}; "
            f"allowed: {', '.join(FIELD_NAMES)}"
        )
    try:
        return {name: _clean(name, value) for name, value in mapping.items()}
    except InputError as error:
        if origin == "form" and error.text is not None:
            raise InputError(error.text) from error  # the intake's page: the refusal in its reader's language
        raise InputError(f"{origin}: {error.message}") from error


def load_sidecar(path: Path) -> dict:
    """What the sidecar of the testimony file `path` states (`read_sidecar`), or {} without one."""
    sidecar = sidecar_for(path)
    if sidecar is None:
        return {}
    return read_sidecar(sidecar)


def read_sidecar(sidecar: Path) -> dict:
    """Validate one sidecar file into the Metadata field values it states; InputError naming the
    file (never quoting its content) for anything that is not a valid sidecar."""
    try:
        data = read_regular_file(sidecar, MAX_SIDECAR_BYTES, limit_name="byte limit for metadata")
    except InputError as error:
        raise InputError(f"{sidecar.name}: {error.message}") from error
    try:
        mapping = parse_sidecar(data.decode("utf-8")) or {}
    except _SidecarProblem as error:
        raise InputError(f"{sidecar.name}: {error}") from error
    except RecursionError as error:
        raise InputError(f"{sidecar.name}: nested too deeply to be metadata") from error
    # YAML's own messages quote the offending line, which may be confidential: name the class only.
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise InputError(f"{sidecar.name}: not valid YAML ({type(error).__name__})") from error
    # An unquoted impossible date (published: 2021-13-45): YAML's timestamp reader raises ValueError
    # (after UnicodeDecodeError above, which is one too).
    except ValueError as error:
        raise InputError(f"{sidecar.name}: a date that does not exist (or another value YAML cannot read)") from error
    return metadata_from_mapping(mapping, origin=sidecar.name)


# The fields the CLI's flags and the intake form give flat that a sidecar nests (`witness: {contact: …, consent: …}`).
WITNESS_CONTACT = "witness_contact"
# The witness's own consent (public: named; pseudonymous: shown as a pseudonym; confidential, the
# default: withheld), which the flags and the form give flat as `witness: {consent: …}` nests it.
WITNESS_CONSENT = "witness_consent"
# Flat field → the key it takes in `witness: {…}`.
_WITNESS_FLAT = ((WITNESS_CONTACT, "contact"), (WITNESS_CONSENT, "consent"))


def folded(given: dict, recorded: Witness | None = None) -> dict:
    """Flags' or a form's fields (by Metadata field, plus `witness_contact` and `witness_consent`) as a
    sidecar states them: `witness`, `witness_contact` and `witness_consent` into `witness: {name,
    contact, consent}`. A contact or consent without a name goes to the witness `recorded` (a
    sidecar's); InputError when there is none, or when the sidecar states her consent already. Values
    are not checked here: `metadata_from_mapping` checks them as it does a sidecar's (`_parse_witness`)."""
    given = dict(given)
    nested = {key: value for flat, key in _WITNESS_FLAT
              if (value := given.pop(flat, None)) is not None and str(value).strip()}
    if not nested:
        return given
    name = given.get("witness")
    if name is not None and str(name).strip():
        given["witness"] = {"name": name, **nested}
    elif recorded is not None:
        if "consent" in nested and recorded.consent_stated:
            # A flag would change what the witness agreed to, as the sidecar records it.
            raise InputError(Text(N_("%(field)s: the sidecar states the witness's consent already; change the "
                                     "sidecar instead"), {"field": _field("witness consent")}))
        given["witness"] = {key: value for key, value in (
            ("name", recorded.name), ("contact", recorded.contact), ("language", recorded.language),
            ("consent", recorded.consent.value if recorded.consent_stated else None)) if value is not None} | nested
    else:
        field = "witness contact" if "contact" in nested else "witness consent"
        raise InputError(Text(N_("%(field)s is given without the witness's name: give the name too"),
                              {"field": _field(field)}))
    return given


def stated_metadata(path: Path, overrides: dict) -> dict:
    """What the sidecar of `path` (if any) and `overrides` (CLI flags that were given, `witness_contact`
    among them: `folded`) state, by Metadata field; a field neither states is absent (not its default).
    InputError for a flag looser than the sidecar (`_looser_than_sidecar`) or a witness named by both."""
    values = load_sidecar(path)
    if values.get("witness") is not None and overrides.get("witness") is not None:
        # A flag would drop what the sidecar records of the witness (consent, language, contact).
        raise InputError("--witness: the sidecar names the witness already; change the sidecar instead")
    flat = folded(overrides, values.get("witness"))
    given = {k: v for k, v in metadata_from_mapping(flat, origin="options").items() if v is not None}
    if looser := _looser_than_sidecar(values, given):
        raise InputError(looser)
    values.update(given)
    return values


def _looser_than_sidecar(sidecar: dict, given: dict) -> str | None:
    """Why flags may not replace what a sidecar records of the witness's decision: a lower consent
    or an earlier (or no) embargo than the sidecar's. A flag may make it stricter only; the sidecar
    is where a witness's wider agreement is written down."""
    from guwah.publish import stricter

    recorded, wanted = sidecar.get("consent"), given.get("consent")
    if recorded is not None and wanted is not None and stricter(wanted.value, recorded.value) != wanted.value:
        return (f"--consent {wanted.value} is looser than the sidecar's consent {recorded.value}: a flag may only "
                "make it stricter (if the witness agreed to more, change the sidecar)")
    kept, asked = sidecar.get("embargo_until"), given.get("embargo_until")
    if kept is not None and asked is not None and asked < kept:
        return (f"--embargo-until {asked.isoformat()} is earlier than the sidecar's {kept.isoformat()}: a flag may "
                "only keep a testimony unpublished longer (change the sidecar if the embargo was shortened)")
    return None


def metadata_for(path: Path, overrides: dict) -> Metadata:
    """The sidecar of `path` (if any) with `overrides` (CLI flags that were given) on top."""
    return replace(Metadata(), **stated_metadata(path, overrides))
