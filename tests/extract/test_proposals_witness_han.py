"""h-names47: a witness the sidecar names in Latin letters and a Chinese testimony names in characters
is one person row. `witness_mentions` asked for a name of two words or more by its spaces, and a
name in characters has none (阿依努尔·托合提): the names layer, which compares the two (compare_names
1.0), now also says how many parts a name has, and `guwah link` no longer has to join them."""

from guwah.extract import extract_document
from guwah.extract.proposals import witness_mentions
from guwah.storage.tables import PersonName
from tests.extract.helpers import doc_of

CHINESE = "阿依努尔·托合提2017年5月在阿克苏被捕。她的丈夫阿不来提·肉孜也被带走了。"


def named(doc, name):
    return next(person for person in doc.persons if name in person.names)


def test_a_name_in_characters_is_the_witness_named_in_letters_and_her_husband_is_not():
    doc = doc_of(CHINESE, "zh")
    aynur, ablet = named(doc, "阿依努尔·托合提"), named(doc, "阿不来提·肉孜")
    assert witness_mentions(doc, ["Aynur Tohti"]) == {aynur.id}  # was none
    assert witness_mentions(doc, ["Ablet Rozi"]) == {ablet.id}
    # the controls: another surname, and a given name alone, are not hers
    assert witness_mentions(doc, ["Aynur Rozi"]) == set()
    assert witness_mentions(doc, ["Aynur"]) == set()


def test_a_chinese_testimony_s_witness_is_one_row(store, tmp_path):
    from guwah.storage.tables import Testimony
    from tests.releasing import ingest_text

    document_id = ingest_text(store, tmp_path, "t.txt", CHINESE,
                              "language: zh\nwitness: {name: Aynur Tohti, consent: pseudonymous}\n")
    extract_document(store, document_id)
    with store.session() as session:
        witness = session.get(Testimony, document_id).witness
        names = {n.name: n.person_id for n in session.query(PersonName)}
        assert names["阿依努尔·托合提"] == names["Aynur Tohti"] == witness.id
        assert names["阿不来提·肉孜"] != witness.id  # the control: her husband has his own row


def test_a_narrator_named_by_her_given_name_agrees_with_the_witness_s_name_in_characters():
    from guwah.extract.proposals import witness_narrator

    doc = doc_of("My name is Aynur. I was arrested in Aksu in May 2017. My husband Ablet Rozi was taken too.")
    narrator = next(person for person in doc.persons if person.narrator)
    assert witness_narrator(doc, ["阿依努尔·托合提"]) == narrator.id  # was None: the dot was no word break
    assert witness_narrator(doc, ["Aynur Tohti"]) == narrator.id
    assert witness_narrator(doc, ["阿不来提·肉孜"]) is None  # the control: her husband's name is not hers
