"""The workspace's release page of a pseudonymous draft: its time per request, in process.

Usage:
  python bench/release_page.py [--requests 6] [--paragraphs 12] [--cold]

Makes a throwaway archive with one invented pseudonymous testimony (places, dates and a facility in
each paragraph), drafts its release and asks for /workspace/releases/ID `--requests` times as a
signed-in reviewer (TestClient: no socket). Prints the first request's time and the mean of the
others. `--cold` empties `guwah.releases`' kept detail readings (`forget_details`) before each request,
as the page was before they were kept (each request read the draft's dates and places again: about a
second); with an older checkout (PYTHONPATH pointing at it) every request is cold.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

PARAGRAPH = ("Synthetic example. In May 2017 my cousin was taken from the bazaar in Kashgar by two officers. "
             "On 3 March 2018 he was moved to a camp near Aksu, and in the winter of 2019 to the prison in Hotan. "
             "We heard nothing of him until 12 October 2020, when a neighbour from Yarkand saw him in Urumqi. ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=6)
    parser.add_argument("--paragraphs", type=int, default=12)
    parser.add_argument("--cold", action="store_true", help="forget the kept detail readings before each request")
    args = parser.parse_args()

    from fastapi.testclient import TestClient

    import guwah.releases as releases
    from guwah.accounts.sessions import start_session
    from guwah.accounts.users import create_user
    from guwah.config import load_settings
    from guwah.ingest import ingest_file
    from guwah.storage import Store
    from guwah.storage.tables import ExtractionRun
    from guwah.web import create_app
    from guwah.web.auth import SESSION_COOKIE

    forget = getattr(releases, "forget_details", None)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        store = Store(load_settings({"GUWAH_DATA_DIR": str(root / "data"), "GUWAH_ACTOR": "bench",
                                     "GUWAH_KEY_FILE": str(root / "keys" / "master.key"),
                                     "GUWAH_PUBLIC_HOSTS": "testserver"}))
        path = root / "testimony.txt"
        path.write_text(PARAGRAPH * args.paragraphs, encoding="utf-8")
        (root / "testimony.meta.yaml").write_text("consent: pseudonymous\nlanguage: en\n", encoding="utf-8")
        document_id = ingest_file(store, path).document_id
        with store.session() as session:  # its names read (by hand here): a release needs that
            session.add(ExtractionRun(document_id=document_id, extractor="bench", version="0", counts={}))
        with store.session() as session:
            release_id = releases.draft_release(session, document_id, "drafter").id
        with store.session() as session:
            user = create_user(store, session, "reviewer", "a long bench password 1", "editor", actor="bench")
            token = start_session(store, session, user, second_factor_passed=True)
        client = TestClient(create_app(store))
        client.cookies.set(SESSION_COOKIE, token)
        timings = []
        for _ in range(args.requests):
            if args.cold and forget is not None:
                forget()
            began = time.perf_counter()
            page = client.get(f"/workspace/releases/{release_id}")
            timings.append(time.perf_counter() - began)
            if page.status_code != 200 or "still shows" not in page.text:
                raise SystemExit(f"the release page answered {page.status_code} without the details note")
        store.close()
    rest = timings[1:] or timings
    kept = "cold (readings forgotten)" if args.cold or forget is None else "kept readings"
    print(f"release page of a pseudonymous draft ({len(PARAGRAPH) * args.paragraphs} characters), {kept}: "
          f"first {timings[0]:.3f} s, then mean {statistics.mean(rest):.3f} s over {len(rest)} requests "
          f"(min {min(rest):.3f}, max {max(rest):.3f})")


if __name__ == "__main__":
    main()
