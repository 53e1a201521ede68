"""A facility page names the lists that cite a site in the reader's language, not by the importer's keys."""

from fastapi.testclient import TestClient
from sqlalchemy import select

from guwah.facilities.importer import import_facilities
from guwah.storage.tables import Facility
from guwah.web import create_app
from tests.facilities.conftest import write_bfn

KEYS = ("bfn_id", "bfn_sub", "etnam", "shawn_zhang", "aspi_2020", "xjvdb")


def test_facility_page_labels_the_lists_that_cite_a_site(store, tmp_path):
    import_facilities(store, write_bfn(tmp_path / "bfn.csv"))
    with store.session() as session:
        number = session.scalar(select(Facility).where(Facility.dataset_key == "bfn:106A")).entry.number
    client = TestClient(create_app(store))
    english = client.get(f"/facilities/{number}").text
    for key in KEYS:
        assert f"<dt>{key}</dt>" not in english
    assert "<dt>ASPI Xinjiang Data Project (2020)</dt><dd>336</dd>" in english
    assert "<dt>Xinjiang Victims Database</dt><dd>no</dd>" in english
    russian = client.get(f"/facilities/{number}?lang=ru").text
    assert "<dt>Xinjiang Victims Database</dt>" not in russian and "<dd>no</dd>" not in russian
    assert "<dd>нет</dd>" in russian and "<dd>336</dd>" in russian
    # The API keeps the stable keys for programs.
    assert client.get(f"/api/facilities/{number}").json()["sites"][0]["external_ids"]["aspi_2020"] == "336"
