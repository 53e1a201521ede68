"""The workspace's registry screens: the entries, one entry with its mentions, one mention with its
names, and the steps of the registry chain the CLI takes (`guwah naming propose`, `approve` and
`withdraw`, `guwah release propose-entry`, `guwah persons merge` and `split`).

A thin shell over `guwah.registry` and `guwah.releases`: every rule (who may be named and on what
basis, what an entry release may show, what a merge or a split records, who did it and when, what it
audits, which releases it takes down) is there, and the CLI calls the same functions. Reading is for
every member (audited as the CLI's reads are); a naming basis and an entry release need the role
that may release, linking and unlinking the role that may change records. A refused step rolls its
request back whole and shows the page again with the reason and what was typed (`RegistryRefused`),
each option it names (a `guwah.errors.Term`) as the form offers it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from guwah.accounts.permissions import may
from guwah.domain import ReviewState, mention_label
from guwah.errors import N_, GuwahError, InputError, NotFound, Text
from guwah.web import steps
from guwah.web.auth import MayEditRecords, MayRead, MayRelease, render
from guwah.web.deps import DocumentId, EntryNumber, MentionId, SessionDep
from guwah.web.steps import StepRefused, answer_refusals, said

router = APIRouter()

ENTRY_PAGE, MENTION_PAGE = "entry", "mention"


class RegistryRefused(StepRefused):
    """A step `guwah.registry` or `guwah.releases` refused: the page (`page`, `number`) is shown again
    with the reason beside the form that was sent, for `user`, allowed what `rights` says."""

    def __init__(self, page: str, number: int, error: GuwahError, form: dict[str, str], user: str,
                 rights: dict[str, bool]):
        super().__init__(error, form)
        self.page, self.number, self.user, self.rights = page, number, user, rights


def _rights(auth) -> dict[str, bool]:
    """What the page offers the member: forms that change records, and those that release."""
    return {"can_link": may(auth.user, "edit_records"), "can_release": may(auth.user, "release")}


@contextmanager
def refusals(page: str, number: int, auth, form: dict[str, str]) -> Iterator[None]:
    """Run a step: a GuwahError becomes RegistryRefused (the page again, nothing stored)."""
    try:
        yield
    except GuwahError as error:
        raise RegistryRefused(page, number, error, form, auth.user.username, _rights(auth)) from error


def told_seal(store, page: str, number: int, down: str) -> str:
    """The seal of the release ids a step's redirect carries to a page (`guwah.web.steps.told_seal`)."""
    return steps.told_seal(store, "registry-told", f"{page}:{number}", down)


# What a naming approval's redirect tells of the redrafts it left waiting (`guwah.releases.redrafts_told`):
# "r12-15" a redraft 12 drafted again as 15 ("r12-0": dropped), "v9-16" a release 9 taken down with
# nothing to show then, drafted again as 16; separated by commas.
WAITS = re.compile(r"[rv]\d{1,9}-\d{1,9}(?:,[rv]\d{1,9}-\d{1,9})*")


def _back(request: Request, name: str, page: str, number: int, came_down=(), waits=()) -> RedirectResponse:
    """Post/Redirect/Get to a page; a reload changes nothing again. `came_down` (ReleaseChange) and
    `waits` ((revived, old release, new draft or None)) are told by ids, sealed to the page."""
    url = str(request.app.url_path_for(name, **({"number": number} if page == ENTRY_PAGE else {"mention": number})))
    down = ",".join(str(change.release) for change in came_down)
    also = ",".join(f"{'v' if revived else 'r'}{old}-{new or 0}" for revived, old, new in waits)
    if down or also:
        told = f"{down}|{also}" if also else down
        url += "?" + urlencode({"down": down, **({"waits": also} if also else {}),
                                "seal": told_seal(request.app.state.store, page, number, told)})
    return RedirectResponse(url, status_code=303)


def _person(session, mention: int):
    """The mention's row; NotFound (said as `guwah.releases.propose_basis` says it) when there is none."""
    from guwah.storage.tables import Person

    person = session.get(Person, mention)
    if person is None:
        raise NotFound(Text(N_("no person %(mention)s"), {"mention": mention_label(mention)}), value=mention)
    return person


# --- reading -------------------------------------------------------------------------------------

