"""Storing extractions as proposals, once per document and extractor version."""

from guwah.extract import EXTRACTOR, VERSION, extract_all, extract_document
from guwah.ingest import ingest_file
from guwah.storage.tables import Event, ExtractionRun, Person, PersonName, Relation, ViolationCoding
from tests.extract.helpers import TESTIMONY


def add_document(store, text: str) -> int:
    """Ingest a text the ordinary way and return its document id."""
    path = store.settings.data_dir.parent / f"doc-{abs(hash(text))}.txt"
    path.write_text(text, encoding="utf-8")
    outcome = ingest_file(store, path, {"language": "en"})
    assert outcome.document_id, outcome.reason
    return outcome.document_id


def test_proposals_stored_with_evidence_and_review_state(store):
    document_id = add_document(store, TESTIMONY)
    result = extract_document(store, document_id)
    assert result["status"] == "extracted"
    with store.session() as session:
        names = session.query(PersonName).all()
        codings = session.query(ViolationCoding).all()
        events = session.query(Event).all()
        relations = session.query(Relation).all()
        assert {n.name for n in names} >= {"Nurlan Tursunov", "Daulet Tursunov"}
        assert codings and events and relations
        for row in names + codings + events + relations:
            assert row.review_state == "proposed"
            assert (row.asserted_by_kind, row.asserted_by, row.asserted_by_version) == ("extractor", EXTRACTOR, VERSION)
            assert row.evidence_document_id == document_id
            assert TESTIMONY[row.evidence_start:row.evidence_end].strip()
        for name in names:
            assert name.name in TESTIMONY[name.evidence_start:name.evidence_end]
        run = session.query(ExtractionRun).one()
        assert (run.document_id, run.extractor, run.version) == (document_id, EXTRACTOR, VERSION)
        assert run.counts["persons"] == session.query(Person).count()


def test_proposals_extract_all_is_idempotent(store):
    add_document(store, TESTIMONY)
    add_document(store, "Aliya Serikova was detained on May 2, 2019 in Ghulja.")
    progress = []
    first = extract_all(store, lambda done, total: progress.append((done, total)))
    assert [r["status"] for r in first] == ["extracted", "extracted"]
    assert progress == [(1, 2), (2, 2)]
    with store.session() as session:
        counts = (session.query(Person).count(), session.query(Event).count(), session.query(ViolationCoding).count())
    second = extract_all(store)
    assert [r["status"] for r in second] == ["skipped", "skipped"]
    with store.session() as session:
        assert (session.query(Person).count(), session.query(Event).count(),
                session.query(ViolationCoding).count()) == counts
        assert session.query(ExtractionRun).count() == 2


def test_proposals_relative_dates_count_from_the_stored_publication_date(store):
    text = "Aliya Serikova was detained on May 2, 2019 in Ghulja. Her husband was detained in March last year."
    path = store.settings.data_dir.parent / "dated.txt"
    path.write_text(text, encoding="utf-8")
    document_id = ingest_file(store, path, {"language": "en", "published": "2021-04-30"}).document_id
    extract_document(store, document_id)
    with store.session() as session:
        dates = sorted((e.date_value, e.date_precision) for e in session.query(Event).filter_by(event_type="detention"))
    assert dates == [("2019-05-02", "day"), ("2020-03", "month")]


def _proposals(store) -> list[tuple]:
    """Every stored proposal of every document, without row ids: what a reviewer would see."""
    from guwah.storage.tables import Document, PersonAttribute

    rows = []
    with store.session() as session:
        order = {d.id: n for n, d in enumerate(session.query(Document).order_by(Document.id))}
        for table, fields in ((PersonName, ("name",)), (PersonAttribute, ("attribute", "value")),
                              (ViolationCoding, ("code",)), (Relation, ("relation",)),
                              (Event, ("event_type", "date_value", "date_precision", "end_date_value"))):
            for row in session.query(table):
                rows.append((table.__name__, order[row.evidence_document_id], row.evidence_start, row.evidence_end,
                             *(getattr(row, f) for f in fields)))
        runs = sorted((order[r.document_id], r.version, sorted(r.counts.items())) for r in session.query(ExtractionRun))
    return sorted(rows, key=repr) + runs


