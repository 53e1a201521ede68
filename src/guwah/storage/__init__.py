"""Storage: the only package that talks to the database and the originals folder."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import event, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from guwah.config import Settings
from guwah.protection.files import create_private_file, private_folder, tighten_files
from guwah.protection.keys import KEYRING_FILE, SALT_FILE, KeyRing, master_key, open_keyring
from guwah.protection.sealing import Sealer
from guwah.storage.blobs import BlobStore
from guwah.storage.engine import database_kind, make_engine, upgrade_schema

if TYPE_CHECKING:
    from guwah.storage.tables import AuditEntry

# How many sessions that wrote something this context has committed: a command's conflict then says
# whether anything it did before stays stored (`committed_writes`, `conflict_stored_before`).
_COMMITTED_WRITES: ContextVar[int] = ContextVar("guwah_committed_writes", default=0)
_WROTE = "guwah_wrote"
# SQLSTATEs of PostgreSQL for a conflict with another transaction: unique and foreign-key
# violations (a row another process stored or removed first), serialization failure, deadlock,
# lock not available.
_CONFLICT_STATES = {"23505", "23503", "40001", "40P01", "55P03"}
# SQLite's words for the same: a unique or foreign-key constraint, a write lock held past the
# busy timeout or a snapshot another process's commit made stale.
_CONFLICT_WORDS = ("UNIQUE constraint failed", "FOREIGN KEY constraint failed", "database is locked",
                   "database table is locked")


# The database errors a conflict comes as (`is_conflict` tells which of them are one).
DATABASE_ERRORS = (IntegrityError, OperationalError)


def is_conflict(error: BaseException) -> bool:
    """Whether `error` is the database refusing a transaction because another one changed the same
    rows or held them at the same time (two commands at once: a second reviewer's approval, a merge
    beside a merge). Its transaction was rolled back whole; running it again may succeed. Other
    database errors (a missing table, a NOT NULL violation: bugs) are not."""
    if not isinstance(error, DATABASE_ERRORS):
        return False
    state = getattr(error.orig, "sqlstate", None) or getattr(error.orig, "pgcode", None)
    if state:
        return state in _CONFLICT_STATES
    return str(error.orig).startswith(_CONFLICT_WORDS)


def hold_for_decision(session: Session, row, column) -> None:
    """Lock `row` (a release, a naming basis, a consent change, a proposed fact) until this
    transaction ends, then read it again, before deciding it: a second command or form deciding the
    same row at once (two `guwah release approve N`, a review form sent twice) read it undecided
    before the first one's decision was committed, and stored a second decision over it. A no-op
    UPDATE of `column` takes the row's lock on PostgreSQL and the database's write lock on SQLite
    (whose reads took none: its driver begins a transaction at the first write); the second waits
    for the first to commit, then finds it decided (or fails as a conflict past the busy timeout,
    `is_conflict`)."""
    table = type(row)
    session.execute(update(table).where(table.id == row.id).values({column: column})
                    .execution_options(synchronize_session=False))
    session.refresh(row)


def committed_writes() -> int:
    """How many sessions that wrote something this context has committed so far (a command reads it
    when it starts, and again from a conflict: `conflict_stored_before`)."""
    return _COMMITTED_WRITES.get()


def conflict_stored_before(error: BaseException) -> int:
    """`committed_writes` when the conflict `error` was raised out of `Store.session`: less its value
    when a command started, 0 means nothing the command did was stored."""
    return getattr(error, _WROTE, 0)


class Store:
    """One database plus one originals folder, opened with the archive's keys."""

    def __init__(self, settings: Settings, *, create_keys: bool = True, migrate: bool = True):
        """Open the archive in `settings.data_dir`.

        A new, empty data directory gets its keys on first open (with `create_keys`): a master
        key at GUWAH_KEY_FILE if none is there yet, and a keyring. An existing archive is never
        given new keys: without its own master key it does not open.
        """
        self.settings = settings
        private_folder(settings.data_dir)
        tighten_files([settings.data_dir / KEYRING_FILE, settings.data_dir / SALT_FILE])
        fresh = not (settings.data_dir / KEYRING_FILE).exists()
        master, self.created_key = master_key(settings.key_file, settings.passphrase, settings.data_dir,
                                              create=create_keys and fresh)
        self.ring: KeyRing = open_keyring(settings.data_dir, master, create=create_keys and fresh)
        sealer = Sealer(self.ring)
        sqlcipher_key = None
        if database_kind(settings.database_url) == "sqlite":
            sqlcipher_key = self.ring.subkey("sqlcipher")
            _private_sqlite_file(settings.database_url)
        self.engine = make_engine(settings.database_url, sealer=sealer, sqlcipher_key=sqlcipher_key)
        # (revision before, after) when opening applied migrations to an existing archive, else None:
        # the CLI then runs the release check (`guwah.console.open_archive`).
        self.upgraded: tuple[str, str] | None = None
        if migrate:
            before, after = upgrade_schema(self.engine)
            if before is not None and before != after:
                self.upgraded = (before, after)
        self.blobs = BlobStore(settings.originals_dir, self.ring, sealer)
        self.blobs.make_private()
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._sessions, "after_flush", lambda session, _: session.info.__setitem__(_WROTE, True))
        from guwah.protection.audit import follow_rollbacks

        follow_rollbacks(self._sessions)  # a rolled-back audit entry is never recorded as the head
        # Audit entries form one chain with unique, increasing ids: within this process, one session
        # at a time may append, from its first entry until its commit (PostgreSQL also locks the
        # table, which covers other processes).
        self._audit_lock = threading.Lock()
        # Registers the check that withdraws any approved release a commit made stale.
        import guwah.registry  # noqa: F401 (gives every new mention an entry)
        import guwah.releases  # noqa: F401
        if migrate:
            from guwah.search.public import ensure_index

            ensure_index(self)  # the public search index, built once after migration 0010

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work is committed at the end of the block, or rolled back whole."""
        with self._sessions() as session:
            # Code that derives keyed values from a session (pseudonyms) finds the keys here.
            session.info["guwah_ring"] = self.ring
            # Audited workflows (releases) find the store, and so the audit chain, here.
            session.info["guwah_store"] = self
            try:
                try:
                    with session.begin():
                        yield session
                except Exception as error:
                    if is_conflict(error):
                        setattr(error, _WROTE, _COMMITTED_WRITES.get())
                    raise
                if session.info.pop(_WROTE, False):
                    _COMMITTED_WRITES.set(_COMMITTED_WRITES.get() + 1)
                head = session.info.pop("audit_head", None)
                if head is not None:
                    from guwah.protection.audit import head_path, write_head

                    write_head(head_path(self.ring, self.settings.key_file), *head)
            finally:
                if session.info.pop("holds_audit_lock", False):
                    self._audit_lock.release()

    def hold_audit_lock(self, session: Session) -> None:
        """Take the audit chain's lock for `session` until it ends (again: nothing happens).

        Code that will audit after writing rows others also write (a login's counters) takes it
        first, so that every session takes the chain's lock before any row's: no deadlock.
        """
        if session.info.get("holds_audit_lock"):
            return
        self._audit_lock.acquire()
        session.info["holds_audit_lock"] = True
        if session.get_bind().dialect.name == "postgresql":  # other processes; held until commit
            session.execute(text("LOCK TABLE audit_entry IN EXCLUSIVE MODE"))
        else:
            # Other processes on SQLite (a second command, `guwah serve`'s workers): a write takes
            # the database's one write lock until commit (waiting busy_timeout for it), so the
            # chain's last entry is read after any other appender's commit, not before it (two
            # appenders then chose the same id: "UNIQUE constraint failed: audit_entry.id").
            session.execute(text("UPDATE audit_entry SET id = id WHERE 0"))

    def audit(self, session: Session, actor: str, action: str, record_type: str | None = None,
              record_id: object = None, **detail) -> AuditEntry:
        """Record a sensitive act (a read of non-public material, a search, an export, a change);
        returns its entry (its id names the act, as an erasure's mark does)."""
        from guwah.protection.audit import append, head_path

        self.hold_audit_lock(session)
        return append(session, self.ring, actor, action, record_type, record_id, detail,
               head_file=head_path(self.ring, self.settings.key_file))

    def close(self) -> None:
        self.engine.dispose()


def _private_sqlite_file(url: str) -> None:
    """Create the SQLite file 0600 before SQLite does (it would use the umask, typically 0644).

    SQLite gives the write-ahead log and shared-memory files the database file's mode, so they
    are private too. A file left open by an older Guwah is tightened.
    """
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    if path.parent.is_dir():
        create_private_file(path)
    tighten_files([path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")])


def holds_archive(data_dir: Path) -> bool:
    """Whether `data_dir` holds a Guwah archive (its keyring: `guwah init` writes it first)."""
    return (Path(data_dir) / KEYRING_FILE).is_file()


def open_store(settings: Settings | None = None, *, create_keys: bool = True, create: bool = True) -> Store:
    """Open the archive of `settings` (the environment's by default).

    With `create` False a folder that holds no archive (a mistyped GUWAH_DATA_DIR) is refused
    with InputError before anything is written there; only `guwah init` creates one.
    """
    from guwah.config import load_settings
    from guwah.errors import InputError

    settings = settings or load_settings()
    if not create and not holds_archive(settings.data_dir):
        raise InputError(f"{settings.data_dir} holds no Guwah archive (check GUWAH_DATA_DIR); "
                         "`guwah init` creates one there", value=str(settings.data_dir))
    return Store(settings, create_keys=create_keys)
