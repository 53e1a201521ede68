"""Engines and schema upgrades for SQLite (embedded default) and PostgreSQL (team)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

# SQLite connections a process keeps open when handed back (SQLAlchemy's default: 5). A server
# process runs up to 40 endpoints at once (anyio's thread limit); 16 cover the bursts of a server
# near its capacity, and bound the page caches kept (at most 16 × 32 MiB a process, filled only as
# pages are read). Beyond 16 at once, SQLAlchemy's 10 more open and close as before.
SQLITE_POOL_SIZE = 16


def make_engine(url: str, *, sealer=None, sqlcipher_key: bytes | None = None) -> Engine:
    """An engine for `url`.

    SQLite gets WAL mode and enforced foreign keys, and with `sqlcipher_key` the whole file is
    encrypted by SQLCipher (search index, write-ahead log and temporary files included).
    `sealer` encrypts the sealed columns (see guwah.protection.sealing) on either database.
    """
    if url.startswith("sqlite"):
        # The most recently returned connection is handed out first: its page cache (below) is the
        # warmest, where the pool's default order would spread requests over every connection.
        options: dict = {"connect_args": {"check_same_thread": False}}
        if make_url(url).database not in (None, "", ":memory:"):
            options["pool_use_lifo"] = True  # (a database in memory has a pool of one connection per thread)
            # A connection handed back after a burst is kept, not closed (SQLITE_POOL_SIZE): a new
            # one starts with a cold page cache (a search on it cost twice the CPU), and closing
            # the extras after a burst made the next burst, when a loaded server could least
            # afford it, pay that again (docs/benchmarks.md, "Sixteenth round").
            options["pool_size"] = SQLITE_POOL_SIZE
        if sqlcipher_key is not None:
            import sqlcipher3

            options["module"] = sqlcipher3.dbapi2
        engine = create_engine(url, **options)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):
            cursor = dbapi_connection.cursor()
            if sqlcipher_key is not None:
                # Must be the first statement on the connection.
                cursor.execute(f"PRAGMA key = \"x'{sqlcipher_key.hex()}'\"")
                cursor.execute("PRAGMA temp_store = MEMORY")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=5000")
            # 32 MiB of pages per connection (SQLite's default is 2 MiB): the public search index
            # of a large registry is read from memory rather than decrypted again page by page.
            cursor.execute("PRAGMA cache_size=-32768")
            cursor.close()
    else:
        engine = create_engine(url, pool_pre_ping=True)
    engine.dialect.guwah_sealer = sealer
    return engine


def database_kind(url: str) -> str:
    return make_url(url).get_backend_name()


def alembic_config(engine: Engine | None) -> Config:
    config = Config()
    config.set_main_option(
        "script_location", str(resources.files("guwah.storage").joinpath("migrations"))
    )
    config.attributes["engine"] = engine
    return config


@cache
def head_revision() -> str:
    """The newest migration's revision ("0025"), read once a process (the migrations do not change
    while it runs)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(None)).get_current_head()


def schema_revision(engine: Engine) -> str | None:
    """The database's schema revision ("0021"), or None for a database without Guwah's tables."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


@cache
def known_revisions() -> frozenset[str]:
    """Every migration's revision this version of Guwah holds, read once a process."""
    from alembic.script import ScriptDirectory

    return frozenset(script.revision for script in ScriptDirectory.from_config(alembic_config(None)).walk_revisions())


def upgrade_schema(engine: Engine, revision: str = "head") -> tuple[str | None, str | None]:
    """Bring the database schema up to `revision` (idempotent); returns its revision before and
    after (equal when there was nothing to do; before is None for a new database). Raises
    InputError, changing nothing, for a schema a newer version of Guwah migrated: one a member
    running an older copy (a laptop not yet upgraded, a worktree of an older branch) opens."""
    before = schema_revision(engine)
    if revision == "head" and before is not None and before == head_revision():
        # Nothing to do. Alembic would find that out only after reading every migration again
        # (~0.2 s each time an archive opens: every CLI command, every test's store).
        return before, before
    if before is not None and before not in known_revisions():
        from guwah.errors import InputError

        # Alembic's own answer is a page of traceback ending "Can't locate revision identified by '0038'".
        raise InputError(f"a newer version of Guwah upgraded this archive (its schema is {before}; this version knows "
                         f"up to {head_revision()}): run that version or a later one; nothing was changed",
                         value=before)
    command.upgrade(alembic_config(engine), revision)
    return before, schema_revision(engine)


def downgrade_schema(engine: Engine, revision: str = "base") -> None:
    command.downgrade(alembic_config(engine), revision)
