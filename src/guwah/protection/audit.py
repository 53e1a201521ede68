"""The audit log: an append-only chain of keyed hashes over every sensitive act.

Each entry's MAC covers its own fields and the previous entry's MAC, under a key derived from
the archive key, so nobody without the key can edit, insert or re-chain entries. The newest
entry's id and MAC (the head) are also written outside the database — beside the master key by
default — so that deleting the newest entries is detected too.

The head is also the high-water mark of ids: an append takes the next id after the larger of the
database's newest entry and the head, so an id is never used twice. When the database has lost
entries the head knows of, the append first records that (`audit_entries_missing`), and the gap
it leaves in the ids is reported by `verify_chain` however many entries follow.

Entries name who did what to which record, when; never the confidential content itself. Reading
the log is such an act too (`read_entry_page`, `record_log_read`): who, when, which filter.
"""

from __future__ import annotations

import hmac
import json
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import event, select, text
from sqlalchemy.orm import Session, sessionmaker

from guwah.errors import N_, InputError, Text, counted
from guwah.protection.files import write_private_file
from guwah.protection.keys import KeyRing, key_id
from guwah.storage.tables import AuditEntry

log = logging.getLogger(__name__)

GENESIS = "0" * 64
SYSTEM_ACTOR = "guwah"
ENTRIES_MISSING = "audit_entries_missing"
HEAD_MISMATCH = "audit_head_mismatch"
_HEAD_VALUE = re.compile(r"(\d+):([0-9a-f]{64})")
AUDIT_LOG = "audit_log"  # the record type of a read of the log itself


def _canonical(entry_id: int, at: datetime, actor: str, action: str, record_type, record_id, detail, previous: str) -> bytes:
    return json.dumps(
        [entry_id, at.astimezone(UTC).isoformat(), actor, action, record_type, record_id, detail, previous],
        ensure_ascii=False, sort_keys=True, separators=(",", ":"),
    ).encode("utf-8")


def _mac(ring: KeyRing, *fields) -> str:
    return ring.mac("audit-chain", _canonical(*fields)).hex()


def record_log_read(store, session: Session, actor: str, command: str, **filters) -> None:
    """Audit a read of the audit log itself, after it was read (so that the read does not list
    itself): who, the command or page, and its limit, page and filter, never what was read."""
    store.audit(session, actor, "read", AUDIT_LOG, None, command=command, **filters)


# The row of `guwah.accounts.permissions.PERMISSIONS` that reading the log needs: `guwah audit list`
# and the workspace's audit page both check it.
READ_LOG = "read"
# What a read of the log may be narrowed to (each an exact value an entry stores): who acted, the
# action, the record's type and id.
FILTERS = ("by", "action", "record_type", "record_id")
NO_SUCH_VALUE = N_("No audit entry has that value, so nothing was read.")
_COLUMNS = {"by": AuditEntry.actor, "action": AuditEntry.action, "record_type": AuditEntry.record_type,
            "record_id": AuditEntry.record_id}


def _narrowed(query, filters: dict[str, str | None]):
    unknown = set(filters) - set(FILTERS)
    if unknown:
        raise InputError(f"the audit log is filtered by {', '.join(FILTERS)}, not {', '.join(sorted(unknown))}")
    return query.where(*(_COLUMNS[name] == value for name, value in filters.items() if value))


def stored_values(session: Session, name: str) -> list[str]:
    """The values the entries hold for filter `name` (who acted, the actions, the record types):
    what a filter may be set to."""
    column = _COLUMNS[name]
    return list(session.scalars(select(column).where(column.is_not(None)).distinct().order_by(column)))


def _check_filters(session: Session, filters: dict[str, str | None]) -> None:
    """InputError unless each filter's value is one an entry stores: a value typed into a filter
    (a name, say) is never recorded by the read unless the log already holds it."""
    for name, value in filters.items():
        if value and session.scalar(select(AuditEntry.id).where(_COLUMNS[name] == value).limit(1)) is None:
            raise InputError(Text(NO_SUCH_VALUE), value=name)


@dataclass(frozen=True)
class EntryPage:
    """A page of the log, newest first (`read_entry_page`): whether entries newer than its first
    and older than its last match the same filters (the "newer" and "older" links)."""

    entries: list[AuditEntry]
    newer: bool
    older: bool


