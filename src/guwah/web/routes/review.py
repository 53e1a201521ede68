"""The workspace's review screens: the facts waiting for review, and one fact with its passage,
its history and the decisions `guwah review` takes (accept, reject, edit, reopen, reassign).

A thin shell over `guwah.review`: every rule (what may be decided, the checks of an edit, what
is audited, which releases a decision takes down) is there, and the CLI calls the same functions.
Reading is for every member (the passages of confidential testimonies included, audited as the
CLI's reads are); deciding needs the role that may change records. A refused decision rolls its
request back whole and shows the fact's page again with the reason (`ReviewRefused`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, FastAPI, Form, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from guwah.accounts.permissions import may
from guwah.domain import MAX_ID, AttributeName, DatePrecision, EventType, FacilityType, ReviewState
from guwah.errors import N_, ConfirmationRequired, GuwahError, InputError, Text
from guwah.review import KINDS, PAGE_SIZE, REASSIGNABLE, editable_fields
from guwah.web import steps
from guwah.web.auth import MayEditRecords, MayRead, render
from guwah.web.deps import DocumentId, SessionDep, page_number
from guwah.web.steps import StepRefused, answer_refusals, said

router = APIRouter()

# A kind of fact in a path: anything else names nothing (404, as an unknown id).
Kind = Annotated[str, Path(pattern=f"^(?:{'|'.join(KINDS)})$")]

# What a decision's redirect says was done (`?done=`), and the review states the fact it leads to can
# be in after it: the page says it only then, so that a stale or typed address says nothing untrue.
# The words are the page's (workspace_proposal.html); a reason is read from the fact, never the address.
DONE = {"accepted": ("accepted",), "rejected": ("rejected",), "edited": ("accepted",), "reopened": ("proposed",),
        "reassigned": ("proposed", "accepted"), "added": ("accepted",)}

# The decisions whose new fact is the reviewer's own, waiting with four eyes on for another reviewer.
OWN_DONE = ("edited", "added")

# The decisions after which a fact's page links the next waiting fact: those that take a fact off
# the waiting list (a reopened fact is waiting again, a reassigned one is another person's matter).
GOES_ON = ("accepted", "rejected", "edited")


class ReviewRefused(StepRefused):
    """A decision `guwah.review` refused: the fact's page (`kind`, `fact_id`) is shown again to
    `reviewer` with the reason and what they typed."""

    def __init__(self, kind: str, fact_id: int, error: GuwahError, form: dict[str, str], reviewer: str):
        super().__init__(error, form)
        self.kind, self.fact_id, self.reviewer = kind, fact_id, reviewer


@contextmanager
def refusals(kind: str, fact_id: int, auth, form: dict[str, str]) -> Iterator[None]:
    """Run a decision: a GuwahError becomes ReviewRefused (the page again, nothing stored)."""
    try:
        yield
    except GuwahError as error:
        raise ReviewRefused(kind, fact_id, error, form, auth.user.username) from error


async def submitted(request: Request) -> dict[str, str]:
    """The text fields of a form sent by POST (read once: the CSRF check has read it already)."""
    return {key: value for key, value in (await request.form()).items() if isinstance(value, str)}


Submitted = Annotated[dict[str, str], Depends(submitted)]


def _choices() -> dict[str, list[tuple[str, str]]]:
    """The closed lists an edit form offers as a choice: field → [(code, label kind)]."""
    from guwah.vocab import violation_codes

    precisions = [("", "")] + [(p.value, "precision") for p in DatePrecision]
    return {"event_type": [(e.value, "event") for e in EventType],
            "date_precision": precisions, "end_date_precision": precisions,
            "attribute": [(a.value, "attribute") for a in AttributeName],
            "code": [(code, "violation") for code in sorted(violation_codes())]}


@router.get("/workspace/review", response_class=HTMLResponse)
def workspace_review(request: Request, session: SessionDep, auth: MayRead, state: str = ReviewState.PROPOSED.value,
                     kind: str = "", document: str = "", page: str = "1", done: str = "",
                     decided: str = "", own: str = "") -> Response:
    """The facts in a review state (waiting, by default), PAGE_SIZE a page, each with its passage;
    for a member who may decide, a box by each waiting fact to accept or reject those ticked at once
    (`workspace_review_batch`). After such a decision, `done` ("accepted" or "rejected") and
    `decided` (the refs, separated by commas) say what was decided, and `own` which of the ticked
    facts were the reviewer's own, left for another reviewer (four eyes)."""
    return _review_page(request, session, auth.user.username, may(auth.user, "edit_records"), state, kind,
                        document, page,
                        told=_batch_told(session, done, decided, own, auth.user.username))


