"""Four eyes on facts (issue 10): with the archive setting on, a reviewer's own edit or added fact stays
proposed, its author recorded, until another reviewer accepts it; off, it is accepted at once. And a
violation added to an event the entry already holds (`review add --event`). Invented names."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from guwah.errors import InputError
from guwah.policy import change_setting, four_eyes, list_settings
from guwah.publish import public_entry
from guwah.registry import view_entry
from guwah.review import accept, edit, list_proposals
from guwah.review.addition import add_fact
from guwah.storage.tables import AuditEntry, Event, Person, PersonName, ViolationCoding
from tests.accounts.factories import fast_hashing, make_user
from tests.releasing import entry_told_by, ingest_text

NAME = "Tilawaldi Nurbekova"
TOLD = f"My aunt {NAME} was taken in 2018. In 2019 she was sentenced to nine years, a neighbour wrote."
SENTENCE = "In 2019 she was sentenced to nine years"


@pytest.fixture(autouse=True)
def _fast_passwords():
    with fast_hashing():
        yield


@pytest.fixture
def told(any_store, tmp_path):
    """A released entry told by one public testimony (its detention accepted), an admin and two editors:
    (public number, entry number, document id, mention id)."""
    public = entry_told_by(any_store, tmp_path, [(TOLD, [{"event_type": "detention", "date_value": "2018",
                                                          "date_precision": "year", "passage": "taken in 2018"}])],
                           name=NAME)
    for username, role in (("aysel-admin", "admin"), ("zarina", "editor"), ("timur", "editor")):
        make_user(any_store, username, role)
    with any_store.session() as session:
        (name,) = [row for row in session.scalars(select(PersonName)) if row.name == NAME]
        return public, name.person.entry.number, name.evidence_document_id, name.person_id


def _sentencing(store, session, document, number, who="zarina"):
    return add_fact(store, session, document, "event", SENTENCE, who,
                    {"event_type": "sentencing", "date_value": "2019"}, person=f"E-{number}")


def test_with_four_eyes_an_added_fact_waits_for_another_reviewer_and_counts_nowhere_before(any_store, told):
    public, number, document, _ = told
    with any_store.session() as session:
        assert change_setting(any_store, session, "four_eyes", "on", "aysel-admin") is True
        added = _sentencing(any_store, session, document, number)
    assert (added.state, added.asserted_by, added.reviewed_by, added.second_reviewer) == (
        "proposed", "zarina", None, True)
    with any_store.session() as session:
        # not accepted: neither in the timeline nor the status nor a public view
        assert [item.event_type for item in view_entry(session, number).timeline] == ["detention"]
        assert view_entry(session, number).status["status"] != "sentenced"
        assert [item["event"] for item in public_entry(session, public).timeline] == ["detention"]
        # the queue shows who asserted it, waiting for a second reviewer
        (queued,) = [p for p in list_proposals(session, kind="event") if p.ref == added.ref]
        assert (queued.asserted_by, queued.second_reviewer) == ("zarina", True)
        with pytest.raises(InputError, match="asserted by zarina: with four eyes on, another reviewer must accept it"
                           ) as refused:
            accept(any_store, session, added.ref, "Zarina ")  # her own name, however typed
        assert "\n" not in str(refused.value)
    with any_store.session() as session:
        assert session.get(Event, int(added.ref.split(":")[1])).review_state == "proposed"
        done = accept(any_store, session, added.ref, "timur")  # another reviewer can
    assert (done.state, done.reviewed_by, done.second_reviewer) == ("accepted", "timur", False)
    with any_store.session() as session:
        assert [item.event_type for item in view_entry(session, number).timeline] == ["detention", "sentencing"]
        assert view_entry(session, number).status["status"] == "sentenced"


def test_without_four_eyes_the_author_accepts_at_once(any_store, told):
    """The positive control: the default (off) keeps today's behaviour, the same call accepted at once."""
    _, number, document, _ = told
    with any_store.session() as session:
        assert four_eyes(session) is False
        added = _sentencing(any_store, session, document, number)
        assert (added.state, added.reviewed_by, added.second_reviewer) == ("accepted", "zarina", False)
        assert [item.event_type for item in view_entry(session, number).timeline] == ["detention", "sentencing"]
        # turned on and off again (audited each time): off is off
        change_setting(any_store, session, "four_eyes", "on", "aysel-admin")
        change_setting(any_store, session, "four_eyes", "off", "aysel-admin")
        assert _sentencing(any_store, session, document, number).state == "accepted"
        changes = [entry.detail for entry in session.scalars(select(AuditEntry).where(AuditEntry.action == "setting")
                                                             .order_by(AuditEntry.id))]
    assert changes == [{"value": "on", "was": "off"}, {"value": "off", "was": "on"}]