@router.get("/workspace/entries", response_class=HTMLResponse)
def workspace_entries(request: Request, session: SessionDep, auth: MayRead, q: str = "") -> Response:
    """The person entries with their names, mentions and status (`guwah persons list`), audited as it is."""
    from guwah.registry import list_entries, searching

    views = list_entries(session, q)
    request.app.state.store.audit(session, auth.user.username, "read", "entry_list", None, count=len(views),
                                  searched=searching(q))
    return render(request, "workspace_entries.html", {"entries": views, "query": q})


@router.get("/workspace/facilities", response_class=HTMLResponse)
def workspace_facilities(request: Request, session: SessionDep, auth: MayRead, q: str = "") -> Response:
    """The facility entries with their names by script, places, citing entries and sources
    (`guwah facilities list`), audited as it is."""
    from guwah.facilities.entries import list_facilities
    from guwah.registry import searching

    listings = list_facilities(session, q)
    request.app.state.store.audit(session, auth.user.username, "read", "facility_list", None, count=len(listings),
                                  searched=searching(q))
    return render(request, "workspace_facilities.html", {"facilities": listings, "query": q})


@router.get("/workspace/facilities/{number}", response_class=HTMLResponse)
def workspace_facility(request: Request, session: SessionDep, auth: MayRead, number: DocumentId,
                       done: str = "") -> Response:
    """One facility entry (`guwah facilities show`): its sites and the accepted events there; a merged
    number leads to the entry it was merged into."""
    from guwah.facilities.entries import view_facility

    view = view_facility(session, number)
    if view.number != number:
        return RedirectResponse(str(request.app.url_path_for("workspace_facility", number=view.number)), status_code=303)
    request.app.state.store.audit(session, auth.user.username, "read", "facility_entry", view.number)
    return render(request, "workspace_facility.html", {"facility": view, **_rights(auth), "done": done})


@router.post("/workspace/facilities/{number}/decide")
def workspace_facility_decide(request: Request, session: SessionDep, auth: MayEditRecords, number: DocumentId,
                              decision: Annotated[str, Form()] = "") -> Response:
    """Accept or reject a facility entry that testimonies name (`guwah facilities accept|reject`)."""
    from guwah.facilities.entries import decide_facility, view_facility

    try:
        entry = decide_facility(request.app.state.store, session, number, decision, auth.user.username)
    except GuwahError as error:  # raised before anything was written or audited (`decide_facility` checks first)
        view = view_facility(session, number)
        return render(request, "workspace_facility.html", {"facility": view, **_rights(auth),
                                                           "error": said(request, error)},
                      status_code=error.http_status)
    url = str(request.app.url_path_for("workspace_facility", number=entry.number))
    return RedirectResponse(f"{url}?{urlencode({'done': decision})}", status_code=303)


def _names_by_mention(view) -> dict[int, dict[str, str | None]]:
    """Each mention's names in an entry view, each written form once, with who asserted it where it
    waits for a second reviewer (four eyes: the entry view's "second_reviewer"), else None; a name a
    reviewer rejected is not one of them (as `guwah persons show` sets it apart)."""
    names: dict[int, dict[str, str | None]] = {}
    for name in view.names:
        if name["state"] == ReviewState.REJECTED.value:
            continue
        written = " ".join(name["name"].split())
        mention = names.setdefault(name["person"], {})
        # a form also given by a record that does not wait (accepted, or the extractor's) reads unmarked
        mention[written] = mention.get(written, name.get("second_reviewer")) and name.get("second_reviewer")
    return names


def _entry_page(request: Request, session, user: str, rights: dict[str, bool], number: int, *,
                error: GuwahError | None = None, form: dict | None = None, came_down=()) -> Response:
    from guwah.publish import ENTRY
    from guwah.registry import resolve, view_entry
    from guwah.registry.timeline import passage_reads
    from guwah.releases import releases_of
    view = view_entry(session, number)
    request.app.state.store.audit(session, user, "read", "entry", view.number, **passage_reads(session, view.timeline))
    releases = [r for r in releases_of(session, resolve(session, view.number).id, ENTRY)
                if r.state in ("draft", "approved")]
    return render(request, "workspace_entry.html", {
        "entry": view, "names": _names_by_mention(view), "releases": releases, **rights,
        "error": said(request, error) if error else None, "form": form or {}, "came_down": came_down,
    }, status_code=error.http_status if error else 200)


