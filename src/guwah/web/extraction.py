"""Extraction started from the workspace: `guwah.extract.extract_document`, the function `guwah extract`
stores proposals with, run for one document in a background thread of the server process.

There is no job queue in the project (`extract --all`'s worker processes live only as long as the
command), and a document takes seconds to a minute: longer than a request should wait. So a request
hands the document to `Extractions` and answers at once; its page says "running, refresh" until the
stored `ExtractionRun` says what was proposed. One extraction runs at a time (one thread: the
language models are loaded once and a second document waits its turn, so the server's other requests
keep a core). What a run stored is in the database, committed whole or not at all
(`guwah.extract.proposals._store_once`); only "queued", "running" and a failure are held here, in
memory, per server process: after a restart a document whose run was cut off simply shows the button
again. Two processes, or the CLI, extracting the same document at once store it once (the run's
UNIQUE row, read again under the audit lock).
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"


@dataclass
class Job:
    """One document's extraction started here: `state` (QUEUED, RUNNING, DONE or FAILED), who started
    it, what `extract_document` returned (DONE) and the approved releases it took down (their
    `guwah.releases.ReleaseChange`s, as the intake shows them)."""

    document_id: int
    actor: str
    state: str = QUEUED
    result: dict | None = None
    came_down: list = field(default_factory=list)
    future: Future | None = None


class Extractions:
    """The extractions this server process runs, one at a time, by document id."""

    def __init__(self, store):
        self._store = store
        self._lock = threading.Lock()
        self._jobs: dict[int, Job] = {}
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="guwah-extract")

    def start(self, document_id: int, actor: str) -> tuple[Job, bool]:
        """Queue the extraction of `document_id` for `actor` unless one is queued or running for it
        already. Returns (the job, whether this call started it)."""
        with self._lock:
            job = self._jobs.get(document_id)
            if job is not None and job.state in (QUEUED, RUNNING):
                return job, False
            job = self._jobs[document_id] = Job(document_id, actor)
            job.future = self._pool.submit(self._run, job)
            return job, True

    def job(self, document_id: int) -> Job | None:
        """The last extraction of `document_id` started in this process, if any."""
        with self._lock:
            return self._jobs.get(document_id)

    def wait(self, document_id: int, timeout: float | None = None) -> Job | None:
        """The job of `document_id` once it is over (for tests and the CLI-less scripts); None if none."""
        job = self.job(document_id)
        if job is not None and job.future is not None:
            job.future.exception(timeout)  # waits; the job records its own failure
        return job

    def _run(self, job: Job) -> None:
        from guwah.extract import extract_document
        from guwah.releases import approved_release_ids, taken_down_since

        job.state = RUNNING
        try:
            with self._store.session() as session:
                approved = approved_release_ids(session)
            job.result = extract_document(self._store, job.document_id, actor=job.actor)
            with self._store.session() as session:
                job.came_down = taken_down_since(session, approved)
            job.state = DONE
        except Exception as error:  # noqa: BLE001 - the page says it failed; the log names the kind only
            log.error("extraction of document %s failed: %s", job.document_id, type(error).__name__)
            job.state = FAILED

    def close(self) -> None:
        """Stop taking new work; the running one finishes (its transaction is whole or nothing)."""
        self._pool.shutdown(wait=False, cancel_futures=True)
