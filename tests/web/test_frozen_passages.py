"""An entry release keeps the passages it was approved with (issue 10, the publication gate): each
source link's offsets are frozen against the document release public at the entry's approval. When
the testimony is redrafted and released again, a link goes to the same words in the new release, or,
where those words are not public there, to the whole text; the entry is out of date until drafted
again, and `release check`, `release approve`, `release show` and the workspace say so. Invented
names and text."""

import json

from sqlalchemy import select
from typer.testing import CliRunner

from guwah.cli import app
from tests.releasing import release_document, release_entry
from tests.web.test_source_passages import SENTENCED, _by_event, _entry

# A detail of an opening paragraph, before every passage an accepted fact rests on: masking it moves
# them (a detail inside a fact's passage takes that fact off the entry: the gate redrafts the entry).
BEFORE = "Synthetic paragraph 7 of an invented account"
# A detail inside the sentencing's approved passage, outside the span its fact rests on afterwards
# (`_sentencing_rests_on_less`): masking it leaves the approved words nowhere in the new text.
INSIDE = "to eleven years"
SHORTER = "Timur Bakhtiyarov was sentenced in 2019"


def _sentencing_rests_on_less(store) -> None:
    """A reviewer rejects the sentencing's fact and accepts the same fact on a shorter span: the entry
    shows the same (it is not redrafted), but its approved passage is no fact's span any more."""
    from guwah.storage.tables import Event

    with store.session() as session:
        old = session.scalar(select(Event).where(Event.event_type == "sentencing"))
        old.review_state = "rejected"
        start = old.evidence_start  # the approved passage opens with the shorter span
        session.add(Event(person_id=old.person_id, event_type="sentencing", date_value="2019", date_precision="year",
                          evidence_document_id=old.evidence_document_id, evidence_start=start,
                          evidence_end=start + len(SHORTER), asserted_by_kind="user", asserted_by="t",
                          review_state="accepted", reviewed_by="reviewer"))


def _release_again(store, document_id: int, details: list[str]) -> int:
    return release_document(store, document_id, details)


def _entry_release(store, public_entry: int):
    from guwah.storage.tables import PublicNumber, Release

    with store.session() as session:
        entry_id = session.scalar(select(PublicNumber.subject_id).where(PublicNumber.subject_type == "entry",
                                                                        PublicNumber.number == public_entry))
        release = session.scalar(select(Release).where(Release.subject_type == "entry",
                                                       Release.subject_id == entry_id, Release.state == "approved"))
        session.expunge(release)
        return release


def _api(store, path: str) -> dict:
    from fastapi.testclient import TestClient

    from guwah.web import create_app

    with TestClient(create_app(store)) as client:
        return client.get(path).json()


def _document_id(store, public_document: int) -> int:
    from guwah.storage.tables import PublicNumber

    with store.session() as session:
        return session.scalar(select(PublicNumber.subject_id).where(PublicNumber.subject_type == "document",
                                                                    PublicNumber.number == public_document))


def _sentencing(store, entry: int) -> list[dict]:
    return _by_event(_api(store, f"/api/persons/{entry}"))["sentencing"]["passages"]


def test_the_approval_freezes_each_passage_against_the_document_release_then_public(store, tmp_path):
    from guwah.releases import out_of_date_entries

    entry, document = _entry(store, tmp_path)
    release = _entry_release(store, entry)
    [passage] = _sentencing(store, entry)
    [frozen] = release.passages["facts"]["timeline"][[e["event"] for e in release.content["timeline"]].index("sentencing")]
    assert (frozen["source"], frozen["start"], frozen["end"]) == (document, passage["start"], passage["end"])
    published = _api(store, f"/api/documents/{document}")["text"]
    assert published[passage["start"]:passage["end"]] == SENTENCED
    with store.session() as session:
        from guwah.releases import current_release

        first = current_release(session, _document_id(store, document)).id
        assert release.passages["documents"] == {str(document): first}
        assert out_of_date_entries(session) == []  # nothing released again yet


def test_a_testimony_released_again_moves_the_link_to_the_same_words_and_the_entry_is_out_of_date(store, tmp_path):
    from guwah.releases import out_of_date_entries
    from guwah.storage.tables import AuditEntry

    entry, document = _entry(store, tmp_path)
    [before] = _sentencing(store, entry)
    document_id = _document_id(store, document)
    again = _release_again(store, document_id, [BEFORE])
    published = _api(store, f"/api/documents/{document}")["text"]
    assert BEFORE not in published  # the redraft masks it, so the passage's offsets move
    [after] = _sentencing(store, entry)
    assert after["start"] != before["start"] and published[after["start"]:after["end"]] == SENTENCED
    assert after["href"] == f"/documents/{document}?passage={after['start']}-{after['end']}" \
                            f"#p-{after['start']}-{after['end']}"
    with store.session() as session:
        [stale] = out_of_date_entries(session)
        # the name's, the sentencing's and the status's links (the detention's passage holds a mask: none)
        assert stale.documents == ((document_id, document),) and (stale.moved, stale.dropped) == (3, 0)
        [audited] = [row for row in session.scalars(select(AuditEntry).where(AuditEntry.record_type == "entry"))
                     if row.detail.get("step") == "out_of_date"]
        assert audited.actor == "reviewer" and audited.detail["document_release"] == again
        assert (audited.detail["passages_moved"], audited.detail["passages_dropped"]) == (3, 0)


