"""The witness the sidecar names is one person row, however the text names her (`witness_mentions`):
a witness named in full in her own testimony was a second row beside the sidecar's witness."""

from guwah.extract import extract_document
from guwah.extract.proposals import witness_mentions
from guwah.storage.tables import Person, PersonName, Relation
from tests.extract.helpers import doc_of, person_named

THIRD_PERSON = "Aynur Tohti was arrested in Aksu in May 2017. Her husband Ablet Rozi was taken too."


def test_a_person_named_in_full_by_the_witness_s_name_is_the_witness_and_her_husband_is_not():
    doc = doc_of(THIRD_PERSON)
    aynur, ablet = person_named(doc, "Aynur Tohti"), person_named(doc, "Ablet Rozi")
    assert not aynur.narrator  # told in the third person: the narrator's rule does not reach her
    assert witness_mentions(doc, ["Aynur Tohti"]) == {aynur.id}
    assert ablet.id not in witness_mentions(doc, ["Aynur Tohti"])  # the control: her husband is his own
    assert witness_mentions(doc, ["Ablet Rozi"]) == {ablet.id}


def test_the_name_is_compared_across_scripts_and_a_lone_given_name_or_another_name_is_not_hers():
    russian = doc_of("Айнур Тохти была арестована в Аксу в мае 2017 года. Её муж Аблет Рози тоже был задержан.", "ru")
    assert witness_mentions(russian, ["Aynur Tohti"]) == {person_named(russian, "Айнур Тохти").id}
    # Another woman of the same given name, and another surname: not the witness.
    other = doc_of("Aynur Rozi was arrested in Aksu in May 2017. Her neighbour Aynur was taken too.")
    assert witness_mentions(other, ["Aynur Tohti"]) == set()
    assert witness_mentions(other, ["Aynur Rozi"]) == {person_named(other, "Aynur Rozi").id}  # the control


def test_an_unnamed_narrator_who_tells_of_the_witness_as_kin_is_not_her():
    doc = doc_of("My sister Aynur Tohti was arrested in Aksu in May 2017. I was questioned the next day.")
    aynur = person_named(doc, "Aynur Tohti")
    narrator = next(person for person in doc.persons if person.narrator)
    assert witness_mentions(doc, ["Aynur Tohti"]) == {aynur.id}
    # The control: with no one named so, the unnamed narrator is the witness (`witness_narrator`).
    assert witness_mentions(doc, ["Gulnar Ismail"]) == {narrator.id}


def test_the_witness_named_in_her_testimony_is_one_row_keeping_her_recorded_consent(store, tmp_path):
    from guwah.registry import entry_consent
    from guwah.storage.tables import Testimony
    from tests.releasing import ingest_text

    document_id = ingest_text(store, tmp_path, "t.txt", THIRD_PERSON,
                              "consent: pseudonymous\nwitness: {name: Aynur Tohti, consent: pseudonymous}\n")
    extract_document(store, document_id)
    with store.session() as session:
        witness = session.get(Testimony, document_id).witness
        rows = {n.person_id for n in session.query(PersonName) if n.name == "Aynur Tohti"}
        assert rows == {witness.id}  # the sidecar's name and the text's mention: one row
        assert witness.consent == "pseudonymous" and witness.consent_recorded
        assert entry_consent([witness]) == "pseudonymous"
        assert any(c.person_id == witness.id for c in witness.attributes if c.attribute == "role")
        husband = next(n.person for n in session.query(PersonName) if n.name == "Ablet Rozi")
        assert husband.id != witness.id and husband.consent == "confidential"  # the control: his own row
        assert session.query(Person).count() == 2
        assert [(r.person_id, r.relative_id) for r in session.query(Relation)] == [(witness.id, husband.id)]
