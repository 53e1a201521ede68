"""What the workspace's step pages share (the review screens, `routes.review`; the registry screens,
`routes.registry`): a refused step answered with its page again and the reason beside the form that was
sent, and the sealed list of releases a step took down, which the page its redirect leads to reads back.
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Callable

from fastapi import FastAPI, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from guwah.errors import N_, GuwahError, InputError, NotFound, Text


class StepRefused(Exception):
    """A step a library function refused (`error`, a GuwahError): the request's session is rolled back
    whole, then its page is shown again with the reason beside the form that was sent (`form`: what
    was typed). Each screen's subclass carries what its page needs besides."""

    def __init__(self, error: GuwahError, form: dict[str, str]):
        super().__init__(error.message)
        self.error, self.form = error, form


def said(request: Request, error: GuwahError) -> str:
    """A refusal in the reader's language, each option or field it names (a `guwah.errors.Term`) by
    what the page offers for it (`guwah.web.i18n.localize`); the CLI prints the same refusal in English."""
    from guwah.web.i18n import language_code, localize

    return localize(error.text or error.message, language_code(request))


def answer_refusals(app: FastAPI, kind: type[StepRefused],
                    page: Callable[[Request, object, StepRefused], Response]) -> None:
    """Answer a refused step of `kind` with `page(request, session, refused)`: the page with the
    reason, read in a session of its own (the request's was rolled back); a record that does not
    exist (NotFound) is the plain 404."""

    def refused_page(request: Request, refused: StepRefused) -> Response:
        from guwah.web.auth import render

        with request.app.state.store.session() as session:
            try:
                return page(request, session, refused)
            except NotFound:
                return render(request, "error.html", {"message": None}, status_code=404)

    async def handler(request: Request, refused: StepRefused) -> Response:
        return await run_in_threadpool(refused_page, request, refused)

    app.add_exception_handler(kind, handler)


# A redirect's release ids whose seal does not match the page: said in the reader's language.
NOT_TOLD = N_("these release ids were not told by a step on this page: nothing is shown as taken down")


def told_seal(store, purpose: str, bound: str, down: str) -> str:
    """A keyed hash (hex) binding the release ids `down` a step's redirect carries to the page it leads
    to (`bound`, under the key's `purpose`): the page says came down only what this workspace told for
    it, never ids forged into the address (as `routes.workspace.withdrawal_seal`)."""
    return store.ring.mac(purpose, f"{bound}|{down}".encode()).hex()[:32]


def came_down(request: Request, session, purpose: str, bound: str, down: str, seal: str, also: str = "") -> list:
    """The releases (`guwah.releases.ReleaseChange`) a step's redirect says it took down (`down`, release
    ids separated by commas), read back; InputError (NOT_TOLD) when `seal` is not `told_seal`'s for
    them and for `also` (what else the redirect tells, which the caller reads and checks the form of)."""
    if not down and not also:
        return []
    told = f"{down}|{also}" if also else down
    if (down and not re.fullmatch(r"\d{1,9}(?:,\d{1,9})*", down)) or not hmac.compare_digest(
            seal.encode(), told_seal(request.app.state.store, purpose, bound, told).encode()):
        raise InputError(Text(NOT_TOLD))
    if not down:
        return []
    from guwah.releases import withdrawal_told

    return withdrawal_told(session, 0, 0, [int(i) for i in down.split(",")])[1]
