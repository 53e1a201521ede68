"""Reports of a detained or missing person, sent by families through the public form.

A report holds names in any script (one or more), a birth year, a hometown, when and where the
person was last seen, the reporter's relation to them, the reporter's contact and what happened as
far as the reporter knows (an account of several lines). It goes into a
moderation queue; nothing in it is ever public. Every free-text field is sealed at rest; the
contact is left out of every list and read only through `read_contact`, which is audited.

The reporter gets a random reference and a random secret; only an argon2id hash of the secret is
kept. `check_status` answers the same (None) for an unknown reference and for a wrong secret,
after the same amount of hashing work.

Input is checked before anything is written: `check_report` raises `InputError` with one line
naming the field (never echoing its content) for empty or overlong names, a birth year out of
range, a last-seen date after today or on a day that does not exist (31 February, month 13 or
day 0 in a numeric date), control or bidi-override characters, markup (< or >) and
overlong fields. The message is a
`guwah.errors.Text`, so that the form shows it in the reporter's language.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from guwah.accounts import may_read_contacts, passwords
from guwah.accounts.permissions import PERMISSIONS
from guwah.characters import BIDI, CONTROL, unsafe_character
from guwah.domain import ReportStatus
from guwah.errors import N_, FieldRefused, InputError, N_plural, NotFound, Text
from guwah.storage import Store
from guwah.storage.tables import FamilyReport

MAX_NAMES = 10
MAX_NAME_CHARS = 200
# The other fields, their longest length in characters, and how messages call them.
FIELDS: dict[str, tuple[int, str]] = {
    "hometown": (200, N_("The hometown")),
    "last_seen_when": (200, N_("When the person was last seen")),
    "last_seen_where": (300, N_("Where the person was last seen")),
    "relation": (100, N_("Your relation to the person")),
    "contact": (300, N_("Your contact")),
    "what_happened": (3000, N_("What happened")),
}
# Fields written over several lines (a textarea): line breaks and tabs are taken there, and a
# browser's CRLF is stored as LF.
MULTILINE = frozenset({"what_happened"})
EARLIEST_BIRTH_YEAR = 1900
# Who the audit log names for a submission: the public form has no account behind it.
PUBLIC_ACTOR = "public-report-form"

# Crockford's base 32: no I, L, O or U, so what is read aloud or copied by hand survives.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
REFERENCE_PREFIX = "R"
REFERENCE_CHARS = 8  # 40 random bits: unique among reports, not a count of them
SECRET_CHARS = 20  # 100 random bits
_LONGEST_TYPED = 100  # longer typed references or secrets are wrong without hashing them


@dataclass(frozen=True)
class ReportForm:
    """A report that passed `check_report`: normalised (NFC, trimmed), blanks as None."""

    names: tuple[str, ...]
    birth_year: int | None = None
    hometown: str | None = None
    last_seen_when: str | None = None
    last_seen_where: str | None = None
    relation: str | None = None
    contact: str | None = None
    what_happened: str | None = None


@dataclass(frozen=True)
class Receipt:
    """What the reporter keeps: the reference and the secret (shown once, never stored)."""

    reference: str
    secret: str


@dataclass(frozen=True)
class QueuedReport:
    """A report as the moderation queue shows it: everything but the contact."""

    reference: str
    status: str
    received_at: datetime
    status_changed_at: datetime
    names: list[str]
    birth_year: int | None
    hometown: str | None
    last_seen_when: str | None
    last_seen_where: str | None
    relation: str | None
    has_contact: bool
    what_happened: str | None  # the reporter's account, as far as they know it
    document_id: int | None = None  # the document it became when an editor took it (`take_report`)


@dataclass(frozen=True)
class StatusAnswer:
    """What the holder of a reference and its secret learns: the status and its dates, no content."""

    reference: str
    status: str
    received_on: date
    changed_on: date


def _refuse_bad_characters(value: str, label: Text, field: str, allowed: str = "") -> None:
    if "<" in value or ">" in value:
        raise FieldRefused(Text(N_("%(field)s may not contain < or > (no markup)."), {"field": label}), field)
    unsafe = unsafe_character(value, allowed)
    if unsafe == BIDI:
        raise FieldRefused(Text(N_("%(field)s contains an invisible text-direction character; type it again "
                                   "without it."), {"field": label}), field)
    if unsafe == CONTROL:
        raise FieldRefused(Text(N_("%(field)s contains a control character (a line break, tab or similar)."),
                                {"field": label}), field)


def _clean(value: object, label: Text, limit: int, field: str) -> str | None:
    """`value` trimmed and in NFC, None when blank; FieldRefused (naming `field`) when not text, too
    long or unsafe."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise FieldRefused(Text(N_("%(field)s must be text."), {"field": label}), field)
    if field in MULTILINE:
        value = value.replace("\r\n", "\n")
    _refuse_bad_characters(value, label, field, "\n\t" if field in MULTILINE else "")
    value = unicodedata.normalize("NFC", value).strip()
    if len(value) > limit:
        raise FieldRefused(Text.counted(N_plural("%(field)s is longer than %(limit)s character.",
                                                 "%(field)s is longer than %(limit)s characters."),
                                        limit, {"field": label, "limit": limit}), field)
    return value or None


