"""Public search and person pages under load: N synthetic released entries, the real server, an
open-loop load at a fixed rate.

Loads N synthetic persons (the shared `bench/synth.py`: Uyghur and Kazakh families, names rendered
in several scripts) as approved entry releases with their public numbers, and indexes them through
the library (`guwah.search.public.add_entries`, what a release approval runs), in batches;
then starts `guwah serve` (uvicorn) on that archive and sends requests at a fixed rate whatever
the answers' speed (open loop: a request late because the server is slow counts from when it
was due), and prints p50/p95/p99 latency of /search (a name in another spelling than any stored
one, sometimes with a facet value) and of /persons/N. (`--cpu` also times searches by a given name alone.) Then it raises the search rate step by step
and prints the highest rate whose p95 stays within --target-ms. Before the load it times the first
/figures and /map request the fresh server answers (what it counts once per index version) and a second.

Usage: python bench/web.py [--persons 1000000] [--rate 200] [--seconds 10] [--workers N] [--data DIR] [--no-steps] [--cpu] [--json]
Each fixed-rate run also prints the CPU time per request of the server (all its processes, from
/proc) and of this load generator, which share the machine's cores.
A --data folder already loaded with the same --persons, --seed and schema is used again as it is.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402 (the shared generator beside this script)

BATCH = 5000
SCHEMA = "0012"  # the migration that last changed what a load writes (later ones upgrade a loaded folder)
ETHNICITY = ("Uyghur", "Uyghur", "Uyghur", "Kazakh")
CODES = ("detention.internment_camp", "detention.arbitrary_arrest", "detention.incommunicado")


def settings_for(folder: Path) -> dict[str, str]:
    return {"GUWAH_DATA_DIR": str(folder / "data"), "GUWAH_KEY_FILE": str(folder / "keys" / "master.key"),
            "GUWAH_ACTOR": "bench"}


def entry_content(person: synth.Person, names: list[str], rng: random.Random) -> dict:
    """What an approved entry release of this invented person would show."""
    cited = {"sources": [1], "corroboration": 1}
    timeline = []
    status = {"status": "unknown", "date": None, "source": None}
    if person.detained:
        timeline.append({"event": "detention", "date": str(person.detained), "precision": "year", **cited})
        status = {"status": "detained", "date": str(person.detained), "source": 1}
    attributes = [{"attribute": "gender", "value": "female" if person.female else "male", **cited},
                  {"attribute": "ethnicity", "value": rng.choice(ETHNICITY), **cited},
                  {"attribute": "hometown", "value": synth.render_place(person, rng), **cited}]
    violations = [{"code": rng.choice(CODES), **cited}] if person.detained else []
    return {"names": [{"name": name, "script": None, **cited} for name in names], "status": status,
            "timeline": timeline, "violations": violations, "attributes": attributes}


def load(folder: Path, count: int, seed: int) -> tuple[list[synth.Person], float]:
    """Load `count` released entries into a new archive in `folder` (or reuse one); returns the
    persons and the seconds loading took."""
    from sqlalchemy import insert

    from guwah.config import load_settings
    from guwah.search.public import add_entries
    from guwah.storage import Store
    from guwah.storage.tables import PublicNumber, Release

    rng = random.Random(seed)
    persons = synth.make_persons(count, rng)
    marker = folder / "loaded.json"
    wanted = {"persons": count, "seed": seed, "schema": SCHEMA}
    if marker.exists() and json.loads(marker.read_text()) == wanted:
        Store(load_settings(settings_for(folder))).close()  # brings an older archive's schema up to date
        return persons, 0.0
    if (folder / "data").exists():
        raise SystemExit(f"{folder} holds another load ({marker.read_text() if marker.exists() else 'unfinished'}); "
                         "give a new --data folder")
    started = time.perf_counter()
    store = Store(load_settings(settings_for(folder)))
    now = datetime.now(UTC)
    try:
        for start in range(0, count, BATCH):
            releases, numbers, indexed = [], [], []
            for person in persons[start:start + BATCH]:
                number = person.person_id + 1
                spellings = list(dict.fromkeys(synth.render_name(person, rng) for _ in range(rng.choice((1, 2, 2, 3)))))
                content = entry_content(person, spellings, rng)
                releases.append({"subject_type": "entry", "subject_id": number, "version": 1, "state": "approved",
                                 "content": content, "masks": [], "extra_masks": [], "drafted_by": "bench",
                                 "drafted_at": now, "approved_by": "bench reviewer", "approved_at": now,
                                 "approval_basis": "second_reviewer"})
                numbers.append({"subject_type": "entry", "subject_id": number, "number": number})
                indexed.append((number, content))
            with store.session() as session:
                for table, rows in ((Release, releases), (PublicNumber, numbers)):
                    session.execute(insert(table), rows)
                add_entries(session, indexed)
            done = min(start + BATCH, count)
            print(f"loaded {done:,} / {count:,} ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    finally:
        store.close()
    marker.write_text(json.dumps(wanted))
    return persons, time.perf_counter() - started


def first_requests(base: str, paths: tuple[str, ...] = ("/figures", "/map")) -> dict[str, list[float]]:
    """{path: [ms of its first request, ms of a second one]}, one after another on a fresh server:
    the first counts what these pages count once per index version, the second is answered from
    what the first kept (each server process keeps its own; the second may reach another one)."""
    import httpx

    timed = {}
    with httpx.Client(timeout=600) as client:
        for path in paths:
            timed[path] = []
            for _ in range(2):
                started = time.perf_counter()
                client.get(base + path).raise_for_status()
                timed[path].append(round((time.perf_counter() - started) * 1000, 1))
    return timed


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(folder: Path, port: int, workers: int | None) -> subprocess.Popen:
    """`guwah serve` on the archive (with --workers when given), in its own process; returns once it answers."""
    import httpx

    env = {**os.environ, **settings_for(folder)}
    command = [sys.executable, "-c", "from guwah.cli import app; app()", "serve", "--port", str(port)]
    process = subprocess.Popen(command + (["--workers", str(workers)] if workers else []),
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # At 1,000,000 entries `guwah serve` first makes the search's forms and cards files (minutes
    # on a busy machine) when the archive has none yet.
    deadline = time.time() + 600
    while time.time() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server stopped: {process.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/about", timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.5)
    process.kill()
    raise SystemExit("the server did not start within 600 s")


class Connections:
    """Keep-alive HTTP/1.1 connections to one server over raw asyncio streams, with each request's
    bytes built once: the load generator runs on the same cores as the server, so it does as
    little as it can per request (an HTTP client library costs several times more)."""

    def __init__(self, host: str, port: int, limit: int = 512) -> None:
        self.host, self.port = host, port
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
        self.free = asyncio.Semaphore(limit)

    @staticmethod
    def request(path: str, host: str) -> bytes:
        return f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()

    async def get(self, request: bytes) -> int:
        """Send one prepared request; returns the answer's status once its whole body is read. A
        kept connection the server has meanwhile closed is replaced by a new one."""
        async with self.free:
            while True:
                reused = bool(self.idle)
                reader, writer = self.idle.pop() if reused else await asyncio.open_connection(self.host, self.port)
                try:
                    status, keep = await self._exchange(reader, writer, request)
                except (ConnectionError, asyncio.IncompleteReadError) as error:
                    writer.close()
                    if reused and not getattr(error, "partial", b""):
                        continue  # closed while idle: nothing of the answer was read
                    raise
                except BaseException:
                    writer.close()
                    raise
                if keep:
                    self.idle.append((reader, writer))
                else:
                    writer.close()
                return status

    @staticmethod
    async def _exchange(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes) -> tuple[int, bool]:
        writer.write(request)
        head = await reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        lines = head.lower().split(b"\r\n")
        length = next((int(line[15:]) for line in lines if line.startswith(b"content-length:")), None)
        if length is not None:
            await reader.readexactly(length)
        elif b"transfer-encoding: chunked" in lines:
            while size := int((await reader.readuntil(b"\r\n")).strip(), 16):
                await reader.readexactly(size + 2)
            await reader.readuntil(b"\r\n")
        else:  # neither: the body runs to the connection's end
            await reader.read()
            return status, False
        return status, b"connection: close" not in lines

    def close(self) -> None:
        for _, writer in self.idle:
            writer.close()
        self.idle.clear()


def tree_cpu_seconds(pid: int) -> float:
    """User and system CPU seconds of a process and every process below it (Linux /proc; 0 elsewhere)."""
    total, waiting = 0.0, [pid]
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    while waiting:
        current = waiting.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks
            for task in Path(f"/proc/{current}/task").iterdir():
                waiting.extend(int(child) for child in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return total


def children(pid: int) -> list[int]:
    """The process ids right below a process (Linux /proc; [] elsewhere)."""
    try:
        return [int(child) for task in Path(f"/proc/{pid}/task").iterdir()
                for child in (task / "children").read_text().split()]
    except (OSError, ValueError):
        return []


def shares(before: dict[int, float], after: dict[int, float]) -> list[int]:
    """Each process's share (%) of the CPU time spent between two readings of {pid: CPU seconds},
    largest first, those that spent none left out: how evenly the server's processes were loaded."""
    spent = [after[pid] - before[pid] for pid in before if pid in after and after[pid] > before[pid]]
    return sorted((round(100 * one / sum(spent)) for one in spent), reverse=True)


