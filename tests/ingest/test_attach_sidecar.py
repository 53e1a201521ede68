"""A sidecar that ingest missed (named for another file) is recorded afterwards with
`guwah attach-sidecar DOC SIDECAR`, by the function ingest records metadata with, audited; never
over a recorded consent. Before, there was no way: the document stayed confidential with no source
or witness, and ingesting it again applied nothing. Invented people, our own words."""

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from guwah.cli import app

SIDECAR = ("title: A cousin's account\npublisher: Example Documentation Group\nconsent: public\n"
           "consent_note: Agreed on the phone, 2021-04-30.\nembargo_until: 2031-01-01\n"
           "witness: {name: Aynur Qadir, consent: pseudonymous, contact: aynur@example.org}\n")


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.setenv("GUWAH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUWAH_ACTOR", "editor")
    monkeypatch.setenv("GUWAH_KEY_FILE", str(tmp_path / "keys" / "master.key"))
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    monkeypatch.delenv("GUWAH_PASSPHRASE", raising=False)

    def invoke(*args):
        return CliRunner().invoke(app, [str(a) for a in args])

    assert invoke("init").exit_code == 0
    return invoke


def _ingest_misnamed(run, tmp_path, sidecar: str = SIDECAR, stem: str = "interview"):
    """`Interview.txt` with its sidecar written `interview.meta.yaml`: the sidecar is an orphan."""
    folder = tmp_path / stem
    folder.mkdir()
    (folder / "Interview.txt").write_text(f"My cousin was taken from his shop in Aksu in the spring of 2018 ({stem}).")
    (folder / f"{stem}.meta.yaml").write_text(sidecar)
    ingested = run("ingest", folder)
    assert ingested.exit_code == 1 and "no testimony beside it has its name" in ingested.output  # the orphan
    [document] = json.loads(run("documents", "--json").stdout)[-1:]
    return document["id"], folder / f"{stem}.meta.yaml"


def _shown(run, document_id: int) -> dict:
    return json.loads(run("show", document_id, "--json", "--no-text").stdout)


def test_a_missed_sidecar_is_recorded_as_ingest_would_have_and_audited(run, tmp_path):
    document_id, sidecar = _ingest_misnamed(run, tmp_path)
    before = _shown(run, document_id)
    assert before["testimony"]["consent"] == "confidential" and before["source"] is None  # what ingest left
    attached = run("attach-sidecar", document_id, sidecar)
    assert attached.exit_code == 0, attached.output
    assert "consent, consent_note, embargo_until, publisher, title, witness" in " ".join(attached.output.split())
    shown = _shown(run, document_id)
    assert shown["source"]["title"] == "A cousin's account"
    assert shown["source"]["publisher"] == "Example Documentation Group"
    testimony = shown["testimony"]
    assert (testimony["consent"], testimony["embargo_until"]) == ("public", "2031-01-01")
    assert testimony["consent_note"] == "Agreed on the phone, 2021-04-30."
    assert testimony["witness_contact"] == "aynur@example.org" and testimony["witness_id"] is not None
    assert shown["custody"][-1]["action"] == "metadata_attached"
    entries = json.loads(run("audit", "list", "--json").stdout)
    [entry] = [e for e in entries if e["action"] == "attach_sidecar"]
    assert (entry["record_id"], entry["detail"]["consent"]) == (str(document_id), "public")
    # The audit log names fields and the level, never what they hold.
    assert "Aynur" not in json.dumps(entries) and "cousin's account" not in json.dumps(entries)
    # Its witness is a person named in the archive, as an ingest with the sidecar makes her.
    listed = run("persons", "list", "--query", "Aynur Qadir", "--json")
    assert listed.exit_code == 0 and "Aynur Qadir" in listed.stdout, listed.output


def test_a_second_sidecar_is_refused_and_changes_nothing(run, tmp_path):
    document_id, sidecar = _ingest_misnamed(run, tmp_path)
    assert run("attach-sidecar", document_id, sidecar).exit_code == 0
    after_first = _shown(run, document_id)
    other = tmp_path / "other.meta.yaml"
    other.write_text("consent: confidential\ntitle: Another title\n")
    refused = run("attach-sidecar", document_id, other)
    assert refused.exit_code == 1 and refused.output.count("\n") == 1, refused.output
    assert "already has a recorded consent or provenance" in refused.output
    assert "Another title" not in refused.output
    assert _shown(run, document_id) == after_first


