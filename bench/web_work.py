"""What one public search does, counted: the work per search and how it grows with the archive.

Usage:
  python bench/web_work.py --data DIR [--persons 1000000]

Runs the searches `bench/web.py` sends (`search_paths`, 370 after 30 to warm up, then
`given_name_paths`, 200) through `guwah.publish.search_public` in process and prints, per search
(mean and p95): the name index rows a query's keys pick (`IndexView.candidates`), the pairs scored
(`guwah.names.table.score_pairs`), the carriers read (entry numbers before the best per entry is
kept), the entries matched, the entry cards read, the facet codes counted, and the CPU
milliseconds of each step. Compare two archive sizes to see what grows with N. DIR is a folder
`bench/web.py` loaded (same --persons and seed 1).
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402
import web  # noqa: E402

COUNTS = ("index rows", "pairs scored", "carriers read", "entries matched", "cards read", "facet codes")
STEPS = ("keys", "candidates", "scoring", "carriers", "facets", "cards", "documents",
         "readings", "table", "places", "facilities")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--persons", type=int, default=1_000_000)
    parser.add_argument("--profile", type=Path, help="also write a cProfile of the counted searches here")
    args = parser.parse_args()

    import numpy as np

    import guwah.names
    import guwah.names.table
    import guwah.publish
    import guwah.search.forms as forms
    import guwah.search.public as public
    from guwah.config import load_settings
    from guwah.storage import Store

    counts: dict[str, float] = dict.fromkeys(COUNTS, 0)
    spent: dict[str, float] = dict.fromkeys(STEPS, 0.0)

    active = [False]  # a step inside another counts to the outer one (no time counted twice)

    def timed(step, call, count=None):
        def wrapper(*a, **k):
            if active[0]:
                result = call(*a, **k)
            else:
                started = time.process_time()
                active[0] = True
                try:
                    result = call(*a, **k)
                finally:
                    active[0] = False
                    spent[step] += time.process_time() - started
            if count is not None:
                name, size = count(a, result)
                counts[name] += size
            return result
        return wrapper

    public.name_keys = guwah.names.name_keys = timed("keys", guwah.names.name_keys)
    forms.IndexView.candidates = timed("candidates", forms.IndexView.candidates,
                                       lambda a, r: ("index rows", len(r[0]) + len(r[1])))
    guwah.names.table.score_pairs = timed("scoring", guwah.names.table.score_pairs,
                                          lambda a, r: ("pairs scored", len(r)))
    forms.IndexView.carriers = timed("carriers", forms.IndexView.carriers,
                                     lambda a, r: ("carriers read", sum(len(c) for c in r)))
    public.FacetTable.count = timed("facets", public.FacetTable.count,
                                    lambda a, r: ("facet codes", sum(n for _, _, n in r)))
    public.FacetTable.keep = timed("facets", public.FacetTable.keep)
    public._best_per_entry = timed("carriers", public._best_per_entry,
                                   lambda a, r: ("entries matched", len(r[0])))
    guwah.publish.public_entries = timed("cards", guwah.publish.public_entries,
                                         lambda a, r: ("cards read", len(a[1]) if len(a) > 1 else 0))
    public.find_documents = timed("documents", public.find_documents)
    # What does not depend on the query's matches: its Latin readings (made once per query, shared
    # with its keys and scoring), the facet table at the version the session sees (its first
    # statement opens the read transaction), the gazetteer place and the facilities it names.
    guwah.names.latin_forms = timed("readings", guwah.names.latin_forms)
    public.facet_table = timed("table", public.facet_table)
    guwah.publish._named_places = timed("places", guwah.publish._named_places)
    guwah.publish._matching_facilities = timed("facilities", guwah.publish._matching_facilities)

    persons = synth.make_persons(args.persons, random.Random(1))
    sets = {"search_paths": web.search_paths(persons, random.Random(2))[:400],
            "given_name_paths": web.given_name_paths(persons, random.Random(3))[:230]}
    del persons  # millions of objects a server does not hold, which every full collection would walk
    gc.collect()
    store = Store(load_settings(web.settings_for(args.data)), migrate=False)
    from guwah.web.server import warm as warm_process

    warm_process(store)  # as `guwah serve` warms each process
    profile = None
    if args.profile:
        import cProfile
        profile = cProfile.Profile()
    for label, paths in sets.items():
        for warm in (True, False):
            chosen = paths[:30] if warm else paths[30:]
            for key in counts:
                counts[key] = 0
            for key in spent:
                spent[key] = 0.0
            each = []
            for path in chosen:
                params = {k: v[0] for k, v in parse_qs(urlsplit(path).query).items()}
                query = params.pop("q", "")
                started = time.process_time()
                if profile and not warm:
                    profile.enable()
                with store.session() as session:
                    guwah.publish.search_public(session, query, params)
                if profile and not warm:
                    profile.disable()
                each.append(time.process_time() - started)
            if warm:
                continue
            n = len(chosen)
            print(f"{label} ({n} searches, {args.persons:,} persons): "
                  f"{sum(each) * 1000 / n:.2f} ms CPU per search (p95 {np.percentile(each, 95) * 1000:.2f})")
            print("  per search: " + ", ".join(f"{k} {v / n:,.1f}" for k, v in counts.items()))
            other = sum(each) - sum(spent.values())
            print("  CPU ms per search: " + ", ".join(f"{k} {v * 1000 / n:.2f}" for k, v in spent.items())
                  + f", other {other * 1000 / n:.2f}")
    store.close()
    if profile:
        profile.dump_stats(args.profile)


if __name__ == "__main__":
    main()
