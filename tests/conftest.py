"""Shared fixtures: a throwaway data directory, and a real PostgreSQL server for storage tests.

The PostgreSQL cluster is created with initdb in a temporary folder, started with pg_ctl on
127.0.0.1 and a free port, and removed at the end of the session. As root, both run as the
`postgres` user (initdb refuses root). GUWAH_TEST_DATABASE_URL points the tests at an existing
server instead.

Under pytest-xdist (`-n 2`) each worker is a session of its own: its own PostgreSQL cluster (data
folder and port, named by the worker), its own temporary folders (tmp_path) and its own Chromium
(tests/web/conftest.py). The place index cache (GUWAH_CACHE_DIR) may be shared: it is written by
atomic replace, as several servers share it.
"""

from __future__ import annotations

import atexit
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from guwah.config import Settings, load_settings
from guwah.storage import Store

# The place index is cached in a folder of the test session's own unless one is given.
if not os.environ.get("GUWAH_CACHE_DIR"):
    os.environ["GUWAH_CACHE_DIR"] = tempfile.mkdtemp(prefix="guwah-test-cache-")
    atexit.register(shutil.rmtree, os.environ["GUWAH_CACHE_DIR"], ignore_errors=True)


def make_settings(data_dir: Path, database_url: str | None = None, **env: str) -> Settings:
    """Settings for a throwaway archive; its master key lives beside (not inside) the data."""
    values = {"GUWAH_DATA_DIR": str(data_dir), "GUWAH_ACTOR": "tester",
              "GUWAH_KEY_FILE": str(Path(data_dir).parent / "keys" / "master.key"),
              # TestClient's requests name the host "testserver"; served ones 127.0.0.1.
              "GUWAH_PUBLIC_HOSTS": "testserver,localhost,127.0.0.1", **env}
    if database_url:
        values["GUWAH_DATABASE_URL"] = database_url
    return load_settings(values)


@pytest.fixture(autouse=True)
def _each_actor_its_own_login(monkeypatch):
    """Tests play several reviewers in one process: the CLI's actor counts as the system login running it
    (`guwah.config.os_login`, which an archive with no account requires for review steps); the tests of
    that rule put a real-shaped one back (tests/accounts/test_reviewers_without_accounts.py)."""
    import guwah.config

    monkeypatch.setattr(guwah.config, "os_login", lambda: os.environ.get("GUWAH_ACTOR") or os.environ.get("USER")
                        or os.environ.get("LOGNAME") or guwah.config._login_name() or "cli")


@pytest.fixture
def settings(tmp_path) -> Settings:
    return make_settings(tmp_path / "data")


@pytest.fixture(scope="session")
def new_archive(tmp_path_factory) -> Path:
    """A new archive, made once a session (its migrations cost about a second a store): the folder
    that holds its data folder ("data") and its master key ("keys"), as `settings` lays them out."""
    folder = tmp_path_factory.mktemp("new-archive")
    Store(make_settings(folder / "data")).close()
    return folder


@pytest.fixture
def store(settings, new_archive):
    """A new archive of the test's own: a copy of `new_archive`'s files (the ones a new archive
    gets, its keys included), opened with `settings`."""
    shutil.copytree(new_archive / "data", settings.data_dir)
    shutil.copytree(new_archive / "keys", settings.key_file.parent)
    store = Store(settings)
    yield store
    store.close()


# --- PostgreSQL -------------------------------------------------------------------------------

def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}")) or [shutil.which(name)]
    if not found or not found[-1]:
        pytest.fail(f"PostgreSQL's {name} is not installed: run ./dev test, which installs it")
    return found[-1]