def _birth_year(value: object) -> int | None:
    latest = datetime.now(UTC).year
    out_of_range = Text(N_("The birth year must be a year between %(earliest)s and %(latest)s, such as 1985."),
                        {"earliest": EARLIEST_BIRTH_YEAR, "latest": latest})
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        value = value.strip()
        # isdecimal also takes Arabic-Indic and other decimal digits, as int() does.
        if not value.isdecimal() or len(value) > 4:
            raise FieldRefused(out_of_range, "birth_year")
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not EARLIEST_BIRTH_YEAR <= value <= latest:
        raise FieldRefused(out_of_range, "birth_year")
    return value


# Today somewhere on Earth: the date in the easternmost time zone (UTC+14), so that a reporter whose
# day has begun before the server's is never told that today is in the future.
_EARLIEST_ZONE = timedelta(hours=14)


def latest_today() -> date:
    """The latest date it is anywhere now (UTC+14)."""
    return (datetime.now(UTC) + _EARLIEST_ZONE).date()


def _last_seen(value: str | None, label: Text, field: str) -> None:
    """FieldRefused when the text of when someone was last seen names a date after today, or a
    day that does not exist (31 February, 29 February 2023, 三十一日 of the second month, a month 13 or
    a day 0 written in numbers: 2019-13-02, 13/13/2019, 00.05.2019).

    The dates are read by the extractor's readers (`guwah.extract.dates.find_dates`: English,
    French, Russian, Uyghur and Kazakh year words, ISO and dotted dates; `guwah.extract.han.find_dates`
    for dates in Chinese), each compared at its own precision ("December 2026" is not after the 2nd
    of December 2026); a date said relative to now ("last week") is not read, so never refused.
    """
    han_script = bool(value) and any("\u3007" <= char <= "\u9fff" for char in value)  # 〇 and the CJK block
    if not value or not (han_script or any(char.isdigit() for char in value)):
        return  # no date without a digit or a Chinese numeral: the extractor stays unloaded
    today = latest_today().isoformat()
    if any(mention.value > today[:len(mention.value)] for mention in _dates_in(value, han_script)):
        raise FieldRefused(Text(N_("%(field)s names a date after today."), {"field": label}), field)
    if _impossible_day(value, han_script) or _impossible_numeric_date(value):
        raise FieldRefused(Text(N_("%(field)s names a day that does not exist (such as 31 February)."),
                                {"field": label}), field)


def _dates_in(value: str, han_script: bool) -> list:
    """The date mentions (guwah.extract.document.DateMention) the extractor's readers find in `value`."""
    from guwah.extract import dates, han  # the extractor's date readers, loaded on a first date
    from guwah.extract.document import Doc

    said = Doc(text=value)
    dates.find_dates(said)
    mentions = list(said.dates)
    if han_script:
        chinese = Doc(text=value, language="zh")
        han.find_dates(chinese)
        mentions += chinese.dates
    return mentions