def _as_labelled(request: Request, route: str, name: str, number: int) -> Response | None:
    """An address typed with the label a page prints ("E-7", "M-12": `EntryNumber`, `MentionId`) leads
    to the page's own, with its query, so that its links and language switcher name that one; None
    for the page's own address."""
    if request.path_params.get(name) == str(number):
        return None
    query = f"?{request.url.query}" if request.url.query else ""
    return RedirectResponse(str(request.app.url_path_for(route, **{name: number})) + query, status_code=303)


@router.get("/workspace/entries/{number}", response_class=HTMLResponse)
def workspace_entry(request: Request, session: SessionDep, auth: MayRead, number: EntryNumber,
                    down: str = "", seal: str = "") -> Response:
    """One entry (`guwah persons show`): its mentions with their names, status, releases, and the
    forms that unlink a mention and propose a release of the entry."""
    from guwah.registry import resolve

    survivor = resolve(session, number).number
    if survivor != number:  # a merged number leads to the entry it was merged into
        return RedirectResponse(str(request.app.url_path_for("workspace_entry", number=survivor)), status_code=303)
    if (typed := _as_labelled(request, "workspace_entry", "number", number)) is not None:
        return typed
    came_down = steps.came_down(request, session, "registry-told", f"{ENTRY_PAGE}:{number}", down, seal)
    return _entry_page(request, session, auth.user.username, _rights(auth), number, came_down=came_down)


def _mention_page(request: Request, session, user: str, rights: dict[str, bool], mention: int, *,
                  error: GuwahError | None = None, form: dict | None = None, came_down=(), waits=()) -> Response:
    from guwah.publish import named_person_ids, refused_by_their_entry, testimonies_sharing_name
    from guwah.registry import mentions_of
    from guwah.releases import BASES, naming_bases
    from guwah.review import mention_names
    from guwah.storage.tables import Entry

    person = _person(session, mention)
    store = request.app.state.store
    entry = session.get(Entry, person.entry_id)
    others = [p.id for p in mentions_of(session, entry) if p.id != mention]
    # the bases without their notes (sealed: the document page shows them with the testimony)
    bases = [{key: basis[key] for key in ("id", "basis", "document", "state", "proposed_by", "approved_by")}
             for basis in naming_bases(session, person_id=mention)]
    return render(request, "workspace_mention.html", {
        "mention": mention, "names": mention_names(store, session, mention, user), "entry": entry.number,
        "others": others, "others_label": ", ".join(map(mention_label, others)), "bases": bases, "grounds": BASES,
        # pseudonymous testimonies whose withheld witness shares a part of the name (ids only): the
        # approval form asks whether to show it whole there (`approve_basis`'s show_shared_name)
        "sharing": testimonies_sharing_name(session, mention) if rights["can_release"] else [],
        # whether the public sees the name now, as the release rules decide it (`named_person_ids`),
        # and, when not, whether another mention of the entry records the person's own refusal
        "shown_by_name": (shown := mention in named_person_ids(session)),
        "entry_refuses": not shown and mention in refused_by_their_entry(session),
        **rights,
        "error": said(request, error) if error else None, "form": form or {}, "came_down": came_down,
        "waits": waits,
    }, status_code=error.http_status if error else 200)


@router.get("/workspace/mentions/{mention}", response_class=HTMLResponse)
def workspace_mention(request: Request, session: SessionDep, auth: MayRead, mention: MentionId,
                      down: str = "", waits: str = "", seal: str = "") -> Response:
    """One mention: its names, its entry, its naming bases, and the forms that record a naming basis,
    link it to another entry or make it an entry of its own. After a step, `down` and `waits` (sealed)
    say which releases came down and, after a naming approval, which redrafts wait and for whom."""
    from guwah.releases import redrafts_told

    if (typed := _as_labelled(request, "workspace_mention", "mention", mention)) is not None:
        return typed
    if waits and not WAITS.fullmatch(waits):
        raise InputError(Text(steps.NOT_TOLD))
    came_down = steps.came_down(request, session, "registry-told", f"{MENTION_PAGE}:{mention}", down, seal, waits)
    told = [(pair[0] == "v", *(int(i) for i in pair[1:].split("-"))) for pair in waits.split(",")] if waits else []
    return _mention_page(request, session, auth.user.username, _rights(auth), mention, came_down=came_down,
                         waits=redrafts_told(session, told))


# --- the steps -----------------------------------------------------------------------------------

