"""bench/web.py: each server process's share of the server's CPU over a run."""

import os
import subprocess
import sys

from tests.bench_scripts import load


def _bench():
    return load("web")


def test_shares_of_the_server_processes():
    web = _bench()
    assert web.shares({1: 10.0, 2: 4.0, 3: 0.5}, {1: 13.0, 2: 5.0, 3: 0.5}) == [75, 25]  # 3 spent none
    assert web.shares({1: 1.0}, {}) == []  # a process gone before the second reading
    assert web.shares({}, {}) == []


def test_children_of_this_process():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert child.pid in _bench().children(os.getpid())
    finally:
        child.kill()
        child.wait()


def _answering_server():
    """A minimal keep-alive HTTP server on the running loop: 200 with a two-byte body."""
    import asyncio

    async def answer(reader, writer):
        try:
            while await reader.readuntil(b"\r\n\r\n"):
                writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok")
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()

    return asyncio.start_server(answer, "127.0.0.1", 0)


def test_the_generators_own_pause_is_reported_as_lateness():
    """A pause of the load generator (its loop blocked) shows as its sending late, apart from the
    answers' latency: the stall that a full collection in the generator caused was blamed on the server."""
    import asyncio
    import time

    web = _bench()

    async def scenario(pause: float) -> dict:
        server = await _answering_server()
        port = server.sockets[0].getsockname()[1]
        if pause:
            asyncio.get_running_loop().call_later(0.3, time.sleep, pause)  # blocks the loop, as a collection did
        result = await web.open_loop(f"http://127.0.0.1:{port}", ["/a", "/b"], 100, 1)
        server.close()
        return result

    # A thread of its own: a browser test run earlier in this process (one xdist worker) may leave
    # Playwright's event loop running in the main thread, where asyncio.run refuses to start.
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        steady, paused = pool.submit(asyncio.run, scenario(0)).result(), pool.submit(asyncio.run, scenario(0.25)).result()
    assert steady["errors"] == paused["errors"] == 0 and steady["requests"] == 100
    assert steady["generator_late_max_ms"] < 150
    assert paused["generator_late_max_ms"] >= 200