def test_proposals_extract_all_in_worker_processes_stores_what_one_process_stores(tmp_path):
    from guwah.storage import Store
    from tests.conftest import make_settings

    texts = [TESTIMONY, "Aliya Serikova was detained on May 2, 2019 in Ghulja. Her husband was detained in March.",
             "En 2017, Gulnisa Emet est arrêtée à Karamay et internée dans un camp.", TESTIMONY.replace("Nurlan", "Erlan")]
    stored = []
    for workers in (1, 2):
        store = Store(make_settings(tmp_path / f"data{workers}"))
        try:
            for text in texts:
                add_document(store, text)
            progress = []
            results = extract_all(store, lambda done, total, seen=progress: seen.append((done, total)), workers=workers)
            assert [r["status"] for r in results] == ["extracted"] * 4
            assert progress[-1] == (4, 4) and len(progress) == 4
            assert [r["status"] for r in extract_all(store, workers=workers)] == ["skipped"] * 4
            stored.append((_proposals(store), [r["counts"] for r in results]))
        finally:
            store.close()
    assert stored[0][0] and any(row[0] == "ViolationCoding" for row in stored[0][0])
    assert stored[1] == stored[0]


def test_proposals_the_narrator_of_a_pseudonymous_witness_is_the_witness_shown_under_one_pseudonym(store, tmp_path):
    # The sidecar's witness and the narrator read in the text were two persons: the text showed
    # "Je m'appelle [name withheld]" (the two replacements met, the stricter won), not her pseudonym.
    from guwah.publish import public_documents
    from guwah.redaction import WITHHELD, pseudonym
    from guwah.storage.tables import Testimony
    from tests.releasing import ingest_text, release_document

    text = "Je m'appelle Aynur Tohti. Mon mari, Ablet Rozi, a été arrêté le 5 juin 2017 à Aksou."
    document_id = ingest_text(store, tmp_path, "t.txt", text, "consent: pseudonymous\ntitle: Un témoignage\n"
                              "witness: {name: Aynur Tohti, consent: pseudonymous}\n")
    extract_document(store, document_id)
    with store.session() as session:
        witness = session.get(Testimony, document_id).witness
        assert sorted(n.review_state for n in witness.names if n.name == "Aynur Tohti") == ["accepted", "proposed"]
        assert sum(n.name == "Aynur Tohti" for n in session.query(PersonName)) == 2  # both on her row
        shown = pseudonym(store.ring, witness.id)
    release_document(store, document_id)
    with store.session() as session:
        public = public_documents(session)[0].text
    assert public.startswith(f"Je m'appelle {shown}.")
    assert "Aynur" not in public and "Tohti" not in public
    assert f"Mon mari, {WITHHELD}," in public  # positive control: her husband stays withheld


def test_proposals_a_narrator_with_another_name_or_no_name(store, tmp_path):
    from guwah.storage.tables import Testimony
    from tests.releasing import ingest_text

    # An unnamed "I" is the witness: what happened to "me" is hers.
    unnamed = ingest_text(store, tmp_path, "u.txt",
                          "I was arrested in Aksu in May 2017. My husband Ablet Rozi was taken too.",
                          "consent: pseudonymous\nwitness: {name: Aynur Tohti, consent: pseudonymous}\n")
    # Someone who introduces themselves by another name (an interviewer) is not the witness.
    other = ingest_text(store, tmp_path, "o.txt", "My name is Dilnur Kerim. I was held in a camp in Aksu in 2018.",
                        "consent: pseudonymous\nwitness: {name: Aynur Tohti, consent: pseudonymous}\n")
    # The witness's given name alone agrees.
    given = ingest_text(store, tmp_path, "g.txt", "My name is Aynur. I was held in a camp in Aksu in 2018.",
                        "consent: pseudonymous\nwitness: {name: Aynur Tohti, consent: pseudonymous}\n")
    for document_id in (unnamed, other, given):
        extract_document(store, document_id)
    with store.session() as session:
        def witness_of(document_id):
            return session.get(Testimony, document_id).witness

        assert session.query(Event).filter_by(person_id=witness_of(unnamed).id, event_type="arrest").count() == 1
        assert [n.name for n in witness_of(unnamed).names] == ["Aynur Tohti"]  # her husband's name is his
        assert [n.name for n in witness_of(other).names] == ["Aynur Tohti"]
        dilnur = next(n for n in session.query(PersonName) if n.name == "Dilnur Kerim")
        assert dilnur.person.consent == "confidential" and dilnur.person_id != witness_of(other).id
        assert sorted(n.name for n in witness_of(given).names) == ["Aynur", "Aynur Tohti"]


