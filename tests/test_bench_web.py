"""bench/web.py's load generator: a connection carries at most `visit` requests, and idle
connections are reused oldest first, so that the load spreads over the server's processes."""

import asyncio
import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).parents[1]


def _bench():
    sys.path.insert(0, str(REPO / "bench"))
    spec = importlib.util.spec_from_file_location("bench_web", REPO / "bench" / "web.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def _serve_and_count(requests_in_turn: int, together: int, visit: int) -> list[int]:
    """Requests per connection (in the order the connections were opened) when `together`
    requests are sent at once, then `requests_in_turn` one after another."""
    per_connection: list[int] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        index = len(per_connection)
        per_connection.append(0)
        try:
            while await reader.readuntil(b"\r\n\r\n"):
                per_connection[index] += 1
                await asyncio.sleep(0.01 if together else 0)
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    web = _bench()
    connections = web.Connections("127.0.0.1", port, visit=visit)
    request = web.Connections.request("/about", f"127.0.0.1:{port}")
    assert await asyncio.gather(*(connections.get(request) for _ in range(together))) == [200] * together
    for _ in range(requests_in_turn):
        assert await connections.get(request) == 200
    connections.close()
    server.close()
    await server.wait_closed()
    return per_connection


def test_a_connection_is_closed_after_a_visit():
    counts = asyncio.run(_serve_and_count(45, 0, visit=20))
    assert counts == [20, 20, 5]


def test_idle_connections_are_reused_oldest_first():
    # three opened at once, then nine in turn: each connection gets three more (a stack would
    # have sent all nine over the one last returned)
    counts = asyncio.run(_serve_and_count(9, 3, visit=100))
    assert counts == [4, 4, 4]


def test_shares_of_the_server_processes():
    shares = _bench().shares({1: 10.0, 2: 4.0, 3: 0.5}, {1: 13.0, 2: 5.0, 3: 0.5})
    assert shares == [75, 25]  # the process that spent nothing is left out
    assert _bench().shares({}, {}) == []
