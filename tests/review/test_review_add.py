"""`guwah review add` (issue 10): a reviewer records a fact the extractor missed, citing its passage.

The fact is an assertion like any other (author, time, accepted state, document, evidence span), enters
the entry's timeline at once and the public view only through a new release; the act is audited by
ids and offsets, never the passage; bad input stores nothing. Invented names."""

import json

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from guwah.errors import InputError, NotFound
from guwah.publish import public_entry
from guwah.registry import resolve, view_entry
from guwah.review.addition import add_fact
from guwah.storage.tables import AuditEntry, Event, Person, PersonName, Relation, ViolationCoding
from tests.releasing import entry_told_by, ingest_text, release_entry

NAME = "Qurbanjan Selimoff"
TOLD = f"My brother {NAME} was taken in 2018. In 2019 he was sentenced to twelve years, a court letter said."
SENTENCE = "In 2019 he was sentenced to twelve years"
COUNTED = (Event, PersonName, ViolationCoding, Relation, Person)


def _counts(store) -> dict:
    with store.session() as session:
        return {table.__name__: session.scalar(select(func.count()).select_from(table)) for table in COUNTED} | {
            "audit": session.scalar(select(func.count()).select_from(AuditEntry))}


@pytest.fixture
def told(any_store, tmp_path):
    """A released entry told by one public testimony (its detention accepted; no sentencing proposed):
    (public number, entry number, document id, mention id)."""
    public = entry_told_by(any_store, tmp_path, [(TOLD, [{"event_type": "detention", "date_value": "2018",
                                                          "date_precision": "year", "passage": "taken in 2018"}])],
                           name=NAME)
    with any_store.session() as session:
        (name,) = [row for row in session.scalars(select(PersonName)) if row.name == NAME]
        return public, name.person.entry.number, name.evidence_document_id, name.person_id


def test_added_fact_is_an_accepted_assertion_in_the_timeline_not_public_until_released(any_store, told):
    public, number, document, mention = told
    with any_store.session() as session:
        added = add_fact(any_store, session, document, "event", SENTENCE, "rukiye-reviewer",
                         {"event_type": "sentencing", "date_value": "2019"}, person=f"E-{number}")
    assert added.state == "accepted" and added.asserted_by == "rukiye-reviewer" and added.person_id == mention
    start = TOLD.index(SENTENCE)
    assert added.evidence_span == (start, start + len(SENTENCE))
    with any_store.session() as session:
        row = session.get(Event, int(added.ref.split(":")[1]))
        assert (row.asserted_by_kind, row.reviewed_by, row.date_precision) == ("user", "rukiye-reviewer", "year")
        assert row.asserted_at is not None and row.evidence_document_id == document
        assert row.evidence_document.text[row.evidence_start:row.evidence_end] == SENTENCE  # the span supports it
        # the entry's timeline and status read it at once
        timeline = view_entry(session, number).timeline
        assert [item.event_type for item in timeline] == ["detention", "sentencing"]
        assert ([source["document"] for source in timeline[1].sources], timeline[1].corroboration) == ([document], 1)
        assert view_entry(session, number).status["status"] == "sentenced"
        # the public view is the approved release's: not there before a new release (the detention is: control)
        assert [item["event"] for item in public_entry(session, public).timeline] == ["detention"]
        audit = session.scalars(select(AuditEntry).where(AuditEntry.record_type == "event",
                                                         AuditEntry.action == "review")).one()
    assert audit.actor == "rukiye-reviewer"
    assert audit.detail == {"decision": "added", "document": document, "person": mention, "start": start,
                            "end": start + len(SENTENCE)}
    assert "sentenced" not in json.dumps(audit.detail) and NAME not in json.dumps(audit.detail)
    release_entry(any_store, number)  # positive control: a new release carries it
    with any_store.session() as session:
        assert "sentencing" in [item["event"] for item in public_entry(session, public).timeline]


