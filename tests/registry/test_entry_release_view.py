"""An entry release read by a reviewer (h-relpage64): one builder of its sections
(`guwah.releases.entry_view`) for `guwah release show` and the workspace's release page, a draft shown
only with what a release today would publish as drafted, and `release show --json` printing the
release's content as it did before the readable lines (`release propose-entry --json`'s document)."""

import json

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from guwah.cli import app
from guwah.registry import merge
from guwah.releases import draft_entry_release, withdraw_bases, withdraw_testimony
from guwah.releases.entry_view import SECTIONS, entry_release_view
from guwah.storage.tables import AuditEntry, Event, Person, PersonName, Release
from guwah.web import create_app
from tests.accounts.factories import client_as, fast_hashing, make_user
from tests.releasing import ingest_text, name_person, release_document
from tests.shared import point_cli_at

# Invented accounts of one invented man, the second spelling his name another way.
SISTER = "My brother Tursun Ehmet was detained in 2018."
COUSIN = "Our cousin Tursun Ahmet was sentenced in 2019 after months in a camp."


@pytest.fixture(autouse=True)
def _fast_passwords():
    with fast_hashing():
        yield


def _account(store, folder, file: str, text: str, name: str, event: dict, release: bool = True) -> tuple[int, int, int]:
    """A public testimony naming one mention by `name` (on a relative's basis), with one accepted
    event, released unless `release` is False: (document id, mention id, entry number)."""
    document = ingest_text(store, folder, file, text, "consent: public\n")
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        facts = {"evidence_document_id": document, "asserted_by_kind": "user", "asserted_by": "t",
                 "review_state": "accepted", "person_id": person.id}
        start = text.index(name)
        session.add(PersonName(name=name, evidence_start=start, evidence_end=start + len(name), **facts))
        session.add(Event(**event, **facts))
        session.flush()
        mention, number = person.id, person.entry.number
    name_person(store, mention)
    if release:
        release_document(store, document)
    return document, mention, number


def _two_accounts(store, folder) -> tuple[int, int, int]:
    """One entry told by SISTER and COUSIN, its release drafted by "drafter" (not approved):
    (the draft's id, COUSIN's document id, the entry number)."""
    # Both named and merged before either is released: an unnamed spelling alike would be masked in
    # the other testimony (its release taken down).
    sister, _, number = _account(store, folder, "a.txt", SISTER, "Tursun Ehmet",
                                 {"event_type": "detention", "date_value": "2018", "date_precision": "year"}, False)
    cousin, _, other = _account(store, folder, "b.txt", COUSIN, "Tursun Ahmet",
                                {"event_type": "sentencing", "date_value": "2019", "date_precision": "year"}, False)
    with store.session() as session:
        merge(session, number, other, "reviewer")
    release_document(store, sister)
    release_document(store, cousin)
    with store.session() as session:
        draft = draft_entry_release(session, number, "drafter").id
    return draft, cousin, number


def _reader(store):
    """A function (release id) -> the workspace's page of that release as a viewer reads it."""
    client, _ = client_as(create_app(store), store, make_user(store, "vera"))

    def read(release: int) -> str:
        page = client.get(f"/workspace/releases/{release}")
        assert page.status_code == 200
        return page.text
    return read


def test_the_view_keeps_the_content_s_order_and_holds_back_what_today_would_not_publish():
    name = {"name": "Tursun Ehmet", "script": None, "sources": [1], "corroboration": 1}
    alias = {"name": "Tursun Ahmet", "script": None, "sources": [2], "corroboration": 1}
    event = {"event": "detention", "date": "2018", "precision": "year", "facility": None, "place": None,
             "sources": [1, 2], "corroboration": 2}
    content = {"names": [name, alias], "status": {"status": "detained", "date": "2018", "source": 1},
               "timeline": [event], "violations": [], "attributes": []}
    whole = entry_release_view(content)
    assert [s.name for s in whole.sections] == list(SECTIONS) and (whole.held_back, whole.refused) == (0, False)
    assert [f.what["name"] for f in whole.sections[0].facts] == ["Tursun Ehmet", "Tursun Ahmet"]
    assert whole.sections[1].facts[0].sources == [1] and whole.sections[1].facts[0].corroboration is None
    # today the alias's testimony is down: the alias, and the event as drafted (citing it), are held back
    today = {**content, "names": [name], "timeline": [{**event, "sources": [1], "corroboration": 1}]}
    held = entry_release_view(content, today)
    assert [f.what["name"] for f in held.sections[0].facts] == ["Tursun Ehmet"]  # the positive control
    assert (held.held_back, held.sections[0].held_back, held.sections[2].held_back) == (2, 1, 1)
    assert held.sections[2].facts == [] and held.sections[1].facts  # the status still stands
    refused = entry_release_view(content, None)  # nothing of the entry may be released today
    assert refused.refused and refused.held_back == 4 and not any(s.facts for s in refused.sections)


