"""Every error Guwah raises on purpose, each with a stable code.

The CLI maps them to exit status 1 with a one-line message; the web app to HTTP statuses.
Messages name the file or record, never the confidential content inside it.

A message that public pages show (a refused report, say) is a `Text`: an English template that
is also its gettext message id, marked with `N_` so that `pybabel extract` collects it, and its
values. The CLI prints it in English; the site shows it in the reader's language
(`guwah.web.i18n.localize`). A value that names a code (a form's field, a date's precision, a
review state) is a `Term`: the CLI prints the code ("date_value"), a page the label its form
shows for it ("date", in the reader's language). A message that puts a count into a noun ("30
minutes") has plural forms: its two English templates are marked with `N_plural` (gettext's msgid and
msgid_plural) and `Text.counted` chooses the form by the count, through gettext's ngettext and each
catalogue's Plural-Forms (CLDR's rules: three forms in Russian, one in Chinese; English's two in the CLI).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from gettext import NullTranslations


def N_(message: str) -> str:  # noqa: N802 — the conventional gettext_noop marker
    """Mark a string for extraction (babel.cfg) without translating it here."""
    return message


def N_plural(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802 — the plural of N_
    """Mark a message with plural forms for extraction (`-k N_plural:1,2`): its English singular
    (the gettext message id) and plural, for `Text.counted`."""
    return singular, plural


# English's plural rule (one form for 1, another for every other count): what the CLI prints.
english_ngettext = NullTranslations().ngettext


def counted(count: int, one: str, many: str | None = None) -> str:
    """A count with its noun in the number it takes, for English messages: "1 problem", "0 problems",
    "1,234 audit entries" (`many`: the plural where it is not `one` + "s"), by English's plural rule
    (`english_ngettext`, as a `Text` with plural forms prints in the CLI)."""
    return f"{count:,} {english_ngettext(one, many or one + 's', count)}"


@dataclass(frozen=True)
class Term:
    """A code a message names, of a kind of label (`guwah.web.labels.LABELS`: "review_field",
    "precision", "review_state"): shown as the code itself unless a page names it."""

    kind: str
    code: str

    def __str__(self) -> str:
        return self.code


# The kind of a Term that names a day (its code ISO, "2026-12-05"): a page says it in its reader's
# locale (`guwah.web.i18n.localize`), the CLI as the ISO day.
DATE_TERM = "date"


@dataclass(frozen=True)
class Text:
    """A message for people: `template` (English, %(name)s placeholders; its own gettext message
    id) and the `values` put in it; a value that is itself a Text is rendered the same way, and a
    `Term` by `term` (its code by default). A message with plural forms (`counted`) also has its
    English `plural` template and the `count` that chooses between them."""

    template: str
    values: Mapping[str, object] = field(default_factory=dict)
    plural: str | None = None
    count: int | None = None

    @classmethod
    def counted(cls, forms: tuple[str, str], count: int, values: Mapping[str, object] | None = None) -> Text:
        """The message of `forms` (`N_plural`'s singular and plural) in the form `count` takes; `values`
        are put in it (the count itself among them, under the name its templates give it, as it shows:
        a locale's digits, say)."""
        return cls(forms[0], dict(values or {}), forms[1], count)

    def render(self, translate: Callable[[str], str] = str,
               term: Callable[[str, str], str] | None = None,
               ngettext: Callable[[str, str, int], str] = english_ngettext) -> str:
        """The message, each template passed through `translate` (gettext) first, or through
        `ngettext` for one with plural forms, and each Term through `term(kind, code)` (a page's
        label); English, with codes, by default."""
        values = {key: value.render(translate, term, ngettext) if isinstance(value, Text)
                  else term(value.kind, value.code) if term is not None and isinstance(value, Term)
                  else str(value) if isinstance(value, Term) else value
                  for key, value in self.values.items()}
        if self.plural is not None:
            return ngettext(self.template, self.plural, self.count) % values
        return translate(self.template) % values

    def __str__(self) -> str:
        return self.render()

    def record(self) -> dict:
        """The Text as a stored record (JSON): {"message": template, "values": {…}} (and "plural" and
        "count" for one with plural forms), a Term value as
        {"term": kind, "code": code}, a Text value as {"text": its record}; `Text.recorded` reads it back.
        What a table keeps instead of the English, so that a page says it in its reader's language."""
        def value_record(value):
            if isinstance(value, Text):
                return {"text": value.record()}
            if isinstance(value, Term):
                return {"term": value.kind, "code": value.code}
            return value if isinstance(value, int | float | bool) or value is None else str(value)

        forms = {"plural": self.plural, "count": self.count} if self.plural is not None else {}
        return {"message": self.template, **forms, "values": {key: value_record(v) for key, v in self.values.items()}}

    @classmethod
    def recorded(cls, record: Mapping) -> Text:
        """The Text a `record` was made from."""
        def value(stored):
            if isinstance(stored, Mapping) and "text" in stored:
                return cls.recorded(stored["text"])
            if isinstance(stored, Mapping) and "term" in stored:
                return Term(stored["term"], stored["code"])
            return stored

        return cls(record["message"], {key: value(v) for key, v in (record.get("values") or {}).items()},
                   record.get("plural"), record.get("count"))


class GuwahError(Exception):
    """Base of all deliberate errors. `message` is English; `text` keeps a translatable Text."""

    code = "guwah"
    http_status = 500

    def __init__(self, message: str | Text, *, value: object = None):
        super().__init__(str(message))
        self.message = str(message)
        self.text = message if isinstance(message, Text) else None
        self.value = value


class InputError(GuwahError):
    """The input (file, flag, metadata) is unusable."""

    code = "input"
    http_status = 400


class FieldRefused(InputError):
    """One field of a form is unusable: `field` names it as the form does ("birth_year";
    "names.2" for the second of a repeated field), so a page can mark that field."""

    def __init__(self, message: str | Text, field: str, *, value: object = None):
        super().__init__(message, value=value)
        self.field = field


class ConfirmationRequired(InputError):
    """A step that is allowed but that its maker must confirm, having read why (a fact reassigned
    across consent levels): the CLI's --confirm, a form's confirm box."""


class NotFound(GuwahError):
    """A record asked for by id or hash does not exist."""

    code = "not_found"
    http_status = 404


class ConsentRefused(GuwahError):
    """The material exists but consent does not allow showing it here."""

    code = "consent"
    http_status = 404  # the same answer as "absent", so a guess cannot confirm existence


class IntegrityError(GuwahError):
    """A stored original or text no longer matches its recorded hash."""

    code = "integrity"


class KeyProblem(GuwahError):
    """The master key is missing, unreadable, too widely readable, or not this archive's."""

    code = "key"


class AccessDenied(GuwahError):
    """The user's role does not allow this."""

    code = "access"
    http_status = 403


class ReviewRequired(GuwahError):
    """A publication step needs a second reviewer, a written reason, or a fresh draft."""

    code = "review"
    http_status = 409


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during a long command (ingesting many files, extract --all, demo, reindex, export).
    `summary` is one line saying what was stored or written and what was not (counts and file
    names, never content); each unit (a file, a document, an index rebuild, an export file) was
    stored whole or not at all. The CLI prints it and exits 130."""

    def __init__(self, summary: str):
        super().__init__(summary)
        self.summary = summary
