"""Deciding several facts at once (h-review65): `guwah review accept --document N`, asking first;
all or nothing, a fact decided meanwhile named with its reason; `review list` at 80 columns."""

import json

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from guwah.cli import app
from guwah.errors import InputError
from guwah.ingest import ingest_file
from guwah.review import BatchRefused, accept, decide_batch, list_proposals, next_waiting
from guwah.storage.tables import AuditEntry, Event, Person, PersonAttribute, PersonName, ViolationCoding
from tests.shared import point_cli_at

TEXT = "Dilnar Qasimova-Yeltay said her cousin Arzugul Tohti was taken to the camp in Aksu in 2019 and beaten there."


def _code() -> str:
    from guwah.vocab import violation_codes

    return sorted(violation_codes())[0]


def _document(store, tmp_path, name: str) -> tuple[int, list[str]]:
    """A confidential document with two waiting facts (an event and a violation): its id and their refs."""
    path = tmp_path / f"{name}.txt"
    path.write_text(TEXT + f" ({name})", encoding="utf-8")  # two documents, not one ingested twice
    (tmp_path / f"{name}.meta.yaml").write_text("consent: confidential\n", encoding="utf-8")
    document_id = ingest_file(store, path).document_id
    start, beaten = TEXT.index("was taken"), TEXT.index("beaten")
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        made = {"evidence_document_id": document_id, "asserted_by_kind": "extractor", "asserted_by": "guwah.extract"}
        # a named victim, decided already: none of the facts is one to read alone (`needs_reading`)
        named = TEXT.index("Arzugul Tohti")
        session.add_all([PersonName(person_id=person.id, name="Arzugul Tohti", evidence_start=named,
                                    evidence_end=named + 13, review_state="accepted", **made),
                         PersonAttribute(person_id=person.id, attribute="role", value="victim", evidence_start=named,
                                         evidence_end=named + 13, review_state="accepted", **made)])
        event = Event(event_type="detention", person_id=person.id, date_value="2019", date_precision="year",
                      evidence_start=start, evidence_end=start + 9, **made)
        coding = ViolationCoding(person_id=person.id, code=_code(), evidence_start=beaten, evidence_end=beaten + 6,
                                 **made)
        session.add_all([event, coding])
        session.flush()
        return document_id, [f"event:{event.id}", f"violation:{coding.id}"]


@pytest.fixture
def two_documents(store, tmp_path, monkeypatch):
    monkeypatch.setenv("GUWAH_ACTOR", "reviewer-2")
    point_cli_at(store, monkeypatch)
    return _document(store, tmp_path, "a"), _document(store, tmp_path, "b")


def _waiting(store) -> list[str]:
    with store.session() as session:
        return [p.ref for p in list_proposals(session)]


def _decisions(store) -> list[tuple]:
    with store.session() as session:
        return [(e.actor, e.record_type, e.record_id, e.detail["decision"]) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.action == "review").order_by(AuditEntry.id))]


def test_accept_document_asks_first_and_accepts_only_that_document(store, two_documents, monkeypatch):
    (first, refs), (_, others) = two_documents
    monkeypatch.setattr("guwah.review.cli._interactive", lambda: True)
    runner = CliRunner()
    declined = runner.invoke(app, ["review", "accept", "--document", str(first)], input="n\n")
    assert declined.exit_code == 1 and "Accept 2 waiting facts of document" in declined.stderr
    assert _waiting(store) == [refs[0], others[0], refs[1], others[1]]  # nothing accepted
    agreed = runner.invoke(app, ["review", "accept", "--document", str(first)], input="y\n")
    assert agreed.exit_code == 0, agreed.output
    assert "accepted 2 facts" in agreed.stderr
    assert _waiting(store) == [others[0], others[1]]  # the other document's facts still wait
    # one audit entry per fact, as `review accept KIND:ID` writes
    assert _decisions(store) == [("reviewer-2", "event", refs[0].split(":")[1], "accepted"),
                                 ("reviewer-2", "violation", refs[1].split(":")[1], "accepted")]


def test_accept_document_with_yes_and_kind_asks_nothing(store, two_documents, monkeypatch):
    (first, refs), (_, others) = two_documents
    monkeypatch.setattr("guwah.review.cli._interactive", lambda: False)
    result = CliRunner().invoke(app, ["review", "accept", "--document", str(first), "--kind", "event", "--yes"])
    assert result.exit_code == 0 and "accepted 1 fact" in result.stderr
    assert _waiting(store) == [others[0], refs[1], others[1]]


