"""The evidence file of one entry (`guwah export evidence`): each accepted fact with its passage,
and the documents it cites with the original's SHA-256, their text and its hash, and custody."""

import hashlib
import json
import stat
from datetime import UTC

from sqlalchemy import select
from typer.testing import CliRunner

from guwah.cli import app
from tests.releasing import ingest_text

ACCOUNT = ("Synthetic example. My name is Aygul Hasanova. I was detained in April 2018 and held in a camp "
           "in Ghulja until January 2019. The guards beat me when I spoke Uyghur.")
NOTES = "Synthetic interview notes, confidential. Aygul Hasanova was taken again in 2020 to a jail in Yining."


def _archive(store, tmp_path) -> dict:
    from guwah.storage.tables import Entry, Event, Person, Testimony, ViolationCoding

    ids = {}
    for name, text, sidecar in [
            ("account", ACCOUNT, "consent: public\nwitness:\n  name: Aygul Hasanova\n  consent: public\n"),
            ("notes", NOTES, "consent: confidential\n")]:
        folder = tmp_path / name
        folder.mkdir()
        ids[name] = ingest_text(store, folder, f"{name}.txt", text, sidecar)
    with store.session() as session:
        witness = session.scalar(select(Testimony.witness_id).where(Testimony.document_id == ids["account"]))
        held = ACCOUNT.index("I was detained")
        held_end = ACCOUNT.index(" The guards")
        beaten = ACCOUNT.index("The guards")
        again = NOTES.index("taken again")

        def fact(table, document, start, end, state, **fields):
            row = table(person_id=witness, evidence_document_id=ids[document], evidence_start=start,
                        evidence_end=end, asserted_by_kind="extractor", asserted_by="guwah.extract",
                        asserted_by_version="0.35.0", review_state=state, reviewed_by="reviewer", **fields)
            session.add(row)
            session.flush()
            return row.id

        ids["detention"] = fact(Event, "account", held, held_end, "accepted", event_type="detention",
                                date_value="2018-04", date_precision="month")
        ids["beating"] = fact(ViolationCoding, "account", beaten, len(ACCOUNT), "accepted", code="torture.beating")
        ids["again"] = fact(Event, "notes", again, len(NOTES), "accepted", event_type="arrest",
                            date_value="2020", date_precision="year")
        # controls: a fact still proposed and one rejected are not evidence
        ids["proposed"] = fact(Event, "account", held, held_end, "proposed", event_type="arrest")
        ids["rejected"] = fact(ViolationCoding, "notes", again, len(NOTES), "rejected", code="detention.pretrial")
        ids["entry"] = session.scalar(select(Entry.number).join(Person, Person.entry_id == Entry.id)
                                      .where(Person.id == witness))
    return ids


def test_the_evidence_file_gives_each_accepted_fact_its_passage_and_each_document_its_hashes(store, tmp_path):
    # Before: a lawyer had `review show` one fact at a time and `persons show` without passages or
    # hashes, or the whole archive (`export json`) to join by hand. Now one file ties each accepted
    # fact to the words it rests on and the original's SHA-256, checkable without Guwah.
    from guwah.export.evidence import export_evidence
    from guwah.protection.audit import format_head
    from guwah.storage.tables import AuditEntry

    ids = _archive(store, tmp_path)
    data = export_evidence(store, ids["entry"], "lawyer")
    facts = {f["fact"]: f for f in data["facts"]}
    assert f"event:{ids['detention']}" in facts and f"violation:{ids['beating']}" in facts
    assert f"event:{ids['proposed']}" not in facts and f"violation:{ids['rejected']}" not in facts  # controls
    assert facts[f"event:{ids['detention']}"]["passage"] == ("I was detained in April 2018 and held in a camp in "
                                                             "Ghulja until January 2019.")
    assert facts[f"event:{ids['again']}"]["passage"] == "taken again in 2020 to a jail in Yining."
    assert facts[f"event:{ids['detention']}"]["fields"]["date_value"] == "2018-04"
    documents = {d["id"]: d for d in data["documents"]}
    assert set(documents) == {ids["account"], ids["notes"]}
    for name, text in {"account": ACCOUNT, "notes": NOTES}.items():
        document = documents[ids[name]]
        assert document["text"].strip() == text
        # what a tribunal checks with any SHA-256 tool: the original, the text, each passage at its span
        assert document["original_sha256"] == hashlib.sha256((tmp_path / name / f"{name}.txt").read_bytes()).hexdigest()
        assert document["text_sha256"] == hashlib.sha256(document["text"].encode("utf-8")).hexdigest()
        assert document["text_sha256_checks"] is True
        assert [e["action"] for e in document["custody"]][0] == "received"
    for fact in data["facts"]:
        if fact["span"]:
            start, end = fact["span"]
            assert documents[fact["document"]]["text"][start:end] == fact["passage"]
    assert (documents[ids["account"]]["consent"], documents[ids["notes"]]["consent"]) == ("public", "confidential")
    with store.session() as session:
        newest = session.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
        assert data["audit_head"] == format_head(newest.id, newest.mac)
        assert (newest.action, newest.record_type, newest.record_id) == ("export", "entry", str(ids["entry"]))
        assert "Aygul" not in json.dumps(newest.detail)  # the audit names the entry, never its content
    again = export_evidence(store, ids["entry"], "lawyer")
    assert [e["action"] for e in {d["id"]: d for d in again["documents"]}[ids["account"]]["custody"]][-1] == "exported"