def tree_memory_mb(pid: int) -> dict[str, float]:
    """Resident and proportional set size (MB) of a process and every process below it, summed
    (Linux /proc smaps_rollup: a page shared by two processes counts once in PSS; {} elsewhere)."""
    found, waiting = {"rss_mb": 0.0, "pss_mb": 0.0}, [pid]
    while waiting:
        current = waiting.pop()
        try:
            for line in Path(f"/proc/{current}/smaps_rollup").read_text().splitlines():
                field, _, value = line.partition(":")
                if field in ("Rss", "Pss"):
                    found[f"{field.lower()}_mb"] += int(value.split()[0]) / 1024
            for task in Path(f"/proc/{current}/task").iterdir():
                waiting.extend(int(child) for child in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return {k: round(v) for k, v in found.items()} if found["rss_mb"] else {}


async def open_loop(base: str, paths: list[str], rate: float, seconds: float, server_pid: int | None = None) -> dict:
    """Send GET paths at `rate` per second for `seconds`, each when due; latency counts from when due.
    Also reports the CPU time this load generator spent per request and, given the server's
    process id, the server's (all its processes) per request."""
    host, port = base.removeprefix("http://").rsplit(":", 1)
    requests = [Connections.request(path, f"{host}:{port}") for path in paths]
    connections = Connections(host, int(port))
    total = int(rate * seconds)
    latencies: list[float] = []
    lags: list[float] = []  # how late this generator sent each request: its own pauses, not the server's
    errors = 0
    cpu_before = time.process_time()
    server_before = tree_cpu_seconds(server_pid) if server_pid else 0.0
    workers = children(server_pid) if server_pid else []
    workers_before = {pid: tree_cpu_seconds(pid) for pid in workers}
    start = time.perf_counter() + 0.1

    async def one(i: int) -> None:
        nonlocal errors
        due = start + i / rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        lags.append(time.perf_counter() - due)
        try:
            async with asyncio.timeout(30):  # (wait_for would make a task more per request)
                if await connections.get(requests[i % len(requests)]) != 200:
                    errors += 1
        except (TimeoutError, OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
            errors += 1
        latencies.append((time.perf_counter() - due) * 1000)

    await asyncio.gather(*(one(i) for i in range(total)))
    elapsed = time.perf_counter() - start
    connections.close()
    generator_ms = (time.process_time() - cpu_before) * 1000 / total
    server_ms = (tree_cpu_seconds(server_pid) - server_before) * 1000 / total if server_pid else None
    workers_after = {pid: tree_cpu_seconds(pid) for pid in workers}
    latencies.sort()

    def pct(p: float) -> float:
        return round(latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))], 1)

    return {"rate": rate, "requests": total, "errors": errors, "completed_per_s": round(total / elapsed, 1),
            "p50_ms": pct(50), "p95_ms": pct(95), "p99_ms": pct(99),
            "generator_late_max_ms": round(max(lags) * 1000, 1),  # the latest send after its due time
            "generator_cpu_ms": round(generator_ms, 2),  # per request, this process
            "server_cpu_ms": round(server_ms, 2) if server_ms is not None else None,  # per request, every server process
            "server_shares": shares(workers_before, workers_after),  # % of that CPU per process below the server's
            "load_average": round(os.getloadavg()[0], 2)}  # the machine's, at the end of the run