def _refs(listed: str) -> list[str] | None:
    """The refs of an address's list (separated by commas, at most PAGE_SIZE), or None for a malformed one."""
    from guwah.review import distinct_refs

    try:
        return distinct_refs(listed.split(",")[:PAGE_SIZE]) if listed else []
    except GuwahError:
        return None


def _batch_told(session, done: str, decided: str, own: str = "",
                reviewer: str = "") -> tuple[str, list[str], list[str]] | None:
    """(done, refs, own refs) for a batch decision's redirect, said only of facts that are in that
    state now, and of the reader's own facts still waiting for another reviewer (`own_waiting`): a
    stale or typed address says nothing untrue (as DONE on a fact's page)."""
    from guwah.review import own_waiting

    refs, mine = _refs(decided), _refs(own)
    if done not in ("accepted", "rejected") or not refs:
        return None
    rows = {}
    for ref in (*refs, *(mine or [])):
        kind, number = ref.split(":")
        rows[ref] = session.get(KINDS[kind], int(number)) if int(number) <= MAX_ID else None
    if any(rows[ref] is None or rows[ref].review_state != done for ref in refs):
        return None
    left = mine if mine and all(rows[ref] is not None and own_waiting(rows[ref], reviewer) for ref in mine) else []
    return done, refs, left


