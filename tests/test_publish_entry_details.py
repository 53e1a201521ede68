"""A pseudonymous wife's testimony masks her detained husband's name but keeps his exact days of
detention and release, which his public entry (named on another witness's consent) shows under his
name: reading both tells whose wife testified (h-infer73). The draft's notes say which details match
which entry, approval is refused until a reviewer masks them (one step: --mask-entry-details) or keeps
them with a reason (audited). Controls: the same testimony whose husband has no released entry, and
the draft with the details masked, release as before. Invented people, our own words."""

import re

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from guwah.cli import app
from guwah.errors import InputError, ReviewRequired
from guwah.releases import approve_release, draft_release, drafting_notes, entry_details_shown
from tests.releasing import entry_told_by, ingest_text, name_person

HUSBAND = "Perhat Yasinjan"
PUBLIC_ACCOUNT = (f"My neighbour {HUSBAND} was detained on 14 March 2018 and released on 20 August 2019. "
                  "I saw it myself.")
EVENTS = [{"event_type": "detention", "date_value": "2018-03-14", "date_precision": "day"},
          {"event_type": "release", "date_value": "2019-08-20", "date_precision": "day"}]
WIFE = "Meryem Talip"
TESTIMONY = (f"My name is {WIFE}. My husband {HUSBAND} was detained on 14 March 2018. He was released on "
             "20 August 2019, and our son stayed with me.")
SIDECAR = f"consent: pseudonymous\nwitness: {{name: {WIFE}, consent: pseudonymous}}\n"


def _archive(store, tmp_path, entry_released=True):
    """The husband's entry from a public account (released or not), and the wife's pseudonymous
    testimony whose mention of him is merged into that entry."""
    from guwah.registry import merge
    from guwah.storage.tables import Entry, Person, PersonName

    folder = tmp_path / "in"
    folder.mkdir()
    entry = entry_told_by(store, folder, [(PUBLIC_ACCOUNT, EVENTS)], HUSBAND, release=entry_released)
    document = ingest_text(store, folder, "wife.txt", TESTIMONY, SIDECAR)
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        start = TESTIMONY.index(HUSBAND)
        session.add(PersonName(person_id=person.id, name=HUSBAND, evidence_document_id=document,
                               evidence_start=start, evidence_end=start + len(HUSBAND), asserted_by_kind="user",
                               asserted_by="t", review_state="accepted"))
        session.flush()
        mention, own = person.id, person.entry.number
    name_person(store, mention)
    with store.session() as session:
        number = session.get(Entry, entry).number if entry_released else entry
        merge(session, number, own, "reviewer")
    return document


def _draft(store, document, details=(HUSBAND,), **kwargs):
    with store.session() as session:
        draft = draft_release(session, document, "drafter", list(details), **kwargs)
        return draft.id, [str(note) for note in drafting_notes(session, draft)]


def test_the_draft_says_which_details_match_the_entry_and_approval_waits(store, tmp_path):
    from guwah.storage.tables import AuditEntry, Release

    document = _archive(store, tmp_path)
    draft, notes = _draft(store, document)
    ours = [note for note in notes if "match public entry" in note]
    assert len(ours) == 1 and "these 2 details" in ours[0], notes
    assert '"14 March 2018"' in ours[0] and '"20 August 2019"' in ours[0] and "--mask-entry-details" in ours[0]
    assert HUSBAND not in " ".join(notes)  # the entry by its number, never the name
    with store.session() as session, pytest.raises(ReviewRequired, match="match public entry"):
        approve_release(session, draft, "reviewer")
    with store.session() as session, pytest.raises(InputError, match="needs a reason"):
        approve_release(session, draft, "reviewer", " ", keep_entry_details=True)
    with store.session() as session:
        assert session.get(Release, draft).state == "draft"  # nothing stored by the refusals
        approve_release(session, draft, "reviewer", "the family wants his days known", keep_entry_details=True)
    with store.session() as session:
        row = session.get(Release, draft)
        assert (row.state, row.approval_reason) == ("approved", "the family wants his days known")
        kept = [entry.detail.get("kept_entry_details") for entry in session.scalars(
            select(AuditEntry).where(AuditEntry.record_type == "document", AuditEntry.record_id == str(document)))
            if entry.detail.get("step") == "approved"]
        assert len(kept) == 1 and kept[0][0].startswith("public entry "), kept


def test_masking_them_in_one_step_releases_as_before(store, tmp_path):
    from guwah.storage.tables import Release

    document = _archive(store, tmp_path)
    draft, notes = _draft(store, document, mask_entry_details=True)
    assert not any("match public entry" in note for note in notes), notes
    with store.session() as session:
        text = session.get(Release, draft).content["text"]
        assert "14 March 2018" not in text and "20 August 2019" not in text and "our son" in text
        approve_release(session, draft, "reviewer")


def test_no_released_entry_no_note(store, tmp_path):
    # Control: the same testimony, the husband's entry never released: nothing to match, released as before.
    document = _archive(store, tmp_path, entry_released=False)
    draft, notes = _draft(store, document)
    assert not any("match" in note and "entry" in note for note in notes), notes
    with store.session() as session:
        from guwah.storage.tables import Release

        assert entry_details_shown(session, session.get(Release, draft)) == []
        approve_release(session, draft, "reviewer")


