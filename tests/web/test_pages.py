"""Public pages show what consent allows and nothing more, with every value escaped."""

import re
from datetime import date, timedelta
from html import unescape

import pytest
from fastapi.testclient import TestClient

from guwah.ingest import ingest_file
from guwah.web import create_app
from tests.releasing import mark_read, release_document
from tests.web.conftest import add_demo


@pytest.fixture
def client(store):
    return TestClient(create_app(store))


def add(store, tmp_path, name, text, sidecar):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (tmp_path / (path.stem + ".meta.yaml")).write_text(sidecar, encoding="utf-8")
    document_id = ingest_file(store, path).document_id
    if "consent: public" in sidecar:  # consent is not enough: a reviewer releases it
        mark_read(store, document_id)  # the people in these texts are not what the tests are about
        release_document(store, document_id)
    return document_id


def test_list_shows_public_documents_only(store, client, tmp_path):
    public = add(store, tmp_path, "a.txt", "Public account from Turpan.", "consent: public\ntitle: Public account\n")
    add(store, tmp_path, "b.txt", "Secret-canary-7781 account.", "consent: confidential\ntitle: Secret-canary-7781\n")
    add(store, tmp_path, "c.txt", "Pseudo-canary-5512 account.", "consent: pseudonymous\ntitle: Pseudo-canary-5512\n")
    page = client.get("/")
    assert page.status_code == 200
    assert "Public account" in page.text
    assert f'href="http://testserver/documents/{public}"' in page.text
    assert "canary" not in page.text


def test_non_public_documents_answer_not_found(store, client, tmp_path):
    confidential = add(store, tmp_path, "b.txt", "Secret-canary-7781 account.", "consent: confidential\n")
    pseudonymous = add(store, tmp_path, "c.txt", "Pseudo-canary-5512 account.", "consent: pseudonymous\n")
    for document_id in (confidential, pseudonymous, 9999):
        page = client.get(f"/documents/{document_id}")
        assert page.status_code == 404
        assert "canary" not in page.text


def test_embargo_hides_a_public_document_until_its_date(store, client, tmp_path):
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    document_id = add(store, tmp_path, "e.txt", "Embargoed-canary account.",
                      f"consent: public\nembargo_until: {tomorrow}\n")
    assert client.get(f"/documents/{document_id}").status_code == 404
    assert "Embargoed-canary" not in client.get("/").text


def test_document_page_shows_text_and_provenance(store, client, tmp_path):
    document_id = add(store, tmp_path, "a.txt", "My cousin was held in Hotan for a year.",
                      "consent: public\ntitle: A cousin in Hotan\npublisher: Example Group\nlicence: CC BY 4.0\n")
    page = client.get(f"/documents/{document_id}")
    assert page.status_code == 200
    for expected in ("My cousin was held in Hotan for a year.", "A cousin in Hotan", "Example Group", "CC BY 4.0"):
        assert expected in page.text
    assert page.headers["content-security-policy"].startswith("default-src 'self'")


XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_markup_in_text_and_metadata_is_escaped(store, client, tmp_path):
    sidecar = f"consent: public\ntitle: '{XSS}'\npublisher: '{XSS}'\nurl: 'javascript:{XSS}'\nlicence: '{XSS}'\n"
    document_id = add(store, tmp_path, "x.txt", f"Text with {XSS} inside.", sidecar)
    for url in ("/", f"/documents/{document_id}"):
        page = client.get(url)
        assert "<script>alert" not in page.text
        assert "<img src=x" not in page.text
        assert "&lt;script&gt;" in page.text


@pytest.fixture(scope="module")
def demo_store(shared_store):
    """The demo archive (`guwah demo`'s testimonies and releases), one for the module's tests
    that only read it."""
    add_demo(shared_store)
    return shared_store