# A day of the month that some month lacks, in digits or in Chinese numerals.
_LATE_DAY = re.compile(r"(?<!\d)(?:29|30|31)(?!\d)|(?<![一二三四五六七八九十])(?:三十一|三十|二十九)(?![一二三四五六七八九十])")


def _impossible_day(value: str, han_script: bool) -> bool:
    """Whether `value` writes a day its month has not. The readers drop such a day without a trace,
    so each late day (29, 30, 31) is read again as the 1st: if that reads as a day of a month, the
    month is known and the late day is checked against it, whatever language wrote the month."""
    for match in _LATE_DAY.finditer(value):
        day = {"三十一": 31, "三十": 30, "二十九": 29}.get(match.group()) or int(match.group())
        first = "01" if match.group().isdigit() else "一"
        probe = value[:match.start()] + first + value[match.end():]
        where = (match.start(), match.start() + len(first))
        for mention in _dates_in(probe, han_script):
            if mention.precision != "day" or not (mention.start < where[1] and where[0] < mention.end):
                continue
            year, month, _ = (int(part) for part in mention.value.split("-"))
            try:
                date(year, month, day)
            except ValueError:
                return True
    return False


# A date written in numbers alone: year first (2019-13-02, 2019/13/02, 2019.13.02, 2019年13月2日) or
# year last (13/13/2019, 00.05.2019, 02-31-2020). The extractor's readers take only months 1-12 and
# days 1-31 in these shapes, so a month 13 or a day 0 was neither read nor refused.
_YEAR_FIRST = re.compile(r"(?<![\w./-])([12]\d{3})([-/.])(\d{1,2})\2(\d{1,2})(?![\w/-]|\.\d)"
                         r"|(?<!\d)([12]\d{3})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?")
_YEAR_LAST = re.compile(r"(?<![\w./-])(\d{1,2})([-/.])(\d{1,2})\2([12]\d{3})(?![\w/-]|\.\d)")


def _is_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _impossible_numeric_date(value: str) -> bool:
    """Whether `value` writes a date in numbers that no calendar has: a month 0 or over 12, a day 0
    or past its month's end. A year-last date is refused only when neither order (day first, month
    first) names a day, so 12/13/2019 (13 December, written month first) is taken."""
    for match in _YEAR_FIRST.finditer(value):
        if match.group(1):
            year, month, day = int(match.group(1)), int(match.group(3)), int(match.group(4))
        else:  # 2019年13月, with or without its day
            year, month, day = int(match.group(5)), int(match.group(6)), int(match.group(7) or 1)
        if not _is_day(year, month, day):
            return True
    for match in _YEAR_LAST.finditer(value):
        first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        if not (_is_day(year, second, first) or _is_day(year, first, second)):
            return True
    return False