def test_with_four_eyes_an_edit_copy_waits_and_its_author_cannot_accept_it(any_store, tmp_path):
    text = "Aygerim Tursunqul was detained in 2017 in Ghulja."
    document = ingest_text(any_store, tmp_path, "one.txt", text, "consent: confidential\n")
    for username, role in (("aysel-admin", "admin"), ("zarina", "editor")):
        make_user(any_store, username, role)
    with any_store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        session.add(Event(person_id=person.id, event_type="detention", date_value="2017", date_precision="year",
                          evidence_document_id=document, evidence_start=18, evidence_end=37,
                          asserted_by_kind="extractor", asserted_by="guwah.extract"))
        session.flush()
        (event,) = session.scalars(select(Event)).all()
        ref = f"event:{event.id}"
        change_setting(any_store, session, "four_eyes", "on", "aysel-admin")
        copy = edit(any_store, session, ref, "zarina", {"date_value": "2016"})
        assert (copy.state, copy.asserted_by, copy.second_reviewer) == ("proposed", "zarina", True)
        with pytest.raises(InputError, match="another reviewer must accept it"):
            accept(any_store, session, copy.ref, "zarina")
        assert accept(any_store, session, copy.ref, "timur").state == "accepted"


def test_four_eyes_needs_accounts_and_a_known_value(store):
    with store.session() as session, pytest.raises(InputError, match="four eyes needs accounts"):
        change_setting(store, session, "four_eyes", "on", "someone")
    make_user(store, "aysel-admin", "admin")
    with store.session() as session:
        with pytest.raises(InputError, match="four_eyes is one of off, on"):
            change_setting(store, session, "four_eyes", "maybe", "aysel-admin")
        with pytest.raises(InputError, match="no archive setting"):
            change_setting(store, session, "three_eyes", "on", "aysel-admin")
        assert change_setting(store, session, "four_eyes", "ON", "aysel-admin") is True  # the control
        (listed,) = list_settings(session)
    assert (listed["name"], listed["value"], listed["changed_by"]) == ("four_eyes", "on", "aysel-admin")


def _cli(store, monkeypatch):
    from guwah.cli import app
    from tests.shared import point_cli_at

    point_cli_at(store, monkeypatch)
    runner = CliRunner()

    def run(actor: str, *args: str):
        monkeypatch.setenv("GUWAH_ACTOR", actor)
        return runner.invoke(app, list(args))
    return run


