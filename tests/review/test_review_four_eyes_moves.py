"""Four eyes on a reassigned fact (issue 10, h-review76): a move to another person is the mover's own
assertion about that person, as an edit is (`guwah.policy` FOUR_EYES: "a fact a reviewer edits or adds
stays proposed until another reviewer accepts it"). Before, an accepted event moved by one reviewer
stayed accepted, the mover alone having decided whom it concerns. Through the CLI. Invented names."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from guwah.storage.tables import Event, Person, PersonName, ViolationCoding
from tests.accounts.factories import fast_hashing, make_user
from tests.releasing import entry_told_by

AUNT = "Marzhangul Oralbekova"
BROTHER = "Qadirjan Sopiyev"
TOLD = f"My aunt {AUNT} was taken in 2018 together with her brother {BROTHER}, a neighbour wrote."


@pytest.fixture(autouse=True)
def _fast_passwords():
    with fast_hashing():
        yield


def _code() -> str:
    from guwah.vocab import violation_codes

    return sorted(violation_codes())[0]


@pytest.fixture
def moving(store, tmp_path, monkeypatch):
    """The aunt's accepted detention, with an accepted violation coded on it, and her brother's mention in
    the same testimony; an admin and two editors; a CLI runner acting as a given account:
    (run, event ref, violation id, the brother's mention id, his entry number)."""
    from guwah.cli import app
    from tests.shared import point_cli_at

    entry_told_by(store, tmp_path, [(TOLD, [{"event_type": "detention", "date_value": "2018",
                                             "date_precision": "year", "passage": "taken in 2018"}])],
                  name=AUNT, release=False)
    for username, role in (("aysel-admin", "admin"), ("zarina", "editor"), ("timur", "editor")):
        make_user(store, username, role)
    with store.session() as session:
        (event,) = session.scalars(select(Event)).all()
        coding = ViolationCoding(person_id=event.person_id, event_id=event.id, code=_code(),
                                 evidence_document_id=event.evidence_document_id, evidence_start=event.evidence_start,
                                 evidence_end=event.evidence_end, asserted_by_kind="extractor",
                                 asserted_by="guwah.extract", review_state="accepted", reviewed_by="timur")
        brother = Person()
        session.add_all([coding, brother])
        session.flush()
        start = TOLD.index(BROTHER)
        session.add(PersonName(person_id=brother.id, name=BROTHER, evidence_document_id=event.evidence_document_id,
                               evidence_start=start, evidence_end=start + len(BROTHER), asserted_by_kind="user",
                               asserted_by="t", review_state="accepted"))
        session.flush()
        found = (f"event:{event.id}", coding.id, brother.id, brother.entry.number)
    point_cli_at(store, monkeypatch)
    runner = CliRunner()

    def run(actor: str, *args: str):
        monkeypatch.setenv("GUWAH_ACTOR", actor)
        return runner.invoke(app, list(args))
    return (run, *found)


def _timeline(run, number: int) -> list[str]:
    shown = json.loads(run("timur", "persons", "show", f"E-{number}", "--json").stdout)
    return [item["event_type"] for item in shown["timeline"]]


def test_with_four_eyes_a_moved_fact_waits_for_another_reviewer(moving):
    run, event, _, brother, number = moving
    assert run("aysel-admin", "settings", "set", "four_eyes", "on").exit_code == 0
    moved = run("zarina", "review", "reassign", event, f"mention:{brother}", "--reason", "it was her brother")
    assert moved.exit_code == 0, moved.output
    said = " ".join(moved.output.split())
    assert "(proposed: waiting for a second reviewer)" in said
    waiting = {p["ref"]: p for p in json.loads(run("timur", "review", "list", "--json").stdout)}
    (copy,) = [ref for ref, p in waiting.items() if p["kind"] == "event"]
    (coded,) = [ref for ref, p in waiting.items() if p["kind"] == "violation"]  # the violation on it moved too
    assert waiting[copy]["second_reviewer"] and waiting[coded]["second_reviewer"]
    assert waiting[copy]["asserted_by"] == "zarina" and waiting[copy]["person_id"] == brother
    assert _timeline(run, number) == []  # not counted for him before a second reviewer
    own = run("zarina", "review", "accept", copy)
    assert own.exit_code != 0 and "another reviewer must accept it" in own.output
    second = run("timur", "review", "accept", copy, coded)
    assert second.exit_code == 0, second.output
    assert _timeline(run, number) == ["detention"]
    exported = json.loads(run("timur", "export", "evidence", str(number)).stdout)
    (fact,) = [f for f in exported["facts"] if f["fact"] == copy]
    assert fact["acceptance"] == "reassigned by one reviewer, accepted by another"


def test_without_four_eyes_a_moved_accepted_fact_stays_accepted(moving):
    """The positive control: the setting off, the same move keeps the fact accepted at once, by its mover."""
    run, event, _, brother, number = moving
    moved = run("zarina", "review", "reassign", event, f"mention:{brother}", "--reason", "it was her brother")
    assert moved.exit_code == 0, moved.output
    assert "(accepted)" in moved.output
    assert json.loads(run("timur", "review", "list", "--json").stdout) == []
    assert _timeline(run, number) == ["detention"]


# --- review show names a violation's event (h-review76) -----------------------------------------------

def test_review_show_names_the_event_a_violation_is_coded_on(moving, store):
    """`review show violation:N` said only its code; now also the event it is coded on, as the entry's
    timeline shows it under that event. Control: a violation coded on no event says none."""
    run, event, coded, _, _ = moving
    shown = run("timur", "review", "show", f"violation:{coded}")
    assert shown.exit_code == 0, shown.output
    assert f"  event: {event}" in shown.stdout
    as_json = json.loads(run("timur", "review", "show", f"violation:{coded}", "--json").stdout)
    assert as_json["fields"]["event_id"] == int(event.split(":")[1])
    added = run("timur", "review", "add", "1", "--kind", "violation", "--person", "M-1", "--passage", "taken in 2018",
                "--set", f"code={_code()}")
    assert added.exit_code == 0, added.output
    alone = added.output.split("added ")[1].split(" ")[0]
    shown = run("timur", "review", "show", alone)
    assert shown.exit_code == 0 and "  event: None" in shown.stdout  # as every field the fact leaves empty