def test_every_asset_is_served_by_the_app(demo_store):
    client = TestClient(create_app(demo_store))
    page = client.get("/")
    assert "http" not in page.text.replace("http://testserver", "")
    assert client.get("/static/guwah.css").status_code == 200
    assert client.get("/about").status_code == 200


def test_unknown_paths_answer_a_page_in_the_sites_style(client):
    page = client.get("/no/such/page")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "Not found." in page.text and "<nav" in page.text
    api = client.get("/api/no-such-thing")
    assert api.status_code == 404 and api.json() == {"detail": "Not Found"}


def test_openapi_lists_every_public_api_route_and_no_workspace_or_account_route(tmp_path):
    """/openapi.json is the public API's schema: every public /api route and the open data, nothing else."""
    from guwah.storage import Store
    from guwah.web import create_app, is_public_api
    from tests.conftest import make_settings
    from tests.web.routes import flat_routes

    store = Store(make_settings(tmp_path / "data"))
    try:
        app = create_app(store)
        schema = TestClient(app).get("/openapi.json").json()
    finally:
        store.close()
    paths = set(schema["paths"])
    api_routes = {route.path for route in flat_routes(app) if getattr(route, "path", "").startswith("/api/")}
    public = {path for path in api_routes if not path.startswith("/api/workspace")}
    assert public and public <= paths
    assert "/api/search" in paths and "/open-data/{name}.csv" in paths
    for path in paths:
        assert is_public_api(path)
        assert not any(word in path for word in ("workspace", "account", "admin", "login", "logout", "totp"))
    assert any(p.startswith("/api/workspace") for p in api_routes)  # they exist, and are left out
    search = {p["name"] for p in schema["paths"]["/api/search"]["get"]["parameters"]}
    assert {"q", "page", "gender", "ethnicity", "status", "prefecture", "county", "facility", "violation",
            "year"} <= search


def test_page_links_equal_starlettes_url_for_for_every_route_and_base(store):
    """The template's `url_for` keeps links per app (whole, or a route and its prefix): each one, on
    a first and a kept call, under two hosts and a root path, is exactly Starlette's own."""
    from starlette.requests import Request
    from starlette.routing import Route

    from guwah.web import _flat_routes
    from guwah.web.i18n import url_for

    app = create_app(store)
    calls = []
    for found in _flat_routes(app):
        route = getattr(found, "original_route", found)
        if isinstance(route, Route) and route.methods and "GET" in route.methods:
            for value in (1, 42, 9_000_001):
                calls.append((route.name, {key: value for key in route.param_convertors}))
    assert {"person_page", "document_page", "facility_page"} <= {name for name, _ in calls}
    calls.append(("static", {"path": "guwah.css"}))
    calls.append(("static", {"path": "fonts/a b.woff2"}))
    for host, root in ((b"example.org", ""), (b"127.0.0.1:8000", "/guwah")):
        scope = {"type": "http", "app": app, "router": app.router, "scheme": "http", "root_path": root,
                 "path": "/", "query_string": b"", "headers": [(b"host", host)], "server": ("x", 80)}
        request = Request(scope)
        context = {"request": request}
        for _ in range(2):  # the second time from what the first kept
            for name, params in calls:
                assert url_for(context, name, **params) == str(request.url_for(name, **params))


def test_search_links_are_urlencodes_text():
    """A results page's links (`search_urls`, each key and value quoted once per page) are exactly
    what `urlencode` gives, for any script, reserved characters, numbers and dropped values, with a
    reader's chosen language last."""
    from urllib.parse import urlencode

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from guwah.web.deps import search_urls

    text = st.text(max_size=12)

    @settings(max_examples=300, deadline=None)
    @given(text, st.dictionaries(st.sampled_from(["gender", "county", "year", "facility"]), text, max_size=4),
           st.dictionaries(st.sampled_from(["gender", "page", "status"]),
                           st.one_of(st.none(), text, st.integers(0, 600)), max_size=3),
           st.sampled_from([None, "ug", "kk"]))
    def check(query, filters, change, language):
        links = search_urls(language)
        for _ in range(2):  # the second time from what the first quoted
            params = {"q": query, **filters, **change}
            kept = [(k, v) for k, v in params.items() if v not in (None, "")] + ([("lang", language)] if language else [])
            expected = "/search?" + urlencode(kept)
            assert links(query, filters, **change) == expected

    check()


