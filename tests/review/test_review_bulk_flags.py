"""h-workspace70: bulk acceptance (`guwah review accept --document D --yes`, the review list's "Accept
selected") leaves to one-by-one review the facts a reviewer must read (`guwah.review.needs_reading`):
an act hedged or negated in its sentence, a fact about a person with no name, a violation of someone
neither the document's witness nor a named victim. Refused and listed unless asked to accept the rest;
then one line says how many were accepted and how many left. Each flag with a clean control beside it.
Invented text and names."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from guwah.cli import app
from guwah.ingest import ingest_file
from guwah.review import FlaggedRefused, accept_in_bulk, list_proposals, needs_reading
from guwah.storage.tables import Event, Person, PersonAttribute, PersonName, Testimony, ViolationCoding
from tests.shared import point_cli_at

TEXT = ("Synthetic example. Police took Nurbol Sadvakasov from the bazaar in Aksu in 2019. "
        "Perhaps they beat Nurbol there. "
        "They did not beat Nurbol that day; the next day they beat him. "
        "The guards beat Nurbol in the cellar. "
        "They also beat the driver who had taken him. "
        "The witness herself was beaten in the cellar.")


def _code() -> str:
    from guwah.vocab import violation_codes

    return sorted(violation_codes())[0]


def _at(words: str, occurrence: int = 0) -> tuple[int, int]:
    start = [m.start() for m in re.finditer(re.escape(words), TEXT)][occurrence]
    return start, start + len(words)


@pytest.fixture
def facts(store, tmp_path):
    """A document with one waiting fact of each case, by name: its id and {case: ref}."""
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.meta.yaml").write_text("consent: confidential\nwitness: Aynagul Beisenova\n", encoding="utf-8")
    document_id = ingest_file(store, path).document_id
    made = {"evidence_document_id": document_id, "asserted_by_kind": "extractor", "asserted_by": "guwah.extract"}
    refs = {}
    with store.session() as session:
        victim, unnamed, driver = Person(), Person(), Person()
        session.add_all([victim, unnamed, driver])
        session.flush()
        witness_id = session.query(Testimony).filter_by(document_id=document_id).one().witness_id
        name = _at("Nurbol Sadvakasov")
        for person, role in ((victim, "victim"), (driver, "relative")):
            session.add_all([PersonName(person_id=person.id, name="Nurbol Sadvakasov" if person is victim else "Erbol",
                                        evidence_start=name[0], evidence_end=name[1], review_state="accepted", **made),
                             PersonAttribute(person_id=person.id, attribute="role", value=role, evidence_start=name[0],
                                             evidence_end=name[1], review_state="accepted", **made)])
        rows = {
            "clean_event": Event(event_type="arrest", person_id=victim.id, **dict(zip(
                ("evidence_start", "evidence_end"), _at("took Nurbol Sadvakasov"), strict=True)), **made),
            "clean_violation": ViolationCoding(person_id=victim.id, code=_code(), **dict(zip(
                ("evidence_start", "evidence_end"), _at("beat Nurbol in the cellar"), strict=True)), **made),
            "witness_violation": ViolationCoding(person_id=witness_id, code=_code(), **dict(zip(
                ("evidence_start", "evidence_end"), _at("was beaten in the cellar"), strict=True)), **made),
            "hedged": ViolationCoding(person_id=victim.id, code=_code(), **dict(zip(
                ("evidence_start", "evidence_end"), _at("beat Nurbol there"), strict=True)), **made),
            "negated": ViolationCoding(person_id=victim.id, code=_code(), **dict(zip(
                ("evidence_start", "evidence_end"), _at("beat him"), strict=True)), **made),
            "unnamed": Event(event_type="arrest", person_id=unnamed.id, **dict(zip(
                ("evidence_start", "evidence_end"), _at("took Nurbol Sadvakasov"), strict=True)), **made),
            "not_victim": ViolationCoding(person_id=driver.id, code=_code(), **dict(zip(
                ("evidence_start", "evidence_end"), _at("beat the driver"), strict=True)), **made),
        }
        session.add_all(rows.values())
        session.flush()
        for case, row in rows.items():
            refs[case] = f"{'event' if isinstance(row, Event) else 'violation'}:{row.id}"
    return document_id, refs


CLEAN = ("clean_event", "clean_violation", "witness_violation")


def test_needs_reading_flags_each_case_and_not_the_clean_facts(store, facts):
    _, refs = facts
    with store.session() as session:
        flagged = needs_reading(session, list(refs.values()))
    assert {case: flagged.get(ref) for case, ref in refs.items()} == {
        "clean_event": None, "clean_violation": None, "witness_violation": None,  # controls
        "hedged": ("hedged",), "negated": ("negated",), "unnamed": ("unnamed",), "not_victim": ("not_victim",)}


def test_needs_reading_an_unnamed_persons_violation_carries_both_flags(store, facts):
    document_id, refs = facts
    with store.session() as session:
        unnamed = session.get(Event, int(refs["unnamed"].split(":")[1])).person_id
        coding = ViolationCoding(person_id=unnamed, code=_code(), evidence_document_id=document_id,
                                 evidence_start=_at("beat Nurbol in the cellar")[0],
                                 evidence_end=_at("beat Nurbol in the cellar")[1],
                                 asserted_by_kind="extractor", asserted_by="guwah.extract")
        session.add(coding)
        session.flush()
        assert needs_reading(session, [f"violation:{coding.id}"]) == {f"violation:{coding.id}": ("unnamed", "not_victim")}


def test_accept_in_bulk_refuses_all_while_flagged_facts_remain(store, facts):
    _, refs = facts
    with store.session() as session:
        with pytest.raises(FlaggedRefused) as refused:
            accept_in_bulk(store, session, list(refs.values()), "reviewer-2")
        session.rollback()
    assert [ref for ref, _ in refused.value.refused] == [refs[c] for c in ("hedged", "negated", "unnamed",
                                                                              "not_victim")]
    with store.session() as session:
        assert len(list_proposals(session)) == len(refs)  # nothing accepted
    with store.session() as session:  # asked to: the others are accepted, the flagged ones left waiting
        done = accept_in_bulk(store, session, list(refs.values()), "reviewer-2", leave_flagged=True)
    assert sorted(p.ref for p in done.accepted) == sorted(refs[c] for c in CLEAN)
    with store.session() as session:
        assert sorted(p.ref for p in list_proposals(session)) == sorted(done.left) == sorted(
            refs[c] for c in refs if c not in CLEAN)


def test_review_accept_document_lists_the_flagged_and_accepts_the_rest_only_if_asked(store, facts, monkeypatch):
    document_id, refs = facts
    monkeypatch.setenv("GUWAH_ACTOR", "reviewer-2")
    point_cli_at(store, monkeypatch)
    runner = CliRunner()
    refused = runner.invoke(app, ["review", "accept", "--document", str(document_id), "--yes"])
    said = " ".join(refused.stderr.split())
    assert refused.exit_code == 1, refused.output
    assert f"{refs['hedged']}: a word of doubt or hearsay" in said and f"{refs['unnamed']}: the person it is about" in said
    assert refs["clean_event"] + ":" not in said and "must be read and decided one by one" in said
    # the refusal names the flag that accepts the others (the error alone said "leave these waiting", not how)
    assert f"`guwah review accept --document {document_id} --leave-flagged`" in said
    with store.session() as session:
        assert len(list_proposals(session)) == len(refs)  # nothing accepted
    done = runner.invoke(app, ["review", "accept", "--document", str(document_id), "--yes", "--leave-flagged"])
    assert done.exit_code == 0, done.output
    assert "accepted 3 facts; 4 left for one-by-one review" in " ".join(done.stderr.split())
    with store.session() as session:
        assert sorted(p.ref for p in list_proposals(session)) == sorted(refs[c] for c in refs if c not in CLEAN)
    # --leave-flagged goes with --document only
    named = runner.invoke(app, ["review", "accept", refs["hedged"], "--leave-flagged"])
    assert named.exit_code == 1 and "go with --document" in named.stderr


def test_review_accept_document_kind_refusal_names_the_same_kind(store, facts, monkeypatch):
    # Before: `--document N --kind violation` refused for a flagged violation suggested
    # `--document N --leave-flagged`, which would accept the waiting facts of every kind.
    document_id, refs = facts
    monkeypatch.setenv("GUWAH_ACTOR", "reviewer-2")
    point_cli_at(store, monkeypatch)
    runner = CliRunner()
    refused = runner.invoke(app, ["review", "accept", "--document", str(document_id), "--kind", "violation", "--yes"])
    said = " ".join(refused.stderr.split())
    assert refused.exit_code == 1 and f"{refs['hedged']}: a word of doubt or hearsay" in said, refused.output
    assert f"`guwah review accept --document {document_id} --kind violation --leave-flagged`" in said
    # control: the suggested command accepts the clean violation only, and leaves the clean event waiting
    done = runner.invoke(app, ["review", "accept", "--document", str(document_id), "--kind", "violation", "--yes",
                               "--leave-flagged"])
    assert done.exit_code == 0, done.output
    with store.session() as session:
        waiting = {p.ref for p in list_proposals(session)}
    assert refs["clean_violation"] not in waiting and refs["clean_event"] in waiting

def test_the_review_lists_accept_selected_goes_through_the_same_function(store, facts):
    from guwah.web import create_app
    from tests.accounts.factories import client_as, make_user

    document_id, refs = facts
    client, token = client_as(create_app(store), store, make_user(store, "rana", "editor"))
    ticked = [refs["clean_event"], refs["hedged"]]
    form = {"csrf_token": token, "fact": ticked, "decision": "accepted", "document": str(document_id)}
    page = client.post("/workspace/review/batch", data=form, follow_redirects=False)
    assert page.status_code == 400 and "must be read and decided one by one" in page.text
    assert refs["hedged"] in page.text
    with store.session() as session:
        assert len(list_proposals(session)) == len(refs)  # nothing accepted
    page = client.post("/workspace/review/batch", data={**form, "leave_flagged": "1"}, follow_redirects=False)
    assert page.status_code == 303, page.text
    with store.session() as session:
        waiting = {p.ref for p in list_proposals(session)}
    assert refs["clean_event"] not in waiting and refs["hedged"] in waiting
    # control: rejecting in a batch needs no reading one by one (a reason is given)
    page = client.post("/workspace/review/batch", data={**form, "fact": [refs["negated"]], "decision": "rejected",
                                                         "reason": "read: not an act"}, follow_redirects=False)
    assert page.status_code == 303


def test_a_fact_not_found_is_named_by_the_batch_not_taken_for_a_flagged_one(store, facts):
    from guwah.review import BatchRefused

    _, refs = facts
    with store.session() as session:
        with pytest.raises(BatchRefused) as refused:
            accept_in_bulk(store, session, [refs["clean_event"], "event:999999"], "reviewer-2")
        session.rollback()
    assert not isinstance(refused.value, FlaggedRefused)
    assert [ref for ref, _ in refused.value.refused] == ["event:999999"]
