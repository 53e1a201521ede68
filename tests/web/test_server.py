"""`guwah serve`: several processes answer alike, each following the search index's version;
in-memory rate limits are shared out among them (issue 12)."""

import os
import socket
import subprocess
import sys
import time

import httpx

from guwah.web.auth import RateLimit
from guwah.web.server import MAX_DEFAULT_WORKERS, default_workers


def _content(name: str, gender: str) -> dict:
    cited = {"sources": [1], "corroboration": 1}
    return {"names": [{"name": name, "script": None, **cited}], "status": {"status": "unknown"},
            "timeline": [], "violations": [], "attributes": [{"attribute": "gender", "value": gender, **cited}]}


def _count(base: str, **params) -> int:
    return httpx.get(f"{base}/api/search", params=params, timeout=30).json()["persons"]["count"]


def test_server_workers_answer_alike_after_the_index_changes(store):
    from guwah.search.public import add_entries

    with store.session() as session:
        add_entries(session, [(n, _content("Memet Tohti", "male")) for n in range(1, 6)])
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "GUWAH_DATA_DIR": str(store.settings.data_dir),
           "GUWAH_KEY_FILE": str(store.settings.key_file)}
    env.pop("GUWAH_DATABASE_URL", None)
    server = subprocess.Popen([sys.executable, "-c", "from guwah.cli import app; app()", "serve", "--workers", "2",
                               "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            assert server.poll() is None, server.stderr.read().decode()[-2000:]
            try:
                if httpx.get(f"{base}/about", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "guwah serve --workers 2 did not answer within 120 s"
            time.sleep(0.2)
        # Each request on a new connection: the two processes take them in turn as they come.
        assert {_count(base, q="Memet Tohti") for _ in range(12)} == {5}
        with store.session() as session:
            add_entries(session, [(n, _content("Memet Tohti", "female")) for n in range(6, 9)])
        assert {_count(base, q="Memet Tohti") for _ in range(12)} == {8}
        assert {_count(base, gender="female") for _ in range(12)} == {3}
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_server_default_workers_follow_the_cores():
    assert 1 <= default_workers() <= MAX_DEFAULT_WORKERS


def test_server_rate_limits_are_shared_out_among_processes():
    def allowed(limit: RateLimit) -> int:
        return sum(limit.allow("203.0.113.7", now=0) for _ in range(20))

    assert allowed(RateLimit(attempts=10)) == 10
    assert allowed(RateLimit(attempts=10, processes=4)) == 2  # 4 processes: 8 in all, never more than 10
    assert allowed(RateLimit(attempts=10, processes=20)) == 1


def test_warm_server_process_collects_less_often(store):
    import gc

    from guwah.web.server import GC_THRESHOLDS, warm

    before = gc.get_threshold()
    try:
        warm(store)
        assert gc.get_threshold() == GC_THRESHOLDS
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


def test_warm_server_process_holds_the_figures_table_before_the_first_request(store):
    """The figures, the map and the facility pages count from a table of their own
    (`figure_table`); a process builds it at start, as it does the search's, so that the first
    visitor after a start does not wait for it (seconds at 1,000,000 entries)."""
    import gc

    from guwah.search.public import _TABLES, FACETS, FIGURE_FACETS
    from guwah.web.server import warm

    before = gc.get_threshold()
    for kinds in (FACETS, FIGURE_FACETS):
        _TABLES[kinds].pop(store.engine, None)
    try:
        warm(store)
        assert store.engine in _TABLES[FACETS] and store.engine in _TABLES[FIGURE_FACETS]
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