def test_search_links_of_one_facet_are_the_same_links():
    """The Refine column's links (`search_urls().varying`: the parameters around one facet joined
    once) are exactly the page's other links for every value of it, set, dropped or empty."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from guwah.web.deps import search_urls

    text = st.text(max_size=12)
    facets = ["gender", "county", "year", "facility"]

    @settings(max_examples=300, deadline=None)
    @given(text, st.dictionaries(st.sampled_from(facets), text, max_size=4), st.sampled_from(facets),
           st.lists(st.one_of(st.none(), text), max_size=4), st.sampled_from([None, "ug"]))
    def check(query, filters, facet, values, language):
        links = search_urls(language)
        link = links.varying(query, filters, facet)
        for value in values:
            assert link(value) == search_urls(language)(query, filters, **{facet: value})

    check()


def test_page_search_reads_the_query_string_as_the_api_does():
    """The /search page reads its query string itself (`page_search`, no model validation per
    request): for any query string (repeated, missing, empty, unknown keys, any script) it gets the
    `SearchQuery` that FastAPI's `SearchParams` gives the API."""
    from urllib.parse import urlencode

    from fastapi import FastAPI, Request
    from fastapi.testclient import TestClient
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from guwah.web.deps import SearchParams, page_search

    app = FastAPI()

    @app.get("/api")
    def api(search: SearchParams) -> dict:
        return search.model_dump()

    @app.get("/page")
    def page(request: Request) -> dict:
        return page_search(request).model_dump()

    client = TestClient(app)
    keys = st.sampled_from(["q", "page", "gender", "county", "year", "facility", "lang", "other"])

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.tuples(keys, st.text(max_size=8)), max_size=6))
    def check(pairs):
        query = urlencode(pairs)
        expected = client.get(f"/api?{query}")
        assert expected.status_code == 200
        assert client.get(f"/page?{query}").json() == expected.json()

    check()


def test_only_read_tells_a_reading_session_from_a_writing_one(store):
    """A session ends on the event loop only where its commit writes nothing (`only_read`): after
    reads, yes; after a write statement, a pending row or an audit entry, no."""
    from sqlalchemy import func, select, text

    from guwah.storage.tables import AuditEntry, Release
    from guwah.web.deps import only_read

    with store.session() as session:
        session.execute(select(func.count()).select_from(Release))
        assert only_read(session) == (session.get_bind().dialect.name == "sqlite")
    with store.session() as session:
        session.execute(text("UPDATE public_search_version SET version = version WHERE id = 1"))
        assert not only_read(session)
    with store.session() as session:
        session.add(Release(subject_type="entry", subject_id=1, state="proposed"))
        assert not only_read(session)
        session.rollback()
    with store.session() as session:
        store.audit(session, "tester", "test.read")
        assert not only_read(session)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 1  # the audit was committed


def test_search_page_session_ends_so_later_releases_are_found(store, client, tmp_path):
    """The /search page's reading session ends before its page is made (a plain route opening and
    ending it itself): that leaves no transaction open on the pooled connection, so a release made
    after one search is found by the next."""
    assert "Turpan account" not in client.get("/search", params={"q": "Turpan canary"}).text
    add(store, tmp_path, "a.txt", "Testimony about a Turpan canary.", "consent: public\ntitle: Turpan account\n")
    page = client.get("/search", params={"q": "Turpan canary"})
    assert page.status_code == 200
    assert "Turpan account" in page.text


