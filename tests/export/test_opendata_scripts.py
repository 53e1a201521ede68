"""The open data's persons table gives the script of each released name (its `detail` cell)."""

from guwah.export.opendata import person_rows
from guwah.publish import public_entries
from guwah.storage.tables import Testimony
from tests.releasing import ingest_text, mark_read, name_person, release_document, release_entry

WITNESS = "\u0645\u06d5\u0631\u06cb\u0627\u064a\u0649\u062a \u0642\u06d5\u064a\u0633\u06d5\u0631"  # invented, Arabic script


def test_a_released_names_script_fills_the_detail_cell_of_persons_csv(store, tmp_path):
    # Before: a name read from a sidecar or a testimony was stored with no script, so the `detail`
    # cell of every name row in persons.csv (and the person page's "script" column) was empty. The
    # witness's name is in Arabic script and the testimony in English: the script is the name's own,
    # read by the names layer, not the document's language (control: the status row has no detail).
    document_id = ingest_text(store, tmp_path, "w.txt", "I was held in a camp in 2018.",
                              f"consent: public\nwitness: {WITNESS}\n")
    mark_read(store, document_id)
    with store.session() as session:
        witness = session.query(Testimony).one().witness
        person_id, number = witness.id, witness.entry.number
    name_person(store, person_id)
    release_document(store, document_id)
    release_entry(store, number)
    with store.session() as session:
        [entry] = public_entries(session)
    rows = person_rows(entry)
    assert [(row[1], row[2], row[3]) for row in rows if row[1] == "name"] == [("name", WITNESS, "Arab")]
    assert [row[3] for row in rows if row[1] == "status"] == [None]