def test_export_evidence_writes_a_private_file_and_refuses_a_mention_id(store, tmp_path, monkeypatch):
    ids = _archive(store, tmp_path)
    monkeypatch.setenv("GUWAH_DATA_DIR", str(store.settings.data_dir))
    monkeypatch.setenv("GUWAH_KEY_FILE", str(store.settings.key_file))
    monkeypatch.setenv("GUWAH_ACTOR", "lawyer")
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    output = tmp_path / "evidence.json"
    done = CliRunner().invoke(app, ["export", "evidence", f"E-{ids['entry']}", "-o", str(output)])
    assert done.exit_code == 0, done.output
    assert stat.S_IMODE(output.stat().st_mode) == 0o600
    assert json.loads(output.read_text())["entry"] == ids["entry"]
    refused = CliRunner().invoke(app, ["export", "evidence", "M-1", "-o", str(tmp_path / "other.json")])
    assert refused.exit_code == 1 and "mention id" in refused.output
    assert not (tmp_path / "other.json").exists()
    inside = CliRunner().invoke(app, ["export", "evidence", str(ids["entry"]), "-o",
                                      str(store.settings.data_dir / "evidence.json")])
    assert inside.exit_code == 1 and not (store.settings.data_dir / "evidence.json").exists()


SOURCED = ("Synthetic example written for this test. My name is Orzigul Temirbekova. I was sentenced in 2019 "
           "to nine years.")
SOURCED_SIDECAR = ("consent: public\ntitle: Tale of the river town\npublisher: Kestrel Review\n"
                   "url: https://example.org/kestrel/river-town\nauthor: Baurzhan Ilyasov\npublished: 2021-03-04\n"
                   "interview_date: 2020-11-12\ninterviewer: Saltanat Mukhtarova\n"
                   "witness:\n  name: Orzigul Temirbekova\n  consent: public\n")


