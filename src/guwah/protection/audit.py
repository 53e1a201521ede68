"""The audit log: an append-only chain of keyed hashes over every sensitive act.

Each entry's MAC covers its own fields and the previous entry's MAC, under a key derived from
the archive key, so nobody without the key can edit, insert or re-chain entries. The newest
entry's id and MAC (the head) are also written outside the database — beside the master key by
default — so that deleting the newest entries is detected too.

Entries name who did what to which record, when; never the confidential content itself.
"""

from __future__ import annotations

import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from guwah.protection.files import write_private_file
from guwah.protection.keys import KeyRing, key_id
from guwah.storage.tables import AuditEntry

GENESIS = "0" * 64


def _canonical(entry_id: int, at: datetime, actor: str, action: str, record_type, record_id, detail, previous: str) -> bytes:
    return json.dumps(
        [entry_id, at.astimezone(UTC).isoformat(), actor, action, record_type, record_id, detail, previous],
        ensure_ascii=False, sort_keys=True, separators=(",", ":"),
    ).encode("utf-8")


def _mac(ring: KeyRing, *fields) -> str:
    return ring.mac("audit-chain", _canonical(*fields)).hex()


def head_path(ring: KeyRing, key_file: Path) -> Path:
    """Where this archive's audit head lives: beside the master key, outside the data."""
    return Path(key_file).expanduser().parent / f"audit-head-{key_id(ring.archive_key)}.json"


def append(session: Session, ring: KeyRing, actor: str, action: str, record_type: str | None = None,
           record_id: object = None, detail: dict | None = None) -> AuditEntry:
    """Add an entry in the caller's transaction; the head file is updated after commit."""
    if session.get_bind().dialect.name == "postgresql":
        # One appender at a time, so that ids stay contiguous and each entry chains to the last.
        session.execute(text("LOCK TABLE audit_entry IN EXCLUSIVE MODE"))
    last = session.execute(select(AuditEntry.id, AuditEntry.mac).order_by(AuditEntry.id.desc()).limit(1)).first()
    entry_id, previous = (last[0] + 1, last[1]) if last else (1, GENESIS)
    # Microsecond precision survives both databases, so the MAC can be recomputed exactly.
    at = datetime.now(UTC)
    record_id = None if record_id is None else str(record_id)
    detail = detail or {}
    entry = AuditEntry(id=entry_id, at=at, actor=actor, action=action, record_type=record_type,
                       record_id=record_id, detail=detail,
                       mac=_mac(ring, entry_id, at, actor, action, record_type, record_id, detail, previous))
    session.add(entry)
    session.flush()
    session.info["audit_head"] = (entry_id, entry.mac)
    return entry


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


def verify_chain(session: Session, ring: KeyRing, head_file: Path) -> tuple[int, list[AuditProblem]]:
    """Recompute the chain; returns (entries checked, problems naming the entries at fault)."""
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
        previous, expected_id = entry.mac, entry.id + 1
    last_id = expected_id - 1
    if head_file.exists():
        head = json.loads(head_file.read_text())
        if head["id"] > last_id:
            problems.append(AuditProblem(head["id"], f"the newest entries ({last_id + 1}–{head['id']}) were removed"))
        else:
            at_head = session.get(AuditEntry, head["id"])
            if at_head is None or not hmac.compare_digest(at_head.mac, head["mac"]):
                problems.append(AuditProblem(head["id"], "the entry at the recorded head does not match"))
    elif last_id > 0:
        problems.append(AuditProblem(None, f"the audit head file {head_file} is missing"))
    return count, problems