def test_the_cli_and_the_page_refuse_and_offer_the_same(store, tmp_path, monkeypatch):
    from html import unescape

    from guwah.web import create_app
    from tests.accounts.factories import client_as, make_user
    from tests.shared import point_cli_at

    document = _archive(store, tmp_path)
    draft, _ = _draft(store, document)
    client, token = client_as(create_app(store), store, make_user(store, "eldor", "editor", totp=True))
    import guwah.releases

    reads = []  # the page reads the matches once (they run the extractor's date and place steps), notes and form alike
    shown = guwah.releases.entry_details_shown
    monkeypatch.setattr(guwah.releases, "entry_details_shown", lambda *a: reads.append(1) or shown(*a))
    page = unescape(client.get(f"/workspace/releases/{draft}").text)
    assert len(reads) == 1
    monkeypatch.setattr(guwah.releases, "entry_details_shown", shown)
    assert 'name="keep_entry_details"' in page and 'name="mask_entry_details"' in page
    assert "these 2 details" in page and "match public entry" in page
    refused = client.post(f"/workspace/releases/{draft}/approve", data={"csrf_token": token})
    assert refused.status_code == 409 and "match public entry" in unescape(refused.text)
    masked = client.post(f"/workspace/documents/{document}/release",
                         data={"csrf_token": token, "mask_entry_details": "1"}, follow_redirects=False)
    assert masked.status_code == 303, masked.text
    again = unescape(client.get(masked.headers["location"]).text)
    assert "match public entry" not in again and "14 March 2018" not in again
    # the CLI: the note on drafting, refused without the choice, approved with it and a reason
    make_user(store, "farida", "editor")
    point_cli_at(store, monkeypatch)
    monkeypatch.setenv("GUWAH_ACTOR", "farida")
    runner = CliRunner()
    drafted = runner.invoke(app, ["release", "propose", str(document), "--mask", HUSBAND])
    told = " ".join(drafted.stderr.split())
    assert drafted.exit_code == 0 and "match public entry" in told, drafted.output
    second = int(re.search(r"Draft (\d+) stored", told).group(1))
    monkeypatch.setenv("GUWAH_ACTOR", "eldor")
    said = runner.invoke(app, ["release", "approve", str(second)])
    assert said.exit_code == 1 and "--keep-entry-details" in " ".join(said.stderr.split()), said.output
    kept = runner.invoke(app, ["release", "approve", str(second), "--keep-entry-details", "--reason", "family asked"])
    assert kept.exit_code == 0, kept.output


@pytest.mark.parametrize("born", ["born 1984 in Ghulja", "born 1984"])
def test_the_birth_year_counts_with_the_birthplace_only(store, tmp_path, born):
    from guwah.extract.pipeline import find_details
    from guwah.registry import merge
    from guwah.storage.tables import Entry, Person, PersonAttribute, PersonName, Place, Release
    from tests.releasing import release_entry

    public = f"My neighbour {HUSBAND}, born 1984 in Ghulja, was taken away. I saw it myself."
    (_, ghulja), = [span for span in find_details(public).place_spans]
    folder = tmp_path / "in"
    folder.mkdir()
    number = entry_told_by(store, folder, [(public, [])], HUSBAND, release=False)
    with store.session() as session:
        entry = session.scalar(select(Entry).where(Entry.number == number, Entry.kind == "person"))
        person = session.scalar(select(Person).where(Person.entry_id == entry.id))
        document = session.scalar(select(PersonName.evidence_document_id).where(PersonName.person_id == person.id))
        place = Place(gazetteer_id=ghulja, name=ghulja)
        session.add(place)
        session.flush()
        facts = {"evidence_document_id": document, "asserted_by_kind": "user", "asserted_by": "t",
                 "review_state": "accepted", "person_id": person.id}
        session.add(PersonAttribute(attribute="birth_year", value="1984", **facts))
        session.add(PersonAttribute(attribute="birthplace", value="Ghulja", place_id=place.id, **facts))
    release_entry(store, number)
    text = f"My name is {WIFE}. My husband {HUSBAND}, {born}, was taken away in spring, and our son stayed with me."
    wife = ingest_text(store, folder, "wife.txt", text, SIDECAR)
    with store.session() as session:
        mention = Person()
        session.add(mention)
        session.flush()
        start = text.index(HUSBAND)
        session.add(PersonName(person_id=mention.id, name=HUSBAND, evidence_document_id=wife, evidence_start=start,
                               evidence_end=start + len(HUSBAND), asserted_by_kind="user", asserted_by="t",
                               review_state="accepted"))
        session.flush()
        mention_id, own = mention.id, mention.entry.number
    name_person(store, mention_id)
    with store.session() as session:
        merge(session, number, own, "reviewer")
    draft, notes = _draft(store, wife)
    with store.session() as session:
        shown = entry_details_shown(session, session.get(Release, draft))
    if "Ghulja" in born:
        assert [match.details for match in shown] == [(("birth year", "1984"), ("birthplace", "Ghulja"))], notes
    else:  # a year alone is said of many: no note (control of the same path)
        assert shown == [], notes
