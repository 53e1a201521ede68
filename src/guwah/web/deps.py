"""Typed dependencies shared by the routes."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Annotated
from urllib.parse import quote_plus

from fastapi import Depends, Path, Query, Request
from pydantic import BaseModel, BeforeValidator
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from guwah.domain import MAX_ID
from guwah.errors import N_plural


async def _session(request: Request) -> AsyncIterator[Session]:
    # Opening a session connects to nothing (its first statement does, in the endpoint's thread),
    # so it is opened here on the event loop rather than through a hop to the thread pool. Its end
    # commits: where that writes (a write may wait on the disk, the audit chain's head is a file)
    # it runs in the thread pool; a session that only read (a public page) ends here.
    opened = request.app.state.store.session()
    session = opened.__enter__()
    try:
        yield session
    except BaseException as error:
        if not await run_in_threadpool(opened.__exit__, type(error), error, error.__traceback__):
            raise
    else:
        if only_read(session):
            opened.__exit__(None, None, None)
        else:
            await run_in_threadpool(opened.__exit__, None, None, None)


def only_read(session: Session) -> bool:
    """Whether committing `session` writes nothing and so cannot wait on the disk: a SQLite
    session with no change pending, no audit entry to record and no write transaction open (the
    driver opens one only before a statement that writes). False on other databases (their
    driver keeps a transaction open after a read)."""
    if session.new or session.dirty or session.deleted or "audit_head" in session.info:
        return False
    if session.get_bind().dialect.name != "sqlite":
        return False
    return not session.connection().connection.dbapi_connection.in_transaction


# Committed before the response goes out, so that the next request (a redirect after login,
# say) sees what this one wrote.
SessionDep = Annotated[Session, Depends(_session, scope="function")]


# Ids the databases can hold (64-bit); anything outside names no record. A path that fails this
# check answers 404 like any unknown record (see create_app), never a server error.
DocumentId = Annotated[int, Path(ge=0, le=MAX_ID)]


def _as_typed(kind: str) -> Callable[[object], object]:
    """A path value read as the command line reads that kind of id ("7" or "E-7", "12" or "M-12":
    `guwah.registry.person_number`, `mention_id`), so that an address typed from the label a page
    prints opens it; anything else fails validation, the 404 of an unknown id."""
    def read(value: object) -> object:
        from guwah import registry
        from guwah.errors import InputError

        try:
            return getattr(registry, kind)(value) if isinstance(value, str) else value
        except InputError as error:
            raise ValueError(kind) from error
    return read


EntryNumber = Annotated[int, BeforeValidator(_as_typed("person_number")), Path(ge=0, le=MAX_ID)]
MentionId = Annotated[int, BeforeValidator(_as_typed("mention_id")), Path(ge=0, le=MAX_ID)]


# The longest search the /search page and the API take, in characters (the search reads the first
# `guwah.publish.MAX_QUERY`): a longer one (a pasted text) is refused with a page that says so in the
# reader's language and does not echo it (the search boxes take no more: their maxlength). A server
# refuses an address longer than 64 KB itself, before the app sees it (uvicorn's "400 Invalid HTTP
# request"), so a page can say this only up to there.
MAX_QUERY_CHARS = 1000
QUERY_TOO_LONG = N_plural("This search is too long: a search may hold at most %(count)s character. Shorten it "
                          "and search again.",
                          "This search is too long: a search may hold at most %(count)s characters. Shorten it and "
                          "search again.")


def page_number(raw: str) -> int:
    """A page number from the query string: anything but a positive number is page 1, never an error."""
    raw = raw.strip()
    return max(1, min(int(raw), 500)) if raw.isdecimal() and len(raw) <= 6 else 1


def search_url(query: str, filters: dict[str, str], **change) -> str:
    """The shareable address of a search: its query and facet values in the query string.

    `change` sets a facet (or `page`) to a value, or drops it when the value is None.
    """
    return search_urls()(query, filters, **change)


def search_urls(language: str | None = None) -> Callable[..., str]:
    """`search_url` for one page: each key and value is quoted once for all its links (a results
    page links tens of facet values, each with the same query and filters), and forgotten with the
    page. Gives exactly `urlencode`'s text, with `lang=language` last where a reader chose one
    (`guwah.web.i18n.kept_language`); its `varying(query, filters, key)` gives that of one key's
    many values."""
    from guwah.web.i18n import LANGUAGE_PARAMETER

    quoted: dict[str, str] = {}
    last = [f"{LANGUAGE_PARAMETER}={quote_plus(language)}"] if language else []

    def quote(text) -> str:
        text = str(text)
        found = quoted.get(text)
        if found is None:
            found = quoted[text] = quote_plus(text)
        return found

    def url(query: str, filters: dict[str, str], **change) -> str:
        params = {"q": query, **filters, **change}
        return "/search?" + "&".join([*(f"{quote(k)}={quote(v)}" for k, v in params.items() if v not in (None, "")),
                                      *last])

    def varying(query: str, filters: dict[str, str], key: str) -> Callable[[str | None], str]:
        """`url(query, filters, **{key: value})` for many values of one key (a facet's values in
        the Refine column): the parameters before and after it are joined once."""
        params = {"q": query, **filters, key: None}
        at = list(params).index(key)
        head, tail = (["&".join(f"{quote(k)}={quote(v)}" for k, v in part if v not in (None, ""))
                       for part in (list(params.items())[:at], list(params.items())[at + 1:])])
        tail = "&".join([*([tail] if tail else []), *last])
        name = quote(key)

        def link(value: str | None) -> str:
            parts = [head] if head else []
            if value not in (None, ""):
                parts.append(f"{name}={quote(value)}")
            if tail:
                parts.append(tail)
            return "/search?" + "&".join(parts)

        return link

    url.varying = varying
    return url


class SearchQuery(BaseModel):
    """A public search as its query string carries it: what was typed, a page, and facet values."""

    q: str = ""
    page: str = "1"
    gender: str = ""
    ethnicity: str = ""
    status: str = ""
    prefecture: str = ""
    county: str = ""
    facility: str = ""
    violation: str = ""
    year: str = ""

    def filters(self) -> dict[str, str]:
        return self.model_dump(exclude={"q", "page"})


SearchParams = Annotated[SearchQuery, Query()]
_SEARCH_FIELDS = tuple(SearchQuery.model_fields)


def page_search(request: Request) -> SearchQuery:
    """The /search page's `SearchQuery`, read from the query string as `SearchParams` reads the
    API's (a field's last value, a missing one its default; every field is a string, so nothing can
    fail) without FastAPI's per-request model validation (~0.1 ms a search; the page is not in the
    public API's schema, which keeps `SearchParams`)."""
    params = request.query_params
    return SearchQuery.model_construct(**{name: value for name in _SEARCH_FIELDS
                                          if (value := params.get(name)) is not None})