def test_search_page_lines_made_in_python_are_what_the_template_made(store):
    """The Refine column's items and the entries' lines are HTML made in Python: for values with
    markup in them they are byte for byte what the template's loops made, every value escaped."""
    from fastapi import FastAPI
    from starlette.requests import Request

    from guwah.publish import FacetValue, PublicEntry, PublicSearch
    from guwah.web import templates
    from guwah.web.deps import search_urls
    from guwah.web.i18n import facet_label, format_date
    from guwah.web.routes.public import _entry_lines, _facet_lists, router

    app = FastAPI()
    app.include_router(router)
    request = Request({"type": "http", "method": "GET", "scheme": "http", "path": "/search", "root_path": "",
                       "query_string": b"", "headers": [(b"host", b"testserver")], "server": ("testserver", 80),
                       "app": app, "router": app.router})
    persons = [PublicEntry(7, [{"name": XSS}, {"name": "Gulbahar & <Jamilova>"}], {"status": XSS, "date": None},
                           [], [], []),
               PublicEntry(12, [{"name": "Memet"}], {"status": "detained", "date": "2018-03-01"}, [], [], [])]
    facets = {"gender": [FacetValue("female", XSS, 3, True), FacetValue("male", "male", 1, False)],
              "facility": [FacetValue(XSS, XSS, 2, False)]}
    found = PublicSearch(XSS, [XSS], persons, [], count=2, filters={"gender": "female"}, facets=facets)
    url = search_urls()
    old_facets = templates.env.from_string(
        '{% for facet, values in facet_lists %}{{ facet }}|{% for href, shown, count, selected in values %}<li>'
        '{% if selected %}<a href="{{ href }}" aria-current="true"><strong dir="auto">{{ shown }}</strong></a>'
        '{% else %}<a href="{{ href }}" dir="auto">{{ shown }}</a>{% endif %} <span class="count">{{ count }}</span>'
        '</li>{% endfor %}{% endfor %}')
    old_lists = [(facet, [(url.varying(found.query, found.filters, facet)(None if v.selected else v.value),
                           facet_label(facet, v.value, v.label, "en"), v.count, v.selected) for v in values])
                 for facet, values in facets.items()]
    made = "".join(f"{facet}|{items}" for facet, items in _facet_lists(found, "en", url))
    assert made == old_facets.render(facet_lists=old_lists)
    assert "<script>" not in made and "&lt;script&gt;" in made
    old_entries = templates.env.from_string(
        '{% for href, entry, names, status in entry_lines %}<li><a href="{{ href }}">{{ entry }}\n'
        '  {{ names }}</a>\n  — {{ status }}</li>{% endfor %}')
    from markupsafe import Markup, escape
    lines = [(f"http://testserver/persons/{p.id}", Markup("Entry %(number)s:") % {"number": p.id},
              Markup(" = ".join(f'<span dir="auto">{escape(n["name"])}</span>' for n in p.names)),
              {7: XSS, 12: f"detained ({format_date('2018-03-01', 'en')})"}[p.id]) for p in persons]
    made = str(_entry_lines(request, found.persons, "en"))
    assert made == old_entries.render(entry_lines=lines)
    assert "<script>" not in made and "&lt;script&gt;" in made


