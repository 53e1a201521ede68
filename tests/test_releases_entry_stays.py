"""An approved entry release stays up while everything it shows is still allowed (`guwah.releases.still_allowed`):
a testimony released after it that tells more of the same person makes it "out of date, still up" (more to
show: draft a new entry release), listed by `release check` and on the workspace, never withdrawn for that
alone. What makes what it shows no longer allowed (a cited testimony withdrawn, its consent lowered, a
naming basis withdrawn) still takes it down at once. Invented names and texts."""

import json

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from guwah.cli import app
from tests.releasing import entry_told_by, ingest_text, name_person, release_document, release_entry

NAME = "Parhat Ilyasjan"
ACCOUNTS = [(f"My cousin {NAME} was taken from his shop in Kashgar in 2017 by four policemen.",
             [{"event_type": "arrest", "date_value": "2017", "date_precision": "year"}]),
            (f"I shared a cell with {NAME} in 2018; he coughed every night.",
             [{"event_type": "detention", "date_value": "2018", "date_precision": "year"}])]
THIRD = f"In 2020 a neighbour heard that {NAME} was sentenced to fifteen years."


def _entry_released(store, tmp_path) -> tuple[int, int, list[int]]:
    """Entry of testimonies 1 and 2, both released, released itself; returns (entry number, public
    number, [document 1, document 2])."""
    from guwah.storage.tables import PersonName

    number = entry_told_by(store, tmp_path, ACCOUNTS, name=NAME, release=False)
    with store.session() as session:
        documents = sorted({row.evidence_document_id for row in session.scalars(select(PersonName))})
    release_entry(store, number)
    from guwah.storage.tables import PublicNumber

    with store.session() as session:
        public = session.scalar(select(PublicNumber.number).where(PublicNumber.subject_type == "entry"))
    return number, public, documents


def _third_released(store, tmp_path, number: int) -> int:
    """Testimony 3 tells of the same man: his mention named, merged into the entry, the text released."""
    from guwah.registry import merge
    from guwah.storage.tables import Event, Person, PersonName

    document = ingest_text(store, tmp_path, "account-third.txt", THIRD, "consent: public\n")
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        facts = {"evidence_document_id": document, "asserted_by_kind": "user", "asserted_by": "t",
                 "review_state": "accepted", "person_id": person.id}
        session.add(Event(event_type="sentencing", date_value="2020", date_precision="year", **facts))
        session.flush()
        person_id, other = person.id, person.entry.number
    # Named before his name is recorded: an unnamed mention of the same name would mask it in every
    # released text (the namesake rule), which takes testimonies 1 and 2 down, a change of its own.
    name_person(store, person_id)
    with store.session() as session:
        start = THIRD.index(NAME)
        session.add(PersonName(name=NAME, evidence_start=start, evidence_end=start + len(NAME), **facts))
    with store.session() as session:
        merge(session, number, other, "reviewer")
    release_document(store, document)
    return document


def _next_draft(store, document_id: int) -> None:
    """The newcomer's next step: testimony 1 drafted again (a commit the release check runs at)."""
    from guwah.releases import draft_release

    with store.session() as session:
        draft_release(session, document_id, "drafter")


def _approved(store) -> list:
    from guwah.storage.tables import Release

    with store.session() as session:
        return [(release.id, release.content) for release in session.scalars(
            select(Release).where(Release.subject_type == "entry", Release.state == "approved"))]


def _events(store, public: int) -> list[str]:
    from guwah.publish import public_entry

    with store.session() as session:
        return sorted(item["event"] for item in public_entry(session, public).timeline)