def test_extract_all_reads_no_erased_testimony_and_says_it_was_erased(store):
    # h-try28: `extract --all` after `consent withdraw --erase` extracted the emptied text and
    # recorded a run on it, counting it "extracted". An erased document is left out and said so; a
    # document beside it is extracted as before (control).
    from guwah.protection.erasure import erase_testimony

    erased = add_document(store, "Aliya Serikova was detained on May 2, 2019 in Ghulja.")
    kept = add_document(store, TESTIMONY)
    with store.session() as session:
        erase_testimony(store, session, erased, "editor", "she asked to be erased")
    results = extract_all(store)
    assert [(r["document_id"], r["status"]) for r in results] == [(erased, "erased"), (kept, "extracted")]
    assert extract_document(store, erased)["status"] == "erased"
    with store.session() as session:
        assert [run.document_id for run in session.query(ExtractionRun)] == [kept]


def test_two_testimonies_naming_one_camp_share_its_facility_row(store):
    # Facility names are sealed at rest (migration 0021), so a query comparing the name in SQL matches
    # nothing: each testimony naming the same camp made a row of its own. One camp, one row, found by
    # type and place in SQL and by name in Python; a camp of another name at the same place and of the
    # same type (control) keeps its own row.
    from guwah.storage.tables import Facility

    add_document(store, "In 2018 Aliya Serikova was held in the re-education camp in Ghulja.")
    add_document(store, "Her brother Nurlan Serikov was held in the re-education camp in Ghulja in 2019.")
    add_document(store, "Daulet Tursunov was held in the internment camp in Ghulja in 2019.")
    extract_all(store)
    with store.session() as session:
        names = sorted(f.name for f in session.query(Facility).filter(Facility.dataset.is_(None)))
    assert names == ["internment camp", "re-education camp"]


def test_extraction_and_review_make_a_place_row_by_one_rule(store):
    # Before: extraction had a copy of places.resolve.place_row (named the row as the text was
    # read; an id the gazetteer lacked got a row without coordinates) and review had the original
    # (an entry only). Now one function by gazetteer id: the gazetteer's display name, kind and
    # coordinates when it has the id, the name read when it does not (kept: an id of an earlier
    # gazetteer), and a refusal with neither.
    import pytest

    from guwah.errors import InputError
    from guwah.places.resolve import gazetteer, place_row

    aksu = gazetteer().entries["xj.aksu"]
    with store.session() as session:
        row = place_row(session, "xj.aksu", name="Aqsu", kind="city")  # a spelling read in a text
        assert (row.name, row.kind, row.lat, row.lon) == (aksu.name, aksu.kind, aksu.lat, aksu.lon)
        assert place_row(session, "xj.aksu").id == row.id  # the reviewer's lookup finds the same row
        gone = place_row(session, "test.no-longer-listed", name="Old Town", kind="town")
        assert (gone.name, gone.kind, gone.lat) == ("Old Town", "town", None)
        with pytest.raises(InputError, match="no gazetteer entry"):
            place_row(session, "test.unknown")


def test_two_runs_at_once_store_one_extraction_and_the_second_says_skipped(store):
    # Session 44: two `guwah extract --all` at once both read "not extracted yet", both ran the
    # pipeline, and the second to store failed with a traceback (UNIQUE extraction_run.document_id).
    # Now each reads again under the write lock before it stores: the second says "skipped".
    import guwah.extract.proposals as proposals

    document_id = add_document(store, "Police took Tursun Ablimit in Kashgar in May 2017.")
    real = proposals.run_pipeline
    raced = []

    def racing(*args):
        doc = real(*args)
        if not raced:  # while this run analyses the text, another run extracts the document
            raced.append(None)
            raced[0] = extract_document(store, document_id)
        return doc

    proposals.run_pipeline = racing
    try:
        result = extract_document(store, document_id)
    finally:
        proposals.run_pipeline = real
    assert raced[0]["status"] == "extracted"
    assert result["status"] == "skipped" and result["counts"] == raced[0]["counts"]
    with store.session() as session:
        assert session.query(ExtractionRun).filter_by(document_id=document_id).count() == 1
        assert session.query(PersonName).filter_by(evidence_document_id=document_id).count() == 1