def test_accept_document_without_yes_is_refused_where_no_one_can_answer(store, two_documents, monkeypatch):
    (first, refs), (_, others) = two_documents
    monkeypatch.setattr("guwah.review.cli._interactive", lambda: False)
    result = CliRunner().invoke(app, ["review", "accept", "--document", str(first)], input="y\n")
    assert result.exit_code == 1
    assert "would accept 2 waiting facts of document" in result.stderr and "--yes" in result.stderr
    assert len(_waiting(store)) == 4  # nothing accepted, though a "y" was piped in
    unknown = CliRunner().invoke(app, ["review", "accept", "--document", "999", "--yes"])
    assert unknown.exit_code == 1 and "no document 999" in unknown.stderr
    both = CliRunner().invoke(app, ["review", "accept", refs[0], "--document", str(first), "--yes"])
    assert both.exit_code == 1 and "not both" in both.stderr and len(_waiting(store)) == 4


def test_a_batch_with_a_fact_decided_meanwhile_decides_none_and_names_it(store, two_documents):
    (_, refs), (_, others) = two_documents
    with store.session() as session:
        accept(store, session, others[0], "someone-else")
    with store.session() as session:
        with pytest.raises(BatchRefused) as refused:
            decide_batch(store, session, [refs[0], others[0], refs[1]], "reviewer-2", "accepted")
        session.rollback()
    assert [ref for ref, _ in refused.value.refused] == [others[0]]
    assert "someone-else" in refused.value.refused[0][1].message
    assert "the facts listed with their reasons could not be decided, so none of the facts selected was" \
        in refused.value.message and others[0] not in refused.value.message  # named once, in the list
    assert refs[0] in _waiting(store) and refs[1] in _waiting(store)
    assert _decisions(store) == [("someone-else", "event", others[0].split(":")[1], "accepted")]
    # the CLI says the same, fact by fact, and stores nothing
    result = CliRunner().invoke(app, ["review", "reject", refs[0], others[0], "--reason", "not her"])
    assert result.exit_code == 1 and f"  {others[0]} was already accepted by someone-else" in result.stderr
    assert result.stderr.split("reopen it")[0].count(others[0]) == 1  # then the command that reopens it
    assert refs[0] in _waiting(store)
    # control: without the stale fact the same batch is decided
    with store.session() as session:
        assert len(decide_batch(store, session, [refs[0], refs[1]], "reviewer-2", "rejected", "not her")) == 2
    assert refs[0] not in _waiting(store)


def test_a_batch_rejection_needs_a_reason_and_a_batch_a_fact(store, two_documents):
    (_, refs), _ = two_documents
    with store.session() as session:
        with pytest.raises(InputError, match="needs a reason"):
            decide_batch(store, session, refs, "reviewer-2", "rejected", "  ")
        with pytest.raises(InputError, match="no fact selected"):
            decide_batch(store, session, [], "reviewer-2", "accepted")


def test_next_waiting_keeps_the_filters(store, two_documents):
    (first, refs), (second, others) = two_documents
    with store.session() as session:
        assert next_waiting(session) == refs[0]
        assert next_waiting(session, "violation", second) == others[1]
        assert next_waiting(session, "relation") is None
        assert next_waiting(session, None, 999) is None


def test_review_list_fits_80_columns(store, two_documents, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    from guwah.console import out

    monkeypatch.setattr(out, "_console", None)  # made again at this width
    monkeypatch.setattr("guwah.console._console_class", _terminal_console(80))
    result = CliRunner().invoke(app, ["review", "list"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines and max(map(len, lines)) <= 80, result.stdout
    assert "event:1" in result.stdout and "event_type=detenti" in result.stdout
    listed = json.loads(CliRunner().invoke(app, ["review", "list", "--json"]).stdout)
    assert len(listed) == 4


def _terminal_console(width: int):
    """The console class as a terminal of `width` columns draws it (CliRunner's stdout is no terminal)."""
    from guwah import console

    real = console._console_class

    def made():
        base = real()

        class Terminal(base):
            def __init__(self, **options):
                super().__init__(**options, force_terminal=True, width=width, color_system=None)

        return Terminal

    return made
