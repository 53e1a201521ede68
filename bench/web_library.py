"""The public search in the library, without HTTP: CPU per `search_public`, and what one release
change costs a server process (its facet table, a common given name's carriers).

Usage:
  python bench/web_library.py --data DIR [--persons 1000000] [--profile cumulative]
  python bench/web_library.py --data DIR --change   (changes one entry: re-indexes it as it is)
  python bench/web_library.py --data DIR --start cold|warm   (a fresh process: "Memet" first)

The first form times `search_public` for the searches `bench/web.py` sends (370 after 30 to warm
up; this process's CPU time), optionally under cProfile. The second times the facet table built
whole, a search for "Memet" cold and warm, then re-indexes entry 12345 with its own card through a
second store (another server process) and times the first store's facet table and "Memet" again.
DIR is a folder `bench/web.py` loaded (same --persons and seed 1).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import sys
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402
import web  # noqa: E402


def cpu(label: str, call):
    started = time.process_time()
    result = call()
    print(f"{label}: {(time.process_time() - started) * 1000:.0f} ms CPU")
    return result


def searches(folder: Path, persons: int, profile: str | None) -> None:
    from guwah.config import load_settings
    from guwah.publish import search_public
    from guwah.storage import Store

    rng = random.Random(2)
    paths = web.search_paths(synth.make_persons(persons, random.Random(1)), rng)[:400]
    queries = [{k: v[0] for k, v in parse_qs(urlsplit(p).query).items()} for p in paths]
    store = Store(load_settings(web.settings_for(folder)), migrate=False)

    def one(query: dict) -> None:
        with store.session() as session:
            search_public(session, query.pop("q"), query)

    for query in queries[:30]:
        one(dict(query))
    profiler = cProfile.Profile()
    started = time.process_time()
    if profile:
        profiler.enable()
    for query in queries[30:]:
        one(dict(query))
    profiler.disable()
    print(f"search_public: {(time.process_time() - started) * 1000 / len(queries[30:]):.2f} ms CPU per search "
          f"({len(queries[30:])} searches{', profiled' if profile else ''})")
    if profile:
        pstats.Stats(profiler).sort_stats(profile).print_stats(40)
    store.close()


def change(folder: Path) -> None:
    from sqlalchemy import select

    from guwah.config import load_settings
    from guwah.search import public
    from guwah.storage import Store
    from guwah.storage.tables import PublicSearchCard

    first, second = (Store(load_settings(web.settings_for(folder)), migrate=False) for _ in range(2))
    with first.session() as session:
        cpu("facet table built whole", lambda: public.facet_table(session))
    for label in ("cold", "kept"):
        with first.session() as session:
            found = cpu(f"'Memet' ({label})", lambda: public.find_entries(session, "Memet", {}))
    print(f"'Memet' hits: {found.count}")
    with second.session() as session:  # another process re-indexes one entry as it is
        card = json.loads(session.scalar(select(PublicSearchCard.card).where(PublicSearchCard.number == 12345)))
        public._drop(session, public.ENTRY, 12345)
        public.add_entries(session, [(12345, card)])
    with first.session() as session:
        cpu("facet table after one entry changed", lambda: public.facet_table(session))
    with first.session() as session:
        cpu("'Memet' after the change", lambda: public.find_entries(session, "Memet", {}))
    first.close()
    second.close()


def start(folder: Path, warm: bool) -> None:
    """What a fresh server process pays at start (facet table; with `warm`, the commonest name
    parts' carriers, as `guwah serve`'s workers read them) and its first searches of common given
    names."""
    from guwah.config import load_settings
    from guwah.search import public
    from guwah.storage import Store

    store = Store(load_settings(web.settings_for(folder)), migrate=False)
    with store.session() as session:
        cpu("facet table built whole", lambda: public.facet_table(session))
    if warm:
        with store.session() as session:
            parts = cpu("common parts' carriers read (warm_common_parts)", lambda: public.warm_common_parts(session))
            kept = public._PART_NUMBERS.current(session)
            print(f"parts read: {parts}, entries: {sum(len(v) for _, v in kept.items())}")
    for query in ("Memet", "Memet", "Abdulla", "Muhammad", "Gulnar"):
        with store.session() as session:
            found = cpu(f"{query!r}", lambda q=query: public.find_entries(session, q, {}))
        print(f"  hits: {found.count}")
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--persons", type=int, default=1_000_000)
    parser.add_argument("--profile", help="a pstats sort key (cumulative, tottime): profile the searches")
    parser.add_argument("--change", action="store_true", help="time what one release change costs instead")
    parser.add_argument("--start", choices=("cold", "warm"),
                        help="time a fresh process's start and first common given names instead")
    args = parser.parse_args()
    if args.start:
        start(args.data, args.start == "warm")
    elif args.change:
        change(args.data)
    else:
        searches(args.data, args.persons, args.profile)


if __name__ == "__main__":
    main()