def check_report(names, birth_year: int | str | None = None, **fields) -> ReportForm:
    """Check and normalise a report; FieldRefused (one line, naming the field; its `field` is the
    argument's name, "names.N" for the Nth name) if it cannot be taken.

    Args:
        names: the person's names (one or more non-blank, at most MAX_NAMES, each at most
            MAX_NAME_CHARS characters), in any script; blanks and names without a letter are
            dropped, repeats kept once.
        birth_year: a year from EARLIEST_BIRTH_YEAR to this year (int or decimal digits), or blank.
        **fields: hometown, last_seen_when, last_seen_where, relation, contact, what_happened (text,
            optional; lengths in FIELDS; what_happened may hold line breaks); last_seen_when may name no
            date after today (`_last_seen`).
    """
    unknown = sorted(set(fields) - set(FIELDS))
    if unknown:
        raise InputError(f"A report has no field {unknown[0]!r}.")
    if isinstance(names, str) or names is None:
        names = [names]
    cleaned: list[str] = []
    for position, name in enumerate(names, start=1):
        label = Text(N_("The name")) if len(names) == 1 else Text(N_("Name %(position)s"), {"position": position})
        name = _clean(name, label, MAX_NAME_CHARS, f"names.{position}")
        # A name with no letter (a zero-width space, a dash) names no one: dropped like a blank.
        if name and any(char.isalpha() for char in name) and name not in cleaned:
            cleaned.append(name)
    if not cleaned:
        raise FieldRefused(Text(N_("Give at least one name of the person.")), "names.1")
    if len(cleaned) > MAX_NAMES:
        raise FieldRefused(Text.counted(N_plural("Give at most %(most)s name.", "Give at most %(most)s names."), MAX_NAMES,
                                        {"most": MAX_NAMES}), "names.1")
    values = {key: _clean(fields.get(key), Text(label), limit, key) for key, (limit, label) in FIELDS.items()}
    _last_seen(values["last_seen_when"], Text(FIELDS["last_seen_when"][1]), "last_seen_when")
    return ReportForm(names=tuple(cleaned), birth_year=_birth_year(birth_year), **values)


def _random_code(length: int) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def _grouped(code: str) -> str:
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


def _new_reference() -> str:
    return f"{REFERENCE_PREFIX}-{_grouped(_random_code(REFERENCE_CHARS))}"


def _typed_code(typed: str) -> str:
    """What someone typed, as the code it means: case, spaces, dashes and lookalikes forgiven."""
    return "".join(c for c in typed.upper().translate(_LOOKALIKES) if c.isalnum())


def _canonical_reference(typed: str) -> str | None:
    code = _typed_code(typed)
    if code.startswith(REFERENCE_PREFIX) and len(code) == REFERENCE_CHARS + len(REFERENCE_PREFIX):
        code = code[len(REFERENCE_PREFIX):]
    if len(code) != REFERENCE_CHARS or any(c not in ALPHABET for c in code):
        return None
    return f"{REFERENCE_PREFIX}-{_grouped(code)}"


def decoy_receipt() -> Receipt:
    """A receipt shaped like a real one for a submission refused silently (spam); nothing is stored."""
    return Receipt(_new_reference(), _grouped(_random_code(SECRET_CHARS)))


def submit_report(store: Store, session: Session, report: ReportForm, actor: str = PUBLIC_ACTOR) -> Receipt:
    """Queue a checked report (status "received") and audit it; the receipt is the only copy of the secret."""
    reference = _new_reference()
    while session.scalar(select(FamilyReport.id).where(FamilyReport.reference == reference)) is not None:
        reference = _new_reference()
    secret, now = _random_code(SECRET_CHARS), datetime.now(UTC)
    row = FamilyReport(reference=reference, secret_hash=passwords.hasher.hash(secret), received_at=now,
                       status_changed_at=now, status=ReportStatus.RECEIVED.value, names=list(report.names), birth_year=report.birth_year,
                       hometown=report.hometown, last_seen_when=report.last_seen_when,
                       last_seen_where=report.last_seen_where, relation=report.relation, contact=report.contact,
                       what_happened=report.what_happened)
    session.add(row)
    session.flush()
    store.audit(session, actor, "change", "family_report", row.id, change="received")
    return Receipt(reference, _grouped(secret))


def check_status(session: Session, reference: str, secret: str) -> StatusAnswer | None:
    """The status of the report `reference` if `secret` is its secret; None otherwise.

    An unknown reference and a wrong secret give the same answer after the same hashing work.
    """
    canonical = _canonical_reference(reference) if len(reference) <= _LONGEST_TYPED else None
    row = None
    if canonical is not None:
        row = session.scalar(select(FamilyReport).where(FamilyReport.reference == canonical))
    typed = _typed_code(secret) if len(secret) <= _LONGEST_TYPED else ""
    matches, _ = passwords.verify_password(row.secret_hash if row else passwords.dummy_hash(), typed)
    if row is None or not matches:
        return None
    return StatusAnswer(row.reference, row.status, _utc(row.received_at).date(), _utc(row.status_changed_at).date())