def test_site_header_kept_for_anonymous_readers_is_never_a_logged_in_one(store):
    """The header of a reader not logged in is made once per language and address and kept
    (`guwah.web.i18n.site_nav`): a logged-in reader's name and "Log out" never reach it, nor it a
    logged-in reader's page; another language, a chosen language kept in the links, or Host gets its own."""
    from dataclasses import replace

    from guwah.web.i18n import SITE_NAVS_KEPT
    from tests.accounts.factories import client_as, fast_hashing, make_user

    # Only configured host names are answered (tests/web/test_hosts.py): these are.
    store.settings = replace(store.settings, public_hosts=("testserver", "*.example"))
    app = create_app(store)
    with fast_hashing():
        user = make_user(store, "header-canary-4417")
    anonymous, _ = client_as(app, store, None)
    logged_in, _ = client_as(app, store, user)
    for _ in range(2):  # the second round reads what the first kept
        page = anonymous.get("/search", params={"q": "Memet"}).text
        assert "header-canary-4417" not in page and "Log out" not in page
        assert '<a href="http://testserver/login">Log in</a>' in page
        mine = logged_in.get("/search", params={"q": "Memet"}).text
        assert "header-canary-4417" in mine and "Log out" in mine and "/login\">Log in" not in mine
    # A chosen language stays in the links; the same language from Accept-Language alone does not.
    assert 'href="http://testserver/search?lang=ru">Поиск</a>' in anonymous.get("/about", params={"lang": "ru"}).text
    anonymous.cookies.clear()
    assert 'href="http://testserver/search">Поиск</a>' in anonymous.get("/about", headers={"Accept-Language": "ru"}).text
    assert 'href="http://testserver/search">Search</a>' in anonymous.get("/about").text
    other = anonymous.get("/about", headers={"host": "archive.example"}).text
    assert 'href="http://archive.example/search">Search</a>' in other and "testserver" not in other
    for n in range(SITE_NAVS_KEPT + 5):  # any number of Host names: the keep stays bounded
        assert anonymous.get("/about", headers={"host": f"h{n}.example"}).status_code == 200
    assert len(app.state.site_navs) <= SITE_NAVS_KEPT


