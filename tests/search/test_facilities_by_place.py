"""A search that names a place in any script lists the public facilities there, not only those
whose names or places hold the query's words."""

from guwah.facilities.importer import import_facilities
from guwah.publish import search_public
from tests.facilities.conftest import write_bfn


def _facilities(store, query: str) -> set[str]:
    with store.session() as session:
        return {facility.names[0] for facility in search_public(session, query).facilities}


def test_a_place_named_in_another_script_finds_its_facilities(store, tmp_path):
    import_facilities(store, write_bfn(tmp_path / "bfn.csv"))
    # Shufu County lies in Kashgar Prefecture; Tianshan in Ürümqi, Aksu - IX in Aksu.
    assert _facilities(store, "Shufu") >= {"Shufu - I (A)", "Shufu - I (B)"}  # the words, as before
    for query in ("Кашгар", "喀什", "Qeshqer"):
        found = _facilities(store, query)
        assert {"Shufu - I (A)", "Shufu - I (B)"} <= found, query
        assert not found & {"Tianshan - II", "Aksu - IX"}, query
    assert "Shufu - I (A)" in _facilities(store, "疏附")  # the county itself
    assert _facilities(store, "Ghulja") == set()  # a place with no facility imported