def _review_page(request: Request, session, reviewer: str, may_decide: bool, state: str, kind: str, document: str,
                 page: str, *, told=None, refused: BatchRefusedPage | None = None) -> Response:
    from guwah.review import named_once, read_proposals, shown_fields

    filters = {"state": state, "kind": kind, "document": document.strip()}
    number = page_number(page)
    context = {"filters": filters, "kinds": list(KINDS), "states": [s.value for s in ReviewState],
               "listed": None, "error": None, "pages": {}, "shown_fields": shown_fields,
               "can_decide": may_decide and state == ReviewState.PROPOSED.value, "told": told,
               "page": number, "refused": [], "selected": set(), "reason": "", "fact_query": ""}
    if refused is not None:
        context.update(error=said(request, refused.error), reason=refused.form.get("reason", ""),
                       refused=[named_once(ref, said(request, error))
                                for ref, error in getattr(refused.error, "refused", [])],
                       selected=set(refused.selected) - {ref for ref, _ in getattr(refused.error, "refused", [])})
    try:
        if filters["document"] and not re.fullmatch(r"\d{1,18}", filters["document"]):
            raise InputError(Text(N_("a document is its number (the id the workspace shows)")), value=document)
        listed = read_proposals(request.app.state.store, session, reviewer, state, kind or None,
                                int(filters["document"]) if filters["document"] else None, PAGE_SIZE,
                                (number - 1) * PAGE_SIZE, with_text=True)
    except GuwahError as error:  # raised before anything was read or audited
        context["error"] = said(request, error)
        return render(request, "workspace_review.html", context, status_code=error.http_status)
    kept = {key: value for key, value in filters.items() if value and not (key == "state" and value == "proposed")}
    context["listed"] = listed
    # a fact's page keeps the list's filters, for its "Next waiting fact" link
    context["fact_query"] = urlencode({f"filter_{key}": filters[key] for key in ("kind", "document") if filters[key]})
    # A page past the last (a stale or typed address) leads back to the last one, not to the page
    # before it, which is empty too.
    last = max(1, -(-listed.total // PAGE_SIZE))
    context["pages"] = {"previous": _list_url(request, kept, min(number - 1, last)) if number > 1 else None,
                        "next": _list_url(request, kept, number + 1)
                        if listed.offset + len(listed.proposals) < listed.total else None}
    return render(request, "workspace_review.html", context,
                  status_code=refused.error.http_status if refused is not None else 200)


class BatchRefusedPage(StepRefused):
    """A batch decision `guwah.review.decide_batch` refused: the list (its filters in `form`) is
    shown again with each refused fact and its reason, the others still ticked (`selected`)."""

    def __init__(self, error: GuwahError, form: dict[str, str], selected: list[str], reviewer: str):
        super().__init__(error, form)
        self.selected, self.reviewer = selected, reviewer


@router.post("/workspace/review/batch")
def workspace_review_batch(request: Request, session: SessionDep, auth: MayEditRecords,
                           fact: Annotated[list[str], Form()] = [],  # noqa: B006 (FastAPI copies it)
                           decision: Annotated[str, Form()] = "", reason: Annotated[str, Form()] = "",
                           kind: Annotated[str, Form()] = "", document: Annotated[str, Form()] = "",
                           page: Annotated[str, Form()] = "1", leave_flagged: Annotated[str, Form()] = "") -> Response:
    """Accept or reject (with `reason`) every ticked fact (`fact`, KIND:ID each) by
    `guwah.review.decide_batch`: all or nothing; an acceptance by `guwah.review.accept_in_bulk`, as
    `guwah review accept --document`, which leaves the reviewer's own facts for another reviewer
    (four eyes; named on the list after) and refuses facts to read one by one unless `leave_flagged`
    (then left waiting). Then back to the same list, saying what was decided; refused, the list again
    with each fact that could not be decided and why, nothing decided."""
    from guwah.review import accept_in_bulk, decide_batch
    from guwah.web.i18n import in_language

    form = {"kind": kind, "document": document, "page": page, "reason": reason}
    own = []
    try:
        if decision == ReviewState.ACCEPTED.value:
            bulk = accept_in_bulk(request.app.state.store, session, fact, auth.user.username,
                                  leave_flagged=bool(leave_flagged))
            decided, own = bulk.accepted, bulk.own
        else:
            decided = decide_batch(request.app.state.store, session, fact, auth.user.username, decision, reason)
    except GuwahError as error:  # the request's session is rolled back whole: nothing decided
        raise BatchRefusedPage(error, form, list(fact), auth.user.username) from error
    kept = {key: value for key, value in (("kind", kind), ("document", document.strip())) if value}
    query = urlencode({**kept, "page": page_number(page), "done": decision,
                       "decided": ",".join(p.ref for p in decided), **({"own": ",".join(own)} if own else {})})
    return RedirectResponse(in_language(request, "/workspace/review?" + query), status_code=303)


def _list_url(request: Request, filters: dict[str, str], page: int) -> str:
    from guwah.web.i18n import in_language

    return in_language(request, "/workspace/review?" + urlencode({**filters, "page": page}))


@router.get("/workspace/review/{kind}/{fact_id}", response_class=HTMLResponse)
def workspace_proposal(request: Request, session: SessionDep, auth: MayRead, kind: Kind, fact_id: DocumentId,
                       down: str = "", seal: str = "", done: str = "", filter_kind: str = "",
                       filter_document: str = "") -> Response:
    """One fact: its fields, its passage in context, its history, and the decision forms for a
    member who may decide. After a decision, `done` (a key of DONE) says what was done, beside a link
    to the next waiting fact of the list it came from (`filter_kind`, `filter_document`: the list's
    filters, kept from page to page); after a reopen or a reassignment, `down` (release ids, sealed
    by `told_seal`) says which releases the decision took down."""
    came_down = steps.came_down(request, session, "review-told", f"{kind}:{fact_id}", down, seal)
    return _proposal_page(request, session, auth.user.username, may(auth.user, "edit_records"), kind, fact_id,
                          came_down=came_down, done=done, filters=list_filters(filter_kind, filter_document))


def list_filters(kind: str, document: str) -> dict[str, str]:
    """The review list's filters a fact's page keeps (`filter_kind`, `filter_document`), those that
    can name something: a kind of KINDS, a document number."""
    kept = {}
    if kind in KINDS:
        kept["filter_kind"] = kind
    if re.fullmatch(r"\d{1,18}", document.strip()):
        kept["filter_document"] = document.strip()
    return kept


def _next_fact(session, filters: dict[str, str]) -> str | None:
    """The address of the next waiting fact with the list's `filters` (`list_filters`), or None."""
    from guwah.review import next_waiting

    ref = next_waiting(session, filters.get("filter_kind"),
                       int(filters["filter_document"]) if "filter_document" in filters else None)
    if ref is None:
        return None
    kind, number = ref.split(":")
    return f"/workspace/review/{kind}/{number}" + (f"?{urlencode(filters)}" if filters else "")


def _proposal_page(request: Request, session, reviewer: str, may_decide: bool, kind: str, fact_id: int, *,
                   error: GuwahError | None = None, form: dict | None = None, came_down=(), done: str = "",
                   filters: dict[str, str] | None = None) -> Response:
    from guwah.review import history, mention_names, show_proposal, shown_fields

    ref = f"{kind}:{fact_id}"
    store = request.app.state.store
    proposal = show_proposal(store, session, ref, reviewer)
    filters = filters or {}
    # A reviewer's own correction or addition with four eyes on is proposed, waiting for another
    # reviewer (`waits_for_second`): the page says so ("… waiting for a second reviewer").
    own = done in OWN_DONE and proposal.second_reviewer
    done = done if (proposal.state in DONE.get(done, ()) or own) and not error else None
    return render(request, "workspace_proposal.html", {
        "proposal": proposal, "fields": shown_fields(proposal.fields), "history": history(session, ref),
        # the mention's names, each linking to its name fact (read by every member, audited as the passage)
        "names": mention_names(store, session, proposal.person_id, reviewer) if proposal.person_id else [],
        "kind": kind, "fact_id": fact_id, "editable": editable_fields(kind), "choices": _choices(),
        "facility_types": [t.value for t in FacilityType],
        "can_decide": may_decide and not proposal.erased,
        "reassignable": kind in REASSIGNABLE, "error": said(request, error) if error else None, "form": form or {},
        "confirm_reassign": isinstance(error, ConfirmationRequired),
        "came_down": came_down,
        "done": done, "filters": filters,
        # after a decision, where the reviewer goes on: the next waiting fact of the same list
        "goes_on": done in GOES_ON,
        "next_fact": _next_fact(session, filters) if done in GOES_ON else None,
        "list_after": "/workspace/review" + (f"?{urlencode({k.removeprefix('filter_'): v for k, v in filters.items()})}"
                                             if filters else ""),
    }, status_code=error.http_status if error else 200)


def told_seal(store, ref: str, down: str) -> str:
    """The seal of the release ids a decision's redirect carries to fact `ref`'s page
    (`guwah.web.steps.told_seal`)."""
    return steps.told_seal(store, "review-told", ref, down)


def _back(request: Request, kind: str, fact_id: int, done: str, came_down=(),
          filters: dict[str, str] | None = None) -> RedirectResponse:
    """Post/Redirect/Get to a fact's page, which says what was `done` (a key of DONE), keeping the
    list's `filters` (`list_filters`) for its "Next waiting fact" link; a reload decides nothing again."""
    query = dict(filters or {})
    if came_down:
        down = ",".join(str(change.release) for change in came_down)
        query |= {"down": down, "seal": told_seal(request.app.state.store, f"{kind}:{fact_id}", down)}
    return RedirectResponse(f"/workspace/review/{kind}/{fact_id}?{urlencode({**query, 'done': done})}", status_code=303)


@router.post("/workspace/review/{kind}/{fact_id}/accept")
def workspace_review_accept(request: Request, session: SessionDep, auth: MayEditRecords, kind: Kind,
                            fact_id: DocumentId, filter_kind: Annotated[str, Form()] = "",
                            filter_document: Annotated[str, Form()] = "") -> Response:
    from guwah.review import accept

    with refusals(kind, fact_id, auth, list_filters(filter_kind, filter_document)):
        accept(request.app.state.store, session, f"{kind}:{fact_id}", auth.user.username)
    return _back(request, kind, fact_id, "accepted", filters=list_filters(filter_kind, filter_document))


@router.post("/workspace/review/{kind}/{fact_id}/reject")
def workspace_review_reject(request: Request, session: SessionDep, auth: MayEditRecords, kind: Kind,
                            fact_id: DocumentId, reason: Annotated[str, Form()] = "",
                            filter_kind: Annotated[str, Form()] = "",
                            filter_document: Annotated[str, Form()] = "") -> Response:
    from guwah.review import reject

    with refusals(kind, fact_id, auth, {"reject_reason": reason, **list_filters(filter_kind, filter_document)}):
        reject(request.app.state.store, session, f"{kind}:{fact_id}", auth.user.username, reason)
    return _back(request, kind, fact_id, "rejected", filters=list_filters(filter_kind, filter_document))


@router.post("/workspace/review/{kind}/{fact_id}/edit")
def workspace_review_edit(request: Request, session: SessionDep, auth: MayEditRecords, kind: Kind,
                          fact_id: DocumentId, form: Submitted) -> Response:
    """Correct a fact: the fields the form showed that the reviewer changed (`guwah.review.form_changes`)."""
    from guwah.review import edit, form_changes

    ref = f"{kind}:{fact_id}"
    fields = {key: value for key, value in form.items() if key in editable_fields(kind)}
    with refusals(kind, fact_id, auth, fields):
        corrected = edit(request.app.state.store, session, ref, auth.user.username,
                         form_changes(session, ref, fields))
    return _back(request, kind, int(corrected.ref.split(":")[1]), "edited",
                 filters=list_filters(form.get("filter_kind", ""), form.get("filter_document", "")))


@router.post("/workspace/review/event/{fact_id}/new-facility")
def workspace_review_new_facility(request: Request, session: SessionDep, auth: MayEditRecords,
                                  fact_id: DocumentId, form: Submitted) -> Response:
    """Make an event's facility a site no entry holds yet, registered from the event's testimony
    (`guwah review edit --new-facility`: `guwah.review.edit` with a `NewFacility`)."""
    from guwah.facilities.entries import new_facility_from_text
    from guwah.review import edit

    ref = f"event:{fact_id}"
    typed = {key: form.get(key, "") for key in NEW_FACILITY_FIELDS}
    with refusals("event", fact_id, auth, typed):
        site = new_facility_from_text(typed["new_facility_name"], typed["new_facility_type"],
                                      typed["new_facility_place"], typed["new_facility_coordinates"],
                                      bool(typed["new_facility_approximate"]))
        corrected = edit(request.app.state.store, session, ref, auth.user.username, {}, new_facility=site)
    return _back(request, "event", int(corrected.ref.split(":")[1]), "edited",
                 filters=list_filters(form.get("filter_kind", ""), form.get("filter_document", "")))


# The fields of the form that registers a new facility for an event (workspace_proposal.html).
NEW_FACILITY_FIELDS = ("new_facility_name", "new_facility_type", "new_facility_place", "new_facility_coordinates",
                       "new_facility_approximate")


@router.post("/workspace/review/{kind}/{fact_id}/reopen")
def workspace_review_reopen(request: Request, session: SessionDep, auth: MayEditRecords, kind: Kind,
                            fact_id: DocumentId, reason: Annotated[str, Form()] = "") -> Response:
    from guwah.review import reopen_facts

    with refusals(kind, fact_id, auth, {"reopen_reason": reason}):
        came_down = reopen_facts(request.app.state.store, session, [f"{kind}:{fact_id}"], auth.user.username, reason)
    return _back(request, kind, fact_id, "reopened", came_down)


@router.post("/workspace/review/{kind}/{fact_id}/reassign")
def workspace_review_reassign(request: Request, session: SessionDep, auth: MayEditRecords, kind: Kind,
                              fact_id: DocumentId, target: Annotated[str, Form()] = "",
                              reason: Annotated[str, Form()] = "",
                              confirm: Annotated[str, Form()] = "") -> Response:
    """Reassign a fact; across consent levels only with the confirm box, which the page shows with
    the warning (`guwah.review.consent_crossing`)."""
    from guwah.review import reassign_fact

    with refusals(kind, fact_id, auth, {"target": target, "reassign_reason": reason}):
        moved, came_down = reassign_fact(request.app.state.store, session, f"{kind}:{fact_id}", target.strip(),
                                         auth.user.username, reason, confirm=bool(confirm))
    return _back(request, kind, int(moved.ref.split(":")[1]), "reassigned", came_down)


class AddRefused(StepRefused):
    """A fact `guwah.review.addition.add_fact` refused: the document's page (`document_id`) is shown
    again to `reviewer` with the reason beside the add form, as typed (`form`)."""

    def __init__(self, document_id: int, error: GuwahError, form: dict[str, str], reviewer: str):
        super().__init__(error, form)
        self.document_id, self.reviewer = document_id, reviewer


def add_form_fields() -> tuple[str, ...]:
    """Every field the add form offers (`guwah.review.addition.addable_fields` of each kind, once):
    only those of the chosen kind may be filled, as `add_fact` checks."""
    from guwah.review.addition import addable_fields

    return tuple(dict.fromkeys(key for kind in KINDS for key in addable_fields(kind)))


def add_form_choices(session, document_id: int) -> dict:
    """What the document page's add form offers: the kinds, every field, the closed lists as choices,
    the document's accepted events a violation may join (`guwah.review.addition.event_choices`), and
    whether a reviewer's own fact waits for a second reviewer (`guwah.policy.four_eyes`)."""
    from guwah.policy import four_eyes
    from guwah.review.addition import event_choices

    return {"add_kinds": list(KINDS), "add_fields": add_form_fields(), "add_choices": _choices(),
            "add_events": event_choices(session, document_id), "four_eyes": four_eyes(session)}


# The add form's own fields besides the kind's: who, the passage, where it starts, a violation's event.
ADD_FORM = ("kind", "person", "new_person", "passage", "start", "event")


@router.post("/workspace/documents/{document_id}/facts")
def workspace_add_fact(request: Request, session: SessionDep, auth: MayEditRecords, document_id: DocumentId,
                       form: Submitted) -> Response:
    """Add a fact the extractor missed, citing a passage of the document (`guwah review add`:
    `guwah.review.addition.add_fact`, accepted at once, or with four eyes on waiting for another
    reviewer); then its page, saying it was added. Refused,
    the document's page again with the reason and the form as typed, nothing stored."""
    from guwah.review.addition import add_fact

    typed = {key: form.get(key, "") for key in (*ADD_FORM, *add_form_fields())}
    with _adding(document_id, auth, typed):
        start = typed["start"].strip()
        if start and not re.fullmatch(r"\d{1,12}", start):
            raise InputError(Text(N_("where the passage starts is a character offset (a number), or blank")),
                             value=start)
        fields = {key: typed[key] for key in add_form_fields() if typed[key].strip()}
        added = add_fact(request.app.state.store, session, document_id, typed["kind"], typed["passage"],
                         auth.user.username, fields, person=typed["person"].strip() or None,
                         new_person=typed["new_person"].strip() or None, start=int(start) if start else None,
                         event=typed["event"].strip() or None)
    kind, number = added.ref.split(":")
    return _back(request, kind, int(number), "added")


@contextmanager
def _adding(document_id: int, auth, form: dict[str, str]) -> Iterator[None]:
    try:
        yield
    except GuwahError as error:
        raise AddRefused(document_id, error, form, auth.user.username) from error


def _add_refused_page(request: Request, session, refused: AddRefused) -> Response:
    """The document's page with the add form as typed and the reason of the refusal."""
    from guwah.web.routes.workspace import document_page

    return document_page(request, session, refused.reviewer, refused.document_id,
                         adding={"error": said(request, refused.error), **refused.form},
                         status_code=refused.error.http_status)


def install(app: FastAPI) -> None:
    """Add the routes, and the page a refused decision answers with (`guwah.web.steps.answer_refusals`)."""
    app.include_router(router)
    answer_refusals(app, ReviewRefused, _refused_page)
    answer_refusals(app, BatchRefusedPage, _batch_refused_page)
    answer_refusals(app, AddRefused, _add_refused_page)


def _batch_refused_page(request: Request, session, refused: BatchRefusedPage) -> Response:
    """The list the batch was sent from, with the reason and each fact that could not be decided."""
    return _review_page(request, session, refused.reviewer, True, ReviewState.PROPOSED.value, refused.form["kind"],
                        refused.form["document"], refused.form["page"], refused=refused)


def _refused_page(request: Request, session, refused: ReviewRefused) -> Response:
    """The fact's page with the reason of the refusal; only a member who may decide could be refused
    a decision."""
    return _proposal_page(request, session, refused.reviewer, True, refused.kind, refused.fact_id,
                          error=refused.error, form=refused.form,
                          filters=list_filters(refused.form.get("filter_kind", ""),
                                               refused.form.get("filter_document", "")))