def test_search_page_is_a_plain_route_that_answers_as_before(store, client):
    """/search runs outside FastAPI's dependency machinery (`PLAIN_ROUTES`) and still answers
    GET only (POST gets the 405 page, as FastAPI's routes do; HEAD is GET without the body, as on
    every route), with the security headers, and its link is found by name."""
    from guwah.web.routes.public import PLAIN_ROUTES

    assert [route.path for route in PLAIN_ROUTES] == ["/search"]
    page = client.get("/search", params={"q": "Memet"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    assert 'action="http://testserver/search"' in page.text
    assert client.request("POST", "/search").status_code == 405
    head = client.head("/search", params={"q": "Memet"})
    assert head.status_code == 200 and head.content == b"" and head.headers["content-length"] == \
        page.headers["content-length"]


def test_static_files_come_compressed_and_pages_do_not(client):
    """The map sent a phone 1.2 MB uncompressed (country outlines 756 KB, Leaflet 148 KB). Pages
    stay uncompressed: one may hold a form token beside what the reader typed (BREACH)."""
    outlines = client.get("/static/vendor/world-atlas/countries-50m.json", headers={"Accept-Encoding": "gzip"})
    assert outlines.headers["content-encoding"] == "gzip" and outlines.num_bytes_downloaded < 300_000
    assert outlines.json()["type"] == "Topology"
    plain = client.get("/static/vendor/world-atlas/countries-50m.json", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers and plain.content == outlines.content
    for path in ("/report", "/search?q=Memet"):
        assert "content-encoding" not in client.get(path, headers={"Accept-Encoding": "gzip"}).headers


def test_an_unexpected_error_answers_a_page_in_the_sites_style(store, monkeypatch):
    """A crash answered the plain text "Internal Server Error", in English, without the site."""
    from guwah.web.routes import api, public

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(public, "public_documents", broken)
    monkeypatch.setattr(api, "public_documents", broken)
    client = TestClient(create_app(store), raise_server_exceptions=False)
    page = client.get("/?lang=ru")
    assert page.status_code == 500 and page.headers["content-type"].startswith("text/html")
    assert '<html lang="ru"' in page.text and "Попробуйте ещё раз позже" in page.text and "a bug" not in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    api = client.get("/api/documents")
    assert api.status_code == 500 and api.json() == {"detail": "Internal Server Error"}


def test_the_corrections_page_gives_a_way_to_reach_the_group(store, tmp_path):
    """It said "write … at the contact address it publishes", and the site published none."""
    from dataclasses import replace

    page = TestClient(create_app(store)).get("/corrections?lang=ru").text
    assert "контактный адрес" in page and 'href="/report?lang=ru"' in page  # the chosen language kept
    store.settings = replace(store.settings, public_contact="corrections@example.org <b>")
    page = TestClient(create_app(store)).get("/corrections").text
    assert '<bdi class="contact">corrections@example.org &lt;b&gt;</bdi>' in page
    assert "publishes no contact address" not in page
    from guwah.config import load_settings
    from guwah.errors import InputError

    assert load_settings({"GUWAH_DATA_DIR": str(tmp_path), "GUWAH_PUBLIC_CONTACT": " a@example.org "}).public_contact \
        == "a@example.org"
    assert load_settings({"GUWAH_DATA_DIR": str(tmp_path)}).public_contact is None
    with pytest.raises(InputError, match="GUWAH_PUBLIC_CONTACT"):
        load_settings({"GUWAH_DATA_DIR": str(tmp_path), "GUWAH_PUBLIC_CONTACT": "a@example.org\u202e"})


def test_head_answers_as_get_without_a_body_on_every_get_route(demo_store):
    """HEAD answered 405 on every page (issue 12): a link checker or a cache asking whether a page
    exists was told it did not. Now every GET route answers HEAD with GET's status and headers,
    and no body."""
    import re

    from tests.web.routes import flat_routes

    client = TestClient(create_app(demo_store), follow_redirects=False)
    paths = ["/static/guwah.css", "/about?lang=ug", "/search?q=Gulbahar", "/no-such-page"]
    for route in flat_routes(client.app):
        if "GET" in (getattr(route, "methods", None) or ()):
            paths.append(re.sub(r"\{[^}]+\}", lambda m: "persons" if m.group(0) == "{name}" else "1", route.path))
    assert len(paths) > 30
    for path in paths:
        got, head = client.get(path), client.head(path)
        assert head.status_code == got.status_code, path
        assert head.content == b"", path
        for header in ("content-type", "content-length", "location", "content-language", "vary"):
            assert head.headers.get(header) == got.headers.get(header), (path, header)
    # With the language cookie, a bare page address moves to the one naming the language, as GET does.
    client.cookies.set("guwah_lang", "ug")
    assert client.head("/about").status_code == client.get("/about").status_code == 303


def test_a_testimonys_line_in_the_list_never_starts_with_a_separator(store, client, tmp_path):
    """A testimony without a publisher (a pseudonymous one shows none) was listed as "· fr"."""
    import re

    add(store, tmp_path, "a.txt", "An account from Aksu.", "consent: public\ntitle: No publisher\nlanguage: fr\n")
    add(store, tmp_path, "b.txt", "An account from Hotan.",
        "consent: public\ntitle: Dated\npublished: 2026-11-01\nlanguage: en\n")
    page = client.get("/").text
    metas = [m.strip() for m in re.findall(r'<span class="meta">(.*?)</span>', page, re.S)]
    assert len(metas) == 2, metas
    assert sorted(metas) == ["French", "November 1, 2026 · English"]


def test_a_testimonys_language_is_named_in_the_readers_language(store, client, tmp_path):
    """h-try48: the list and a testimony's page said "fr", "ru" or "zh-Hans": a code a family
    reading the site does not know. Babel names it in the reader's language."""
    document_id = add(store, tmp_path, "a.txt", "Un témoignage d'Aksou.", "consent: public\ntitle: Aksou\nlanguage: fr\n")
    other = add(store, tmp_path, "b.txt", "一份证词。", "consent: public\ntitle: Zh\nlanguage: zh-Hans\n")
    english = client.get(f"/documents/{document_id}").text
    assert "<dt>Language</dt><dd>French</dd>" in english
    assert "<dd>французский</dd>" in client.get(f"/documents/{document_id}?lang=ru").text
    assert "<dd>法语</dd>" in client.get(f"/documents/{document_id}?lang=zh").text
    assert "<dd>Chinese</dd>" in client.get(f"/documents/{other}").text  # stored as "zh"
    from guwah.web.i18n import LANGUAGES, language_name_filter
    context = {"language": LANGUAGES["en"]}
    # A tag Babel has no locale for stays as it is (it raised UnknownLocaleError), and "und" is
    # not named "English (United States)", the locale Babel guesses for it.
    assert [language_name_filter(context, tag) for tag in ("tlh", "und", "fr", "")] == ["tlh", "und", "French", ""]
    assert "French" in client.get("/").text


def test_a_release_without_a_title_is_titled_in_the_readers_language(store, client, tmp_path):
    """The default titles were stored in English and shown as such on every language's pages."""
    document_id = add(store, tmp_path, "p.txt", "Моего соседа забрали в 2018 году.", "consent: pseudonymous\nlanguage: ru\n")
    mark_read(store, document_id)
    release_document(store, document_id)
    english = client.get(f"/documents/{document_id}").text
    assert "<h1 dir=\"auto\">Testimony (pseudonymous)</h1>" in english
    assert '<div class="text" dir="auto" lang="ru">' in english  # the text keeps its language
    russian = client.get(f"/documents/{document_id}?lang=ru").text
    assert "Testimony (pseudonymous)" not in russian
    assert "<h1 dir=\"auto\">Свидетельство (под псевдонимом)</h1>" in russian
    assert "Свидетельство (под псевдонимом)" in client.get("/?lang=ru").text
    # A title of the drafter's own stays as written, marked with the text's language.
    titled = add(store, tmp_path, "t.txt", "Мой сосед был задержан.", "consent: public\ntitle: Сосед\nlanguage: ru\n")
    assert '<h1 dir="auto" lang="ru">Сосед</h1>' in client.get(f"/documents/{titled}?lang=zh").text


def test_the_site_says_exactly_which_fingerprints_it_publishes(store, client, tmp_path):
    # Before: the home page promised every published testimony's fingerprint ("its fingerprint
    # (SHA-256) lets anyone check a copy against the original"), and the data dictionary said the
    # hash is blank "when the text was masked"; but a release withholds it when anything in it was
    # masked (a title too) and for every pseudonymous testimony, since it would confirm a guessed
    # original. Now the home page, the data dictionary (open-data page and /api/open-data) say so,
    # and what is published keeps to it: the unmasked testimony's hash is its original's (control).
    import csv
    import hashlib
    import io

    (tmp_path / "u").mkdir()
    (tmp_path / "m").mkdir()
    add(store, tmp_path / "u", "u.txt", "We waited outside the camp gate in Hotan for a week.",
                   "consent: public\ntitle: Outside the gate\n")
    add(store, tmp_path / "m", "m.txt", "Account of a neighbour. Call +90 555 123 4567 to reach me.",
                 "consent: public\ntitle: A neighbour\n")
    digest = hashlib.sha256((tmp_path / "u" / "u.txt").read_bytes()).hexdigest()
    home = " ".join(client.get("/").text.split())
    assert "fingerprint (SHA-256) of the original file" in home
    assert "where a name, a detail or a passage was masked, and for every testimony published under a pseudonym" \
           in home and "withheld" in home, home
    assert "its fingerprint (SHA-256) lets anyone check a copy against the original" not in home
    said = client.get("/api/open-data").json()["tables"]["documents"]["columns"]["sha256"]
    assert "blank when anything in the release was masked" in said and "pseudonym" in said, said
    assert "blank when anything in the release was masked" in " ".join(client.get("/open-data").text.split())
    # What is published keeps to it.
    shown = {d["title"]: d for d in client.get("/api/documents").json()["data"]}
    assert shown["Outside the gate"]["sha256"] == digest and shown["A neighbour"]["sha256"] is None
    assert digest in client.get(f"/documents/{shown['Outside the gate']['id']}").text
    assert "SHA-256" not in client.get(f"/documents/{shown['A neighbour']['id']}").text
    rows = {row["title"]: row for row in csv.DictReader(io.StringIO(client.get("/open-data/documents.csv").text))}
    assert rows["Outside the gate"]["sha256"] == digest and rows["A neighbour"]["sha256"] == ""


@pytest.mark.parametrize("code", ["en", "ru", "kk", "ug", "zh"])
def test_a_record_not_public_and_one_that_never_was_answer_one_page_saying_so(store, client, tmp_path, code):
    """A testimony's public address once its release is withdrawn (ConsentRefused) answers as an address
    of no record at all (NotFound, a malformed number): the same status and the same body (a guess
    cannot tell which), a page that says the public has no record there, in the reader's language
    (h-product48: a bare "Not found.")."""
    from sqlalchemy import select

    from guwah.releases import withdraw_release
    from guwah.storage.tables import PublicNumber
    from guwah.web import NOT_PUBLIC
    from guwah.web.i18n import translations

    withdrawn = add(store, tmp_path, "b.txt", "Secret-canary-7781 account.", "consent: public\n")
    shown = add(store, tmp_path, "a.txt", "Public account from Turpan.", "consent: public\n")
    with store.session() as session:
        numbers = dict(session.execute(select(PublicNumber.subject_id, PublicNumber.number)
                                       .where(PublicNumber.subject_type == "document")).all())
    assert client.get(f"/documents/{numbers[withdrawn]}").status_code == 200  # public until withdrawn
    with store.session() as session:
        withdraw_release(session, withdrawn, "editor", "the witness asked")
    said = translations(code).gettext(NOT_PUBLIC)
    assert code == "en" or said != NOT_PUBLIC
    answers = {which: client.get(f"/documents/{number}?lang={code}")
               for which, number in (("withdrawn", numbers[withdrawn]), ("absent", 90000), ("malformed", "x1"))}
    bodies = {which: re.sub(rf"(/|%2F)documents(/|%2F){number}\b", "/documents/N", page.text)  # its own address
              for (which, page), number in zip(answers.items(), (numbers[withdrawn], 90000, "x1"), strict=True)}
    assert [page.status_code for page in answers.values()] == [404, 404, 404]
    assert bodies["withdrawn"] == bodies["absent"] == bodies["malformed"]
    assert said in unescape(bodies["withdrawn"]) and "canary" not in bodies["withdrawn"]
    public = client.get(f"/documents/{numbers[shown]}?lang={code}")  # control: a released one is shown
    assert public.status_code == 200 and said not in unescape(public.text)
    assert "Not found." in client.get("/no/such/page").text  # an address that is no record's: as before


def test_a_masked_detail_is_said_in_the_readers_language(store, client, tmp_path):
    """h-try48: a Russian, Chinese, Uyghur or Kazakh reader saw "[detail withheld]" in English in
    the middle of a French testimony, and a screen reader read it as French (the text's lang)."""
    document_id = add(store, tmp_path, "a.txt", "Je suis née en 1970 à Ghulja. Mon fils a été arrêté.",
                      "consent: public\ntitle: Une mère\nlanguage: fr\n")
    release_document(store, document_id, ["Ghulja"])
    english = client.get(f"/documents/{document_id}").text
    assert "Je suis née en 1970 à [detail withheld]." in english  # control: the text as released
    russian = client.get(f"/documents/{document_id}?lang=ru").text
    assert '<span class="withheld" lang="ru" dir="ltr">[подробность скрыта]</span>' in russian
    uyghur = client.get(f"/documents/{document_id}?lang=ug").text
    assert '<span class="withheld" lang="ug" dir="rtl">[تەپسىلات يوشۇرۇلدى]</span>' in uyghur
    assert all("Ghulja" not in page and "[detail withheld]" not in page for page in (russian, uyghur))
    assert "Mon fils a été arrêté." in russian