def test_four_eyes_through_the_cli(store, tmp_path, monkeypatch):
    """An admin turns it on (an editor may not); the author's copy waits, she is refused in one line,
    another reviewer accepts it; the evidence file says who asserted and who accepted."""
    public_told = entry_told_by(store, tmp_path, [(TOLD, [{"event_type": "detention", "date_value": "2018",
                                                           "date_precision": "year", "passage": "taken in 2018"}])],
                                name=NAME)
    assert public_told
    for username, role in (("aysel-admin", "admin"), ("zarina", "editor"), ("timur", "editor")):
        make_user(store, username, role)
    with store.session() as session:
        (name,) = [row for row in session.scalars(select(PersonName)) if row.name == NAME]
        document, number = name.evidence_document_id, name.person.entry.number
    run = _cli(store, monkeypatch)
    refused = run("zarina", "settings", "set", "four_eyes", "on")
    assert refused.exit_code != 0 and "needs the role admin" in refused.output
    turned = run("aysel-admin", "settings", "set", "four_eyes", "on")
    assert turned.exit_code == 0 and "four_eyes is now on" in turned.output
    assert "four_eyes = on (set by aysel-admin" in run("zarina", "settings", "list").stdout
    added = run("zarina", "review", "add", str(document), "--kind", "event", "--person", f"E-{number}",
                "--passage", SENTENCE, "--set", "event_type=sentencing", "--set", "date_value=2019")
    assert added.exit_code == 0, added.output
    assert "(proposed: waiting for a second reviewer)" in added.output
    listed = run("timur", "review", "list", "--kind", "event")
    assert "waiting for a second reviewer" in listed.stdout and "zarina" in listed.stdout
    (ref,) = [p["ref"] for p in json.loads(run("timur", "review", "list", "--kind", "event", "--json").stdout)]
    own = run("zarina", "review", "accept", ref)
    assert own.exit_code != 0 and "another reviewer must accept it" in own.output
    assert len(own.output.strip().splitlines()) == 1
    shown = json.loads(run("timur", "persons", "show", f"E-{number}", "--json").stdout)
    assert [item["event_type"] for item in shown["timeline"]] == ["detention"]  # not counted before
    second = run("timur", "review", "accept", ref)
    assert second.exit_code == 0, second.output
    shown = json.loads(run("timur", "persons", "show", f"E-{number}", "--json").stdout)
    assert [item["event_type"] for item in shown["timeline"]] == ["detention", "sentencing"]
    exported = run("timur", "export", "evidence", str(number))
    assert exported.exit_code == 0, exported.output
    (fact,) = [f for f in json.loads(exported.stdout)["facts"] if f["fact"] == ref]
    assert (fact["asserted_by"], fact["reviewed_by"], fact["accepted_by_author"], fact["acceptance"]) == (
        "zarina", "timur", False, "added by one reviewer, accepted by another")


# --- a violation joined to an event the entry already holds -----------------------------------------

def _code() -> str:
    from guwah.vocab import violation_codes

    return sorted(violation_codes())[0]


def test_a_violation_added_to_an_existing_event_shows_under_it_in_the_timeline(any_store, told, tmp_path):
    _, number, document, mention = told
    with any_store.session() as session:
        (detention,) = session.scalars(select(Event).where(Event.evidence_document_id == document)).all()
        added = add_fact(any_store, session, document, "violation", "was taken in 2018", "zarina",
                         {"code": _code()}, event=f"event:{detention.id}")  # its person: the event's
        row = session.get(ViolationCoding, int(added.ref.split(":")[1]))
        assert (row.event_id, row.person_id, row.review_state) == (detention.id, mention, "accepted")
        (item,) = view_entry(session, number).timeline
        assert [v["violation"] for v in item.violations] == [row.id]
        audit = session.scalars(select(AuditEntry).where(AuditEntry.record_type == "violation")).one()
        assert audit.detail["event"] == detention.id


def test_a_violation_joins_no_event_of_another_document_nor_another_kind(any_store, told, tmp_path):
    _, number, document, mention = told
    other = ingest_text(any_store, tmp_path, "two.txt", "Erkinjan Dawutov was detained in 2019.",
                        "consent: confidential\n")
    with any_store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        session.add(Event(person_id=person.id, event_type="detention", date_value="2019", date_precision="year",
                          evidence_document_id=other, evidence_start=17, evidence_end=29,
                          asserted_by_kind="extractor", asserted_by="guwah.extract", review_state="accepted"))
        session.flush()
        elsewhere = session.scalars(select(Event).where(Event.evidence_document_id == other)).one().id
        here = session.scalars(select(Event).where(Event.evidence_document_id == document)).one().id
    before = _violations(any_store)
    for event, kind, message in ((f"event:{elsewhere}", "violation", f"is told in document {other}, not in document"),
                                 (f"event:{here}", "event", "only a violation joins an event")):
        with any_store.session() as session, pytest.raises(InputError, match=message) as refused:
            add_fact(any_store, session, document, kind, "was taken in 2018", "zarina",
                     {"code": _code()} if kind == "violation" else {"event_type": "arrest"},
                     person=f"M-{mention}", event=event)
        assert "\n" not in str(refused.value)
    assert _violations(any_store) == before
    with any_store.session() as session:  # positive control: this document's event, the same call
        add_fact(any_store, session, document, "violation", "was taken in 2018", "zarina", {"code": _code()},
                 person=f"M-{mention}", event=f"event:{here}")
    assert _violations(any_store) == before + 1


