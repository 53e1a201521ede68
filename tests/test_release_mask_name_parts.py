"""A reviewer's mask (`--mask`) that is a name holds that name in every part, case ending, spelling
and script, as a withheld person's name is held (`guwah.redaction.detail_names`, one rule): masking
"Dilnur Qadirova" used to leave "Dilnur" alone, "Qadirova" alone, "Dilnur Kadirova", "DILNUR" and the
Russian genitive shown on every public door. A part also a common word, or a shown person's part,
is masked only beside the rest of the name (controls). Invented people, our own words."""

import pytest

from guwah.redaction import DETAIL, Withheld, build_masking, detail_found, redact, with_details
from tests.releasing import ingest_text, mark_read, name_person, release_document

TEXT = ("Synthetic example. Dilnur Qadirova was taken in 2018. Later Dilnur wrote to us; Qadirova's letter came, "
        "signed Dilnur Kadirova, and DILNUR again. Соседи говорили о Дилнур Кадировой. "
        "Our neighbour Aygul Tursunbekova saw it, and the guard laughed.")
HIDDEN = ("Dilnur", "Qadirova", "Kadirova", "DILNUR", "Дилнур", "Кадировой")


@pytest.fixture
def masking():
    return with_details(build_masking([Withheld(1, ("Memtimin Ablet",), "[name withheld]")],
                                      ["Aygul Tursunbekova", "Dilnaz Wilaeva"]), ["Dilnur Qadirova"])


@pytest.mark.parametrize("written", ["Later Dilnur wrote.", "Qadirova's letter.", "Dilnur Kadirova came.",
                                     "DILNUR came.", "О Дилнур Кадировой.", "dilnur came.", "Dilnurxan came."])
def test_a_masked_name_is_masked_in_every_part_and_spelling(masking, written):
    redacted = redact(written, masking)
    assert DETAIL in redacted.text, redacted.text
    assert {mask.kind for mask in redacted.masks} == {"detail"}
    assert not [word for word in HIDDEN if word.casefold() in redacted.text.casefold()]


def test_a_shown_persons_name_and_a_withheld_one_keep_their_own_masks(masking):
    assert redact("Aygul Tursunbekova and Dilnaz Wilaeva came.", masking).text == \
        "Aygul Tursunbekova and Dilnaz Wilaeva came."
    assert redact("Memtimin came.", masking).text == "[name withheld] came."


def test_a_short_part_a_common_word_and_a_shown_persons_part_are_masked_only_beside_the_name():
    base = build_masking([], ["Rahman Tursunbekova"])
    masking = with_details(base, ["Ali Village Rahman"])  # "Ali" short, "Village" common, "Rahman" shown
    assert redact("Ali came to the Village; Rahman stayed.", masking).text == "Ali came to the Village; Rahman stayed."
    assert redact("Then Ali Village Rahman came.", masking).text == f"Then {DETAIL} came."
    masking = with_details(base, ["Ali Qasimjanov"])  # the long part alone is masked, the short one beside it
    assert redact("Ali and Qasimjanov; Ali Qasimjanov.", masking).text == f"Ali and {DETAIL}; {DETAIL}."


def test_a_date_and_a_place_are_no_names(masking):
    masking = with_details(masking, ["12 May 2018", "Kashgar"])
    assert redact("In May 2018 a man came.", masking).text == "In May 2018 a man came."  # no part of a date alone
    assert redact("On 12.05.2018 in Kashgar.", masking).text == f"On {DETAIL} in {DETAIL}."


def test_detail_found_reads_a_masked_name_as_the_release_masks_it():
    assert detail_found(["Later Dilnur wrote."], "Dilnur Qadirova")
    assert detail_found(["О Кадировой."], "Dilnur Qadirova")
    assert not detail_found(["Nobody wrote."], "Dilnur Qadirova")


def test_every_public_door_holds_a_masked_name_in_every_part(store, tmp_path):
    from fastapi.testclient import TestClient

    from guwah.storage.tables import Person, PersonName
    from guwah.web import create_app

    document_id = ingest_text(store, tmp_path, "a.txt", TEXT, "consent: public\n")
    mark_read(store, document_id)
    with store.session() as session:
        person = Person(consent="public")
        session.add(person)
        session.flush()
        start = TEXT.index("Aygul Tursunbekova")
        session.add(PersonName(person_id=person.id, name="Aygul Tursunbekova", evidence_document_id=document_id,
                               evidence_start=start, evidence_end=start + 18, asserted_by_kind="user",
                               asserted_by="reviewer"))
        person_id = person.id
    name_person(store, person_id)  # the consented name: shown (the control)
    release_document(store, document_id, ["Dilnur Qadirova"])
    client = TestClient(create_app(store))
    for path in ("/documents/1", "/api/documents/1", "/open-data/documents.csv"):
        body = client.get(path).text
        assert "Aygul Tursunbekova" in body and "the guard laughed" in body, path
        assert not [word for word in HIDDEN if word in body], path
    found = 'href="http://testserver/documents/1"'
    assert found in client.get("/search?q=guard").text
    assert not [query for query in ("Dilnur", "Qadirova", "Kadirova", "Кадировой")
                if found in client.get(f"/search?q={query}").text]
