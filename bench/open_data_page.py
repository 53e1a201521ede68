"""The public open data page (/open-data) and /api/open-data: their time per request, in process.

Usage:
  python bench/open_data_page.py [--requests 6] [--facilities] [--testimonies 0]

Makes a throwaway archive with the demo testimonies released as `guwah demo` does (with
`--facilities`, the small facility file of the tests imported too; with `--testimonies N`, N more
invented public testimonies of about 20 KB each released) and asks for /open-data and
/api/open-data `--requests` times each (TestClient: no socket). Prints the first request's time and
the mean of the others. Each request built every file again before the export was kept per change
of what the public sees (`guwah.export.opendata.cached_open_data`); with an older checkout
(PYTHONPATH pointing at it) every request builds.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=6)
    parser.add_argument("--facilities", action="store_true", help="import the tests' small facility file")
    parser.add_argument("--testimonies", type=int, default=0, help="invented public testimonies to release more")
    args = parser.parse_args()

    from fastapi.testclient import TestClient

    from guwah.config import load_settings
    from guwah.demo import demo_folder, release_demo
    from guwah.ingest import ingest_paths
    from guwah.storage import Store
    from guwah.web import create_app

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        store = Store(load_settings({"GUWAH_DATA_DIR": str(root / "data"), "GUWAH_ACTOR": "bench",
                                     "GUWAH_KEY_FILE": str(root / "keys" / "master.key"),
                                     "GUWAH_PUBLIC_HOSTS": "testserver"}))
        with demo_folder() as demo:
            outcomes = list(ingest_paths(store, [demo]))
        release_demo(store, {o.path.name: o.document_id for o in outcomes})
        import sys

        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from tests.releasing import ingest_text, mark_read, release_document

        for number in range(args.testimonies):
            text = f"Synthetic account {number}. A neighbour was taken to a camp in 2018 and came back in 2019. " * 200
            document_id = ingest_text(store, root, f"synthetic-{number}.txt", text,
                                      f"consent: public\ntitle: Synthetic account {number}\n")
            mark_read(store, document_id)
            release_document(store, document_id)
        if args.facilities:
            from guwah.facilities.importer import import_facilities
            from tests.facilities.conftest import write_bfn

            import_facilities(store, write_bfn(root / "bfn.csv"))
        client = TestClient(create_app(store))
        for path in ("/open-data", "/api/open-data"):
            timings = []
            for _ in range(args.requests):
                began = time.perf_counter()
                answer = client.get(path)
                timings.append(time.perf_counter() - began)
                if answer.status_code != 200:
                    raise SystemExit(f"{path} answered {answer.status_code}")
            rest = timings[1:] or timings
            print(f"{path}: first {timings[0]:.3f} s, then mean {statistics.mean(rest):.3f} s over {len(rest)} "
                  f"requests (min {min(rest):.3f}, max {max(rest):.3f})")
        store.close()


if __name__ == "__main__":
    main()