def worker_name() -> str:
    """This test process's name under pytest-xdist ("gw0", "gw1", …), or "main" without it."""
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresServer:
    """A PostgreSQL cluster of our own in a temporary folder: one per test process (`worker`)."""

    def __init__(self, worker: str = "main"):
        self.as_root = os.geteuid() == 0
        self.folder = Path(tempfile.mkdtemp(prefix=f"guwah-pg-{worker}-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.user = "postgres" if self.as_root else os.environ.get("USER", "postgres")
        if self.as_root:
            shutil.chown(self.folder, "postgres", "postgres")

    def _run(self, *args: str) -> None:
        command = ["runuser", "-u", "postgres", "--", *args] if self.as_root else list(args)
        subprocess.run(command, check=True, capture_output=True, cwd=self.folder)

    def start(self) -> None:
        self._run(_pg_bin("initdb"), "-D", str(self.data), "-A", "trust", "-U", self.user, "-E", "UTF8")
        # A free port may be taken between _free_port and the server's bind (another worker, another
        # test run on the machine): then a new one is tried.
        for attempt in range(3):
            options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -c unix_socket_directories={self.folder} "
                       "-c fsync=off")
            try:
                self._run(_pg_bin("pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"),
                          "-w", "start")
                return
            except subprocess.CalledProcessError:
                log = self.folder / "log"
                if attempt == 2 or "could not bind" not in (log.read_text() if log.exists() else ""):
                    raise
                self.port = _free_port()

    def stop(self) -> None:
        try:
            self._run(_pg_bin("pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"


@pytest.fixture(scope="session")
def postgres_server_url():
    """Base URL (without database) of a running PostgreSQL server."""
    given = os.environ.get("GUWAH_TEST_DATABASE_URL")
    if given:
        yield given
        return
    server = PostgresServer(worker_name())
    try:
        server.start()
    except subprocess.CalledProcessError as error:
        log = server.folder / "log"
        detail = log.read_text() if log.exists() else error.stderr.decode(errors="replace")
        server.stop()
        pytest.fail(f"could not start PostgreSQL: {detail[-800:]}")
    yield server.url("postgres")
    server.stop()


_database_numbers = itertools.count(1)


@pytest.fixture
def postgres_url(postgres_server_url) -> str:
    """A fresh, empty database on the test server."""
    import psycopg

    name = f"guwah_test_{worker_name()}_{os.getpid()}_{next(_database_numbers)}"
    plain = postgres_server_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return postgres_server_url.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request, tmp_path) -> str:
    """Storage tests run once on SQLite and once on a real PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'guwah.sqlite3'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture(scope="session")
def new_sqlite_archive(tmp_path_factory) -> Path:
    """`new_archive` with its database beside the data folder, where `database_url` puts it
    ("guwah.sqlite3")."""
    folder = tmp_path_factory.mktemp("new-sqlite-archive")
    Store(make_settings(folder / "data", f"sqlite:///{folder / 'guwah.sqlite3'}")).close()
    return folder


@pytest.fixture(scope="session")
def new_postgres_archive(tmp_path_factory, postgres_server_url) -> tuple[Path, str]:
    """`new_archive` on the test server: its folder (data and keys) and its database, which each
    test's database is created from (PostgreSQL's CREATE DATABASE … TEMPLATE)."""
    import psycopg

    folder = tmp_path_factory.mktemp("new-postgres-archive")
    name = f"guwah_new_archive_{worker_name()}_{os.getpid()}"
    plain = postgres_server_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    Store(make_settings(folder / "data", postgres_server_url.rsplit("/", 1)[0] + f"/{name}")).close()
    # A template must have no connection left: a closed one's server process may take a moment to go.
    with psycopg.connect(plain, autocommit=True) as connection:
        deadline = time.monotonic() + 10
        while connection.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s", (name,)).fetchone()[0]:
            if time.monotonic() > deadline:
                pytest.fail(f"connections to {name} stayed open")
            time.sleep(0.05)
    return folder, name


@pytest.fixture
def any_store(request, tmp_path, database_url):
    """A store on each database kind in turn: a copy of a new archive (`new_archive`) of that kind."""
    if database_url.startswith("sqlite"):
        folder = request.getfixturevalue("new_sqlite_archive")
        shutil.copy2(folder / "guwah.sqlite3", tmp_path / "guwah.sqlite3")
    else:
        import psycopg

        folder, template = request.getfixturevalue("new_postgres_archive")
        name = database_url.rsplit("/", 1)[1]
        plain = request.getfixturevalue("postgres_server_url").replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(plain, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE "{name}"')  # the empty one `postgres_url` made
            connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    shutil.copytree(folder / "data", tmp_path / "data")
    shutil.copytree(folder / "keys", tmp_path / "keys")
    store = Store(make_settings(tmp_path / "data", database_url))
    yield store
    store.close()
