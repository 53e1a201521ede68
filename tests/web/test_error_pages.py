"""Error pages of the public site (h-product49): a search too long for the site, a request an address does
not take (405), a page past the end of the persons list — each one clear page in the reader's language."""

import pytest
from fastapi.testclient import TestClient

from guwah.web import create_app
from guwah.web.deps import MAX_QUERY_CHARS
from guwah.web.i18n import localize, translations
from tests.web.test_public_data import archive  # noqa: F401 — one released entry, a released testimony

LANGUAGES = ("en", "ru", "kk", "ug", "zh")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_search_too_long_gets_one_clear_page_that_does_not_echo_it(archive, language):  # noqa: F811
    """A 20,000-character query came back five times in the page (the search box, each language's link);
    over 64 KB the server answered a bare 400 (the search box now takes no more than MAX_QUERY_CHARS)."""
    typed = "Tursun" + "q" * 20_000
    page = archive.get("/search", params={"q": typed, "lang": language})
    assert page.status_code == 414
    assert "qqqqqqqqqq" not in page.text and len(page.text) < 8000
    from guwah.web.deps import QUERY_TOO_LONG

    said = translations(language).ngettext(*QUERY_TOO_LONG, 1000)
    assert said.split("%(count)s")[0].strip() in page.text
    assert translations(language).gettext("Search too long") in page.text
    api = archive.get("/api/search", params={"q": typed})
    assert api.status_code == 414 and "qqqqqqqqqq" not in api.text
    # One character under the limit is searched as before; the search box says how much it takes.
    fine = archive.get("/search", params={"q": "Tursun Ehmet" + " " * (MAX_QUERY_CHARS - 12)})
    assert fine.status_code == 200 and f'maxlength="{MAX_QUERY_CHARS}"' in fine.text


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_request_an_address_does_not_take_gets_its_own_page(archive, language):  # noqa: F811
    """A POST to a page that is only read showed the "Not found." page."""
    page = archive.post("/persons", params={"lang": language})
    assert page.status_code == 405 and "GET" in page.headers["allow"]
    assert localize("Method not allowed", language) in page.text
    assert translations(language).gettext("Not found.") not in page.text
    assert archive.post("/api/persons").status_code == 405  # the API keeps answering JSON
    assert archive.post("/api/persons").json()["detail"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("address", ["/persons?page=99999", "/persons?after=99999"])
def test_a_persons_page_past_the_end_says_so_and_links_the_last(archive, address, language):  # noqa: F811
    """`/persons?page=99999` showed an empty list with no word (the search's past-the-end note, reused)."""
    page = archive.get(f"{address}&lang={language}")
    assert page.status_code == 200
    said = translations(language).gettext("This page is past the end of the results: the last page is %(last)s.")
    assert said % {"last": 1} in page.text
    assert 'href="http://testserver/persons?' in page.text and "page=1" in page.text
    assert "Tursun Ehmet" not in page.text


def test_a_persons_page_by_number_lists_that_page(archive):  # noqa: F811
    first = archive.get("/persons?page=1").text
    assert "Tursun Ehmet" in first and "past the end" not in first
    assert "Tursun Ehmet" in archive.get("/persons?page=oops").text  # anything but a number: the first page


def test_facility_page_does_not_repeat_its_heading(store, tmp_path):
    """A facility of one site showed its H1 again as an H2."""
    from sqlalchemy import select

    from guwah.facilities.importer import import_facilities
    from guwah.storage.tables import Facility
    from tests.facilities.conftest import write_bfn

    import_facilities(store, write_bfn(tmp_path / "bfn.csv"))
    with store.session() as session:
        number = session.scalar(select(Facility).where(Facility.dataset_key == "bfn:106A")).entry.number
    page = TestClient(create_app(store)).get(f"/facilities/{number}").text
    heading = page.split("<h1", 1)[1].split(">", 1)[1].split("</h1>")[0]
    assert f">{heading}</h2>" not in page
