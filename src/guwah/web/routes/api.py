"""JSON API: public documents, persons, facilities and open data for anyone, the workspace for users (cookie or API token).

Lists come as `{"data": [...], "count": n}`. A record the caller may not see answers 404, the
same as one that does not exist. Gazetteer places keep their stable id and English name; where a
response names places, `language` says which language (`?lang=`, the cookie, then Accept-Language,
as for pages) the added `local_name` / `local_place` fields are written in.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request, Response

from guwah.errors import ConsentRefused, NotFound, Text
from guwah.publish import MAX_ENTRY_PAGE, public_document, public_documents
from guwah.web.auth import MayRead, SessionDep
from guwah.web.deps import MAX_ID, MAX_QUERY_CHARS, QUERY_TOO_LONG, DocumentId, SearchParams, page_number
from guwah.web.i18n import facet_label, format_count, language_code, localize, localized_place
from guwah.web.labels import CODED_FACETS
from guwah.web.routes.workspace import workspace_document, workspace_documents

router = APIRouter(prefix="/api")


def _envelope(items: list[dict]) -> dict:
    return {"data": items, "count": len(items)}


def _facility(facility, code: str) -> dict:
    """A public facility with each site's place also in language `code` (`local_place`)."""
    data = asdict(facility)
    for site in data["sites"]:
        site["local_place"] = localized_place(site["gazetteer_id"], code, site["place"]) or None
    return data


@router.get("/documents")
def api_documents(session: SessionDep) -> dict:
    """Every public document, without its text."""
    return _envelope([{k: v for k, v in asdict(doc).items() if k != "text"} for doc in public_documents(session)])


@router.get("/documents/{document_id}")
def api_document(session: SessionDep, document_id: DocumentId) -> dict:
    """One public document with its text; 404 for anything not public."""
    try:
        return asdict(public_document(session, document_id))
    except ConsentRefused:
        raise HTTPException(404, "Not found.") from None


@router.get("/search")
def api_search(request: Request, session: SessionDep, search: SearchParams) -> dict:
    """Released person entries (any spelling or script; a page of 20, facet values narrowing them)
    with facet counts over all of them; on the first page, apart, entries whose name is the query's
    with its parts in another order (`persons_other_order`: with patronymic names perhaps a father
    or a son); released testimonies with every word, public facilities and gazetteer places the
    query names. The same query string as the /search page."""
    from guwah.publish import search_public

    code = language_code(request)
    if len(search.q) > MAX_QUERY_CHARS:  # as the page refuses it (`guwah.web.routes.public.query_too_long`)
        raise HTTPException(414, localize(Text.counted(QUERY_TOO_LONG, MAX_QUERY_CHARS, {"count": MAX_QUERY_CHARS}), code))
    found = search_public(session, search.q, search.filters(), page_number(search.page))

    def facet_value(facet: str, v) -> dict:
        value = {"value": v.value, "label": v.label, "count": v.count}
        if facet in ("county", "prefecture") or facet in CODED_FACETS:  # as the /search page shows it
            value["local_label"] = facet_label(facet, v.value, v.label, code)
        return value

    return {"query": found.query, "spellings": found.spellings, "filters": found.filters, "language": code,
            "persons": {"data": [asdict(p) for p in found.persons], "count": found.count,
                        "page": found.page, "pages": found.pages},
            "persons_other_order": {"data": [asdict(p) for p in found.other_order],
                                    "count": found.other_order_count},
            "facets": {facet: [facet_value(facet, v) for v in values] for facet, values in found.facets.items()},
            "documents": _envelope([{k: v for k, v in asdict(d).items() if k != "text"} for d in found.documents]),
            "facilities": _envelope([_facility(f, code) for f in found.facilities]),
            "places": _envelope([{**asdict(p), "local_name": localized_place(p.id, code, p.name)}
                                 for p in found.places])}


@router.get("/persons")
def api_persons(session: SessionDep, after: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
                limit: Annotated[int, Query(ge=1, le=MAX_ENTRY_PAGE)] = 100) -> dict:
    """Released person entries by public entry number, a page at a time: those numbered above
    `after`, at most `limit` (1–1000). `count` is the number of all of them; `next` is the
    address of the following page (null on the last)."""
    from guwah.publish import count_public_entries, public_entry_page

    entries = public_entry_page(session, after, limit)
    following = f"/api/persons?after={entries[-1].id}&limit={limit}" if len(entries) == limit else None
    return {"data": [asdict(entry) for entry in entries], "count": count_public_entries(session), "next": following}