def _utc(at: datetime) -> datetime:
    # SQLite gives back naive UTC times, PostgreSQL times in the session's zone.
    return at.astimezone(UTC) if at.tzinfo else at.replace(tzinfo=UTC)


def _queued(row: FamilyReport) -> QueuedReport:
    return QueuedReport(reference=row.reference, status=row.status, received_at=_utc(row.received_at),
                        status_changed_at=_utc(row.status_changed_at), names=list(row.names), birth_year=row.birth_year,
                        hometown=row.hometown, last_seen_when=row.last_seen_when,
                        last_seen_where=row.last_seen_where, relation=row.relation,
                        has_contact=row.contact is not None, what_happened=row.what_happened,
                        document_id=row.document_id)


def _status(value: str) -> str:
    try:
        return ReportStatus(value).value
    except ValueError:
        allowed = ", ".join(member.value for member in ReportStatus)
        raise InputError(f"{value!r} is not a report status (one of {allowed})", value=value) from None


def list_reports(store: Store, session: Session, actor: str, status: str | None = None) -> list[QueuedReport]:
    """The queue, oldest first (only `status` when given), without contacts; the read is audited."""
    query = select(FamilyReport).order_by(FamilyReport.received_at, FamilyReport.id)
    if status is not None:
        query = query.where(FamilyReport.status == _status(status))
    rows = [_queued(row) for row in session.scalars(query)]
    store.audit(session, actor, "read", "family_report_list", None, status=status, count=len(rows))
    return rows


def _row(session: Session, reference: str) -> FamilyReport:
    canonical = _canonical_reference(reference)
    row = None if canonical is None else session.scalar(
        select(FamilyReport).where(FamilyReport.reference == canonical))
    if row is None:
        raise NotFound(f"no report has the reference {reference!r}", value=reference)
    return row


def set_status(store: Store, session: Session, reference: str, status: str, actor: str) -> QueuedReport:
    """Move a report to `status` (received, under_review, closed) and audit the change.

    Setting the status it already has changes and audits nothing. NotFound for an unknown
    reference, InputError for an unknown status.
    """
    status = _status(status)
    row = _row(session, reference)
    if row.status != status:
        old, row.status, row.status_changed_at = row.status, status, datetime.now(UTC)
        session.flush()
        store.audit(session, actor, "change", "family_report", row.id, change="status", old=old, new=status)
    return _queued(row)


# Who may read a reporter's contact: the role that acts for the archive (drafts, approves,
# changes consent) and so writes back to families. A viewer reads testimonies but never this.
# The row "read_contacts" of the one table of who may do what.
CONTACT_ROLE = PERMISSIONS["read_contacts"]


def show_report(store: Store, session: Session, reference: str, actor: str) -> QueuedReport:
    """One report as the queue shows it (never its contact); the read is audited."""
    row = _row(session, reference)
    store.audit(session, actor, "read", "family_report", row.id)
    return _queued(row)


def read_contact(store: Store, session: Session, reference: str, actor: str) -> str | None:
    """The reporter's contact, for the person who will write to them; every read is audited.

    No list, page or command shows it otherwise: this is the only way to read it. `actor` must be
    allowed by the one rule of who reads contacts (`guwah.accounts.may_read_contacts`: an active
    account of role CONTACT_ROLE or above, or the one operator of an archive with no account;
    AccessDenied otherwise, checked before the report is looked up, so that a refusal says nothing
    of which references exist); NotFound for an unknown reference. Returns None when the reporter left no contact.
    """
    from guwah.errors import AccessDenied

    if not may_read_contacts(session, actor):
        raise AccessDenied(f"{actor!r} may not read reporters' contacts: only an active account with the role "
                           f"{CONTACT_ROLE} or admin may (`guwah users role`)", value=actor)
    row = _row(session, reference)
    store.audit(session, actor, "read", "family_report_contact", row.id)
    return row.contact
