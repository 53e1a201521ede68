"""One public search request's CPU through the ASGI app, in process: no socket, no TestClient.

Usage:
  python bench/web_request.py --data DIR [--persons 1000000] [--pages FILE] [--given] [--profile FILE]

Drives the app (`guwah.web.server.serving_app`: warmed as `guwah serve` warms each process) with
a bare `scope`/`receive`/`send` for the searches `bench/web.py` sends (370
after 30 to warm up) and prints this process's CPU time per request (mean and p95), with
`search_public` and the page (its render, and its parts made in Python) timed apart (the rest: routing, dependencies, session,
middleware, response). `--pages FILE` also writes every answer's status and body, one per line
as JSON, so two versions of the code can be compared byte for byte. `--given` sends the searches by a given name
alone (`given_name_paths`) instead; `--profile FILE` writes a cProfile of the counted requests (the
endpoint then runs on the event loop's thread, where the profiler sees it). DIR is a folder
`bench/web.py` loaded (same --persons and seed 1); `guwah search-forms` makes its search files.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402
import web  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--persons", type=int, default=1_000_000)
    parser.add_argument("--pages", type=Path)
    parser.add_argument("--given", action="store_true", help="the searches by a given name alone (`given_name_paths`)")
    parser.add_argument("--profile", type=Path, help="also write a cProfile of the counted requests here")
    args = parser.parse_args()

    import guwah.publish
    from guwah.config import load_settings
    from guwah.storage import Store
    from guwah.web import templates
    from guwah.web.server import serving_app

    persons = synth.make_persons(args.persons, random.Random(1))
    paths = (web.given_name_paths(persons, random.Random(3)) if args.given else
             web.search_paths(persons, random.Random(2)))[:400]
    del persons  # millions of objects a server does not hold, which every full collection would walk
    gc.collect()
    # Pages other than a search's, for the byte-for-byte comparison of the fixed parts (the kept
    # header in each language among them).
    extra = ["/search", "/search?q=", "/search?q=%3Cb%3E&gender=x", "/about", "/search?q=Memet&page=2",
             "/search?q=Memet&lang=ug", "/search?q=Memet&gender=female&lang=zh", "/about?lang=ru", "/?lang=kk",
             "/search?q=Memet&lang=en"]
    store = Store(load_settings(web.settings_for(args.data)), migrate=False)
    app = serving_app(store)  # warmed as `guwah serve` warms each process
    parts = {"library": 0.0, "page": 0.0}

    def timed(name, call):
        def wrapper(*a, **k):
            started = time.process_time()
            try:
                return call(*a, **k)
            finally:
                parts[name] += time.process_time() - started
        return wrapper

    guwah.publish.search_public = timed("library", guwah.publish.search_public)
    templates.TemplateResponse = timed("page", templates.TemplateResponse)
    from guwah.web.routes import public
    for name in ("_facet_lists", "_entry_lines"):  # the page's parts made in Python (tenth round)
        if hasattr(public, name):
            setattr(public, name, timed("page", getattr(public, name)))

    async def request(path: str) -> tuple[int, bytes]:
        target, _, query = path.partition("?")
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
                 "scheme": "http", "path": target, "raw_path": target.encode(), "root_path": "",
                 "query_string": query.encode(), "headers": [(b"host", b"localhost")],
                 "client": ("127.0.0.1", 1), "server": ("localhost", 80)}
        body, status = [], [0]

        async def receive():
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message):
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            elif message["type"] == "http.response.body":
                body.append(message.get("body", b""))

        await app(scope, receive, send)
        return status[0], b"".join(body)

    async def run() -> None:
        out = args.pages.open("w") if args.pages else None
        for path in paths[:30] + extra:
            answer = await request(path)
            if out:
                out.write(json.dumps([path, answer[0], answer[1].decode()]) + "\n")
        parts["library"] = parts["page"] = 0.0
        each = []
        profile = None
        if args.profile:
            import cProfile

            import fastapi.routing

            async def inline(call, *a, **k):  # the endpoint on this thread, where the profile sees it
                return call(*a, **k)

            fastapi.routing.run_in_threadpool = inline
            profile = cProfile.Profile()
        for path in paths[30:]:
            started = time.process_time()
            if profile:
                profile.enable()
            answer = await request(path)
            if profile:
                profile.disable()
            each.append(time.process_time() - started)
            if out:
                out.write(json.dumps([path, answer[0], answer[1].decode()]) + "\n")
        n = len(each)
        each.sort()
        total = sum(each) * 1000 / n
        library, page = parts["library"] * 1000 / n, parts["page"] * 1000 / n
        print(f"{n} searches: {total:.2f} ms CPU per request (p95 {each[int(n * 0.95)] * 1000:.2f}); "
              f"library {library:.2f}, page {page:.2f}, rest {total - library - page:.2f}")
        if profile:
            profile.dump_stats(args.profile)

    asyncio.run(run())
    store.close()


if __name__ == "__main__":
    main()