def test_a_new_person_is_a_mention_named_where_the_passage_writes_the_name(any_store, told):
    _, _, document, _ = told
    text = TOLD
    with any_store.session() as session:
        added = add_fact(any_store, session, document, "violation", f"My brother {NAME} was taken", "rukiye-reviewer",
                         {"code": _a_code()}, new_person=NAME.split()[0])
        person = session.get(Person, added.person_id)
        (name,) = person.names
        assert (name.name, name.review_state, name.asserted_by) == (NAME.split()[0], "accepted", "rukiye-reviewer")
        assert text[name.evidence_start:name.evidence_end] == NAME.split()[0]
        assert person.entry is not None and resolve(session, person.entry.number) == person.entry
        decisions = [(e.record_type, e.detail.get("new_mention")) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.action == "review").order_by(AuditEntry.id))]
    assert decisions == [("name", True), ("violation", None)]


def test_a_name_fact_cites_where_the_passage_writes_it(any_store, told):
    _, _, document, mention = told
    with any_store.session() as session:
        added = add_fact(any_store, session, document, "name", "My brother Qurbanjan", "rukiye-reviewer",
                         {"name": "Qurbanjan"}, person=f"M-{mention}")
    assert added.evidence_span == (TOLD.index("Qurbanjan"), TOLD.index("Qurbanjan") + len("Qurbanjan"))
    assert added.fields["script"] == "Latn"


@pytest.mark.parametrize(("change", "error", "message"), [
    ({"document": 999}, NotFound, "no document 999"),
    ({"passage": "sentenced to life"}, InputError, "does not occur in document"),
    ({"passage": "2019", "start": 3}, InputError, "is not at characters 3"),
    ({"kind": "verdict"}, InputError, "a kind is one of"),
    ({"fields": {"event_type": "sentencing", "colour": "red"}}, InputError, "colour is not a field of event facts"),
    ({"fields": {"date_value": "2019"}}, InputError, "event facts need event_type"),
    ({"fields": {"event_type": "beheading"}}, InputError, "is not an event type"),
    ({"fields": {"event_type": "sentencing", "date_value": "2099"}}, InputError, "after today"),
    ({"person": "M-0"}, NotFound, "no mention"),
    ({"person": None, "new_person": "Zebinisa"}, InputError, "does not write the name"),
    ({"person": None}, InputError, "say who the fact is about"),
])
def test_bad_input_is_one_line_and_stores_nothing(any_store, told, change, error, message):
    _, number, document, _ = told
    call = {"document": document, "kind": "event", "passage": SENTENCE,
            "fields": {"event_type": "sentencing", "date_value": "2019"}, "person": f"E-{number}"} | change
    before = _counts(any_store)
    with any_store.session() as session, pytest.raises(error, match=message) as raised:
        add_fact(any_store, session, call["document"], call["kind"], call["passage"], "rukiye-reviewer",
                 call["fields"], person=call["person"], new_person=call.get("new_person"), start=call.get("start"))
    assert "\n" not in str(raised.value)
    assert _counts(any_store) == before


def test_a_passage_twice_needs_its_start_and_a_person_of_another_document_is_refused(store, tmp_path):
    text = "Arzigul Memetova said: he was beaten. Later he was beaten. Then he was freed."
    first = ingest_text(store, tmp_path, "one.txt", text, "consent: confidential\n")
    other = ingest_text(store, tmp_path, "two.txt", "Dolqun Ablimit wrote a letter.", "consent: confidential\n")
    with store.session() as session:
        ours = _mention(session, first, "Arzigul Memetova", text)
        theirs = _mention(session, other, "Dolqun Ablimit", "Dolqun Ablimit wrote a letter.")
    with store.session() as session, pytest.raises(InputError, match=r"occurs 2 times .*at characters 23, 44"):
        add_fact(store, session, first, "violation", "he was beaten", "r", {"code": _a_code()}, person=f"M-{ours}")
    with store.session() as session, pytest.raises(InputError, match="is not read in document"):
        add_fact(store, session, first, "violation", "he was beaten", "r", {"code": _a_code()},
                 person=f"M-{theirs}", start=44)
    with store.session() as session:  # positive control: the same call with our mention and a start
        added = add_fact(store, session, first, "violation", "he  was\nbeaten", "r", {"code": _a_code()},
                         person=f"M-{ours}", start=44)
    assert added.evidence_span == (44, 57)