def test_a_testimony_released_later_leaves_the_entry_up_with_more_to_show(store, tmp_path):
    # Before: the entry's release was compared whole with what a release drafted today would show, so
    # testimony 3's sentencing made it "no longer pass" and the next commit withdrew it: the family lost
    # the page on a routine release. Now it stays, as approved, and is out of date with more to show.
    from guwah.releases import failing_releases, out_of_date_entries

    number, public, (first, _) = _entry_released(store, tmp_path)
    [(approved, content)] = _approved(store)
    assert _events(store, public) == ["arrest", "detention"]
    third = _third_released(store, tmp_path, number)
    _next_draft(store, first)
    assert _approved(store) == [(approved, content)]  # the same release, as approved, still served
    assert _events(store, public) == ["arrest", "detention"]
    with store.session() as session:
        checked, failing = failing_releases(session)
        [stale] = out_of_date_entries(session)
        reason = str(stale.reason)
        session.rollback()
    assert failing == [] and checked == 4, failing
    assert stale.release == approved and stale.documents == () and [d for d, _ in stale.new_sources] == [third]
    assert reason.startswith("more to show: draft a new entry release"), reason
    # Drafting it again and approving shows testimony 3's sentencing, and it is no longer out of date.
    release_entry(store, number)
    assert _events(store, public) == ["arrest", "detention", "sentencing"]
    with store.session() as session:
        assert out_of_date_entries(session) == []


def test_release_check_and_the_workspace_list_the_entry_as_more_to_show(store, settings, tmp_path, monkeypatch):
    from guwah.web import create_app
    from tests.accounts.factories import client_as, make_user

    number, public, (first, _) = _entry_released(store, tmp_path)
    monkeypatch.setenv("GUWAH_ACTOR", "vera")
    monkeypatch.setenv("GUWAH_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("GUWAH_KEY_FILE", str(settings.key_file))
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    runner = CliRunner()
    before = runner.invoke(app, ["release", "check", "--json"])
    assert before.exit_code == 0 and json.loads(before.stdout)["out_of_date"] == [], before.output  # control
    client, _ = client_as(create_app(store), store, make_user(store, "vera"))
    assert "more to show" not in client.get("/workspace/releases").text  # control
    _third_released(store, tmp_path, number)
    _next_draft(store, first)
    check = runner.invoke(app, ["release", "check"])
    assert check.exit_code == 0, check.output
    assert f"out of date: entry {'E-'}{number} (public {public}): more to show: draft a new entry release" \
           in check.stdout, check.output
    assert "0 would no longer pass" in check.output
    [stale] = json.loads(runner.invoke(app, ["release", "check", "--json"]).stdout)["out_of_date"]
    assert stale["reason"].startswith("more to show") and len(stale["new_sources"]) == 1
    listed = " ".join(client.get("/workspace/releases").text.split())
    page = " ".join(client.get(f"/workspace/releases/{stale['release']}").text.split())
    assert "more to show: draft a new entry release" in listed, listed
    assert "more to show: draft a new entry release" in page


@pytest.mark.parametrize("step", ["withdraw testimony 1", "consent lowered", "naming basis withdrawn"])
def test_what_it_shows_no_longer_allowed_still_takes_it_down_at_once(store, tmp_path, step):
    # Controls of the same path: with testimony 3 released (more to show), a change that makes what the
    # release shows no longer allowed takes it down at the commit that makes it.
    from guwah.errors import ConsentRefused, NotFound
    from guwah.publish import public_entry
    from guwah.releases import request_consent_change, withdraw_bases, withdraw_testimony
    from guwah.storage.tables import PersonName

    number, public, (first, _) = _entry_released(store, tmp_path)
    _third_released(store, tmp_path, number)
    _next_draft(store, first)
    assert len(_approved(store)) == 1  # more to show: still up
    with store.session() as session:
        if step == "withdraw testimony 1":
            withdraw_testimony(session, first, "editor", "the witness asked")
        elif step == "consent lowered":
            request_consent_change(session, first, "confidential", "editor")
        else:
            mention = session.scalar(select(PersonName.person_id).where(PersonName.evidence_document_id == first))
            withdraw_bases(session, mention, "editor")
    assert _approved(store) == []
    with store.session() as session, pytest.raises((ConsentRefused, NotFound)):
        public_entry(session, public)
