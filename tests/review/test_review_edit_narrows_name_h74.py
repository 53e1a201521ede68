"""h-newcomer74: a name a reviewer shortens to the words its evidence span writes gets the span of
those words. The extractor read "见过霍加买买提·赛拉木拜" ("saw" and its particle, then the name) as the
name "过霍加买买提·赛拉木拜"; `review edit name:N --set name=霍加买买提·赛拉木拜` kept the span on 过 too,
so the evidence export quoted a passage that is not the name, and the release draft's mask over the
span ate the particle ("我见[name withheld]"). Now the span moves to the name; a cut inside a Latin
word keeps the span (control), as a respelling does."""

import pytest

from guwah.ingest import ingest_file
from guwah.review import edit
from guwah.storage.tables import Person, PersonName

TEXT = "2019年，我在看守所见过霍加买买提·赛拉木拜。Later Mr Nurbek Yolwasjan\nOmar came home."


def _names(store, tmp_path, spans: list[str]) -> list[str]:
    path = tmp_path / "n.txt"
    path.write_text(TEXT, encoding="utf-8")
    document_id = ingest_file(store, path).document_id
    refs = []
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        for written in spans:
            start = TEXT.index(written)
            name = PersonName(person_id=person.id, name=written, evidence_document_id=document_id,
                              evidence_start=start, evidence_end=start + len(written), asserted_by_kind="extractor",
                              asserted_by="guwah.extract")
            session.add(name)
            session.flush()
            refs.append(f"name:{name.id}")
    return refs


@pytest.mark.parametrize(("extracted", "corrected", "span"), [
    ("过霍加买买提·赛拉木拜", "霍加买买提·赛拉木拜", "霍加买买提·赛拉木拜"),  # Han: cut between any two characters
    ("Mr Nurbek Yolwasjan\nOmar", "Nurbek Yolwasjan Omar", "Nurbek Yolwasjan\nOmar"),  # across the line break
    ("Mr Nurbek Yolwasjan\nOmar", "Nurbek Yolwas", "Mr Nurbek Yolwasjan\nOmar"),  # inside a word: the span stays
])
def test_a_shortened_name_gets_the_span_of_the_words_it_keeps(store, tmp_path, extracted, corrected, span):
    ref, = _names(store, tmp_path, [extracted])
    with store.session() as session:
        edited = edit(store, session, ref, "rev", {"name": corrected})
    start = TEXT.index(span)
    assert edited.fields["name"] == corrected
    assert edited.evidence_span == (start, start + len(span))