def test_the_evidence_file_gives_each_document_its_provenance_and_each_fact_its_basis(store, tmp_path):
    # Before: each document lacked the title, publisher, url, author, dates and interviewer that
    # `guwah show` prints, and the witness's name (stated by the sidecar) had span, passage and
    # reviewer all null with nothing to say what it rests on.
    from guwah.export.evidence import STATED_AT_INGEST, export_evidence
    from guwah.storage.tables import AuditEntry, Entry, Event, Person, Testimony

    folder = tmp_path / "sourced"
    folder.mkdir()
    document_id = ingest_text(store, folder, "sourced.txt", SOURCED, SOURCED_SIDECAR)
    with store.session() as session:
        witness = session.scalar(select(Testimony.witness_id).where(Testimony.document_id == document_id))
        start = SOURCED.index("I was sentenced")
        sentenced = Event(person_id=witness, evidence_document_id=document_id, evidence_start=start,
                          evidence_end=len(SOURCED), asserted_by_kind="extractor", asserted_by="guwah.extract",
                          review_state="accepted", reviewed_by="reviewer", event_type="sentencing",
                          date_value="2019", date_precision="year")
        session.add(sentenced)
        session.flush()
        sentenced_id = sentenced.id
        number = session.scalar(select(Entry.number).join(Person, Person.entry_id == Entry.id)
                                .where(Person.id == witness))
        ingested = session.execute(select(AuditEntry).where(AuditEntry.action == "ingest",
                                                            AuditEntry.record_id == str(document_id))).scalar_one()
        at = ingested.at if ingested.at.tzinfo else ingested.at.replace(tzinfo=UTC)  # SQLite: naive UTC
        ingested = (ingested.id, ingested.actor, at.isoformat())
    data = export_evidence(store, number, "lawyer")
    document = data["documents"][0]
    # the existing keys stay
    assert {"id", "original_sha256", "text", "text_sha256", "custody", "consent"} <= set(document)
    assert document["provenance"] == {
        "source": {"title": "Tale of the river town", "publisher": "Kestrel Review",
                   "url": "https://example.org/kestrel/river-town", "author": "Baurzhan Ilyasov",
                   "published_on": "2021-03-04", "retrieved_on": None, "language": None, "licence": None},
        "interview": {"interview_date": "2020-11-12", "interviewer": "Saltanat Mukhtarova",
                      "translation_of_id": None}}
    facts = {f["kind"]: f for f in data["facts"]}
    name = facts["name"]
    assert name["fields"]["name"] == "Orzigul Temirbekova" and name["span"] is None
    assert name["basis"] == STATED_AT_INGEST == "stated in the testimony's metadata at ingest"
    assert (name["audit_entry"], name["stated_by"], name["stated_at"]) == ingested
    # Every moment in the file says its zone, as exported_at does (SQLite stores them without it).
    moments = [name["stated_at"], data["exported_at"], *(f["asserted_at"] for f in data["facts"] if f.get("asserted_at"))]
    assert moments[2:] and all(moment.endswith("+00:00") for moment in moments)
    # positive control in the same file: the event rests on its passage, which a reviewer accepted
    event = facts["event"]
    assert event["fact"] == f"event:{sentenced_id}" and event["passage"] == "I was sentenced in 2019 to nine years."
    assert event["basis"] == "the passage at its span, which a reviewer accepted" and "stated_by" not in event


def test_show_prints_the_same_provenance_as_the_evidence_file(store, tmp_path, monkeypatch):
    from guwah.storage.queries import provenance
    from guwah.storage.tables import Document

    folder = tmp_path / "sourced"
    folder.mkdir()
    document_id = ingest_text(store, folder, "sourced.txt", SOURCED, SOURCED_SIDECAR)
    monkeypatch.setenv("GUWAH_DATA_DIR", str(store.settings.data_dir))
    monkeypatch.setenv("GUWAH_KEY_FILE", str(store.settings.key_file))
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    shown = CliRunner().invoke(app, ["show", str(document_id), "--json", "--no-text"])
    assert shown.exit_code == 0, shown.output
    shown = json.loads(shown.output)
    with store.session() as session:
        origin = provenance(session.get(Document, document_id))
    assert shown["source"] == json.loads(json.dumps(origin["source"], default=str))
    assert {key: shown["testimony"][key] for key in origin["interview"]} == {
        "interview_date": "2020-11-12", "interviewer": "Saltanat Mukhtarova", "translation_of_id": None}


def test_a_witness_name_from_a_sidecar_attached_later_says_so(store, tmp_path):
    # The sidecar came after ingest (`guwah attach-sidecar`): the basis names that act, not ingest.
    from guwah.export.evidence import STATED_WHEN_ATTACHED, export_evidence
    from guwah.ingest import attach_sidecar, ingest_file
    from guwah.storage.tables import AuditEntry, Entry, Person, Testimony

    folder = tmp_path / "later"
    folder.mkdir()
    (folder / "later.txt").write_text(SOURCED, encoding="utf-8")
    document_id = ingest_file(store, folder / "later.txt").document_id
    sidecar = tmp_path / "found.meta.yaml"
    sidecar.write_text(SOURCED_SIDECAR, encoding="utf-8")
    attach_sidecar(store, document_id, sidecar)
    with store.session() as session:
        witness = session.scalar(select(Testimony.witness_id).where(Testimony.document_id == document_id))
        number = session.scalar(select(Entry.number).join(Person, Person.entry_id == Entry.id)
                                .where(Person.id == witness))
        attached = session.execute(select(AuditEntry.id).where(AuditEntry.action == "attach_sidecar",
                                                               AuditEntry.record_id == str(document_id))).scalar_one()
    data = export_evidence(store, number, "lawyer")
    [name] = data["facts"]
    assert (name["basis"], name["audit_entry"]) == (STATED_WHEN_ATTACHED, attached)
    assert data["documents"][0]["provenance"]["source"]["publisher"] == "Kestrel Review"