def _violations(store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(ViolationCoding))


def test_review_add_event_through_the_cli(store, tmp_path, monkeypatch):
    entry_told_by(store, tmp_path, [(TOLD, [{"event_type": "detention", "date_value": "2018",
                                             "date_precision": "year", "passage": "taken in 2018"}])], name=NAME)
    with store.session() as session:
        (detention,) = session.scalars(select(Event)).all()
        document, number = detention.evidence_document_id, session.get(Person, detention.person_id).entry.number
    run = _cli(store, monkeypatch)
    refused = run("zarina", "review", "add", str(document), "--kind", "violation", "--passage", "was taken in 2018",
                  "--set", f"code={_code()}", "--event", "event:999999")
    assert refused.exit_code != 0 and "no event 999999" in refused.output
    added = run("zarina", "review", "add", str(document), "--kind", "violation", "--passage", "was taken in 2018",
                "--set", f"code={_code()}", "--event", f"event:{detention.id}")
    assert added.exit_code == 0, added.output
    shown = run("zarina", "persons", "show", f"E-{number}")
    assert f"violation {_code()} (violation:" in shown.stdout


def test_accept_document_leaves_the_reviewers_own_facts_for_another(store, tmp_path, monkeypatch):
    """h-newcomer75: with four eyes on, `review accept --document N` by a reviewer who had added a fact
    to N refused the whole batch for her own fact ("decide the others again without them"), with no
    option to leave it out. Now her own facts are left waiting for another reviewer, and said so."""
    entry_told_by(store, tmp_path, [(TOLD, [{"event_type": "detention", "date_value": "2018",
                                             "date_precision": "year", "passage": "taken in 2018"}])], name=NAME)
    for username, role in (("aysel-admin", "admin"), ("zarina", "editor"), ("timur", "editor")):
        make_user(store, username, role)
    with store.session() as session:
        (name,) = [row for row in session.scalars(select(PersonName)) if row.name == NAME]
        document, number, mention = name.evidence_document_id, name.person.entry.number, name.person_id
        start = TOLD.index("was taken in 2018")
        proposed = Event(person_id=mention, event_type="arrest", date_value="2018", date_precision="year",
                         evidence_document_id=document, evidence_start=start, evidence_end=start + 17,
                         asserted_by_kind="extractor", asserted_by="guwah.extract")
        session.add(proposed)
        session.flush()
        extracted = f"event:{proposed.id}"
    run = _cli(store, monkeypatch)
    assert run("aysel-admin", "settings", "set", "four_eyes", "on").exit_code == 0
    assert run("zarina", "review", "add", str(document), "--kind", "event", "--person", f"E-{number}", "--passage",
               SENTENCE, "--set", "event_type=sentencing", "--set", "date_value=2019").exit_code == 0
    (own,) = [p["ref"] for p in json.loads(run("timur", "review", "list", "--json").stdout)
              if p["asserted_by"] == "zarina"]
    done = run("zarina", "review", "accept", "--document", str(document), "--yes")
    assert done.exit_code == 0, done.output
    said = " ".join(done.output.split())
    assert "accepted 1 fact" in said and f"1 of your own ({own}) left for another reviewer" in said
    waiting = {p["ref"] for p in json.loads(run("timur", "review", "list", "--json").stdout)}
    assert own in waiting and extracted not in waiting
    # control: another reviewer's --document accepts it
    second = run("timur", "review", "accept", "--document", str(document), "--yes")
    assert second.exit_code == 0 and own not in {p["ref"] for p in json.loads(run("timur", "review", "list",
                                                                                   "--json").stdout)}
