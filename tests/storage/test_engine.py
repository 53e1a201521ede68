"""The SQLite engine keeps the connections a server process's threads hand back (issue 12,
sixteenth round): a new connection starts with a cold page cache."""

from guwah.storage.engine import SQLITE_POOL_SIZE, make_engine


def test_sqlite_connections_handed_back_after_a_burst_are_kept(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'guwah.sqlite3'}")
    try:
        burst = [engine.connect() for _ in range(12)]  # more than SQLAlchemy's default pool of 5
        opened = [connection.connection.dbapi_connection for connection in burst]
        for connection in burst:
            connection.close()
        assert engine.pool.checkedin() == 12
        again = [engine.connect() for _ in range(12)]
        assert {id(c.connection.dbapi_connection) for c in again} == {id(raw) for raw in opened}
        for connection in again:
            connection.close()
    finally:
        engine.dispose()


def test_sqlite_pool_keeps_no_more_than_its_size(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'guwah.sqlite3'}")
    try:
        burst = [engine.connect() for _ in range(SQLITE_POOL_SIZE + 3)]  # 3 of SQLAlchemy's overflow
        for connection in burst:
            connection.close()
        assert engine.pool.checkedin() == SQLITE_POOL_SIZE
    finally:
        engine.dispose()
