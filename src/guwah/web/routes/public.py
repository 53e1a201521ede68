"""Pages anyone may open: only what `guwah.publish` releases."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from markupsafe import Markup, escape
from starlette.routing import Route

from guwah.errors import N_, Text
from guwah.publish import public_document, public_documents
from guwah.web import templates
from guwah.web.deps import (
    MAX_ID,
    MAX_QUERY_CHARS,
    QUERY_TOO_LONG,
    DocumentId,
    SessionDep,
    page_number,
    page_search,
    search_urls,
)
from guwah.web.i18n import (
    SWITCH_PATH,
    absolute_url,
    facet_label,
    format_date,
    format_number,
    in_language,
    kept_language,
    label,
    language_code,
    localize,
    localized_place,
    translations,
    with_language,
)

router = APIRouter()
OpenDataName = Literal["persons", "documents", "facilities"]


@router.get("/", response_class=HTMLResponse)
def document_list(request: Request, session: SessionDep) -> HTMLResponse:
    return templates.TemplateResponse(request, "documents.html", {"documents": public_documents(session)})


def search_page(request: Request) -> HTMLResponse:
    """Persons, testimonies, facilities and places; facet values narrow the persons (query string:
    `guwah.web.deps.SearchQuery`). A plain Starlette route (`PLAIN_ROUTES`): it takes nothing
    FastAPI would have to resolve, so its session is opened and ended here, in the one hop to the
    thread pool that Starlette makes for it."""

    from guwah.publish import search_public

    search = page_search(request)
    if len(search.q) > MAX_QUERY_CHARS:
        return query_too_long(request)
    with request.app.state.store.session() as session:
        found = search_public(session, search.q, search.filters(), page_number(search.page))
    code = language_code(request)
    url = search_urls(kept_language(request))
    return templates.TemplateResponse(request, "search.html", {
        "search": found, "search_url": url, "facet_lists": _facet_lists(found, code, url),
        "entry_lines": _entry_lines(request, found.persons, code),
        "other_order_lines": _entry_lines(request, found.other_order, code)})


SEARCH_TOO_LONG = N_("Search too long")


def query_too_long(request: Request) -> HTMLResponse:
    """The page a search longer than MAX_QUERY_CHARS gets (414): one sentence in the reader's
    language, the query not shown again."""
    code = language_code(request)
    said = Text.counted(QUERY_TOO_LONG, MAX_QUERY_CHARS, {"count": format_number(MAX_QUERY_CHARS, code)})
    return templates.TemplateResponse(request, "error.html", {
        "title": localize(SEARCH_TOO_LONG, code), "message": localize(said, code)}, status_code=414)


def _get_route(path: str, endpoint, name: str) -> Route:
    route = Route(path, endpoint, methods=["GET"], name=name)
    route.methods = {"GET"}  # as FastAPI's routes: HEAD comes as GET (`guwah.web.headers.HeadAsGet`)
    return route


# The busiest public pages as plain Starlette routes, placed before every other route by
# `create_app`: FastAPI's per-request work for a route (its dependencies solved, the exit stacks,
# the endpoint's context) was half of the framework's ~0.6 ms of a search's CPU (in process,
# docs/benchmarks.md, "Eighteenth round"), for a page that takes only the request.
PLAIN_ROUTES = [_get_route("/search", search_page, "search_page")]


FACET_VALUES_SHOWN = 12
# A facet value's label as the Refine column shows it, escaped, per (facet, value, its label,
# language): the archive's values (a county's name from the gazetteer, a code through the
# catalogue), never what a reader typed; the latest SHOWN_KEPT.
SHOWN_KEPT = 8192
_SHOWN: dict[tuple[str, str, str, str], Markup] = {}


def _facet_lists(found, code: str, url) -> list[tuple[str, Markup]]:
    """The results page's Refine column, made here once rather than by the template per value:
    [(facet, its values' list items as HTML), …], the facets in `guwah.search.public.FACETS` order,
    those without values left out, FACET_VALUES_SHOWN values each, each value's link, label (in
    language `code`) and count escaped here. A selected value's link drops it; another's sets it."""
    from guwah.search.public import FACETS

    lists = []
    for facet in FACETS:
        values = found.facets.get(facet)
        if values:
            link = url.varying(found.query, found.filters, facet)
            items = []
            for v in values[:FACET_VALUES_SHOWN]:
                href = escape(link(None if v.selected else v.value))
                key = (facet, v.value, v.label, code)
                shown = _SHOWN.get(key)
                if shown is None:
                    if len(_SHOWN) >= SHOWN_KEPT:
                        _SHOWN.clear()
                    shown = _SHOWN[key] = escape(facet_label(facet, v.value, v.label, code))
                items.append(f'<li><a href="{href}" aria-current="true"><strong dir="auto">{shown}</strong></a>'
                             if v.selected else f'<li><a href="{href}" dir="auto">{shown}</a>')
                items.append(f' <span class="count">{escape(v.count)}</span></li>')
            lists.append((facet, Markup("".join(items))))
    return lists


def _entry_lines(request: Request, persons, code: str) -> Markup:
    """The list items of these shown entries (`PublicEntry`) as HTML, made here once: each entry's
    link, "Entry N:", its names as spans (those in the script of language `code` first:
    `guwah.publish.names_for_reader`), its status and the status's date in language `code`,
    every value escaped here."""
    from guwah.publish import names_for_reader

    if not persons:
        return Markup("")
    translation = translations(code)
    entry = Markup(translation.gettext("Entry %(number)s:"))
    # The entries' links differ only in the number before their end: the route's address made once,
    # and the reader's chosen language after the number.
    prefix = escape(absolute_url(request, "person_page", {"number": 0}).removesuffix("0"))
    suffix = escape(with_language("", kept_language(request)))
    lines = []
    for person in persons:
        names = " = ".join(f'<span dir="auto">{escape(n["name"])}</span>' for n in names_for_reader(person.names, code))
        status = label("status", person.status.get("status"), code)
        if person.status.get("date"):
            status = f"{status} ({format_date(person.status['date'], code)})"
        lines.append(f'<li><a href="{prefix}{escape(person.id)}{suffix}">{entry % {"number": person.id}}\n'
                     f"  {names}</a>\n  — {escape(status)}</li>")
    return Markup("".join(lines))


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document_page(request: Request, document_id: DocumentId, session: SessionDep,
                  passage: str | None = None) -> HTMLResponse:
    """One released testimony; `passage=START-END` (a person page's source link, `with_passages`)
    marks those characters of its published text, and the link's fragment scrolls to the mark."""
    from guwah.publish import asked_passage

    document = public_document(session, document_id)
    return templates.TemplateResponse(request, "document.html", {
        "document": document, "passage": asked_passage(document.text, passage)})


@router.get(SWITCH_PATH, include_in_schema=False)
def choose_language(request: Request) -> Response:
    """The language switcher's links: remember the language chosen and go back to the page in it."""
    from guwah.web.i18n import switch_language

    return switch_language(request)


@router.get("/about", response_class=HTMLResponse)
def about(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "about.html", {})


@router.get("/methodology", response_class=HTMLResponse)
def methodology(request: Request) -> HTMLResponse:
    from guwah.publish import SMALL_COUNT

    return templates.TemplateResponse(request, "methodology.html", {"small_count": SMALL_COUNT})


@router.get("/corrections", response_class=HTMLResponse)
def corrections(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "corrections.html", {
        "report_url": in_language(request, request.url_for("report_form").path),
        "contact": request.app.state.store.settings.public_contact})


@router.get("/figures", response_class=HTMLResponse)
def figures(request: Request, session: SessionDep) -> HTMLResponse:
    from guwah.publish import SMALL_COUNT, public_figures
    from guwah.web.i18n import label

    found = public_figures(session)
    code = language_code(request)
    # Codes in the reader's language (the bars stay keyed by the stable code).
    labels = {kind: {value: label(kind, value, code) for value in values}
              for kind, values in (("violation", found.violations_by_code), ("status", found.status),
                                   ("facility_type", found.detentions_by_facility_type),
                                   ("event", found.events_by_type))}
    # Prefectures in the reader's language (the bars stay keyed by the stable English name).
    prefectures = {name: local for name, place in found.prefecture_ids.items()
                   if (local := localized_place(place, code, name)) != name}
    return templates.TemplateResponse(request, "figures.html", {"figures": found, "small_count": SMALL_COUNT,
                                                                "code_labels": labels,
                                                                "prefecture_labels": prefectures})


PERSONS_SHOWN = 100  # entries on one page of the list


@router.get("/persons", response_class=HTMLResponse)
def person_list(request: Request, session: SessionDep, after: str = "0", page: str = "") -> HTMLResponse:
    """Every released person entry by public entry number, PERSONS_SHOWN a page: those numbered
    above `after` (its "Next" link), or page `page` of them (a typed or shared page number);
    anything but a number is the first page, never an error, as `page_number`. A page past the
    last says so and links the last page (as the search does): the registry browsed, for a reader
    who has no name to search for."""
    from guwah.publish import count_public_entries, public_entry_page, public_page_start

    count = count_public_entries(session)
    last = max(1, -(-count // PERSONS_SHOWN))
    after = int(after) if after.isdecimal() and int(after) <= MAX_ID else 0
    wanted = int(page) if page.isdecimal() and len(page) <= 9 else 1
    entries = []
    if after == 0 and wanted > last:
        past_end = last
    else:
        if after == 0 and wanted > 1:
            after = public_page_start(session, wanted, PERSONS_SHOWN)
        entries = public_entry_page(session, after, PERSONS_SHOWN)
        past_end = last if not entries and count else None
    following = entries[-1].id if len(entries) == PERSONS_SHOWN else None
    return templates.TemplateResponse(request, "persons.html", {
        "count": count, "after": after, "following": following, "past_end": past_end,
        "entry_lines": _entry_lines(request, entries, language_code(request))})


@router.get("/persons/{number}", response_class=HTMLResponse)
def person_page(request: Request, number: DocumentId, session: SessionDep) -> Response:
    from guwah.errors import ConsentRefused
    from guwah.publish import facility_names, names_for_reader, public_entry, public_successor, with_passages

    try:
        person = public_entry(session, number)
    except ConsentRefused:
        survivor = public_successor(session, number)
        if survivor is None:
            raise
        # A merged entry's page leads to the entry it was merged into (a family's bookmark). Never
        # kept by a browser: `guwah persons undo` or a split can part the two again.
        return Response(status_code=308, headers={"Location": in_language(
            request, request.url_for("person_page", number=survivor).path), "Cache-Control": "no-store"})
    person = with_passages(session, person)  # each source link goes to the passage, where it is public
    names = facility_names(session, [event["facility"] for event in person.timeline if event.get("facility")])
    return templates.TemplateResponse(request, "person.html", {
        "person": person, "facility_names": names, "names": names_for_reader(person.names, language_code(request))})


@router.get("/facilities", response_class=HTMLResponse)
def facility_list(request: Request, session: SessionDep) -> HTMLResponse:
    from guwah.publish import credited_datasets, facility_testimonies, public_facilities

    facilities = public_facilities(session)
    return templates.TemplateResponse(request, "facilities.html", {"facilities": facilities, "datasets": (
        credited_datasets(site["dataset"] for facility in facilities for site in facility.sites)),
        "testimonies": facility_testimonies(session)})


@router.get("/facilities/{number}", response_class=HTMLResponse)
def facility_page(request: Request, number: DocumentId, session: SessionDep) -> HTMLResponse:
    from guwah.publish import credited_datasets, facility_mentions, public_facility

    facility = public_facility(session, number)
    return templates.TemplateResponse(request, "facility.html", {
        "facility": facility, "mentions": facility_mentions(session, number),
        "datasets": credited_datasets(site["dataset"] for site in facility.sites)})


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, session: SessionDep) -> HTMLResponse:
    from guwah.publish import public_map

    built = public_map(session)
    return templates.TemplateResponse(request, "map.html", {"map": built, "datasets": {
        credit["dataset"]: credit for credit in built["credit"]}})


@router.get("/open-data", response_class=HTMLResponse)
def open_data(request: Request) -> HTMLResponse:
    from guwah.export import opendata

    store = request.app.state.store
    built = opendata.cached_open_data(store, store.settings.open_data_licence)
    return templates.TemplateResponse(request, "open_data.html", {
        "dictionary": opendata.DICTIONARY, "licence": built.licence, "version": built.version,
        "files": built.files, "datasets": built.datasets,
        "not_given": opendata.LICENCE_NOT_GIVEN, "not_shown": opendata.LICENCE_NOT_SHOWN})


@router.get("/open-data/datapackage.json")
def open_data_package(request: Request) -> JSONResponse:
    """The open data tables as a Frictionless Data Package descriptor (datapackage.json)."""
    from guwah.export.opendata import cached_open_data, datapackage

    store = request.app.state.store
    return JSONResponse(datapackage(cached_open_data(store, store.settings.open_data_licence)))


@router.get("/open-data/{name}.csv")
def open_data_csv(request: Request, name: OpenDataName) -> Response:
    """One open data table as CSV; the persons table streams, a page of entries at a time."""
    from guwah.export.opendata import open_data_csv_chunks

    store = request.app.state.store
    chunks = open_data_csv_chunks(store, name, store.settings.open_data_licence)
    headers = {"Content-Disposition": f'attachment; filename="guwah-{name}.csv"'}
    if name == "persons":
        return StreamingResponse(chunks, media_type="text/csv; charset=utf-8", headers=headers)
    return Response("".join(chunks), media_type="text/csv; charset=utf-8", headers=headers)