def read_entry_page(store, session: Session, actor: str, limit: int, *, before: int | None = None,
                    after: int | None = None, command: str = "list", **filters: str | None) -> EntryPage:
    """Up to `limit` entries matching `filters`, newest first, paged by entry id (keyset): those just
    older than entry `before`, or just newer than entry `after`, or the newest. No page is too deep
    and nothing counts the whole log; entries appended meanwhile shift no page. Serves `guwah audit list`
    and the workspace's audit page. A filter's value no entry stores is an InputError (nothing read,
    nothing recorded). The read is audited (`record_log_read`): the command or page, its limit, its
    `before` or `after` and filters, never what was read."""
    _check_filters(session, filters)
    narrowed_query = _narrowed(select(AuditEntry), filters)
    if after is not None:
        rows = list(session.scalars(narrowed_query.where(AuditEntry.id > after)
                                    .order_by(AuditEntry.id).limit(limit + 1)))
        newer, entries = len(rows) > limit, rows[:limit][::-1]
        older = _exists(session, filters, AuditEntry.id <= after)
    else:
        query = narrowed_query if before is None else narrowed_query.where(AuditEntry.id < before)
        rows = list(session.scalars(query.order_by(AuditEntry.id.desc()).limit(limit + 1)))
        older, entries = len(rows) > limit, rows[:limit]
        newer = before is not None and _exists(session, filters, AuditEntry.id >= before)
    narrowed = {name: value for name, value in filters.items() if value}
    bound = {"after": after} if after is not None else {"before": before} if before is not None else {}
    record_log_read(store, session, actor, command, limit=limit, **bound,
                    **({"filter": narrowed} if narrowed else {}))
    return EntryPage(entries, newer, older)


def _exists(session: Session, filters: dict[str, str | None], condition) -> bool:
    return session.scalar(_narrowed(select(AuditEntry.id), filters).where(condition).limit(1)) is not None


def head_path(ring: KeyRing, key_file: Path) -> Path:
    """Where this archive's audit head lives: beside the master key, outside the data."""
    return Path(key_file).expanduser().parent / f"audit-head-{key_id(ring.archive_key)}.json"


def read_head(path: Path) -> tuple[int, str] | None:
    """The head recorded in `path` as (id, mac), or None when there is no head file yet."""
    if not path.exists():
        return None
    try:
        return parse_head(path.read_text(encoding="utf-8", errors="replace"))
    except InputError:
        raise InputError(f"the audit head file {path} is unreadable: restore it, or move it away and "
                         "check the log with `guwah audit verify --head` against an outside copy") from None


def parse_head(value: str) -> tuple[int, str]:
    """A head written as `ID:MAC` (what `guwah audit head` prints) or as the head file's JSON."""
    value = value.strip()
    match = _HEAD_VALUE.fullmatch(value)
    if match:
        return int(match[1]), match[2]
    try:
        head = json.loads(value)
        return int(head["id"]), str(head["mac"])
    except (ValueError, KeyError, TypeError):
        pass
    entry_id, colon, mac = value.partition(":")
    if colon and not value.startswith("{"):  # ID:MAC, one part of it wrong: say which
        if not (entry_id.isascii() and entry_id.isdigit()):
            raise InputError("the ID part of the audit head (before the colon) is malformed: it is the entry's "
                             "number, digits only, as `guwah audit head` prints it") from None
        raise InputError(f"the MAC part of the audit head (after the colon) is malformed: it is 64 hex digits "
                         f"(0-9, a-f), as `guwah audit head` prints it; this one has {counted(len(mac), 'character')}"
                         + ("" if len(mac) != 64 else ", not all of them 0-9 or a-f")) from None
    raise InputError("an audit head is ID:MAC (64 hex digits), as `guwah audit head` prints it")


def format_head(entry_id: int, mac: str) -> str:
    return f"{entry_id}:{mac}"


def _add(session: Session, ring: KeyRing, entry_id: int, previous: str, actor: str, action: str,
         record_type: str | None, record_id: str | None, detail: dict) -> AuditEntry:
    # Microsecond precision survives both databases, so the MAC can be recomputed exactly.
    at = datetime.now(UTC)
    entry = AuditEntry(id=entry_id, at=at, actor=actor, action=action, record_type=record_type,
                       record_id=record_id, detail=detail,
                       mac=_mac(ring, entry_id, at, actor, action, record_type, record_id, detail, previous))
    session.add(entry)
    session.flush()
    return entry


def append(session: Session, ring: KeyRing, actor: str, action: str, record_type: str | None = None,
           record_id: object = None, detail: dict | None = None, *, head_file: Path | None = None) -> AuditEntry:
    """Add an entry in the caller's transaction; the head file is updated after commit.

    With `head_file`, the database's newest entry is first checked against the recorded head: a
    database that lost entries the head knows of gets an `audit_entries_missing` entry, one whose
    entry at the head's id differs an `audit_head_mismatch` entry, and ids go on after the head.
    """
    if session.get_bind().dialect.name == "postgresql":
        # One appender at a time, so that ids stay unique and each entry chains to the last.
        session.execute(text("LOCK TABLE audit_entry IN EXCLUSIVE MODE"))
    last = session.execute(select(AuditEntry.id, AuditEntry.mac).order_by(AuditEntry.id.desc()).limit(1)).first()
    last_id, previous = (last[0], last[1]) if last else (0, GENESIS)
    # The head file moves only when the transaction commits: a later append in the same one would
    # find the same disagreement again (nine warnings and entries for one command); the first
    # append already recorded it, and this transaction's own entries follow it.
    checked = "audit_head" in session.info
    head = read_head(head_file) if head_file is not None and not checked else None
    if head is not None and head[0] > last_id:
        # Entries up to the head were committed and are gone: never hand their ids out again.
        log.warning("audit entries %d-%d are missing from the database", last_id + 1, head[0])
        gap = _add(session, ring, head[0] + 1, previous, SYSTEM_ACTOR, ENTRIES_MISSING, "audit_entry", None,
                   {"first": last_id + 1, "last": head[0]})
        last_id, previous = gap.id, gap.mac
    elif head is not None:
        at_head = last[1] if head[0] == last_id else session.scalar(
            select(AuditEntry.mac).where(AuditEntry.id == head[0]))
        if at_head is None or not hmac.compare_digest(at_head, head[1]):
            log.warning("audit entry %d does not match the recorded head", head[0])
            mismatch = _add(session, ring, last_id + 1, previous, SYSTEM_ACTOR, HEAD_MISMATCH, "audit_entry",
                            str(head[0]), {})
            last_id, previous = mismatch.id, mismatch.mac
    record_id = None if record_id is None else str(record_id)
    entry = _add(session, ring, last_id + 1, previous, actor, action, record_type, record_id, detail or {})
    session.info["audit_head"] = (entry.id, entry.mac)
    return entry


