"""A withheld name typed with Greek look-alike letters (h-adversary76): "Αbdurehim Qasimov" with a Greek
capital alpha, "Abdurehιm" with a Greek iota, stayed shown in a released testimony, although the same name
with a Cyrillic а was masked (`guwah.names.scripts.one_script` read only Latin and Cyrillic look-alikes).
A word that mixes Greek look-alikes into Latin or Cyrillic letters is now read as that script. In each text
a named person stays shown, and a Greek word of Greek letters only stays as written (the controls).
Invented people, our own sentences."""

import pytest
from sqlalchemy import select

from guwah.redaction import WITHHELD, Withheld, build_masking, redact
from guwah.releases import current_release
from guwah.storage.tables import Testimony
from tests.factories import add_mention
from tests.releasing import ingest_text, mark_read, name_person, release_document

NAMED = "Nurgul Sabir"
SEEN = " Nurgul Sabir saw it."


def _shown(text: str) -> str:
    masking = build_masking([Withheld(1, ("Abdurehim Qasimov",), WITHHELD), Withheld(2, ("Кайрат Сейткалиев",),
                                                                                   WITHHELD)], [NAMED])
    return redact(text, masking).text


@pytest.mark.parametrize("text", [
    "Later \u0391bdurehim was seen in the yard.",          # Greek capital alpha
    "Later Abdureh\u03b9m was seen in the yard.",          # Greek small iota
    "Later Abdurehim Q\u03b1simov was seen in the yard.",  # Greek small alpha in the surname
    "Later Qasimov was seen in the yard.",                  # plain Latin: the positive control
    "Позже К\u03b1йрата видели.",                            # Greek alpha in a Cyrillic name
])
def test_a_withheld_name_with_greek_lookalike_letters_is_masked(text):
    shown = _shown(text + SEEN)
    assert WITHHELD in shown and shown.endswith(SEEN), shown


def test_greek_words_and_named_people_stay():
    text = "Ο Αλέξανδρος είδε τη ΜΑΡΙΑ." + SEEN
    assert _shown(text) == text


SIDECAR = "consent: public\nwitness: {name: Nurgul Sabir, consent: public}\n"


def test_a_released_testimony_masks_a_withheld_name_typed_with_a_greek_letter(store, tmp_path):
    text = ("My name is Nurgul Sabir. My neighbour \u0391bdurehim was taken in 2018. "
            "Later Abdurehim Qasimov was seen at the station.")
    document = ingest_text(store, tmp_path, "greek.txt", text, SIDECAR)
    mark_read(store, document)
    with store.session() as session:
        witness = session.scalars(select(Testimony.witness_id)).one()
        add_mention(session, "Abdurehim Qasimov")
    name_person(store, witness)
    release_document(store, document)
    with store.session() as session:
        shown = current_release(session, document).content["text"]
    assert "bdurehim" not in shown and "Qasimov" not in shown, shown
    assert shown.startswith("My name is Nurgul Sabir.") and shown.count(WITHHELD) == 2, shown
