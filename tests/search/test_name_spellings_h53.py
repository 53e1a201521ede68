"""A family searches in whatever script and spelling they know: a released testimony is found under
every spelling of a name that the person search takes for the same name (h-search53).

Before, «Ахмет Хошур» found the person card of Ehmet Hoshur (the matcher reads both as one name)
but not the testimony that writes "Ehmet Hoshur": testimony words were looked up by their
transliterations only, and "ahmet" is none of "ehmet". Testimony words are now indexed under the
name matcher's own reduced form (`guwah.names.part_spellings`). People and sentences are invented.
"""

import pytest

from guwah.publish import search_public
from guwah.search import search_documents
from guwah.search.public import add_entries, find_entries
from guwah.storage import Store
from guwah.storage.tables import Person, PersonName
from tests.conftest import make_settings
from tests.releasing import ingest_text, mark_read, release_document
from tests.search.test_public_index import _entry

# (file, text, how it is released): "read" names nobody; "masked" names someone nobody may name.
TEXTS = [
    ("latin.txt", "The neighbours said that Ehmet Hoshur was taken from the bazaar in 2018.", "read"),
    ("uyghur.txt", "قوشنىلار دېدىكى، ئەھمەت خوشۇر 2018-يىلى بازاردىن تۇتۇلدى.", "read"),
    ("other.txt", "The neighbours said that Memet Tohti was taken from the bazaar in 2018.", "read"),
    ("masked.txt", "The neighbours said that Abliz Qasim was taken from the bazaar in 2018.", "masked"),
    ("kept.txt", "Ehmet Hoshur stayed at home; nobody released this note.", None),
]


def _unnamed_mention(store, document_id: int, name: str) -> None:
    """A person the document names whom nobody may name: the release masks the name."""
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        session.add(PersonName(person_id=person.id, name=name, script="Latn", evidence_document_id=document_id,
                               asserted_by_kind="user", asserted_by="t", review_state="accepted"))


@pytest.fixture
def testimonies(database_url, tmp_path):
    store = Store(make_settings(tmp_path / "data", database_url))
    ids = {}
    for name, text, how in TEXTS:
        document = ingest_text(store, tmp_path, name, text, "consent: public\n")
        ids[name] = document
        if how == "masked":
            _unnamed_mention(store, document, "Abliz Qasim")
        else:
            mark_read(store, document)
        if how is not None:
            release_document(store, document)
    with store.session() as session:
        add_entries(session, [(1, _entry("Ehmet Hoshur", "male", "2018")), (2, _entry("Memet Tohti", "male", "2017"))])
    yield store, ids
    store.close()


def _documents(store, query: str) -> list[int]:
    with store.session() as session:
        return sorted(d.id for d in search_public(session, query).documents)


@pytest.mark.parametrize("query", [
    "Ахмет Хошур",       # Russian passport spelling: found the card, not the testimonies, before
    "Ахмед Хошур",       # and with the final d Russian also writes
    "Ahmet Hoshur",      # Turkish spelling
    "Эхмет Хошур",       # control: a transliteration of the written form, found before too
    "Ehmet Hoshur",      # control: as written
    "ئەھمەت خوشۇر",      # control: Uyghur Arabic script
])
def test_a_testimony_is_found_in_every_spelling_that_finds_the_person_card(testimonies, query):
    store, ids = testimonies
    with store.session() as session:
        assert find_entries(session, query, {}).numbers == [1], query
    assert _documents(store, query) == sorted([ids["latin.txt"], ids["uyghur.txt"]]), query


def test_a_testimony_in_russian_letters_is_found_by_the_latin_and_uyghur_spellings(database_url, tmp_path):
    store = Store(make_settings(tmp_path / "data", database_url))
    try:
        for k, text in enumerate(["Соседи сказали, что Ахмета Хошура забрали с базара в 2018 году.",
                                  "Соседи сказали, что Мемета Тохти забрали с базара в 2018 году."]):
            document = ingest_text(store, tmp_path, f"r{k}.txt", text, "consent: public\n")
            mark_read(store, document)
            release_document(store, document)
        for query in ("Ehmet Hoshur", "ئەھمەت خوشۇر", "Ахмет Хошур", "Хошур соседи"):
            assert _documents(store, query) == [1], query
        assert _documents(store, "Мемет Хошур") == []  # every word must be found (control)
        assert _documents(store, "Mamut") == []  # a vowel that tells names apart (Memet, Mamut): no hit
    finally:
        store.close()


def test_no_spelling_finds_a_masked_name_or_an_unreleased_testimony(testimonies):
    store, ids = testimonies
    for query in ("Аблиз Касым", "Abliz Qasim", "Ablez", "ئابلىز", "Qasimov"):
        assert _documents(store, query) == [], query
    # control: the words of the sentence around the masked name are found
    assert ids["masked.txt"] in _documents(store, "bazaar")
    # a stop word that opens a sentence is no name: "The" is not found as "tea" (its reduced form)
    assert _documents(store, "tea") == []
    assert ids["masked.txt"] in _documents(store, "the")  # control
    # the unreleased note is found by no spelling; the released ones by every one
    for query in ("Хошур", "Hoshur", "Xoshur"):
        assert _documents(store, query) == sorted([ids["latin.txt"], ids["uyghur.txt"]]), query
    with store.session() as session:
        assert search_public(session, "Abliz Qasim").persons == []
        # the workspace's blind index reads names the same way, and holds every document
        assert search_documents(session, store.ring, "Ахмет Хошур") == sorted(
            [ids["latin.txt"], ids["uyghur.txt"], ids["kept.txt"]])
        assert search_documents(session, store.ring, "Аблиз Касым") == [ids["masked.txt"]]


@pytest.mark.parametrize(("query", "found"), [
    ("Омаров", True), ("Omar", True), ("Umar", True),
    ("Омарова", False),  # the matcher sets apart parts marked for two genders
    ("Amir", False),
])
def test_documents_and_person_cards_agree_on_which_spellings_are_one_name(database_url, tmp_path, query, found):
    store = Store(make_settings(tmp_path / "data", database_url))
    try:
        document = ingest_text(store, tmp_path, "o.txt", "Serik Omarov was taken in 2018.", "consent: public\n")
        mark_read(store, document)
        release_document(store, document)
        with store.session() as session:
            add_entries(session, [(1, _entry("Omarov", "male", "2018"))])
        with store.session() as session:
            assert bool(find_entries(session, query, {}).numbers) is found
        assert bool(_documents(store, query)) is found
    finally:
        store.close()