@router.post("/workspace/mentions/{mention}/naming")
def workspace_propose_naming(request: Request, session: SessionDep, auth: MayRelease, mention: DocumentId,
                             basis: Annotated[str, Form()] = "", note: Annotated[str, Form()] = "",
                             document: Annotated[str, Form()] = "") -> Response:
    """Record the basis on which a mention may be named (`guwah naming propose`): the consent of a
    witness, say, with the testimony that carries it; it waits for a second reviewer."""
    from guwah.releases import propose_basis

    typed = {"form": "naming", "basis": basis, "note": note, "document": document}
    with refusals(MENTION_PAGE, mention, auth, typed):
        document_id = _document_number(document)
        propose_basis(session, mention, basis.strip(), auth.user.username, note.strip() or None, document_id)
    return _back(request, "workspace_mention", MENTION_PAGE, mention)


@router.post("/workspace/mentions/{mention}/naming/{basis}/approve")
def workspace_approve_naming(request: Request, session: SessionDep, auth: MayRelease, mention: DocumentId,
                             basis: DocumentId, reason: Annotated[str, Form()] = "",
                             show_shared_name: Annotated[str, Form()] = "") -> Response:
    """Approve a naming basis (`guwah naming approve`, `guwah.releases.approve_naming`): a second
    reviewer's, or the proposer's own with a reason where the group allows it; the releases that
    masked the person come down, and the page says which."""
    from guwah.releases import approve_naming

    typed = {"form": f"approve-{basis}", "reason": reason, "show_shared_name": show_shared_name}
    with refusals(MENTION_PAGE, mention, auth, typed):
        _basis_of(session, mention, basis)
        done = approve_naming(session, basis, auth.user.username, reason.strip() or None, bool(show_shared_name))
    # A person's own draft drafted again (`done.plain`) is told as a waiting redraft drafted again is.
    waits = ([(False, old, new) for _, old, new, _ in [*done.redrafted, *done.plain]]
             + [(True, old, new) for _, old, new, _ in done.revived])
    return _back(request, "workspace_mention", MENTION_PAGE, mention, done.withdrawn, waits)


@router.post("/workspace/mentions/{mention}/naming/withdraw")
def workspace_withdraw_naming(request: Request, session: SessionDep, auth: MayRelease,
                              mention: DocumentId) -> Response:
    """Withdraw every basis for naming the person (`guwah naming withdraw`, `withdraw_bases`: every
    mention of their entry); the releases showing the name come down, and the page says which."""
    from guwah.releases import BASES_WITHDRAWN, releases_coming_down, withdraw_bases

    with refusals(MENTION_PAGE, mention, auth, {"form": "withdraw-naming"}):
        _person(session, mention)
        with releases_coming_down(session, Text(BASES_WITHDRAWN, {"person": mention_label(mention)})) as withdrawn:
            withdraw_bases(session, mention, auth.user.username)
    return _back(request, "workspace_mention", MENTION_PAGE, mention, withdrawn)


def _basis_of(session, mention: int, basis: int) -> None:
    """NotFound unless naming basis `basis` is one of mention `mention`'s (the page it was sent from)."""
    from guwah.storage.tables import NamingBasis

    row = session.get(NamingBasis, basis)
    if row is None or row.person_id != mention:
        raise NotFound(Text(N_("no naming basis %(basis)s for mention %(mention)s"),
                            {"basis": basis, "mention": mention_label(mention)}), value=basis)


def _document_number(typed: str) -> int | None:
    """A document as the naming form takes it: its number, or nothing."""
    typed = typed.strip()
    if not typed:
        return None
    if not re.fullmatch(r"\d{1,18}", typed):
        raise InputError(Text(N_("a document is its number (the id the workspace shows)")), value=typed)
    return int(typed)


@router.post("/workspace/mentions/{mention}/link")
def workspace_link_mention(request: Request, session: SessionDep, auth: MayEditRecords, mention: DocumentId,
                           entry: Annotated[str, Form()] = "", force: Annotated[str, Form()] = "",
                           reason: Annotated[str, Form()] = "") -> Response:
    """Link the mention's entry into entry N (`guwah persons merge N E`): its mentions move there, its
    number redirects, refused against a "different" judgement, and against conflicting assertions
    unless the box `force` is ticked (`--force`; the merge records the fields that conflicted);
    `reason` is `--reason` (kept sealed on the merge, given by `guwah export evidence`)."""
    from guwah.registry import person_number
    from guwah.releases import merge_entries
    from guwah.storage.tables import Entry

    with refusals(MENTION_PAGE, mention, auth, {"form": "link", "entry": entry, "reason": reason}):
        person = _person(session, mention)
        own = session.get(Entry, person.entry_id).number
        act = merge_entries(session, person_number(entry), own, auth.user.username, store=request.app.state.store,
                            force=bool(force), reason=reason.strip() or None)
    return _back(request, "workspace_mention", MENTION_PAGE, mention, act.withdrawn)


