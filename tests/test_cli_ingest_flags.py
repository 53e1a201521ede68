"""`guwah ingest`'s flags for what a sidecar states of provenance: the original a translation
translates, the submitter and the witness with their contacts (one validation: ingest.metadata)."""

import json
import logging

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from guwah.cli import app

SUBMITTER_CONTACT = "Signal +7 701 555 0142 (Qaisar)"
WITNESS_CONTACT = "witness-mailbox-7731@example.org"


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.setenv("GUWAH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUWAH_ACTOR", "cli-tester")
    monkeypatch.setenv("GUWAH_KEY_FILE", str(tmp_path / "keys" / "master.key"))
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    monkeypatch.delenv("GUWAH_PASSPHRASE", raising=False)
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)

    assert invoke("init").exit_code == 0
    return invoke


@pytest.fixture
def original(run, tmp_path):
    (tmp_path / "original.txt").write_text("Менің ағам 2018 жылы Құлжада ұсталды.")
    [outcome] = json.loads(run("ingest", tmp_path / "original.txt", "--json").stdout)
    assert outcome["status"] == "ingested"
    return outcome


def _count_documents(tmp_path, monkeypatch) -> int:
    from guwah.storage import open_store
    from guwah.storage.tables import Document

    store = open_store(create=False)
    try:
        with store.session() as session:
            return session.scalar(select(func.count()).select_from(Document))
    finally:
        store.close()


@pytest.mark.parametrize("by", ["id", "hash"])
def test_flags_round_trip_into_show(run, tmp_path, original, by, caplog):
    (tmp_path / "translation.txt").write_text("My brother was detained in Ghulja in 2018.")
    ref = original["document_id"] if by == "id" else original["sha256"][:12]
    with caplog.at_level(logging.DEBUG):
        result = run("ingest", tmp_path / "translation.txt", "--translation-of", ref, "--submitter", "Qaisar Omarov",
                     "--submitter-contact", SUBMITTER_CONTACT, "--witness", "Dilnaz Sabit",
                     "--witness-contact", WITNESS_CONTACT, "--json")
    assert result.exit_code == 0, result.output
    [outcome] = json.loads(result.stdout)
    shown = json.loads(run("show", outcome["document_id"], "--json", "--no-text").stdout)["testimony"]
    assert shown["translation_of_id"] == original["document_id"]
    assert (shown["submitter"], shown["submitter_contact"]) == ("Qaisar Omarov", SUBMITTER_CONTACT)
    assert shown["witness_contact"] == WITNESS_CONTACT and shown["witness_id"] is not None
    # The contacts are printed by `show` to an editor (and kept by the full backup, `export json`), and
    # nowhere else: not by ingest, not in a log, not in the public export.
    assert run("export", "public", "-o", tmp_path / "public.json").exit_code == 0
    exported = (tmp_path / "public.json").read_text()
    assert "Qaisar Omarov" not in exported
    for contact in (SUBMITTER_CONTACT, WITNESS_CONTACT):
        assert contact not in result.output and contact not in caplog.text and contact not in exported


@pytest.mark.parametrize(("ref", "said"), [
    ("deadbeef00", "translation_of names no stored document"),
    ("99", "translation_of names no stored document"),
    ("00", "got '00'"),
    ("Dilnaz Sabit", "what was given is neither"),
])
def test_a_wrong_original_is_refused_with_nothing_stored(run, tmp_path, original, monkeypatch, ref, said):
    (tmp_path / "translation.txt").write_text("My brother was detained in Ghulja in 2018.")
    result = run("ingest", tmp_path / "translation.txt", "--translation-of", ref,
                 "--submitter-contact", SUBMITTER_CONTACT)
    assert result.exit_code == 1
    assert said in " ".join(result.output.split())
    assert "Dilnaz" not in result.output  # a name typed in the wrong box is never echoed
    assert SUBMITTER_CONTACT not in result.output
    assert _count_documents(tmp_path, monkeypatch) == 1  # the original only
    # control: the same file with the right original is stored
    assert run("ingest", tmp_path / "translation.txt", "--translation-of", original["document_id"]).exit_code == 0
    assert _count_documents(tmp_path, monkeypatch) == 2


def test_a_witness_contact_needs_a_witness_or_goes_to_the_sidecars(run, tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("An account of a detention in Korla in 2018.")
    result = run("ingest", tmp_path / "a.txt", "--witness-contact", WITNESS_CONTACT)
    assert result.exit_code == 1 and "witness contact is given without the witness's name" in result.output
    assert WITNESS_CONTACT not in result.output
    assert _count_documents(tmp_path, monkeypatch) == 0
    # With a sidecar's witness, the contact joins it and her recorded consent is kept.
    (tmp_path / "a.meta.yaml").write_text("witness:\n  name: Gulbahar Nurlan\n  consent: pseudonymous\n")
    result = run("ingest", tmp_path / "a.txt", "--witness-contact", WITNESS_CONTACT, "--json")
    assert result.exit_code == 0, result.output
    [outcome] = json.loads(result.stdout)
    shown = json.loads(run("show", outcome["document_id"], "--json", "--no-text").stdout)["testimony"]
    assert shown["witness_contact"] == WITNESS_CONTACT
    from guwah.storage import open_store
    from guwah.storage.tables import Person

    store = open_store(create=False)
    with store.session() as session:
        assert session.get(Person, shown["witness_id"]).consent == "pseudonymous"
    store.close()


def test_a_witness_flag_does_not_replace_the_sidecars(run, tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("An account of a detention in Korla in 2018.")
    (tmp_path / "a.meta.yaml").write_text("witness:\n  name: Gulbahar Nurlan\n  consent: public\n")
    result = run("ingest", tmp_path / "a.txt", "--witness", "Someone Else")
    assert result.exit_code == 1 and "the sidecar names the witness already" in " ".join(result.output.split())
    assert _count_documents(tmp_path, monkeypatch) == 0


def test_help_names_the_flags_as_the_sidecar_keys(run):
    shown = " ".join(run("ingest", "--help").output.split())
    for flag in ("--translation-of", "--witness", "--witness-contact", "--submitter", "--submitter-contact"):
        assert flag in shown
    assert "never published" in shown
