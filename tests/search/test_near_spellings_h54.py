"""A family types a near spelling of a name (Tursyn for Tursun): the testimony is found, in the public
and the workspace search, where the name matcher takes the two for the same name
(`guwah.search.near_spellings`: one vowel changed, judged by `guwah.names.compare_names`); an
unrelated name is not, and a withheld person's name is never found on the public side, in any
spelling (h-product54). People and sentences are invented."""

from guwah.publish import search_public
from guwah.search import near_spellings, search_documents

# file: (text, the name of a withheld person it writes, or None)
TEXTS = {
    "tursun.txt": ("Synthetic example. Tursun Qadirjan was taken from the market in 2018.", None),
    "akhmet.txt": ("Synthetic example. Akhmet Nurbekjan was taken from the school in 2019.", None),
    "gulnar.txt": ("Synthetic example. Gulnar Sabirjan was taken from the hospital in 2017.", None),
    "masked.txt": ("Synthetic example. Nurmemet Mahmutjan was taken from the mosque in 2018.", "Nurmemet Mahmutjan"),
}


def _public(store, query: str) -> list[int]:
    with store.session() as session:
        return sorted(d.id for d in search_public(session, query).documents)


def test_a_near_spelling_finds_the_testimony_and_an_unrelated_name_does_not(store, release_testimonies):
    ids = release_testimonies(TEXTS)
    for query in ("Tursyn Qadirjan", "Tursin", "Турсын Кадиржан"):  # one vowel away: the matcher's same name
        assert _public(store, query) == [ids["tursun.txt"]], query
    assert _public(store, "Tursun Qadirjan") == [ids["tursun.txt"]]  # control: as written
    for query in ("Ehmet Nurbekjan", "Ахмет"):  # Akhmet, read by the matcher's reduced form
        assert _public(store, query) == [ids["akhmet.txt"]], query
    # unrelated: a vowel that tells names apart (Tursan, 0.85; Gulnur for Gulnar), another name
    for query in ("Tursan Qadirjan", "Gulnur", "Tarsun", "Dilnur"):
        assert _public(store, query) == [], query
    assert _public(store, "Gulnar") == [ids["gulnar.txt"]]  # control
    with store.session() as session:  # the workspace's blind index: the same rule, every document
        assert search_documents(session, store.ring, "Tursyn Qadirjan") == [ids["tursun.txt"]]
        assert search_documents(session, store.ring, "Gulnur") == []


def test_a_withheld_name_is_found_in_no_spelling_on_the_public_side(store, release_testimonies):
    ids = release_testimonies(TEXTS)
    for query in ("Nurmemet Mahmitjan", "Mahmutjan", "Mahmitjan", "Nurmemit", "Nurmemet Mahmutjan", "Нурмемет"):
        assert ids["masked.txt"] not in _public(store, query), query
    assert ids["masked.txt"] in _public(store, "mosque")  # control: the words around the name
    with store.session() as session:  # control: the workspace, which holds the text, finds it so
        assert search_documents(session, store.ring, "Nurmemet Mahmitjan") == [ids["masked.txt"]]


def test_near_spellings_bring_a_reduced_form_only_where_the_matcher_takes_each_spelling_of_it():
    assert {"Tursyn", "Tursin"} <= near_spellings("Tursun")
    assert not {"Tursan", "Tarsun"} & near_spellings("Tursun")
    # Memot and Memut are both "mamut": the matcher takes Memot for Memet, not Memut (nor Mamut)
    assert not {"Memot", "Memut"} & near_spellings("Memet")
    assert "Memit" in near_spellings("Memet")  # control
    assert near_spellings("Ali") == frozenset() and near_spellings("Tursun Qadir") == frozenset()