def test_a_passage_masked_in_the_new_release_loses_its_link_and_reviewers_are_told(store, tmp_path):
    from guwah.releases import out_of_date_entries

    entry, document = _entry(store, tmp_path)
    [approved] = _sentencing(store, entry)
    _sentencing_rests_on_less(store)
    # the link stays the passage approved, not the new span (found afresh, it would be other words)
    assert _sentencing(store, entry) == [approved]
    assert approved["end"] - approved["start"] == len(SENTENCED)
    _release_again(store, _document_id(store, document), [INSIDE])
    data = _api(store, f"/api/persons/{entry}")
    sentencing = _by_event(data)["sentencing"]
    assert INSIDE not in _api(store, f"/api/documents/{document}")["text"]
    assert sentencing["passages"] == [] and sentencing["sources"] == [document]  # the link goes to the whole text
    assert data["status"]["passages"] == []
    with store.session() as session:
        [stale] = out_of_date_entries(session)
        assert (stale.moved, stale.dropped) == (1, 2)  # the name's moved; the sentencing's and the status's not
        said = str(stale.reason)
    assert "1 found the same words in the new release and 2 now go to the whole text" in said
    assert "guwah release propose-entry E-" in said


def test_drafting_the_entry_again_freezes_it_against_the_new_release(store, tmp_path):
    from guwah.publish import public_entry
    from guwah.releases import out_of_date_entries
    from guwah.storage.tables import Entry, PublicNumber

    entry, document = _entry(store, tmp_path)
    _release_again(store, _document_id(store, document), [BEFORE])
    with store.session() as session:
        assert len(out_of_date_entries(session)) == 1
        entry_id = session.scalar(select(PublicNumber.subject_id).where(PublicNumber.subject_type == "entry",
                                                                        PublicNumber.number == entry))
        number = session.get(Entry, entry_id).number
        assert public_entry(session, entry).id == entry  # still public meanwhile
    release_entry(store, number)
    with store.session() as session:
        from guwah.releases import current_release

        assert out_of_date_entries(session) == []
        now = current_release(session, _document_id(store, document)).id
    assert _entry_release(store, entry).passages["documents"] == {str(document): now}
    published = _api(store, f"/api/documents/{document}")["text"]
    [passage] = _sentencing(store, entry)
    assert published[passage["start"]:passage["end"]] == SENTENCED


def test_an_entry_approved_before_passages_were_kept_still_links_and_is_found_out_of_date(store, tmp_path):
    from guwah.releases import out_of_date_entries
    from guwah.storage.tables import Release

    entry, document = _entry(store, tmp_path)
    release = _entry_release(store, entry)
    with store.session() as session:  # as migration 0034 leaves a release approved before it
        session.get(Release, release.id).passages = None
    [passage] = _sentencing(store, entry)  # found afresh, as before
    assert _api(store, f"/api/documents/{document}")["text"][passage["start"]:passage["end"]] == SENTENCED
    _release_again(store, _document_id(store, document), [BEFORE])
    with store.session() as session:
        [stale] = out_of_date_entries(session)
        assert (stale.moved, stale.dropped) == (None, None)
        assert "approved before its passages were kept" in str(stale.reason)


def _cli(store, settings, monkeypatch, *args):
    monkeypatch.setenv("GUWAH_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("GUWAH_KEY_FILE", str(settings.key_file))
    monkeypatch.setenv("GUWAH_ACTOR", "cli-reviewer")
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    monkeypatch.delenv("GUWAH_PASSPHRASE", raising=False)
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)


def test_the_cli_lists_the_entries_a_testimony_release_overtook(store, settings, monkeypatch, tmp_path):
    from guwah.releases import draft_release

    entry, document = _entry(store, tmp_path)
    document_id = _document_id(store, document)
    check = _cli(store, settings, monkeypatch, "release", "check", "--json")
    assert check.exit_code == 0 and json.loads(check.stdout)["out_of_date"] == []  # control
    with store.session() as session:
        draft = draft_release(session, document_id, "drafter", [BEFORE]).id
    approved = _cli(store, settings, monkeypatch, "release", "approve", draft)
    assert approved.exit_code == 0, approved.output
    said = " ".join(approved.output.split())
    assert "out of date: entry E-" in said and f"document {document_id} was released again" in said
    check = _cli(store, settings, monkeypatch, "release", "check", "--json")
    assert check.exit_code == 0  # it passes: still public, its links as approved
    [stale] = json.loads(check.stdout)["out_of_date"]
    assert stale["public_number"] == entry and (stale["moved"], stale["dropped"]) == (3, 0)
    assert "Timur" not in check.stdout and "Synthetic" not in check.stdout  # ids and counts, never words
    plain = _cli(store, settings, monkeypatch, "release", "check")
    assert f"(public {entry}): release {stale['release']} is out of date" in " ".join(plain.stdout.split())
    shown = _cli(store, settings, monkeypatch, "release", "show", stale["release"])
    assert f"warning: release {stale['release']} is out of date" in " ".join(shown.output.split())


def test_the_workspace_marks_the_entry_out_of_date(store, tmp_path):
    from guwah.web import create_app
    from tests.accounts.factories import client_as, make_user

    entry, document = _entry(store, tmp_path)
    release = _entry_release(store, entry)
    client, _ = client_as(create_app(store), store, make_user(store, "vera"))
    assert "out of date" not in client.get("/workspace/releases").text  # control: nothing overtaken yet
    assert "is out of date" not in client.get(f"/workspace/releases/{release.id}").text
    document_id = _document_id(store, document)
    _release_again(store, document_id, [BEFORE])
    listed = " ".join(client.get("/workspace/releases").text.split())
    assert f"out of date: document {document_id} was released again since" in listed
    page = " ".join(client.get(f"/workspace/releases/{release.id}").text.split())
    assert f"release {release.id} is out of date: document {document_id} was released again" in page
    assert "3 found the same words in the new release" in page