def run(coroutine):
    """`asyncio.run` on uvloop where installed (a dependency of the server, which runs on it): the
    load generator shares the server's cores, and on uvloop it spends less CPU per request
    (docs/benchmarks.md, "Sixteenth round")."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coroutine)
    return uvloop.run(coroutine)


def search_paths(persons: list[synth.Person], rng: random.Random, n: int = 2000) -> list[str]:
    """Searches for invented persons by a fresh spelling of their name; one in four with a facet value."""
    from urllib.parse import urlencode

    paths = []
    for _ in range(n):
        person = rng.choice(persons)
        params = {"q": synth.render_name(person, rng)}
        if rng.random() < 0.25:
            params["gender"] = "female" if person.female else "male"
        paths.append("/search?" + urlencode(params))
    return paths


def given_name_paths(persons: list[synth.Person], rng: random.Random, n: int = 400) -> list[str]:
    """Searches by a given name alone (an invented person's given name in a random spelling system
    other than Chinese characters), as a family that knows only that would type it."""
    from urllib.parse import urlencode

    systems = [system for system in synth.SYSTEMS if system != "chinese"]
    paths = []
    for _ in range(n):
        person = rng.choice(persons)
        given = synth.spell(person.given, person.father, person.female, rng.choice(systems), False)[0]
        paths.append("/search?" + urlencode({"q": given}))
    return paths


def cpu_per_request(folder: Path, paths: list[str]) -> dict:
    """CPU milliseconds per request (this process's CPU time, so other work on a shared machine
    does not count), the app called in process (Starlette's TestClient, whose own cost is included
    alike for any version of the code): mean, p50, p95, p99 over `paths`, after 30 to warm up."""
    from fastapi.testclient import TestClient

    from guwah.config import load_settings
    from guwah.storage import Store
    from guwah.web import create_app

    store = Store(load_settings(settings_for(folder)), migrate=False)
    client = TestClient(create_app(store))
    for path in paths[:30]:
        client.get(path)
    spent = []
    for path in paths[30:]:
        started = time.process_time()
        if client.get(path).status_code != 200:
            raise SystemExit(f"{path} did not answer 200")
        spent.append((time.process_time() - started) * 1000)
    store.close()
    spent.sort()
    return {"requests": len(spent), "mean_ms": round(sum(spent) / len(spent), 1),
            **{f"p{p}_ms": round(spent[min(len(spent) - 1, int(p / 100 * len(spent)))], 1) for p in (50, 95, 99)}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rate", type=float, default=200, help="requests per second of the fixed-rate runs")
    parser.add_argument("--seconds", type=float, default=10, help="length of each run")
    parser.add_argument("--target-ms", type=float, default=200, help="the p95 the highest sustained rate keeps")
    parser.add_argument("--data", type=Path, help="archive folder (default: a new temporary one)")
    parser.add_argument("--workers", type=int, help="server processes (default: guwah serve's own default)")
    parser.add_argument("--cpu", action="store_true",
                        help="instead of the load: CPU ms per search and person page, in process")
    parser.add_argument("--no-steps", action="store_true",
                        help="only the two fixed-rate runs, not the rising search rate after them")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    folder = args.data or Path(tempfile.mkdtemp(prefix="guwah-bench-web-"))
    folder.mkdir(parents=True, exist_ok=True)
    persons, load_seconds = load(folder, args.persons, args.seed)
    rng = random.Random(args.seed + 1)
    searches = search_paths(persons, rng)
    person_pages = [f"/persons/{rng.randrange(1, args.persons + 1)}" for _ in range(2000)]
    given_names = given_name_paths(persons, rng) if args.cpu else []
    # The load generator must not pause: a full collection walked the N invented persons (~0.3 s
    # at 1,000,000), sent nothing meanwhile and then a burst, which the server's latency took the
    # blame for (docs/benchmarks.md, "Twentieth round"). Only the paths are needed from here on.
    del persons
    gc.collect()
    gc.freeze()
    if args.cpu:
        cpu = {"search": cpu_per_request(folder, searches[:400]),
               "given_name": cpu_per_request(folder, given_names),
               "person": cpu_per_request(folder, person_pages[:400]),
               # the floor: the smallest page, through the same client and middleware
               "about": cpu_per_request(folder, ["/about"] * 400), "load_average": round(os.getloadavg()[0], 2)}
        print(json.dumps(cpu) if args.json else "\n".join(f"{k}: {v}" for k, v in cpu.items()))
        return
    port = free_port()
    server = start_server(folder, port, args.workers)
    base = f"http://127.0.0.1:{port}"
    try:
        first = first_requests(base)
        run(open_loop(base, searches[:200] + person_pages[:200], 20, 5))  # warm caches
        pid = server.pid
        results = {"persons": args.persons, "load_seconds": round(load_seconds, 1), "cpus": os.cpu_count(),
                   "workers": args.workers or "default", "load_average_before": round(os.getloadavg()[0], 2),
                   "first_requests_ms": first,
                   "search": run(open_loop(base, searches, args.rate, args.seconds, pid)),
                   "person": run(open_loop(base, person_pages, args.rate, args.seconds, pid))}
        steps, sustained = [], 0.0
        for rate in () if args.no_steps else (5, 10, 25, 50, 100, 150, 200, 250, 300, 400, 500, 700, 1000):
            step = run(open_loop(base, searches, rate, args.seconds, pid))
            steps.append(step)
            if step["p95_ms"] > args.target_ms or step["errors"]:
                break
            sustained = rate
        results["search_steps"] = steps
        results["highest_search_rate_within_target"] = sustained
        results["server_memory"] = tree_memory_mb(pid)
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:  # never hide the error that brought us here
            server.kill()
            server.wait()
    if args.json:
        print(json.dumps(results))
        return
    print(f"{args.persons:,} released entries (loaded in {results['load_seconds']} s), {os.cpu_count()} CPUs, "
          f"workers: {results['workers']}, load average before: {results['load_average_before']}")
    print("first requests on the fresh server (ms, then a second request): "
          + ", ".join(f"{path} {ms[0]} then {ms[1]}" for path, ms in results["first_requests_ms"].items()))
    for kind in ("search", "person"):
        r = results[kind]
        print(f"{kind:>7} at {r['rate']:g}/s: p50 {r['p50_ms']} ms, p95 {r['p95_ms']} ms, p99 {r['p99_ms']} ms "
              f"({r['requests']} requests, {r['errors']} errors; all answered at {r['completed_per_s']}/s; "
              f"CPU per request: server {r['server_cpu_ms']} ms, load generator {r['generator_cpu_ms']} ms; "
              f"shares of the server's processes {'/'.join(map(str, r['server_shares'])) or '-'} %; "
              f"load average {r['load_average']}; sent at most {r['generator_late_max_ms']} ms late)")
    for step in steps:
        print(f"  search at {step['rate']:g}/s: p50 {step['p50_ms']} ms, p95 {step['p95_ms']} ms, "
              f"errors {step['errors']}, CPU per request: server {step['server_cpu_ms']} ms, "
              f"load generator {step['generator_cpu_ms']} ms; shares of the server's processes "
              f"{'/'.join(map(str, step['server_shares'])) or '-'} % (load average {step['load_average']}; "
              f"sent at most {step['generator_late_max_ms']} ms late)")
    if steps:
        print(f"highest search rate with p95 <= {args.target_ms:g} ms: {sustained:g}/s")
    print(f"server memory (every process): {results['server_memory']}")


if __name__ == "__main__":
    main()
