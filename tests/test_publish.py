"""What the public sees: consent levels, stable pseudonyms, reviewer-approved releases, small
counts suppressed."""

import pytest
from fastapi.testclient import TestClient

from guwah.domain import ReviewState
from guwah.errors import ConsentRefused, InputError
from guwah.ingest import ingest_file
from guwah.publish import approve_release, propose_release, public_document, public_documents, public_figures
from guwah.redaction import pseudonym
from guwah.storage.tables import Event, Person, PersonName
from guwah.web import create_app

TEXT = ("My name is Rayila Kamal. My husband Tursun Ehmet was taken on 12 March 2018 in Aksu. "
        "Write to me at rayila@example.org or call +90 555 123 4567.")


def add(store, tmp_path, name, sidecar, text=TEXT):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (tmp_path / (path.stem + ".meta.yaml")).write_text(sidecar, encoding="utf-8")
    return ingest_file(store, path).document_id


def name_person(store, document_id, name, consent):
    with store.session() as session:
        person = Person(consent=consent)
        session.add(person)
        session.flush()
        start = TEXT.index(name)
        session.add(PersonName(person_id=person.id, name=name, evidence_document_id=document_id,
                               evidence_start=start, evidence_end=start + len(name),
                               asserted_by_kind="user", asserted_by="reviewer"))
        return person.id


def test_public_text_masks_people_without_public_consent(store, tmp_path):
    document_id = add(store, tmp_path, "a.txt", "consent: public\nwitness: {name: Rayila Kamal, consent: public}\n")
    husband = name_person(store, document_id, "Tursun Ehmet", "pseudonymous")
    with store.session() as session:
        text = public_document(session, document_id).text
        alias = pseudonym(store.ring, husband)
    assert "Rayila Kamal" in text  # she consented to be named
    assert "Tursun" not in text and "Ehmet" not in text
    assert f"husband {alias} was taken" in text
    assert "rayila@example.org" not in text and "555 123" not in text


def test_confidential_people_are_withheld_and_pseudonyms_are_stable(store, tmp_path):
    document_id = add(store, tmp_path, "a.txt", "consent: public\n")
    name_person(store, document_id, "Rayila Kamal", "confidential")
    husband = name_person(store, document_id, "Tursun Ehmet", "pseudonymous")
    with store.session() as session:
        first = public_document(session, document_id).text
    with store.session() as session:
        second = public_documents(session)[0].text
    assert "Rayila" not in first and "[name withheld]" in first
    assert first == second
    assert pseudonym(store.ring, husband) in first
    assert pseudonym(store.ring, husband) != pseudonym(store.ring, husband + 1)


def test_pseudonymous_testimony_is_published_only_after_approval(store, tmp_path):
    document_id = add(store, tmp_path, "p.txt", "consent: pseudonymous\ntitle: Rayila's account\n"
                      "witness: {name: Rayila Kamal, consent: pseudonymous}\n")
    name_person(store, document_id, "Tursun Ehmet", "confidential")
    with store.session() as session:
        assert public_documents(session) == []
        propose_release(session, document_id, extra_masks=["Aksu", "12 March 2018"])
    with store.session() as session:
        assert public_documents(session) == []  # a draft is not a release
        with pytest.raises(ConsentRefused):
            public_document(session, document_id)
        approve_release(session, document_id, "reviewer-3")
    with store.session() as session:
        released = public_document(session, document_id)
    for secret in ("Rayila", "Kamal", "Tursun", "Aksu", "12 March 2018", "rayila@", "Rayila's account"):
        assert secret not in released.text + released.title
    assert released.sha256 is None and released.author is None and released.url is None
    assert "[detail withheld]" in released.text


def test_only_pseudonymous_testimonies_are_released_as_redactions(store, tmp_path):
    document_id = add(store, tmp_path, "c.txt", "consent: confidential\n")
    with store.session() as session, pytest.raises(InputError, match="confidential"):
        propose_release(session, document_id)


def test_small_counts_are_suppressed(store, tmp_path):
    document_id = add(store, tmp_path, "a.txt", "consent: public\n")
    with store.session() as session:
        for _ in range(7):
            session.add(Event(event_type="detention", evidence_document_id=document_id, asserted_by_kind="user",
                              asserted_by="r", review_state=ReviewState.ACCEPTED.value))
        session.add(Event(event_type="death", evidence_document_id=document_id, asserted_by_kind="user",
                          asserted_by="r", review_state=ReviewState.ACCEPTED.value))
        session.add(Event(event_type="release", evidence_document_id=document_id, asserted_by_kind="user",
                          asserted_by="r", review_state=ReviewState.PROPOSED.value))
    with store.session() as session:
        figures = public_figures(session)
    assert figures.events_by_type == {"death": "fewer than 5", "detention": 7}
    assert figures.testimonies == "fewer than 5"
    page = TestClient(create_app(store)).get("/figures")
    assert page.status_code == 200 and "fewer than 5" in page.text


def test_release_cli_drafts_and_approves(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from guwah.cli import app

    monkeypatch.setenv("GUWAH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUWAH_KEY_FILE", str(tmp_path / "keys" / "master.key"))
    monkeypatch.setenv("GUWAH_ACTOR", "reviewer-9")
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    runner = CliRunner()
    (tmp_path / "p.txt").write_text(TEXT)
    (tmp_path / "p.meta.yaml").write_text("consent: pseudonymous\nwitness: {name: Rayila Kamal, consent: pseudonymous}\n")
    assert runner.invoke(app, ["ingest", str(tmp_path / "p.txt")]).exit_code == 0
    draft = runner.invoke(app, ["release", "propose", "1", "--mask", "Aksu"])
    assert draft.exit_code == 0 and "Rayila" not in draft.stdout and "Aksu" not in draft.stdout
    assert runner.invoke(app, ["release", "approve", "1"]).exit_code == 0
    audit = runner.invoke(app, ["audit", "list", "--json"]).stdout
    assert "public_release" in audit and "reviewer-9" in audit


@pytest.mark.parametrize("text, masked", [
    ("call +90 555 123 4567 today", True),
    ("write to a.b@example.org", True),
    ("held from 2017-2019 in Hotan", False),
    ("released on 12.03.2018", False),
])
def test_contact_details_are_masked_but_dates_are_not(text, masked):
    from guwah.redaction import DETAIL, apply_masks

    assert (DETAIL in apply_masks(text, [])) is masked


def test_a_consenting_witness_stays_named_beside_a_stricter_duplicate(store, tmp_path):
    document_id = add(store, tmp_path, "a.txt", "consent: public\nwitness: {name: Rayila Kamal, consent: public}\n")
    name_person(store, document_id, "Rayila Kamal", "confidential")  # e.g. an unreviewed extraction
    name_person(store, document_id, "Tursun Ehmet", "confidential")
    with store.session() as session:
        text = public_document(session, document_id).text
    assert text.startswith("My name is Rayila Kamal.")
    assert "Tursun" not in text
