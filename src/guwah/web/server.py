"""How `guwah serve` runs the app under uvicorn: one process, or several (`--workers`)."""

from __future__ import annotations

import logging
import os
import threading
import time
from datetime import datetime, timedelta
from datetime import time as dt_time

import uvicorn
from fastapi import FastAPI

from guwah.storage import Store
from guwah.web import create_app

logger = logging.getLogger(__name__)

# Most server processes the default gives: the search's per-process memory (its facet table,
# ~90 MB at 1,000,000 entries) and SQLite's one writer make more of little use.
MAX_DEFAULT_WORKERS = 4


def default_workers() -> int:
    """Server processes when neither --workers nor GUWAH_WEB_WORKERS says: one per CPU core
    this process may use, at most MAX_DEFAULT_WORKERS."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, MAX_DEFAULT_WORKERS))


# Seconds a worker may take to answer its supervisor's health check before uvicorn kills it:
# reading the place index or building the facet table of a large archive holds the interpreter
# for seconds on a busy machine, and uvicorn's default (5 s) would kill a healthy worker.
HEALTHCHECK_SECONDS = 120

# The collector's thresholds in a server process (Python's default: 700, 10, 10). A request makes
# and frees tens of thousands of objects, nearly all freed by reference counting; at the default a
# young collection ran every few requests and a full one every ~100 searches, walking the
# per-version caches that outlive requests (~0.2–0.9 ms of CPU per search; docs/benchmarks.md,
# "Sixteenth round"). The few reference cycles a request leaves wait a little longer.
GC_THRESHOLDS = (10_000, 20, 100)


def warm(store: Store) -> None:
    """Build what the first search would otherwise wait for: the search's facet table (seconds at
    1,000,000 entries) and the figures' (`figure_table`, what /figures, /map and the facility pages
    count from), the carriers of the commonest given names (`warm_common_parts`), and the
    place index (built once into GUWAH_CACHE_DIR, then read); map the name forms and cards files
    and read their pages (`page_in`: the first searches after a start waited on the disk).
    Then move every object made so far out of the garbage collector's sight (`gc.freeze`): most
    live as long as the process (one replaced later, a facet table, is still freed by reference
    counting), and a full collection walked them all, ~0.14 s each at 1,000,000 entries, about
    once every 100 searches (docs/benchmarks.md, "Fifteenth round"). Last, collect less often
    (`GC_THRESHOLDS`)."""
    import gc

    from guwah.places.index import place_index
    from guwah.search.cards import open_cards
    from guwah.search.forms import open_forms, page_in
    from guwah.search.public import facet_table, figure_table, warm_common_parts

    place_index()
    # `guwah serve` made both files before the workers started
    forms, cards = open_forms(store.settings.data_dir), open_cards(store.settings.data_dir)
    for mapped in (forms.vocabulary if forms else None, cards.cards if cards else None):
        if mapped is not None:
            page_in(mapped)
    with store.session() as session:
        facet_table(session)
        figure_table(session)
        warm_common_parts(session)  # the carriers of common given names ("Memet")
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def serving_app(store: Store, processes: int = 1) -> FastAPI:
    """The app for `store`, warmed (`warm`), with the day's work kept up (`keep_publishing`)."""
    warm(store)
    keep_publishing(store)
    return create_app(store, processes=processes)


# Seconds after midnight the day's work runs (the public site's day: `guwah.publish.today`).
DAY_START_SECONDS = 5


def keep_publishing(store: Store) -> threading.Thread:
    """Run `guwah.releases.publish_due` now and at the start of each day, in a thread of its own:
    a release whose embargo ended becomes public (numbered) that day, although no page view
    writes (a request's commit never does the day's work). Each server process runs it; the
    numbering takes the database's write lock and reads again what is due, so they agree."""
    from guwah.releases import publish_due

    def run() -> None:
        while True:
            try:
                publish_due(store)
            except Exception:  # logged by kind only (a message may quote a record); tried again tomorrow
                logger.error("the day's publication run failed", exc_info=False)
            now = datetime.now()
            start = datetime.combine(now.date() + timedelta(days=1), dt_time()) + timedelta(seconds=DAY_START_SECONDS)
            time.sleep((start - now).total_seconds())

    thread = threading.Thread(target=run, name="guwah-publish-due", daemon=True)
    thread.start()
    return thread


def worker_app() -> FastAPI:
    """The app of one of several server processes (uvicorn's factory): the archive named by the
    environment, opened as it is (the parent process has brought its schema up to date)."""
    from guwah.config import load_settings

    settings = load_settings()
    return serving_app(Store(settings, create_keys=False, migrate=False), processes=settings.web_workers or 1)


def _common(store: Store, host: str, port: int) -> dict:
    """Uvicorn's options for `store` on `host`:`port`.

    Proxy headers (X-Forwarded-For, X-Forwarded-Proto) are believed only from the proxies in
    GUWAH_TRUSTED_PROXIES. Uvicorn's own default trusts them from 127.0.0.1, so anyone who can
    reach the port from that machine could pose as any address and escape the login rate limit.
    No access log is written: a family's search for a name travels in the query string, and the
    server keeps no record of who looked for whom.
    """
    proxies = store.settings.trusted_proxies
    return {"host": host, "port": port, "log_level": "warning", "access_log": False,
            "proxy_headers": bool(proxies), "forwarded_allow_ips": list(proxies) or None}


def server_config(store: Store, host: str, port: int) -> uvicorn.Config:
    """Uvicorn's configuration for `store` on `host`:`port` in this one process."""
    return uvicorn.Config(serving_app(store), **_common(store, host, port))


def run_workers(store: Store, host: str, port: int, workers: int) -> None:
    """Serve with `workers` processes (uvicorn's supervisor restarts any that dies); returns when
    stopped. Each process opens the archive itself from the environment (`worker_app`), which
    therefore must name it (GUWAH_DATA_DIR, GUWAH_KEY_FILE or GUWAH_PASSPHRASE, …), and keeps its
    own facet table, rebuilt when the index version in the database changes."""
    from guwah.places.index import place_index

    place_index()  # built here once, so that the workers only read it
    os.environ["GUWAH_WEB_WORKERS"] = str(workers)  # the workers share the rate limits out
    uvicorn.run("guwah.web.server:worker_app", factory=True, workers=workers,
                timeout_worker_healthcheck=HEALTHCHECK_SECONDS, **_common(store, host, port))