def follow_rollbacks(sessions: sessionmaker) -> None:
    """Keep each session's pending head (`session.info["audit_head"]`, recorded at commit) in
    step with its transaction: a rollback forgets the entries it undid.

    A whole rollback drops the pending head (the next append checks the head file again); a
    rolled-back savepoint puts back the head from before it. Without this a command that audited
    and then rolled back (a read-only check) recorded the head of an entry that never landed,
    and every later append reported entries missing.
    """

    @event.listens_for(sessions, "after_transaction_create")
    def _note_head_at_savepoint(session, transaction) -> None:
        if transaction.nested:
            session.info.setdefault("audit_head_at_savepoint", {})[transaction] = session.info.get("audit_head")

    @event.listens_for(sessions, "after_soft_rollback")
    def _forget_undone_entries(session, previous_transaction) -> None:
        saved = session.info.get("audit_head_at_savepoint", {})
        if previous_transaction.nested and previous_transaction in saved:
            head = saved.pop(previous_transaction)
            if head is None:
                session.info.pop("audit_head", None)
            else:
                session.info["audit_head"] = head
        elif not previous_transaction.nested:
            session.info.pop("audit_head", None)
            session.info.pop("audit_head_at_savepoint", None)


def write_head(path: Path, entry_id: int, mac: str) -> None:
    """Record the newest entry; never moves the head backwards (commits may finish out of order)."""
    if path.exists() and json.loads(path.read_text())["id"] >= entry_id:
        return
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_private_file(path, (json.dumps({"id": entry_id, "mac": mac}) + "\n").encode("ascii"))


@dataclass(frozen=True)
class AuditProblem:
    entry_id: int | None
    what: str


def _check_head(session: Session, head: tuple[int, str], last_id: int, which: str) -> list[AuditProblem]:
    head_id, head_mac = head
    if head_id > last_id:
        return [AuditProblem(head_id, f"the newest entries ({last_id + 1}–{head_id}) were removed ({which})")]
    at_head = session.get(AuditEntry, head_id)
    if at_head is None or not hmac.compare_digest(at_head.mac, head_mac):
        return [AuditProblem(head_id, f"the entry at the head in {which} does not match")]
    return []


def verify_chain(session: Session, ring: KeyRing, head_file: Path,
                 outside_head: tuple[int, str] | None = None) -> tuple[int, list[AuditProblem]]:
    """Recompute the chain; returns (entries checked, problems naming the entries at fault).

    Args:
        head_file: the head kept beside the master key.
        outside_head: a head copied elsewhere earlier (`guwah audit head`): the entry at its id
            must still be there, unchanged — which someone holding the master key cannot fake.
    """
    problems: list[AuditProblem] = []
    previous, expected_id, count = GENESIS, 1, 0
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        count += 1
        if entry.id != expected_id:
            problems.append(AuditProblem(entry.id, f"entries {expected_id}–{entry.id - 1} are missing"))
        at = entry.at if entry.at.tzinfo else entry.at.replace(tzinfo=UTC)
        mac = _mac(ring, entry.id, at, entry.actor, entry.action, entry.record_type, entry.record_id,
                   entry.detail, previous)
        if not hmac.compare_digest(mac, entry.mac):
            problems.append(AuditProblem(entry.id, "entry was altered, inserted or re-chained"))
        elif entry.action == HEAD_MISMATCH:
            problems.append(AuditProblem(entry.id, f"an append found entry {entry.record_id} differing from the "
                                                   "recorded head (an id was used twice)"))
        previous, expected_id = entry.mac, entry.id + 1
    last_id = expected_id - 1
    head = read_head(head_file)
    if head is not None:
        problems += _check_head(session, head, last_id, f"the head file {head_file}")
    elif last_id > 0:
        problems.append(AuditProblem(None, f"the audit head file {head_file} is missing"))
    if outside_head is not None:
        problems += _check_head(session, outside_head, last_id, "the outside copy")
    return count, problems