@pytest.mark.parametrize("stated", ["consent: confidential\n", "title: Stated at ingest\n"])
def test_a_document_ingested_with_a_sidecar_is_refused_even_when_it_stated_the_defaults(run, tmp_path, stated):
    # `consent: confidential` looks like no sidecar at all in the stored testimony: the received
    # event records which fields ingest was given, so it is not taken for a missed sidecar.
    folder = tmp_path / "given"
    folder.mkdir()
    (folder / "a.txt").write_text("An account of a detention in Korla in 2018.")
    (folder / "a.meta.yaml").write_text(stated)
    assert run("ingest", folder / "a.txt").exit_code == 0
    refused = run("attach-sidecar", 1, tmp_path / "late.meta.yaml")
    assert refused.exit_code == 1  # the file does not even exist: refused all the same, one line
    (tmp_path / "late.meta.yaml").write_text(SIDECAR)
    refused = run("attach-sidecar", 1, tmp_path / "late.meta.yaml")
    assert refused.exit_code == 1 and "was ingested with metadata" in refused.output, refused.output
    assert _shown(run, 1)["testimony"]["consent"] == "confidential"


def test_a_document_whose_consent_was_changed_after_ingest_is_refused(run, tmp_path):
    document_id, sidecar = _ingest_misnamed(run, tmp_path)
    assert run("consent", "set", document_id, "public", "--reason", "she agreed on 3 May").exit_code == 0  # pending
    refused = run("attach-sidecar", document_id, sidecar)
    assert refused.exit_code == 1 and "changed after ingest" in refused.output, refused.output
    assert _shown(run, document_id)["testimony"]["consent"] == "confidential"


def test_a_document_ingested_before_the_marker_is_judged_by_its_records(run, tmp_path):
    # Documents ingested before ingest recorded which fields it was given have no `stated`: one whose
    # testimony holds only the defaults takes a sidecar, one with a recorded witness does not.
    from guwah.config import load_settings
    from guwah.storage import Store
    from guwah.storage.tables import CustodyEvent

    bare, sidecar = _ingest_misnamed(run, tmp_path)
    given, _ = _ingest_misnamed(run, tmp_path, "witness: {name: Dilnur Sabir}\n", stem="second")
    assert given != bare
    store = Store(load_settings())
    try:
        with store.session() as session:
            for event in session.query(CustodyEvent).filter_by(action="received"):
                assert "stated" in event.detail
                event.detail = {k: v for k, v in event.detail.items() if k != "stated"}
    finally:
        store.close()
    assert run("attach-sidecar", bare, sidecar).exit_code == 0
    # the second one's misnamed sidecar was missed too; it was given a witness by other means since
    store = Store(load_settings())
    try:
        with store.session() as session:
            from guwah.storage.tables import Person, Testimony

            person = Person()
            session.add(person)
            session.flush()
            session.query(Testimony).filter_by(document_id=given).one().witness_id = person.id
    finally:
        store.close()
    refused = run("attach-sidecar", given, sidecar)
    assert refused.exit_code == 1 and "witness" in refused.output, refused.output


@pytest.mark.parametrize(("content", "says"), [
    ("consnet: public\n", "unknown key consnet"),
    ("", "states no metadata"),
    ("published: 2999-01-01\n", "after today"),
    ("translation_of: 0123456789abcdef\n", "names no stored document"),
])
def test_a_bad_sidecar_is_one_line_and_changes_nothing(run, tmp_path, content, says):
    document_id, _ = _ingest_misnamed(run, tmp_path)
    bad = tmp_path / "bad.meta.yaml"
    bad.write_text(content)
    refused = run("attach-sidecar", document_id, bad)
    assert refused.exit_code == 1 and refused.output.count("\n") == 1 and says in refused.output, refused.output
    shown = _shown(run, document_id)
    assert shown["source"] is None and shown["testimony"]["consent"] == "confidential"
    assert shown["custody"][-1]["action"] != "metadata_attached"


def test_a_document_cannot_be_recorded_as_its_own_translation(run, tmp_path):
    document_id, _ = _ingest_misnamed(run, tmp_path)
    own = _shown(run, document_id)["sha256"]
    looped = tmp_path / "loop.meta.yaml"
    looped.write_text(f"translation_of: {own[:12]}\n")
    refused = run("attach-sidecar", document_id, looped)
    assert refused.exit_code == 1 and "itself" in refused.output, refused.output


def test_only_a_member_who_may_change_consent_attaches_a_sidecar(run, tmp_path, monkeypatch):
    from guwah.accounts import create_user
    from guwah.config import load_settings
    from guwah.storage import Store
    from tests.accounts.factories import PASSWORD, fast_hashing

    document_id, sidecar = _ingest_misnamed(run, tmp_path)
    store = Store(load_settings())
    try:
        with fast_hashing(), store.session() as session:
            create_user(store, session, "amina", PASSWORD, "admin", actor="amina")
            create_user(store, session, "vera", PASSWORD, "viewer", actor="amina")
    finally:
        store.close()
    monkeypatch.setenv("GUWAH_ACTOR", "vera")
    refused = run("attach-sidecar", document_id, sidecar)
    assert refused.exit_code == 1 and "'vera'" in refused.output, refused.output
    monkeypatch.setenv("GUWAH_ACTOR", "amina")
    assert run("attach-sidecar", document_id, sidecar).exit_code == 0  # control: an admin may
    assert _shown(run, document_id)["testimony"]["embargo_until"] == date(2031, 1, 1).isoformat()