@router.post("/workspace/mentions/{mention}/new-entry")
def workspace_new_entry(request: Request, session: SessionDep, auth: MayEditRecords, mention: DocumentId,
                        reason: Annotated[str, Form()] = "") -> Response:
    """Make the mention an entry of its own (`guwah persons split E --mentions M`, `reason` its `--reason`)."""
    from guwah.storage.tables import Entry

    with refusals(MENTION_PAGE, mention, auth, {"form": "new-entry", "reason": reason}):
        person = _person(session, mention)
        act = _split(request, session, auth, session.get(Entry, person.entry_id).number, mention, reason)
    return _back(request, "workspace_mention", MENTION_PAGE, mention, act.withdrawn)


@router.post("/workspace/entries/{number}/unlink")
def workspace_unlink_mention(request: Request, session: SessionDep, auth: MayEditRecords, number: DocumentId,
                             mention: Annotated[str, Form()] = "", reason: Annotated[str, Form()] = "") -> Response:
    """Move one mention out of the entry into a new entry (`guwah persons split`, `reason` its `--reason`)."""
    from guwah.registry import mention_id

    with refusals(ENTRY_PAGE, number, auth, {"form": "unlink", "mention": mention, "reason": reason}):
        act = _split(request, session, auth, number, mention_id(mention), reason)
    return _back(request, "workspace_entry", ENTRY_PAGE, number, act.withdrawn)


@router.post("/workspace/entries/{number}/conflicts")
def workspace_judge_conflict(request: Request, session: SessionDep, auth: MayEditRecords, number: DocumentId,
                             first: Annotated[str, Form()] = "", second: Annotated[str, Form()] = "",
                             verdict: Annotated[str, Form()] = "", reason: Annotated[str, Form()] = "") -> Response:
    """Judge two conflicting items of the entry's timeline (`guwah persons judge-conflict`): the form's
    verdict is "two_events", "cannot_tell" or "one_wrong:ID" (the wrong side's event)."""
    from guwah.registry.timeline import judge_conflict

    verdict, _, wrong = verdict.partition(":")
    with refusals(ENTRY_PAGE, number, auth, {"form": "conflict", "first": first, "second": second,
                                             "reason": reason}):
        _, came_down = judge_conflict(request.app.state.store, session, number, first, second, verdict,
                                      auth.user.username, reason, wrong=wrong or None)
    return _back(request, "workspace_entry", ENTRY_PAGE, number, came_down)


def _split(request: Request, session, auth, number: int, mention: int, reason: str):
    from guwah.releases import split_entry

    return split_entry(session, number, [mention], auth.user.username, store=request.app.state.store,
                       reason=reason.strip() or None)


@router.post("/workspace/entries/{number}/release")
def workspace_propose_entry_release(request: Request, session: SessionDep, auth: MayRelease,
                                    number: DocumentId) -> Response:
    """Draft the public view of the entry (`guwah release propose-entry`) and show it for approval."""
    from guwah.releases import draft_entry_release

    with refusals(ENTRY_PAGE, number, auth, {"form": "release"}):
        release = draft_entry_release(session, number, auth.user.username)
    return RedirectResponse(str(request.app.url_path_for("workspace_release", release_id=release.id)),
                            status_code=303)


def install(app: FastAPI) -> None:
    """Add the routes, and the page a refused step answers with (`guwah.web.steps.answer_refusals`)."""
    app.include_router(router)
    answer_refusals(app, RegistryRefused, _refused_page)


def _refused_page(request: Request, session, refused: RegistryRefused) -> Response:
    """The entry's or mention's page with the reason of the refusal."""
    show = _entry_page if refused.page == ENTRY_PAGE else _mention_page
    return show(request, session, refused.user, refused.rights, refused.number, error=refused.error, form=refused.form)
