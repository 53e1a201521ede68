"""The workspace's linker review queue: the pairs of mentions the linker found may be one person
(`guwah persons pairs [--unsure]`) and the form that judges one (`guwah persons judge`).

A thin shell over `guwah.registry` (`open_candidates`, `judge`): every rule of what a judgement
binds and needs (a reason; a pair still as the form showed it) is there, and the CLI calls the same
functions. Reading the queue is for every member (audited as the CLI's read is); judging needs the
role that may change records. A refused judgement rolls its request back whole and shows the queue
again with the reason and what was typed.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from guwah.accounts.permissions import may
from guwah.domain import mention_label
from guwah.errors import GuwahError
from guwah.web.auth import MayEditRecords, MayRead, render
from guwah.web.deps import SessionDep
from guwah.web.steps import StepRefused, answer_refusals, said

router = APIRouter()

VERDICTS = ("same", "different", "unsure")


class PairRefused(StepRefused):
    """A judgement refused: the queue (`unsure` or open) again, for `user`, with the reason."""

    def __init__(self, error: GuwahError, form: dict[str, str], unsure: bool, user: str, can_judge: bool):
        super().__init__(error, form)
        self.unsure, self.user, self.can_judge = unsure, user, can_judge


def waiting_count(session) -> int:
    """How many pairs wait in the open queue (the workspace's home says so)."""
    from guwah.registry import open_candidates

    return len(open_candidates(session))


def pair_now(session, pair: tuple[int, int]) -> dict:
    """Where a pair stands now, for a refusal of a form drawn before it changed (`PairChanged`): in
    the open queue or the unsure view ({"queue": unsure?, "anchor": the pair's id on that page}), else
    ({"entries": the entry numbers now holding its mentions, each once}): a pair judged same or
    different has left the queue, and its entries are where it is read."""
    from guwah.registry import open_candidates, pair_entries

    for unsure in (False, True):
        for view in open_candidates(session, unsure=unsure):
            if {view.person_a, view.person_b} == set(pair):
                return {"unsure": unsure, "anchor": f"pair-{view.person_a}-{view.person_b}"}
    return {"entries": list(dict.fromkeys(pair_entries(session, *pair)))}


def _queue_page(request: Request, session, user: str, can_judge: bool, unsure: bool, *,
                error: GuwahError | None = None, form: dict | None = None, judged: dict | None = None) -> Response:
    from guwah.registry import open_candidates
    from guwah.review import mention_names

    store = request.app.state.store
    views = open_candidates(session, unsure=unsure)
    store.audit(session, user, "read", "link_candidates", None, count=len(views),
                **({"verdict": "unsure"} if unsure else {}))
    names = {mention: [name for name, _ in mention_names(store, session, mention, user)]
             for view in views for mention in (view.person_a, view.person_b)}
    from guwah.registry import PairChanged

    return render(request, "workspace_pairs.html", {
        "pairs": views, "names": names, "unsure": unsure, "can_judge": can_judge,
        "waiting": len(views) if not unsure else None, "verdicts": VERDICTS,
        "error": said(request, error) if error else None, "form": form or {}, "judged": judged,
        "pair_now": pair_now(session, error.pair) if isinstance(error, PairChanged) else None,
    }, status_code=error.http_status if error else 200)


@router.get("/workspace/pairs", response_class=HTMLResponse)
def workspace_pairs(request: Request, session: SessionDep, auth: MayRead, unsure: str = "", judged: str = "",
                    a: int | None = None, b: int | None = None) -> Response:
    """The linker's review queue (`guwah persons pairs`; `?unsure=1`: `--unsure`), each pair with both
    mentions' names, the linker's score and reasons, and for an editor the form that judges it.
    After a judgement, `judged` (the verdict) with `a` and `b` (the mentions) says what was recorded."""
    told = {"verdict": judged, "a": mention_label(a), "b": mention_label(b)} \
        if judged in VERDICTS and a is not None and b is not None else None
    return _queue_page(request, session, auth.user.username, may(auth.user, "edit_records"), bool(unsure),
                       judged=told)


@router.post("/workspace/pairs/judge")
def workspace_judge_pair(request: Request, session: SessionDep, auth: MayEditRecords,
                         a: Annotated[str, Form()] = "", b: Annotated[str, Form()] = "",
                         verdict: Annotated[str, Form()] = "", reason: Annotated[str, Form()] = "",
                         judged: Annotated[str, Form()] = "", entry_a: Annotated[str, Form()] = "",
                         entry_b: Annotated[str, Form()] = "", unsure: Annotated[str, Form()] = "") -> Response:
    """Judge a pair of the queue (`guwah persons judge A B VERDICT --reason`): "different" binds every
    later merge and linker run, "same" lets the next `guwah link` join them, "unsure" moves the pair
    to the unsure view. The form says what it showed of the pair (`judged`: the standing judgement's
    id, or empty; `entry_a`, `entry_b`: the mentions' entries), so that a form left open never
    overrules a judgement, merge or split recorded since (`guwah.registry.PairSeen`)."""
    from guwah.registry import PairSeen, judge, mention_id, person_number

    typed = {"a": a, "b": b, "verdict": verdict, "reason": reason}
    try:
        first, second = mention_id(a), mention_id(b)
        seen = PairSeen(judgement=int(judged) if judged.isdecimal() else None,
                        entries=(person_number(entry_a), person_number(entry_b)))
        judge(session, first, second, verdict, auth.user.username, reason, seen, store=request.app.state.store)
    except GuwahError as error:
        raise PairRefused(error, typed, bool(unsure), auth.user.username, True) from error
    query = {**({"unsure": "1"} if unsure else {}), "judged": verdict, "a": first, "b": second}
    return RedirectResponse(f"{request.app.url_path_for('workspace_pairs')}?{urlencode(query)}", status_code=303)


def install(app: FastAPI) -> None:
    """Add the routes, and the page a refused judgement answers with."""
    app.include_router(router)
    answer_refusals(app, PairRefused, _refused_page)


def _refused_page(request: Request, session, refused: PairRefused) -> Response:
    return _queue_page(request, session, refused.user, refused.can_judge, refused.unsure, error=refused.error,
                       form=refused.form)
