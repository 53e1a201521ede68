"""The open data page in a real headless Chromium: the counts, sizes and hashes it shows are those
of the files a reader downloads from it, and it credits a facility dataset only once the files
hold its rows."""

import csv
import hashlib
import io

import pytest

from tests.facilities.conftest import write_bfn

pytestmark = pytest.mark.browser


def _download(page, name: str) -> bytes:
    """Click the page's link to `name`.csv in its contents list; the file the browser saves."""
    with page.expect_download() as started:
        page.locator(f"#count-{name}").get_by_role("link", name=f"{name}.csv").click()
    with open(started.value.path(), "rb") as saved:
        return saved.read()


def _said(page, name: str) -> tuple[int, str]:
    item = page.locator(f"#count-{name}")
    return int(item.get_attribute("data-rows")), item.locator("code.hash").inner_text()


def test_the_open_data_page_counts_what_its_downloads_hold(store, site, page, tmp_path):
    from guwah.facilities.importer import import_facilities

    page.goto(site + "/open-data")
    assert page.locator(".credit").count() == 0  # no facility imported: no dataset to credit
    for name in ("persons", "documents"):
        data = _download(page, name)
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
        assert rows and _said(page, name) == (len(rows), hashlib.sha256(data).hexdigest())
        if name == "documents":
            assert all(row["licence"].strip() for row in rows)
    assert page.locator("#count-persons").get_attribute("data-entries") == str(
        len({row["entry"] for row in csv.DictReader(io.StringIO(_download(page, "persons").decode("utf-8")))}))
    assert _said(page, "facilities")[0] == 0
    # Once the dataset's rows are in the files, the page counts them and credits it.
    import_facilities(store, write_bfn(tmp_path / "bfn.csv"))
    page.reload()
    data = _download(page, "facilities")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    assert rows and _said(page, "facilities") == (len(rows), hashlib.sha256(data).hexdigest())
    credit = page.locator(".credit")
    assert credit.count() == 1 and rows[0]["attribution"] in credit.inner_text()
    assert "sites, one row each" in page.locator("#count-facilities").inner_text()


def test_a_withdrawal_shows_on_the_open_data_page_at_the_next_load(store, site, page):
    """The page is kept between loads (built once per change of what the public sees): a testimony's
    release withdrawn is gone from its counts at the very next load, and from the file it links."""
    from guwah.publish import released_document_ids
    from guwah.releases import withdraw_release

    page.goto(site + "/open-data")
    before = int(page.locator("#count-documents").get_attribute("data-testimonies"))
    page.reload()  # nothing changed: the same counts
    assert int(page.locator("#count-documents").get_attribute("data-testimonies")) == before > 0
    with store.session() as session:
        withdraw_release(session, min(released_document_ids(session)), "reviewer", "the witness asked us to")
    page.reload()
    assert int(page.locator("#count-documents").get_attribute("data-testimonies")) == before - 1
    rows = list(csv.DictReader(io.StringIO(_download(page, "documents").decode("utf-8"))))
    assert len(rows) == before - 1 and _said(page, "documents")[0] == before - 1


def test_the_map_credits_the_facility_dataset_only_once_its_facilities_are_on_it(store, site, page, tmp_path):
    from guwah.facilities.importer import import_facilities
    from guwah.publish import PUBLIC_FACILITY_DATASETS

    [dataset] = PUBLIC_FACILITY_DATASETS.values()
    page.goto(site + "/map")
    credits = page.locator(".credit")
    assert "gazetteer" in credits.last.inner_text() and dataset["credit"] not in page.content()
    import_facilities(store, write_bfn(tmp_path / "bfn.csv"))
    page.reload()
    assert dataset["credit"] in page.locator(".credit").last.inner_text()