def test_a_draft_page_and_release_show_leave_out_a_name_a_release_today_would_not_publish(
        store, tmp_path, monkeypatch):
    draft, cousin, _ = _two_accounts(store, tmp_path)
    page = _reader(store)
    before = page(draft)
    assert "Tursun Ehmet" in before and "Tursun Ahmet" in before and "held-back" not in before
    with store.session() as session:  # the cousin's testimony comes down: its spelling is no longer public
        withdraw_testimony(session, cousin, "reviewer", "the family asked")
    with store.session() as session:
        assert session.get(Release, draft).state == "draft"  # a member's draft stays, out of date
    after = page(draft)
    assert "Tursun Ahmet" not in after, "a name no release today would publish is on the draft page"
    assert "Tursun Ehmet" in after  # the positive control: the sister's spelling is still published
    assert "3 facts of this draft are not shown: a release today would not publish them as drafted." in after
    point_cli_at(store, monkeypatch)
    monkeypatch.setenv("GUWAH_ACTOR", "vera")  # an account of the archive now (the page's reader)
    shown = CliRunner().invoke(app, ["release", "show", str(draft)])
    assert shown.exit_code == 0, shown.output
    assert "Tursun Ahmet" not in shown.stdout and "  Tursun Ehmet — source 1" in shown.stdout.splitlines()
    # the cousin's spelling, his sentencing, and the status it made "sentenced"
    assert shown.stdout.splitlines()[0].startswith("held back: 3 facts of this draft are not shown")
    assert f"release {draft} is out of date" in shown.stderr


def test_a_draft_whose_naming_basis_was_withdrawn_shows_no_fact(store, tmp_path, monkeypatch):
    _, mention, number = _account(store, tmp_path, "a.txt", SISTER, "Tursun Ehmet",
                                  {"event_type": "detention", "date_value": "2018", "date_precision": "year"})
    with store.session() as session:
        draft = draft_entry_release(session, number, "drafter").id
    read = _reader(store)
    assert "Tursun Ehmet" in read(draft)  # the positive control
    with store.session() as session:
        withdraw_bases(session, mention, "reviewer")
    page = read(draft)
    assert "Tursun Ehmet" not in page, "a name whose basis was withdrawn is on the draft page"
    # the name, the status and the detention
    assert "Nothing of this entry may be released today: no fact of this draft is shown (3 facts held back)." in page
    point_cli_at(store, monkeypatch)
    monkeypatch.setenv("GUWAH_ACTOR", "vera")  # an account of the archive now (the page's reader)
    runner = CliRunner()
    shown = runner.invoke(app, ["release", "show", str(draft)])
    assert shown.exit_code == 0 and "Tursun Ehmet" not in shown.stdout, shown.output
    assert shown.stdout.startswith("nothing shown: nothing of this entry may be released today"), shown.stdout
    # --json is the release as stored, as it printed before (the warning on stderr says it is out of date)
    stored = runner.invoke(app, ["release", "show", str(draft), "--json"])
    assert json.loads(stored.stdout)["names"][0]["name"] == "Tursun Ehmet"
    assert f"release {draft} is out of date" in stored.stderr


def test_release_show_json_prints_the_entry_release_s_content_as_before(store, tmp_path, monkeypatch):
    _, _, number = _account(store, tmp_path, "a.txt", SISTER, "Tursun Ehmet",
                            {"event_type": "detention", "date_value": "2018", "date_precision": "year"})
    with store.session() as session:
        testimony = session.scalar(select(Release.id).where(Release.subject_type == "document"))
    point_cli_at(store, monkeypatch)
    monkeypatch.setenv("GUWAH_ACTOR", "drafter")
    runner = CliRunner()
    drafted = runner.invoke(app, ["release", "propose-entry", f"E-{number}", "--json"])
    assert drafted.exit_code == 0, drafted.output
    release_id = drafted.stderr.split("Draft ")[1].split(" ")[0]
    shown = runner.invoke(app, ["release", "show", release_id, "--json"])
    assert shown.exit_code == 0, shown.output
    assert shown.stdout == drafted.stdout  # the same document, byte for byte
    assert json.loads(shown.stdout) == {
        "names": [{"name": "Tursun Ehmet", "script": None, "sources": [1], "corroboration": 1}],
        "status": {"status": "detained", "date": "2018", "source": 1},
        "timeline": [{"event": "detention", "date": "2018", "precision": "year", "facility": None, "place": None,
                      "sources": [1], "corroboration": 1}],
        "violations": [], "attributes": []}
    readable = runner.invoke(app, ["release", "show", release_id])
    assert "names:" in readable.stdout.splitlines() and '"names"' not in readable.stdout  # lines without --json
    # a testimony's release has no JSON form: one line, nothing printed, its read not audited
    refused = runner.invoke(app, ["release", "show", str(testimony), "--json"])
    assert (refused.exit_code, refused.stdout) == (1, ""), refused.output
    assert len(refused.stderr.strip().splitlines()) == 1 and "--json prints an entry release" in refused.stderr
    with store.session() as session:
        reads = session.scalars(select(AuditEntry.record_id).where(AuditEntry.action == "read",
                                                                   AuditEntry.record_type == "release")).all()
    assert str(testimony) not in reads and release_id in reads