@router.get("/persons/{number}")
def api_person(request: Request, session: SessionDep, number: DocumentId):
    """One released person entry, each fact (and the status) with its "passages": [{"source",
    "start", "end", "href"}], characters of the source's published text (`with_passages`); a 308 to
    the entry it was merged into, when that one is public; 404 for anything else."""
    from guwah.publish import public_entry, public_successor, with_passages

    try:
        # each fact's "passages": where its public sources state it (the person page's links)
        return asdict(with_passages(session, public_entry(session, number)))
    except ConsentRefused:
        survivor = public_successor(session, number)
        if survivor is None:
            raise HTTPException(404, "Not found.") from None
        # no-store: an undo or a split can part the two again (as /persons/N)
        return Response(status_code=308, headers={"Location": request.url_for("api_person", number=survivor).path,
                                                  "Cache-Control": "no-store"})


@router.get("/facilities")
def api_facilities(request: Request, session: SessionDep) -> dict:
    """Every facility from a public dataset (names, type, place, coordinates, dataset ids)."""
    from guwah.publish import public_facilities

    code = language_code(request)
    return {**_envelope([_facility(facility, code) for facility in public_facilities(session)]), "language": code}


@router.get("/facilities/{number}")
def api_facility(request: Request, session: SessionDep, number: DocumentId) -> dict:
    """One public-dataset facility; 404 for anything else."""
    from guwah.publish import public_facility

    try:
        code = language_code(request)
        return {**_facility(public_facility(session, number), code), "language": code}
    except ConsentRefused:
        raise HTTPException(404, "Not found.") from None


@router.get("/map")
def api_map(request: Request, session: SessionDep) -> dict:
    """The public map as GeoJSON: public facilities, and released entries counted by hometown
    (county, else prefecture; small counts suppressed). See `guwah.publish.public_map`; each
    hometown also has `local_name` and `count_label` (its count as the page says it) and each
    facility `local_place` and `type_label`, in `language`."""
    from guwah.publish import public_map
    from guwah.web.i18n import label

    code = language_code(request)
    found = public_map(session)
    for feature in found["features"]:
        props = feature["properties"]
        if props["kind"] == "hometown":
            props["local_name"] = localized_place(props["gazetteer_id"], code, props["name"])
            props["count_label"] = format_count(props["count"], code)
        else:
            props["local_place"] = localized_place(props.get("gazetteer_id"), code, props["place"]) or None
            props["type_label"] = label("facility_type", props["type"], code)
    return {**found, "language": code}


@router.get("/figures")
def api_figures(session: SessionDep) -> dict:
    """Counts over released material, small counts suppressed (see `guwah.publish.public_figures`)."""
    from guwah.publish import SMALL_COUNT, public_figures

    return {**asdict(public_figures(session)), "small_count": SMALL_COUNT}


@router.get("/open-data")
def api_open_data(request: Request) -> dict:
    """The open data's dictionary, licence and version date; what each file holds (rows, counts,
    bytes, SHA-256); the credit of the facility datasets with rows in it."""
    from guwah.export import opendata

    store = request.app.state.store
    built = opendata.cached_open_data(store, store.settings.open_data_licence)
    return {"version": built.version, "licence": built.licence,
            "tables": {name: {"csv": f"/open-data/{name}.csv", "columns": dict(columns),
                              "rows": built.files[name].rows, "counts": built.files[name].counts,
                              "bytes": built.files[name].bytes, "sha256": built.files[name].sha256}
                       for name, columns in opendata.DICTIONARY.items()},
            "licence_not_given": opendata.LICENCE_NOT_GIVEN, "licence_not_shown": opendata.LICENCE_NOT_SHOWN,
            "facility_datasets": built.datasets}


@router.get("/workspace/documents")
def api_workspace_documents(request: Request, session: SessionDep, auth: MayRead) -> dict:
    """Every document with its consent level (audited)."""
    rows = workspace_documents(request.app.state.store, session, auth.user.username)
    return _envelope([asdict(row) for row in rows])


@router.get("/workspace/documents/{document_id}")
def api_workspace_document(request: Request, session: SessionDep, auth: MayRead, document_id: DocumentId) -> dict:
    """One document in full, whatever its consent (audited)."""
    try:
        return asdict(workspace_document(request.app.state.store, session, document_id, auth.user.username))
    except NotFound:
        raise HTTPException(404, "Not found.") from None
