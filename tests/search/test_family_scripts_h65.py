"""The family search in the searcher's script (h-search65): an entry's released names in the
reader's script first, the same result sections whatever script a name is typed in, and a Latin
query echoed as it was typed. Names and sentences are invented for these tests."""

import pytest

from guwah.names import latin_forms
from guwah.publish import names_for_reader, search_public, taken_spellings
from guwah.search import word_forms
from tests.releasing import ingest_text, name_person, release_document, release_entry

LATIN_NAME = "Abliz Yasin"
ARABIC_NAME = "ئابلىز ياسىن"
# The same name in Chinese characters: 亚森 has no character that only transcriptions use, so the
# word index reads it as two Chinese characters, while the person matcher takes the whole name.
HAN_QUERY = "阿不力孜·亚森"
CYRILLIC_QUERY = "Аблиз Ясин"
LATIN_TEXT = (f"My uncle {LATIN_NAME} was taken from his shop in March 2018. In the camp he was given "
              "forced injections every week, he told a cellmate who came home later.\n")
ARABIC_TEXT = f"تاغام {ARABIC_NAME} 2018-يىلى تۇتۇلدى. ئۇ لاگېردا ئۇرۇلدى.\n"


def release_abliz(store, folder) -> int:
    """One released entry named in two released testimonies: in Latin letters by an English one,
    in Arabic script by a Uyghur one (a relative's naming basis approved); returns its public
    number."""
    from guwah.storage.tables import Person, PersonName

    documents = []
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        person_id = person.id
    for index, (text, name) in enumerate(((LATIN_TEXT, LATIN_NAME), (ARABIC_TEXT, ARABIC_NAME))):
        document = ingest_text(store, folder, f"abliz-{index}.txt", text, "consent: public\n")
        with store.session() as session:
            start = text.index(name)
            session.add(PersonName(person_id=person_id, name=name, evidence_document_id=document,
                                   evidence_start=start, evidence_end=start + len(name),
                                   asserted_by_kind="user", asserted_by="t", review_state="accepted"))
        documents.append(document)
    name_person(store, person_id)
    for document in documents:
        release_document(store, document)
    with store.session() as session:
        number = session.get(Person, person_id).entry.number
    return release_entry(store, number)


@pytest.fixture
def abliz(store, tmp_path):
    number = release_abliz(store, tmp_path)
    with store.session() as session:
        yield session, number


def test_a_name_in_chinese_characters_finds_the_testimonies_the_latin_name_finds(abliz):
    """The Chinese query finds the entry, and now the testimonies that write its released names,
    as the Latin, Cyrillic and Arabic-script queries do (before: the entry and no testimony)."""
    session, number = abliz
    latin = search_public(session, LATIN_NAME)
    assert [p.id for p in latin.persons] == [number] and len(latin.documents) == 2  # the control
    for query in (HAN_QUERY, CYRILLIC_QUERY, ARABIC_NAME):
        found = search_public(session, query)
        assert [p.id for p in found.persons] == [number], query
        assert [d.id for d in found.documents] == [d.id for d in latin.documents], query


def test_a_name_that_finds_no_entry_finds_no_testimony_by_one(abliz):
    """Negative control: a Chinese name that is no entry's brings no released spelling, and no
    testimony."""
    session, _ = abliz
    found = search_public(session, "王建国")
    assert not found.persons and not found.documents


def test_the_spellings_taken_are_released_ones_the_matcher_takes(abliz):
    """Only an entry's released spellings that the person search takes for the query are searched
    (and echoed); a one-word query found in a longer name takes none of it."""
    session, _ = abliz
    persons = search_public(session, HAN_QUERY).persons
    assert set(taken_spellings(HAN_QUERY, persons)) == {LATIN_NAME, ARABIC_NAME}
    assert LATIN_NAME in search_public(session, HAN_QUERY).spellings
    assert taken_spellings(LATIN_NAME, persons) == [ARABIC_NAME]  # the query itself is not searched twice
    assert taken_spellings("Abliz", search_public(session, "Abliz").persons) == []


def test_a_latin_word_search_is_echoed_as_typed(abliz):
    """The spellings tried for an English phrase are the phrase itself (before: "forjed
    injejtions", its c read as the Turkish j), and the testimony that writes it is found."""
    session, _ = abliz
    found = search_public(session, "forced injections")
    assert found.spellings == ["forced injections"]
    assert len(found.documents) == 1
    assert not any("forj" in s or "injej" in s for s in found.spellings)


def test_latin_re_spellings_keep_the_letters_no_reading_changes():
    """A Latin word keeps its c, v, th; the letters the romanisations of names read differently are
    still re-spelt (Qurban is also Kurban), and cross-script word forms still meet (the control)."""
    assert latin_forms("forced injections") == ["forced injections"]
    assert latin_forms("victim of the police") == ["victim of the police"]
    assert latin_forms("Cemal") == ["cemal"]
    assert "kurban" in latin_forms("Qurban")
    assert latin_forms("Ilkham Tokhti") == latin_forms("Илхам Тохти")
    assert word_forms("Qurban") & word_forms("Курбан")
    assert word_forms("Gulbahar") & word_forms("Гульбахар")


@pytest.mark.parametrize(("language", "first"), [("ug", ARABIC_NAME), ("en", LATIN_NAME), ("zh", LATIN_NAME),
                                                 ("ru", LATIN_NAME), ("kk", LATIN_NAME)])
def test_names_in_the_readers_script_first(language, first):
    """The released name in the language's script first, then Latin, the others beside; none added
    (no Han or Cyrillic name is made up for a Chinese or Russian reader)."""
    names = [{"name": LATIN_NAME, "script": "Latn"}, {"name": ARABIC_NAME, "script": None}]
    shown = names_for_reader(names, language)
    assert shown[0]["name"] == first
    assert sorted(n["name"] for n in shown) == sorted(n["name"] for n in names)


def test_names_for_reader_keeps_release_order_within_a_script():
    names = [{"name": "Руслан Ахметов", "script": "Cyrl"}, {"name": "Ruslan Ahmetov", "script": "Latn"},
             {"name": "Руслан Ахмет", "script": "Cyrl"}]
    assert [n["name"] for n in names_for_reader(names, "ru")] == ["Руслан Ахметов", "Руслан Ахмет", "Ruslan Ahmetov"]
    assert [n["name"] for n in names_for_reader(names, "ug")][0] == "Ruslan Ahmetov"