def test_an_erased_document_takes_no_fact(store, tmp_path):
    from guwah.protection.erasure import erase_testimony

    text = "Arzigul Memetova was detained."
    document = ingest_text(store, tmp_path, "one.txt", text, "consent: confidential\n")
    with store.session() as session:
        ours = _mention(session, document, "Arzigul Memetova", text)
    with store.session() as session:  # positive control: before the erasure the same call adds it
        add_fact(store, session, document, "event", "was detained", "r", {"event_type": "detention"},
                 person=f"M-{ours}")
    with store.session() as session:
        erase_testimony(store, session, document, "editor", "she asked to be erased")
    before = _counts(store)
    with store.session() as session, pytest.raises(InputError, match="was erased"):
        add_fact(store, session, document, "event", "was detained", "r", {"event_type": "detention"},
                 person=f"M-{ours}")
    assert _counts(store) == before


def _mention(session, document: int, name: str, text: str) -> int:
    person = Person()
    session.add(person)
    session.flush()
    start = text.index(name)
    session.add(PersonName(person_id=person.id, name=name, evidence_document_id=document, evidence_start=start,
                           evidence_end=start + len(name), asserted_by_kind="extractor", asserted_by="x"))
    session.flush()
    return person.id


def _a_code() -> str:
    from guwah.vocab import violation_codes

    return sorted(violation_codes())[0]


def test_review_add_cli_adds_and_refuses_in_one_line(store, tmp_path, monkeypatch):
    from guwah.cli import app
    from tests.shared import point_cli_at

    document = ingest_text(store, tmp_path, "one.txt", TOLD, "consent: confidential\n")
    with store.session() as session:
        mention = _mention(session, document, NAME, TOLD)
    monkeypatch.setenv("GUWAH_ACTOR", "rukiye-reviewer")
    point_cli_at(store, monkeypatch)
    runner = CliRunner()
    refused = runner.invoke(app, ["review", "add", str(document), "--kind", "event", "--person", f"M-{mention}",
                                  "--passage", "sentenced to death", "--set", "event_type=sentencing"])
    assert refused.exit_code != 0 and "does not occur in document" in refused.output
    assert "sentenced to death" not in refused.output  # the passage is never echoed
    added = runner.invoke(app, ["review", "add", str(document), "--kind", "event", "--person", f"M-{mention}",
                                "--passage", SENTENCE, "--set", "event_type=sentencing", "--set", "date_value=2019"])
    assert added.exit_code == 0, added.output
    assert "(accepted)" in added.output and SENTENCE not in added.output
    listed = json.loads(runner.invoke(app, ["review", "list", "--state", "accepted", "--json"]).stdout)
    assert [(p["kind"], p["asserted_by"], p["fields"]["event_type"]) for p in listed] == [
        ("event", "rukiye-reviewer", "sentencing")]
    helped = runner.invoke(app, ["review", "add", "--help"], env={"COLUMNS": "200"})
    assert "accepted at once" in helped.output and "event_type*" in helped.output


def test_review_add_reads_the_passage_from_standard_input(store, tmp_path, monkeypatch):
    """`--passage -` keeps the confidential words out of the shell's history: read from standard input
    (its line end dropped), never echoed; the same refusal as on the command line for words not in the text."""
    from guwah.cli import app
    from tests.shared import point_cli_at

    document = ingest_text(store, tmp_path, "one.txt", TOLD, "consent: confidential\n")
    with store.session() as session:
        mention = _mention(session, document, NAME, TOLD)
    monkeypatch.setenv("GUWAH_ACTOR", "rukiye-reviewer")
    point_cli_at(store, monkeypatch)
    runner = CliRunner()
    command = ["review", "add", str(document), "--kind", "event", "--person", f"M-{mention}", "--passage", "-",
               "--set", "event_type=sentencing"]
    refused = runner.invoke(app, command, input="sentenced to death\n")
    assert refused.exit_code != 0 and "does not occur in document" in refused.output
    added = runner.invoke(app, [*command, "--set", "date_value=2019"], input=SENTENCE + "\n")
    assert added.exit_code == 0, added.output
    assert "(accepted)" in added.output and SENTENCE not in added.output
    start = TOLD.index(SENTENCE)
    assert f"at {start}–{start + len(SENTENCE)}" in added.output
