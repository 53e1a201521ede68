"""Review of proposed facts: accept, reject with a reason, edit without overwriting; audited."""

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from guwah.errors import InputError
from guwah.ingest import ingest_file
from guwah.review import accept, edit, list_proposals, reject, show_proposal
from guwah.storage.tables import AuditEntry, Event, Person, PersonName, ViolationCoding

TEXT = "My brother Tursun Ehmet was taken to the camp in Aksu on 12 March 2018 and beaten there."


@pytest.fixture
def proposals(store, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.meta.yaml").write_text("consent: confidential\n", encoding="utf-8")
    document_id = ingest_file(store, path).document_id
    start = TEXT.index("was taken")
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        extractor = {"evidence_document_id": document_id, "asserted_by_kind": "extractor",
                     "asserted_by": "guwah.extract", "asserted_by_version": "0.4.0"}
        event = Event(event_type="detention", person_id=person.id, date_value="2018-03-12", date_precision="day",
                      evidence_start=start, evidence_end=start + len("was taken to the camp"), **extractor)
        beating = TEXT.index("beaten")
        coding = ViolationCoding(person_id=person.id, code=_a_code(), evidence_start=beating,
                                 evidence_end=beating + 6, **extractor)
        session.add_all([event, coding])
        session.flush()
        return document_id, f"event:{event.id}", f"violation:{coding.id}"


def _a_code() -> str:
    from guwah.vocab import violation_codes

    return sorted(violation_codes())[0]


def test_review_lists_proposals_and_shows_the_evidence_audited(store, proposals):
    document_id, event_ref, coding_ref = proposals
    with store.session() as session:
        assert [p.ref for p in list_proposals(session)] == [event_ref, coding_ref]
        assert list_proposals(session, kind="event")[0].evidence is None  # lists carry no text
        shown = show_proposal(store, session, event_ref, "rev")
    assert "⟦was taken to the camp⟧" in shown.evidence and shown.fields["date_value"] == "2018-03-12"
    with store.session() as session:
        reads = session.query(AuditEntry).filter_by(action="read", record_type="proposal").all()
    assert [r.record_id for r in reads] == [event_ref]  # the document is confidential


def test_accept_and_reject_record_who_and_why_and_delete_nothing(store, proposals):
    _, event_ref, coding_ref = proposals
    with store.session() as session:
        accept(store, session, event_ref, "rev")
        with pytest.raises(InputError, match="reason"):
            reject(store, session, coding_ref, "rev", " ")
        reject(store, session, coding_ref, "rev", "the beating is told of someone else")
    with store.session() as session:
        assert list_proposals(session) == []
        rejected = list_proposals(session, state="rejected")
        assert [(p.ref, p.reviewed_by, p.review_note) for p in rejected] == [
            (coding_ref, "rev", "the beating is told of someone else")]
        with pytest.raises(InputError, match="already accepted"):
            reject(store, session, event_ref, "other", "changed my mind")
        decisions = [e.detail for e in session.query(AuditEntry).filter_by(action="review")]
    assert decisions == [{"decision": "accepted"}, {"decision": "rejected"}]


def test_edit_keeps_the_original_beside_the_correction(store, proposals):
    _, event_ref, _ = proposals
    with store.session() as session:
        corrected = edit(store, session, event_ref, "rev", {"date_value": "2018-03", "date_precision": "month"})
    with store.session() as session:
        original = show_proposal(store, session, event_ref, "rev")
        new = show_proposal(store, session, corrected.ref, "rev")
    assert original.state == "rejected" and original.review_note == f"edited into {corrected.ref}"
    assert original.fields["date_value"] == "2018-03-12"  # never overwritten
    assert new.state == "accepted" and new.fields["date_value"] == "2018-03" and new.asserted_by == "rev"
    assert new.evidence == original.evidence  # the same passage supports it
    with store.session() as session, pytest.raises(InputError, match="event type"):
        edit(store, session, new.ref, "rev", {"event_type": "picnic"})  # nothing partial is stored


def test_an_edit_that_changes_nothing_is_refused_and_stores_nothing(store, proposals):
    # `review edit --set date_value=<the same>` made an identical accepted copy beside the original.
    _, event_ref, _ = proposals
    with store.session() as session, pytest.raises(InputError, match="nothing to change"):
        edit(store, session, event_ref, "rev", {"date_value": "2018-03-12", "date_precision": "day"})
    with store.session() as session:
        assert show_proposal(store, session, event_ref, "rev").state == "proposed"
        assert session.query(Event).count() == 1
    with store.session() as session:  # positive control: one field really changed
        corrected = edit(store, session, event_ref, "rev", {"date_value": "2018-03-12", "date_precision": "day",
                                                            "end_date_value": "2018-04"})
    assert corrected.fields["end_date_value"] == "2018-04" and corrected.fields["date_value"] == "2018-03-12"


@pytest.mark.parametrize("second", ["accept", "reject", "edit", "reopen"])
def test_two_decisions_of_one_fact_at_once_store_one(any_store, tmp_path, second):
    """A review form sent twice at once (a double click, the same fact open in two tabs): both
    requests read the fact proposed before either committed, and both decided it (two decisions
    audited; two edits left two accepted copies). The second now finds it decided and stores
    nothing."""
    from guwah.review import reopen
    from guwah.storage.tables import ViolationCoding as Coding

    store = any_store
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    document_id = ingest_file(store, path).document_id
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        coding = Coding(person_id=person.id, code=_a_code(), evidence_document_id=document_id,
                        evidence_start=TEXT.index("beaten"), evidence_end=TEXT.index("beaten") + 6,
                        asserted_by_kind="extractor", asserted_by="guwah.extract", asserted_by_version="0.4.0")
        session.add(coding)
        session.flush()
        ref = f"violation:{coding.id}"
    decide = {"accept": lambda s: accept(store, s, ref, "reviewer-2"),
              "reject": lambda s: reject(store, s, ref, "reviewer-2", "not so"),
              "edit": lambda s: edit(store, s, ref, "reviewer-2", {"code": sorted(_codes())[1]}),
              "reopen": lambda s: reopen(store, s, ref, "reviewer-2", "look again")}[second]
    with store.session() as late:
        read = late.get(Coding, coding.id)  # read (and kept) before the first decision commits
        assert read.review_state == "proposed"
        with store.session() as first:
            accept(store, first, ref, "reviewer-1")
        if second == "reopen":  # reopening a decided fact is no double decision: it goes on
            decide(late)
        else:
            with pytest.raises(InputError, match="already accepted by reviewer-1"):
                decide(late)
        assert read is not None
    with store.session() as session:
        decisions = [e.detail for e in session.query(AuditEntry).filter_by(action="review")]
        codings = session.query(Coding).count()
    assert decisions[0] == {"decision": "accepted"}  # positive control: the first is stored
    assert len(decisions) == (2 if second == "reopen" else 1) and codings == 1


def _codes():
    from guwah.vocab import violation_codes

    return violation_codes()


@pytest.mark.parametrize("bad", ["event", "event:x", "person:1", ":3", "event:²", "event:1²"])
def test_a_malformed_reference_is_one_clear_error(store, bad):
    with store.session() as session, pytest.raises(InputError, match="KIND:ID"):
        show_proposal(store, session, bad, "rev")


def test_review_cli_round_trip(proposals, store, tmp_path, monkeypatch):
    from guwah.cli import app
    from tests.shared import point_cli_at

    monkeypatch.setenv("GUWAH_ACTOR", "reviewer-2")
    _, event_ref, coding_ref = proposals
    point_cli_at(store, monkeypatch)
    runner = CliRunner()
    listed = json.loads(runner.invoke(app, ["review", "list", "--json"]).stdout)
    assert [p["ref"] for p in listed] == [event_ref, coding_ref]
    shown = runner.invoke(app, ["review", "show", event_ref])
    assert shown.exit_code == 0 and "⟦was taken to the camp⟧" in shown.stdout
    assert runner.invoke(app, ["review", "accept", event_ref]).exit_code == 0
    refused = runner.invoke(app, ["review", "reject", coding_ref])
    assert refused.exit_code == 2  # --reason is required
    edited = runner.invoke(app, ["review", "edit", coding_ref, "--set", "nonsense=1"])
    assert edited.exit_code == 1 and "can be edited" in edited.stderr
    assert runner.invoke(app, ["review", "reject", coding_ref, "--reason", "not him"]).exit_code == 0
    assert json.loads(runner.invoke(app, ["review", "list", "--json"]).stdout) == []


def test_review_cli_decides_a_fact_named_twice_once(proposals, store, monkeypatch):
    # h-try49: `review accept event:24 event:24` accepted it, then refused the second as "already
    # accepted by you", rolled both back and left it proposed: an error about a decision never kept.
    from guwah.cli import app
    from tests.shared import point_cli_at

    monkeypatch.setenv("GUWAH_ACTOR", "reviewer-2")
    _, event_ref, coding_ref = proposals
    point_cli_at(store, monkeypatch)
    runner = CliRunner()
    kind, number = event_ref.split(":")
    accepted = runner.invoke(app, ["review", "accept", event_ref, f"{kind}:0{number}", event_ref])
    assert accepted.exit_code == 0 and "accepted 1 fact" in accepted.stderr
    rejected = runner.invoke(app, ["review", "reject", coding_ref, coding_ref, "--reason", "told of another"])
    assert rejected.exit_code == 0 and "rejected 1 fact" in rejected.stderr
    reopened = runner.invoke(app, ["review", "reopen", event_ref, event_ref, "--reason", "read it again"])
    assert reopened.exit_code == 0 and "reopened 1 fact" in reopened.stderr
    with store.session() as session:
        assert [p.ref for p in list_proposals(session)] == [event_ref]
    bad = runner.invoke(app, ["review", "accept", event_ref, "event:²"])  # a superscript two crashed int()
    assert bad.exit_code == 1 and "KIND:ID" in bad.stderr and "Traceback" not in bad.output
    with store.session() as session:
        assert [p.ref for p in list_proposals(session)] == [event_ref]  # nothing stored


def _second_mention(store, document_id) -> int:
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        return person.id


def test_review_reopen_puts_a_decision_back_and_keeps_the_old_one(any_store, tmp_path):
    from guwah.review import history, reopen

    store = any_store
    document_id, event_ref, coding_ref = proposals.__wrapped__(store, tmp_path)
    with store.session() as session:
        accept(store, session, event_ref, "rev")
        reject(store, session, coding_ref, "rev", "not in the text")
    with store.session() as session:
        with pytest.raises(InputError, match="needs a reason"):
            reopen(store, session, event_ref, "second", " ")
        assert reopen(store, session, event_ref, "second", "the date is doubtful").state == "proposed"
        assert reopen(store, session, coding_ref, "second", "it is in the text").state == "proposed"
    with store.session() as session:
        [old] = history(session, event_ref)
        assert (old["state"], old["reviewed_by"], old["replaced_by_step"], old["replaced_by"], old["reason"]) == (
            "accepted", "rev", "reopened", "second", "the date is doubtful")
        assert history(session, coding_ref)[0]["note"] == "not in the text"
        assert [p.ref for p in list_proposals(session)] == [event_ref, coding_ref]
        with pytest.raises(InputError, match="nothing to reopen"):
            reopen(store, session, event_ref, "second", "again")
        audited = session.query(AuditEntry).filter(AuditEntry.actor == "second").all()
        assert len(audited) == 2
    with store.session() as session:  # and it can be decided again
        assert accept(store, session, event_ref, "third").state == "accepted"


def test_review_reassign_moves_a_fact_to_another_mention_or_entry(any_store, tmp_path):
    from guwah.review import history, reassign

    store = any_store
    document_id, event_ref, coding_ref = proposals.__wrapped__(store, tmp_path)
    other = _second_mention(store, document_id)
    with store.session() as session:
        accept(store, session, event_ref, "rev")
        original_person = session.get(Event, int(event_ref.split(":")[1])).person_id
        other_entry = session.get(Person, other).entry.number
    with store.session() as session:
        with pytest.raises(InputError, match="only event and violation"):
            reassign(store, session, "name:1", f"mention:{other}", "rev", "why")
        with pytest.raises(InputError, match="mention:ID or entry:N"):
            reassign(store, session, event_ref, "person 2", "rev", "why")
        with pytest.raises(InputError, match="already about"):
            reassign(store, session, event_ref, f"mention:{original_person}", "rev", "why")
        moved = reassign(store, session, event_ref, f"mention:{other}", "rev", "it was her brother")
        assert (moved.person_id, moved.state, moved.fields["date_value"]) == (other, "accepted", "2018-03-12")
        # an entry number as printed (E-7) is taken as the bare one is
        moved_coding = reassign(store, session, coding_ref, f"entry:E-{other_entry}", "rev", "same brother")
        assert (moved_coding.person_id, moved_coding.state) == (other, "proposed")
    with store.session() as session:
        original = session.get(Event, int(event_ref.split(":")[1]))
        assert original.review_state == "rejected" and original.person_id == original_person
        assert f"as {moved.ref}" in original.review_note
        assert history(session, event_ref)[0]["state"] == "accepted"
        assert history(session, event_ref)[0]["reason"] == "it was her brother"


def test_review_cli_reopen_and_reassign(store, proposals, monkeypatch):
    from guwah.cli import app
    from tests.shared import point_cli_at

    document_id, event_ref, coding_ref = proposals
    other = _second_mention(store, document_id)
    with store.session() as session:
        accept(store, session, event_ref, "rev")
    point_cli_at(store, monkeypatch)
    runner = CliRunner()
    assert runner.invoke(app, ["review", "reopen", event_ref]).exit_code == 2  # --reason is required
    result = runner.invoke(app, ["review", "reopen", event_ref, "--reason", "date doubtful"])
    assert result.exit_code == 0, result.output and "back to proposed" in result.stderr
    shown = json.loads(runner.invoke(app, ["review", "show", event_ref, "--json"]).stdout)
    assert shown["state"] == "proposed" and shown["history"][0]["state"] == "accepted"
    result = runner.invoke(app, ["review", "reassign", event_ref, f"mention:{other}", "--reason", "her brother"])
    assert result.exit_code == 0, result.output
    assert f"reassigned to mention M-{other}" in result.stderr
    bad = runner.invoke(app, ["review", "reassign", event_ref, "mention:999", "--reason", "x"])
    assert bad.exit_code == 1 and "no mention 999" in bad.stderr


@pytest.mark.parametrize(("changes", "message"), [
    ({"date_value": "notadate"}, "date"),
    ({"date_value": "2018-13-45", "date_precision": "day"}, "date"),
    ({"date_value": "2018-03", "date_precision": "day"}, "precision"),
    ({"date_value": "2018", "date_precision": "month"}, "precision"),
    ({"date_value": " ", "date_precision": "day"}, "needs a date_value"),
    ({"end_date_value": "2018-01"}, "before"),
    ({"event_type": ""}, "empty"),
    # before: an event "in 2099" (a typo for 2009) was accepted and went to the public figures
    ({"date_value": "2099"}, "after today"),
    ({"date_value": f"{date.today().year + 1}-01-01"}, "after today"),
    ({"date_value": "2018", "end_date_value": "2099-05"}, "after today"),
])
def test_an_edit_with_a_malformed_value_is_one_clear_error_and_stores_nothing(store, proposals, changes, message):
    # A reviewer's typo in a date went into the public figures ("detentions by year: nota").
    _, event_ref, _ = proposals
    with store.session() as session, pytest.raises(InputError, match=message):
        edit(store, session, event_ref, "rev", changes)
    with store.session() as session:
        assert show_proposal(store, session, event_ref, "rev").state == "proposed"
        assert session.query(Event).count() == 1
    with store.session() as session:  # positive control: a well-formed date of another precision
        corrected = edit(store, session, event_ref, "rev", {"date_value": "2018"})
    assert corrected.fields["date_value"] == "2018" and corrected.fields["date_precision"] == "year"


def test_an_edit_that_blanks_a_date_clears_it_with_its_precision(store, proposals):
    _, event_ref, _ = proposals
    with store.session() as session:
        cleared = edit(store, session, event_ref, "rev", {"date_value": " "})
    assert cleared.fields["date_value"] is None and cleared.fields["date_precision"] is None


def test_an_edit_to_an_empty_name_is_one_clear_error(store, tmp_path):
    # `review edit name:N --set name=` ended in a database traceback (NOT NULL constraint failed).
    from guwah.storage.tables import PersonName

    path = tmp_path / "n.txt"
    path.write_text(TEXT, encoding="utf-8")
    document_id = ingest_file(store, path).document_id
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        name = PersonName(person_id=person.id, name="Tursun Ehmet", evidence_document_id=document_id,
                          evidence_start=11, evidence_end=23, asserted_by_kind="extractor", asserted_by="x")
        session.add(name)
        session.flush()
        ref = f"name:{name.id}"
    for blank in ("", "  "):
        with store.session() as session, pytest.raises(InputError, match="empty"):
            edit(store, session, ref, "rev", {"name": blank})
    with store.session() as session:
        assert show_proposal(store, session, ref, "rev").state == "proposed"
        assert edit(store, session, ref, "rev", {"name": "Tursun Ahmet"}).fields["name"] == "Tursun Ahmet"


def test_an_edit_to_a_birth_year_that_is_no_year_is_refused(store, tmp_path):
    # `review edit attribute:N --set value=nineteen` put "nineteen" on the public person page and persons.csv.
    from guwah.storage.tables import PersonAttribute

    path = tmp_path / "b.txt"
    path.write_text(TEXT, encoding="utf-8")
    document_id = ingest_file(store, path).document_id
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        row = PersonAttribute(person_id=person.id, attribute="birth_year", value="1979", evidence_document_id=document_id,
                              evidence_start=0, evidence_end=2, asserted_by_kind="extractor", asserted_by="x")
        session.add(row)
        session.flush()
        ref = f"attribute:{row.id}"
    for bad in ("nineteen", "79", "2999", "1979.5", "¹⁹⁸¹", "١٩٨١"):  # h-try49: superscripts crashed
        with store.session() as session, pytest.raises(InputError, match="birth_year"):
            edit(store, session, ref, "rev", {"value": bad})
    with store.session() as session:
        assert edit(store, session, ref, "rev", {"value": "1981"}).fields["value"] == "1981"


def test_an_edit_to_an_attribute_date_that_is_no_date_is_refused(store, tmp_path):
    # `review edit attribute:N --set as_of=yesterday` was accepted and stored "yesterday" as the
    # date the attribute held (on PostgreSQL a value over ten characters, "2018-03-14T10", ended in a
    # database error instead). Now as_of is checked as an event's date is: an ISO date, month or year,
    # not after today; a blank clears it.
    from guwah.storage.tables import PersonAttribute

    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    document_id = ingest_file(store, path).document_id
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        row = PersonAttribute(person_id=person.id, attribute="residence", value="Aksu", evidence_document_id=document_id,
                              evidence_start=0, evidence_end=2, asserted_by_kind="extractor", asserted_by="x")
        session.add(row)
        session.flush()
        ref = f"attribute:{row.id}"
    for bad, message in (("yesterday", "not a date"), ("2018-03-14T10", "not a date"), ("2018-02-30", "not a date"),
                         (f"{date.today().year + 1}", "after today")):
        with store.session() as session, pytest.raises(InputError, match=message):
            edit(store, session, ref, "rev", {"as_of": bad})
    with store.session() as session:
        assert show_proposal(store, session, ref, "rev").state == "proposed"
        assert edit(store, session, ref, "rev", {"as_of": " 2018-03 "}).fields["as_of"] == "2018-03"


def test_an_edit_to_a_name_script_or_language_that_is_no_code_is_refused(store, tmp_path):
    # `review edit name:N --set script=Latinxxxxxxxxxxxx` (or language=...) was stored as typed on
    # SQLite, and on PostgreSQL ended in a screen of database traceback (value too long for
    # character varying(10)). Now a script is an ISO 15924 code and a language a tag CLDR knows,
    # written in their usual case; anything else is one clear line and nothing is stored.
    from guwah.storage.tables import PersonName

    path = tmp_path / "s.txt"
    path.write_text(TEXT, encoding="utf-8")
    document_id = ingest_file(store, path).document_id
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        name = PersonName(person_id=person.id, name="Tursun Ehmet", evidence_document_id=document_id,
                          evidence_start=11, evidence_end=23, asserted_by_kind="extractor", asserted_by="x")
        session.add(name)
        session.flush()
        ref = f"name:{name.id}"
    for changes, message in (({"script": "Latinxxxxxxxxxxxx"}, "script"), ({"script": "Latin"}, "script"),
                             ({"language": "e" * 50}, "language"), ({"language": "klingon"}, "language")):
        with store.session() as session, pytest.raises(InputError, match=message):
            edit(store, session, ref, "rev", changes)
    with store.session() as session:
        assert show_proposal(store, session, ref, "rev").state == "proposed"
        fields = edit(store, session, ref, "rev", {"script": "latn", "language": "UG"}).fields
    assert (fields["script"], fields["language"]) == ("Latn", "ug")


def _fact(store, tmp_path, kind: str, make) -> str:
    """A proposed fact ("KIND:ID") about a person of a stored document, made by `make(person_a,
    person_b, assertion fields)`."""
    path = tmp_path / f"{kind}.txt"
    path.write_text(f"{kind}: {TEXT}", encoding="utf-8")
    document_id = ingest_file(store, path).document_id
    with store.session() as session:
        a, b = Person(), Person()
        session.add_all([a, b])
        session.flush()
        row = make(a.id, b.id, {"evidence_document_id": document_id, "evidence_start": 0, "evidence_end": 10,
                                "asserted_by_kind": "extractor", "asserted_by": "x"})
        session.add(row)
        session.flush()
        return f"{kind}:{row.id}"


def test_an_edit_outside_a_controlled_list_is_refused_naming_the_allowed_values(store, tmp_path):
    # `review edit` took any attribute name, role value and relation type ("boss", "roommate").
    from guwah.domain import AttributeName, PersonRole, RelationType
    from guwah.storage.tables import PersonAttribute, Relation

    role = _fact(store, tmp_path, "attribute",
                 lambda a, b, x: PersonAttribute(person_id=a, attribute="role", value="victim", **x))
    relation = _fact(store, tmp_path, "relation",
                     lambda a, b, x: Relation(person_id=a, relative_id=b, relation="brother", **x))
    cases = [(role, {"value": "boss"}, f"'boss' is not a role (one of {', '.join(PersonRole)})"),
             (role, {"attribute": "favourite_colour"},
              f"'favourite_colour' is not a person attribute (one of {', '.join(AttributeName)})"),
             (relation, {"relation": "roommate"}, f"'roommate' is not a relation (one of {', '.join(RelationType)})")]
    for ref, changes, message in cases:
        with store.session() as session, pytest.raises(InputError) as refused:
            edit(store, session, ref, "rev", changes)
        assert str(refused.value) == message
        with store.session() as session:
            assert show_proposal(store, session, ref, "rev").state == "proposed"  # nothing stored
    # Positive controls: values from the lists go through.
    with store.session() as session:
        assert edit(store, session, role, "rev", {"value": "witness"}).fields["value"] == "witness"
    with store.session() as session:
        assert edit(store, session, relation, "rev", {"relation": "sister-in-law"}).fields["relation"] == "sister-in-law"


def test_review_list_and_show_name_a_relation_s_relative_by_mention_id(store, tmp_path, monkeypatch):
    # `guwah review list` printed "relative_id=3", a row number no other command takes; the
    # relative is shown as M-3 like the mention itself. --json keeps the number (control).
    from guwah.cli import app
    from guwah.domain import mention_label
    from guwah.storage.tables import Relation
    from tests.shared import point_cli_at

    ref = _fact(store, tmp_path, "relation",
                lambda a, b, x: Relation(person_id=a, relative_id=b, relation="brother", **x))
    with store.session() as session:
        relative = show_proposal(store, session, ref, "rev").fields["relative_id"]
    point_cli_at(store, monkeypatch)
    runner = CliRunner()
    listed = runner.invoke(app, ["review", "list"]).stdout
    shown = runner.invoke(app, ["review", "show", ref]).stdout
    assert f"relative={mention_label(relative)}" in listed and "relative_id" not in listed
    assert f"relative: {mention_label(relative)}" in shown and "relative_id" not in shown
    [row] = [row for row in json.loads(runner.invoke(app, ["review", "list", "--json"]).stdout) if row["ref"] == ref]
    assert row["fields"]["relative_id"] == relative


def test_a_gender_outside_the_domain_list_is_refused(store, tmp_path):
    # `review edit attribute:N value=blue` on a gender was stored as it stood: the gender values of
    # the extractor, a reviewer and a spreadsheet are one closed list (guwah.domain.Gender)
    from guwah.domain import Gender
    from guwah.storage.tables import PersonAttribute

    gender = _fact(store, tmp_path, "attribute",
                   lambda a, b, x: PersonAttribute(person_id=a, attribute="gender", value="female", **x))
    age = _fact(store, tmp_path, "attribute",
                lambda a, b, x: PersonAttribute(person_id=a, attribute="age", value="41", **x))
    for ref, changes in ((gender, {"value": "blue"}), (gender, {"value": "F"}),
                         (age, {"attribute": "gender"})):
        with store.session() as session, pytest.raises(InputError) as refused:
            edit(store, session, ref, "rev", changes)
        assert str(refused.value).endswith(f"is not a gender (one of {', '.join(Gender)})")
        with store.session() as session:
            assert show_proposal(store, session, ref, "rev").state == "proposed"  # nothing stored
    # Positive controls: a value of the list goes through, and other attributes stay free text.
    with store.session() as session:
        assert edit(store, session, gender, "rev", {"value": "male"}).fields["value"] == "male"
    other = _fact(store, tmp_path, "attribute",
                  lambda a, b, x: PersonAttribute(person_id=a, attribute="gender", value="male", **x))
    with store.session() as session:  # any case of a value of the list, stored as the list writes it
        assert edit(store, session, other, "rev", {"value": " Female"}).fields["value"] == "female"
    with store.session() as session:
        assert edit(store, session, age, "rev", {"value": "42"}).fields["value"] == "42"


def test_the_genders_the_extractor_proposes_are_the_domain_list():
    from guwah.domain import Gender
    from guwah.extract.lexicon import GENDERED_NOUNS, KIN
    from guwah.names.given import GENDERS

    assert set(GENDERED_NOUNS.values()) | {gender for _relation, gender in KIN.values() if gender} \
        | {gender for gender in GENDERS.values() if gender} <= set(Gender)
    assert set(Gender) == {"male", "female"}


def test_an_edit_to_an_unknown_event_type_or_code_is_refused(store, proposals):
    _, event_ref, coding_ref = proposals
    for ref, changes, refusal in ((event_ref, {"event_type": "picnic"}, "is not an event type .one of arrest, "),
                                  (coding_ref, {"code": "NOT-A-CODE"}, "is not a code of the violations vocabulary")):
        with store.session() as session, pytest.raises(InputError, match=refusal):
            edit(store, session, ref, "rev", changes)
    with store.session() as session:
        assert edit(store, session, event_ref, "rev", {"event_type": "arrest"}).fields["event_type"] == "arrest"


def test_the_relations_and_roles_the_extractor_proposes_are_in_the_domain_lists():
    # One list each: what the extractor writes is what a reviewer may write (the tables refuse the rest).
    from guwah.domain import AttributeName, PersonRole, RelationType
    from guwah.extract.lexicon import INVERSE, KIN
    from guwah.extract.persons import _PLURAL_RELATION

    proposed = {relation for relation, _gender in KIN.values()} | set(_PLURAL_RELATION.values())
    proposed |= {relation for by_gender in INVERSE.values() for relation in by_gender.values()}
    assert proposed <= set(RelationType)
    assert {"victim", "witness", "relative", "official", "other"} <= set(PersonRole)
    # The attribute names the extractor sets, read from its source (set_attribute("name", …)).
    import re
    from pathlib import Path

    import guwah.extract

    source = "".join(path.read_text(encoding="utf-8") for path in Path(guwah.extract.__file__).parent.glob("*.py"))
    named = set(re.findall(r'set_attribute\(\s*"(\w+)"', source))
    assert {"gender", "birth_year", "ethnicity"} <= named <= set(AttributeName)


def test_deciding_a_fact_the_sidecar_recorded_says_so_not_by_none(store, tmp_path):
    # Before: `guwah review reject name:N` on a witness's name recorded from the sidecar (accepted
    # with no reviewer) answered "name:N was already accepted by None". Now it says the fact came
    # accepted with the sidecar; a reviewer's decision still names the reviewer (control).
    from guwah.review import reject

    path = tmp_path / "w.txt"
    path.write_text(TEXT, encoding="utf-8")
    (tmp_path / "w.meta.yaml").write_text("witness: Gulnar Ehmet\n", encoding="utf-8")
    ingest_file(store, path)
    from guwah.storage.tables import PersonName

    with store.session() as session:
        ref = f"name:{session.query(PersonName).one().id}"
    with store.session() as session, pytest.raises(InputError) as refused:
        reject(store, session, ref, "rev", "wrong")
    assert "None" not in str(refused.value) and "already accepted" in str(refused.value)
    assert "sidecar" in str(refused.value)


def test_an_event_shown_for_review_shows_its_place_and_facility(store, tmp_path):
    # Before: `review show event:N` (and --json, and `review list`) gave the event's type and dates
    # only, while the stored event also held a place and a facility that the entry's public timeline
    # then shows ("arrest, 2018-05, Aksu"): a reviewer accepted a place they were never shown. Now
    # both are shown by name (and gazetteer id); an event without them shows none (control).
    from guwah.storage.tables import Facility, Place

    path = tmp_path / "p.txt"
    path.write_text(TEXT, encoding="utf-8")
    document_id = ingest_file(store, path).document_id
    with store.session() as session:
        person = Person()
        place = Place(gazetteer_id="xj.aksu", name="Aksu Prefecture", kind="prefecture")
        session.add_all([person, place])
        session.flush()
        site = Facility(name="Aksu detention centre", facility_type="detention_centre", place_id=place.id)
        session.add(site)
        session.flush()
        common = {"evidence_document_id": document_id, "asserted_by_kind": "extractor", "asserted_by": "x",
                  "person_id": person.id, "date_value": "2018", "date_precision": "year"}
        placed = Event(event_type="detention", place_id=place.id, facility_id=site.id, **common)
        bare = Event(event_type="arrest", **common)
        session.add_all([placed, bare])
        session.flush()
        refs = f"event:{placed.id}", f"event:{bare.id}"
    with store.session() as session:
        shown, plain = (show_proposal(store, session, ref, "rev") for ref in refs)
        listed = {p.ref: p for p in list_proposals(session, kind="event")}
    assert shown.fields["place"] == "Aksu Prefecture (xj.aksu)", shown.fields
    assert shown.fields["facility"] == "Aksu detention centre"
    assert listed[refs[0]].fields["place"] == "Aksu Prefecture (xj.aksu)"
    assert plain.fields["place"] is None and plain.fields["facility"] is None


def test_listing_the_facts_of_a_document_that_does_not_exist_says_so(store, proposals):
    # Before: `review list --document 99999` said '0 facts proposed', as for a document whose facts
    # were all decided: a mistyped id looked like finished work. Now: 'no document 99999'.
    from guwah.errors import NotFound

    document_id, event_ref, _ = proposals
    with store.session() as session:
        assert event_ref in [p.ref for p in list_proposals(session, document_id=document_id)]  # control
        with pytest.raises(NotFound, match="no document 99999"):
            list_proposals(session, document_id=99999)


def _sites(store) -> dict[str, int]:
    """Three facilities: one named once, two bearing the same name in two places; their entry numbers."""
    from guwah.storage.tables import Facility, Place

    with store.session() as session:
        aksu = Place(gazetteer_id="xj.aksu", name="Aksu Prefecture", kind="prefecture")
        hotan = Place(gazetteer_id="xj.hotan", name="Hotan Prefecture", kind="prefecture")
        session.add_all([aksu, hotan])
        session.flush()
        rows = {"centre": Facility(name="Aksu detention centre", facility_type="detention_centre", place_id=aksu.id),
                "camp-aksu": Facility(name="Vocational school", facility_type="internment_camp", place_id=aksu.id),
                "camp-hotan": Facility(name="Vocational School", facility_type="internment_camp",
                                       place_id=hotan.id)}
        session.add_all(rows.values())
        session.flush()
        return {key: row.entry.number for key, row in rows.items()}


def test_an_edit_sets_an_events_place_in_any_script_and_its_facility_by_number_or_name(store, proposals):
    # Before: `review edit event:N` could change an event's type and dates only; its place and
    # facility, which `review show` prints and the entry's timeline shows, could not be corrected
    # ("event fields that can be edited: event_type, …"). Now --place (a gazetteer id or a name in
    # any script) and --facility (an entry number or a name) make an accepted, corrected copy that
    # cites the same evidence; the original stays, rejected with a note.
    _, event_ref, _ = proposals
    numbers = _sites(store)
    with store.session() as session:
        corrected = edit(store, session, event_ref, "rev", {"place": "喀什市", "facility": str(numbers["centre"])})
    with store.session() as session:
        original = show_proposal(store, session, event_ref, "rev")
        new = show_proposal(store, session, corrected.ref, "rev")
        audited = [(e.actor, e.detail) for e in session.query(AuditEntry).filter_by(action="review")]
    assert new.fields["place"] == "Kashgar City (xj.kashgar.kashgar)" and new.fields["facility"] == "Aksu detention centre"
    assert (new.state, new.asserted_by, new.reviewed_by) == ("accepted", "rev", "rev")
    assert new.evidence == original.evidence and new.evidence_span == original.evidence_span  # the same passage
    assert new.fields["date_value"] == "2018-03-12"  # what was not edited is kept
    assert original.state == "rejected" and original.fields["place"] is None  # never overwritten
    assert original.review_note == f"edited into {corrected.ref}"
    assert audited == [("rev", {"decision": "rejected"})]


@pytest.mark.parametrize("changes, error, message", [
    ({"facility": "vocational school"}, InputError, "several facilities are named"),
    ({"place": "Кашгар"}, InputError, "xj.kashgar.kashgar"),
    ({"place": "Nowhere-at-all-qqq"}, InputError, "no gazetteer place"),
    ({"facility": "99999"}, "NotFound", "no facility entry 99999"),
    ({"facility": "a camp no one named"}, "NotFound", "no facility is named"),
    ({"place": "xj.kashgar", "facility": "vocational school"}, InputError, "several facilities"),
])
def test_an_event_place_or_facility_that_is_ambiguous_or_unknown_is_refused_storing_nothing(
        store, proposals, changes, error, message):
    from guwah.errors import NotFound
    from guwah.storage.tables import Place

    error = NotFound if error == "NotFound" else error
    _, event_ref, _ = proposals
    numbers = _sites(store)
    with store.session() as session:
        events, places = session.query(Event).count(), session.query(Place).count()
    with store.session() as session, pytest.raises(error, match=message) as raised:
        edit(store, session, event_ref, "rev", changes)
    if "several" in message:  # the candidates are listed by entry number, with their places
        assert f"entry {numbers['camp-aksu']}: Vocational school (Aksu Prefecture)" in str(raised.value)
        assert f"entry {numbers['camp-hotan']}: Vocational School (Hotan Prefecture)" in str(raised.value)
    with store.session() as session:
        assert (session.query(Event).count(), session.query(Place).count()) == (events, places)
        assert show_proposal(store, session, event_ref, "rev").state == "proposed"
    with store.session() as session:  # positive control: the same event takes an unambiguous choice
        fixed = edit(store, session, event_ref, "rev", {"facility": "AKSU DETENTION CENTRE", "place": "xj.aksu"})
    assert (fixed.fields["facility"], fixed.fields["place"]) == ("Aksu detention centre", "Aksu Prefecture (xj.aksu)")


def test_review_cli_edits_an_events_place_and_facility(proposals, store, monkeypatch):
    from guwah.cli import app
    from tests.shared import point_cli_at

    _, event_ref, coding_ref = proposals
    numbers = _sites(store)
    monkeypatch.setenv("GUWAH_ACTOR", "reviewer-2")
    point_cli_at(store, monkeypatch)
    runner = CliRunner()
    ambiguous = runner.invoke(app, ["review", "edit", event_ref, "--facility", "Vocational school"])
    assert ambiguous.exit_code == 1 and "several facilities" in ambiguous.stderr
    assert len(ambiguous.stderr.strip().splitlines()) == 1
    nothing = runner.invoke(app, ["review", "edit", event_ref])
    assert nothing.exit_code == 1 and "nothing to change" in nothing.stderr
    not_an_event = runner.invoke(app, ["review", "edit", coding_ref, "--place", "xj.aksu"])
    assert not_an_event.exit_code == 1 and "can be edited" in not_an_event.stderr
    edited = runner.invoke(app, ["review", "edit", event_ref, "--place", "Qeshqer shehiri",
                                 "--facility", str(numbers["camp-hotan"])])
    assert edited.exit_code == 0, edited.output
    accepted = json.loads(runner.invoke(app, ["review", "list", "--state", "accepted", "--kind", "event",
                                              "--json"]).stdout)
    assert [(p["fields"]["place"], p["fields"]["facility"], p["asserted_by"]) for p in accepted] == [
        ("Kashgar City (xj.kashgar.kashgar)", "Vocational School", "reviewer-2")]
    cleared = runner.invoke(app, ["review", "edit", event_ref, "--place", ""])
    # The original stays decided, and the refusal names the copy to edit instead (h-try49).
    said = " ".join(cleared.stderr.split())
    assert cleared.exit_code == 1 and "already edited by reviewer-2" in said
    assert f"corrected copy {accepted[0]['ref']}" in said and f"guwah review reopen {accepted[0]['ref']}" in said


def test_review_list_shows_a_name_proposals_name_as_show_and_json_do(proposals, store, monkeypatch):
    # Before: `review list` (text) printed a name proposal as 'name:N proposed person 1 document 1
    # by ...' without the name, which --json and `review show` give the same reviewer. Now the
    # line carries it; the event's line (control) is as before.
    from guwah.cli import app
    from guwah.storage.tables import PersonName
    from tests.shared import point_cli_at

    document_id, event_ref, _ = proposals
    with store.session() as session:
        person_id = session.get(Event, int(event_ref.split(":")[1])).person_id
        named = PersonName(person_id=person_id, name="Tursun Ehmet", evidence_document_id=document_id,
                           evidence_start=TEXT.index("Tursun"), evidence_end=TEXT.index(" was"),
                           asserted_by_kind="extractor", asserted_by="guwah.extract")
        session.add(named)
        session.flush()
        ref = f"name:{named.id}"
    monkeypatch.setenv("GUWAH_ACTOR", "reviewer-2")
    point_cli_at(store, monkeypatch)
    runner = CliRunner()
    listed = runner.invoke(app, ["review", "list"])
    assert listed.exit_code == 0
    line = next(row for row in listed.stdout.splitlines() if row.startswith(ref + " "))
    assert "name=Tursun Ehmet" in line
    assert json.loads(runner.invoke(app, ["review", "list", "--json", "--kind", "name"]).stdout)[0]["fields"]["name"] == \
        "Tursun Ehmet"
    assert "Tursun Ehmet" in runner.invoke(app, ["review", "show", ref]).stdout
    event_line = next(row for row in listed.stdout.splitlines() if row.startswith(event_ref + " "))
    assert "event_type=detention" in event_line and "Tursun" not in event_line
    # The column names a mention id the way `persons show` prints one, never a bare "person N".
    assert f" M-{person_id} " in line and " person " not in line
    assert listed.stdout.splitlines()[0].split()[:3] == ["fact", "state", "mention"]


def test_review_list_is_audited_by_its_filters_and_count_never_its_facts(proposals, store, monkeypatch):
    from guwah.cli import app
    from tests.shared import point_cli_at

    point_cli_at(store, monkeypatch)
    runner = CliRunner()
    listed = runner.invoke(app, ["review", "list", "--kind", "event"])
    assert listed.exit_code == 0 and listed.stdout.strip()  # it shows facts
    entries = json.loads(runner.invoke(app, ["audit", "list", "--json"]).stdout)
    [read] = [e for e in entries if e["action"] == "read" and e["record_type"] == "proposals"]
    assert read["detail"]["kind"] == "event" and read["detail"]["results"] >= 1
    assert "detention" not in json.dumps(entries) and "Tursun" not in json.dumps(entries)


def test_review_list_says_how_many_it_left_out_beyond_its_limit(proposals, store, monkeypatch):
    # Session 44: with 365 facts waiting, `review list` printed 200 and said "200 facts proposed".
    from guwah.cli import app
    from tests.shared import point_cli_at

    monkeypatch.setenv("GUWAH_ACTOR", "reviewer-2")
    point_cli_at(store, monkeypatch)
    runner = CliRunner()
    cut = runner.invoke(app, ["review", "list", "--limit", "1"])
    assert cut.exit_code == 0 and cut.stdout.count(" proposed ") == 1
    assert "1 of 2 facts proposed shown (--limit 1)" in " ".join(cut.stderr.split()), cut.stderr
    whole = runner.invoke(app, ["review", "list", "--limit", "2"])  # control: nothing left out
    assert whole.stderr.strip() == "2 facts proposed"


def test_a_refusal_carries_its_message_id_and_values_and_reads_in_english_as_before(store, proposals):
    """The CLI prints a refusal as it always did; a page gets the message id and its values, each
    field and code a Term it can show by the form's label (h-try45: a Russian reviewer read
    "date_value '2019-13' is not a date")."""
    from guwah.errors import Term

    _, event_ref, coding_ref = proposals
    with store.session() as session, pytest.raises(InputError) as bad_date:
        edit(store, session, event_ref, "rev", {"date_value": "2019-13"})
    assert str(bad_date.value) == "date_value '2019-13' is not a date: write 2017-03-26, 2017-03 or 2017"
    text = bad_date.value.text
    assert text.template == "%(field)s '%(value)s' is not a date: write 2017-03-26, 2017-03 or 2017"
    assert text.values == {"field": Term("review_field", "date_value"), "value": "2019-13"}
    assert text.render(term=lambda kind, code: f"<{kind} {code}>").startswith("<review_field date_value> '2019-13'")
    with store.session() as session, pytest.raises(InputError) as no_reason:
        reject(store, session, coding_ref, "rev", " ")
    assert str(no_reason.value) == "a rejection needs a reason" and no_reason.value.text.values == {}
    with store.session() as session:
        accept(store, session, event_ref, "rev")
    with store.session() as session, pytest.raises(InputError) as decided:
        accept(store, session, event_ref, "rev")
    assert str(decided.value) == (f"{event_ref} was already accepted by rev: reopen it to decide again "
                                  f"(guwah review reopen {event_ref} --reason WHY)")
    with store.session() as session, pytest.raises(InputError) as correcting:
        edit(store, session, event_ref, "rev", {"date_value": "2019"})  # a correction too says how
    assert f"guwah review reopen {event_ref}" in str(correcting.value)
    assert decided.value.text.values["state"] == Term("review_state", "accepted")


def test_every_refusal_of_the_review_rules_is_a_translatable_text():
    """Each InputError guwah.review raises is built from a Text (a message id and its values), never
    a formatted English string; control: the check finds a formatted one in a sample."""
    import ast
    import inspect

    import guwah.review

    def english(node) -> bool:  # a string, an f-string, "…".format(…) or "…" % …
        return (isinstance(node, ast.Constant | ast.JoinedStr | ast.BinOp)
                or isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "format"
                or isinstance(node, ast.IfExp) and (english(node.body) or english(node.orelse)))

    def formatted(source: str) -> list[int]:
        return [node.lineno for node in ast.walk(ast.parse(source))
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("InputError", "FieldRefused")
                and node.args and english(node.args[0])]

    assert formatted('raise InputError(f"{key} is bad")\nraise InputError(Text(N_("fine")))\n'
                     'raise InputError(refusal)\nraise InputError(Text(N_("a")) if a else "b")') == [1, 4]
    assert formatted(inspect.getsource(guwah.review)) == []


def test_an_unknown_place_offers_only_candidates_whose_names_are_alike(store, proposals):
    """h-try45: the place "Atlantis" was refused with the candidates Almaty and United States.
    Candidates are offered only where one of their names is a similar name of what was typed
    (guwah.names' compare_names at SIMILAR_NAME); a near spelling still gets its place."""
    _, event_ref, _ = proposals
    with store.session() as session, pytest.raises(InputError) as unknown:
        edit(store, session, event_ref, "rev", {"place": "Atlantis"})
    assert str(unknown.value) == "no gazetteer place matches 'Atlantis'"
    with store.session() as session, pytest.raises(InputError) as near:
        edit(store, session, event_ref, "rev", {"place": "Kashkhar"})
    said = str(near.value)
    assert said.startswith("no gazetteer place matches 'Kashkhar'; candidates: Kashgar") and "xj.kashgar" in said
    assert "Shufu" not in said and "Yanqi" not in said  # what only sounded a little alike
    with store.session() as session:
        assert show_proposal(store, session, event_ref, "rev").state == "proposed"


LONG = {
    "en": "My brother Tursun was taken to the camp in Aksu in March 2018 and we did not hear from him for a year. " * 6,
    "ug": "ئاكام تۇرسۇن 2018-يىلى مارتتا ئاقسۇدىكى لاگېرغا ئېلىپ كېتىلدى، بىز بىر يىل ئۇنىڭدىن خەۋەر ئالالمىدۇق. " * 6,
    "zh": "我的哥哥图尔逊于二零一八年三月被带到阿克苏的营地，我们一年都没有他的消息。" * 6,
}


@pytest.mark.parametrize("code", list(LONG))
def test_a_list_shows_the_cited_words_in_a_short_window_cut_between_words(store, tmp_path, code):
    """The review list showed 160 characters either side of every cited span; it shows LIST_CONTEXT
    columns (a Han character is two), cut between words (UAX #29: in Chinese between characters),
    "…" where the text goes on. The fact's own page shows CONTEXT columns, cut the same way."""
    import unicodedata

    from guwah.review import CONTEXT, LIST_CONTEXT

    text = LONG[code]
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    document_id = ingest_file(store, tmp_path / "a.txt").document_id
    cited = {"en": "the camp in Aksu", "ug": "لاگېرغا", "zh": "阿克苏的营地"}[code]
    start = text.index(cited, len(text) // 2)
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        event = Event(event_type="detention", person_id=person.id, evidence_document_id=document_id,
                      evidence_start=start, evidence_end=start + len(cited), asserted_by_kind="extractor",
                      asserted_by="x")
        session.add(event)
        session.flush()
        ref = f"event:{event.id}"
    with store.session() as session:
        [listed] = list_proposals(session, with_text=True)
        shown = show_proposal(store, session, ref, "rev")

    def columns(piece: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1
                   for c in piece)

    before, span, after = listed.passage
    assert span == cited and before.startswith("…") and after.endswith("…")
    assert 0 < columns(before[1:]) <= LIST_CONTEXT and 0 < columns(after[:-1]) <= LIST_CONTEXT
    assert text[:start].endswith(before[1:]) and text[start + len(cited):].startswith(after[:-1])
    if code != "zh":  # whole words at both cuts (Chinese is cut between characters)
        words = set(text.replace("،", " ").replace(".", " ").split())
        tokens = [token.strip("،.") for token in (before[1:] + " " + after[:-1]).split() if token.strip("،.")]
        assert tokens[0] in words and tokens[-1] in words
    # the fact's own page: CONTEXT columns either side, cut between words too (h-product51: it was cut
    # at CONTEXT characters, mid-word)
    page_before, page_span, page_after = shown.passage
    assert page_span == cited and page_before.startswith("…") and page_after.endswith("…")
    assert LIST_CONTEXT < columns(page_before[1:]) <= CONTEXT and LIST_CONTEXT < columns(page_after[:-1]) <= CONTEXT
    assert text[:start].endswith(page_before[1:]) and text[start + len(cited):].startswith(page_after[:-1])
    if code != "zh":
        tokens = [token.strip("،.") for token in (page_before[1:] + " " + page_after[:-1]).split() if token.strip("،.")]
        assert tokens[0] in words and tokens[-1] in words


WITNESS_TEXT = "I, Mihrigul Sabir, was taken to the camp in 2017; a guard told me my neighbour died there."
PUBLIC_TEXT = "My brother Tursun Ehmet was detained in 2018."


def _across_consent(store, tmp_path) -> dict:
    """A confidential testimony whose witness's mention has an accepted death (its only evidence
    that text), and a public, released testimony naming Tursun Ehmet (named, his entry released)
    with an accepted detention."""
    from tests.releasing import name_person, release_document, release_entry

    ids = {}
    for name, text, consent in [("c.txt", WITNESS_TEXT, "confidential"), ("p.txt", PUBLIC_TEXT, "public")]:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        (tmp_path / (path.stem + ".meta.yaml")).write_text(f"consent: {consent}\n", encoding="utf-8")
        ids[consent] = ingest_file(store, path).document_id
    with store.session() as session:
        mentions = {}
        for consent, name, text in [("confidential", "Mihrigul Sabir", WITNESS_TEXT),
                                    ("public", "Tursun Ehmet", PUBLIC_TEXT)]:
            person = Person()
            session.add(person)
            session.flush()
            facts = {"evidence_document_id": ids[consent], "asserted_by_kind": "user", "asserted_by": "t",
                     "review_state": "accepted"}
            start = text.index(name)
            session.add(PersonName(person_id=person.id, name=name, evidence_start=start,
                                   evidence_end=start + len(name), **facts))
            kind, year = ("death", "2019") if consent == "confidential" else ("detention", "2018")
            event = Event(person_id=person.id, event_type=kind, date_value=year, date_precision="year", **facts)
            session.add(event)
            session.flush()
            mentions[consent] = (person.id, person.entry.number, f"event:{event.id}")
    name_person(store, mentions["public"][0], "his sister asked us to name him")
    release_document(store, ids["public"])
    release_entry(store, mentions["public"][1])
    return {"documents": ids, "mentions": mentions}


@pytest.mark.parametrize("direction", ["confidential to public", "public to confidential"])
def test_reassigning_a_fact_across_consent_levels_needs_a_confirmation(store, tmp_path, direction):
    """h-try45: a fact whose only evidence is a confidential testimony, reassigned to the mention
    of a public, released testimony (or the other way), was stored without a word. It is refused
    unless confirmed, saying which documents and consent levels, never a name."""
    from guwah.errors import ConfirmationRequired
    from guwah.review import reassign_fact

    world = _across_consent(store, tmp_path)
    source, target = (("confidential", "public") if direction == "confidential to public"
                      else ("public", "confidential"))
    ref = world["mentions"][source][2]
    to = f"mention:{world['mentions'][target][0]}"
    with store.session() as session, pytest.raises(ConfirmationRequired) as refused:
        reassign_fact(store, session, ref, to, "rev", "the guard meant him")
    message = refused.value.message
    assert f"document {world['documents'][source]} ({source})" in message
    assert f"document {world['documents'][target]} ({target})" in message
    assert f"M-{world['mentions'][target][0]}" in message and ref in message
    assert "Mihrigul" not in message and "Tursun" not in message and "died" not in message
    with store.session() as session:  # nothing stored
        assert session.get(Event, int(ref.split(":")[1])).review_state == "accepted"
        assert session.query(Event).count() == 2
    # Positive controls: confirmed, it moves; back to a mention read where its evidence is (one
    # consent level), it moves without a word.
    with store.session() as session:
        moved, _ = reassign_fact(store, session, ref, to, "rev", "the guard meant him", confirm=True)
    assert moved.person_id == world["mentions"][target][0] and moved.state == "accepted"
    back = world["mentions"][source][0]
    with store.session() as session:
        assert reassign_fact(store, session, moved.ref, f"mention:{back}", "rev", "no, her")[0].person_id == back


def test_a_fact_moved_from_a_confidential_testimony_is_never_released_with_an_entry(store, tmp_path):
    """The entry release of the mention a confidential fact was moved to (confirmed) still shows only
    facts whose evidence is a released testimony: the death told in confidence stays out."""
    from guwah.publish import public_entries
    from guwah.releases import approve_release, draft_entry_release
    from guwah.review import reassign_fact

    world = _across_consent(store, tmp_path)
    with store.session() as session:
        [before] = public_entries(session)
    assert [item["event"] for item in before.timeline] == ["detention"]
    with store.session() as session:
        reassign_fact(store, session, world["mentions"]["confidential"][2],
                      f"mention:{world['mentions']['public'][0]}", "rev", "the guard meant him", confirm=True)
    with store.session() as session:
        draft = draft_entry_release(session, world["mentions"]["public"][1], "drafter")
        assert [item["event"] for item in draft.content["timeline"]] == ["detention"]
        assert draft.content["status"]["status"] == "detained"
    with store.session() as session:
        approve_release(session, draft.id, "reviewer")
    with store.session() as session:
        [after] = public_entries(session)
    assert after.timeline == before.timeline and after.status == before.status
    # Positive control: the same death cited from the released testimony is shown.
    with store.session() as session:
        session.add(Event(person_id=world["mentions"]["public"][0], event_type="death", date_value="2019",
                          date_precision="year", evidence_document_id=world["documents"]["public"],
                          asserted_by_kind="user", asserted_by="t", review_state="accepted"))
    with store.session() as session:
        draft = draft_entry_release(session, world["mentions"]["public"][1], "drafter")
    assert [item["event"] for item in draft.content["timeline"]] == ["detention", "death"]


def test_review_cli_reassign_across_consent_levels_needs_confirm(store, tmp_path, monkeypatch):
    from guwah.cli import app
    from tests.shared import point_cli_at

    world = _across_consent(store, tmp_path)
    ref, target = world["mentions"]["confidential"][2], f"mention:{world['mentions']['public'][0]}"
    point_cli_at(store, monkeypatch)
    runner = CliRunner()
    refused = runner.invoke(app, ["review", "reassign", ref, target, "--reason", "the guard meant him"])
    assert refused.exit_code == 1 and "(confidential)" in refused.stderr and "--confirm" in refused.stderr
    assert "Mihrigul" not in refused.output and "Tursun" not in refused.output
    done = runner.invoke(app, ["review", "reassign", ref, target, "--reason", "the guard meant him", "--confirm"])
    assert done.exit_code == 0, done.output
    assert f"reassigned to mention M-{world['mentions']['public'][0]}" in done.stderr


def test_deciding_an_edited_fact_again_names_its_corrected_copy_and_how_to_edit_it(store, proposals):
    # h-try49: a second `review edit` of a fact already edited said only "already rejected by rev",
    # and the reviewer had to find the corrected copy. The refusal names it, and the way to edit it:
    # reopen it first while it stands accepted; edit it straight away once it is proposed again.
    from guwah.review import reopen

    _, event_ref, _ = proposals
    with store.session() as session:
        first = edit(store, session, event_ref, "rev", {"date_value": "2018-03", "date_precision": "month"})
    for decide in (lambda session: edit(store, session, event_ref, "rev", {"date_value": "2018"}),
                   lambda session: accept(store, session, event_ref, "rev")):
        with store.session() as session, pytest.raises(InputError) as refused:
            decide(session)
        said = str(refused.value)
        assert f"corrected copy {first.ref}" in said and f"guwah review reopen {first.ref}" in said, said
        assert f"guwah review edit {first.ref} --set" in said
    with store.session() as session:
        reopen(store, session, first.ref, "rev", "the month is wrong too")
    with store.session() as session, pytest.raises(InputError) as refused:
        edit(store, session, event_ref, "rev", {"date_value": "2018"})
    said = str(refused.value)
    assert f"edit {first.ref} (guwah review edit {first.ref} --set FIELD=VALUE)" in said and "reopen" not in said
    # An edit of the copy: the original's refusal follows it to the newest copy.
    with store.session() as session:
        second = edit(store, session, first.ref, "rev", {"date_value": "2018-04"})
    with store.session() as session, pytest.raises(InputError, match=f"corrected copy {second.ref} "):
        edit(store, session, event_ref, "rev", {"date_value": "2018"})


def test_the_corrected_copy_is_a_stored_link_not_read_from_the_note(store, proposals):
    # h-product51: `corrected_copy` parsed the machine note "edited into KIND:ID". The link is now the
    # fact's `corrected_id` (migration 0032 fills it for older facts): a note that merely reads like
    # one links nothing, and the link holds whatever the note says.
    from guwah.review import _row, corrected_copy

    _, event_ref, name_ref = proposals
    with store.session() as session:
        first = edit(store, session, event_ref, "rev", {"date_value": "2018-03", "date_precision": "month"})
    with store.session() as session:
        _, original = _row(session, event_ref)
        assert original.corrected_id == int(first.ref.split(":")[1])
        original.review_note = "the reviewer's own words"
        assert corrected_copy(original)[0] == first.ref
    with store.session() as session:
        reject(store, session, name_ref, "rev", f"edited into {first.ref}")  # a person's words, no link
    with store.session() as session:
        _, name = _row(session, name_ref)
        assert (name.corrected_id, corrected_copy(name)) == (None, None)


@pytest.mark.parametrize("text", [
    # invented: an English sentence, a Uyghur one, a Chinese one without spaces (with a character outside
    # the Basic Multilingual Plane), and one long word of letters with combining accents
    "The clerk at the office wrote every visitor's name in a thick green ledger before noon each day. " * 6,
    "ئۇ ھەر كۈنى ئەتىگەندە بازارغا بېرىپ نان ۋە چاي سېتىۋالاتتى ھەم قوشنىلىرى بىلەن پاراڭلىشاتتى. " * 6,
    "她每天早上去市场买菜然后回家做饭下午在院子里看书晚上给远方的朋友写信𠀀𠀁𠀂" * 8,
    "e\u0301a\u0300o\u0302" * 200,
])
def test_a_passage_is_cut_between_words_or_characters_a_reader_sees(text):
    # h-product51: the fact page cut its passage 160 characters either side, mid-word ("…ledg"), and a
    # cut could part a letter from its combining mark. It is cut as the list cuts it (`_window`): at a
    # word boundary within CONTEXT columns, Han between two characters, a longer word between two
    # grapheme clusters, "…" where the text goes on.
    import regex

    from guwah.review import CONTEXT, _window

    at = len(text) // 2
    before, after = _window(text, at, CONTEXT, before=True), _window(text, at, CONTEXT)
    assert before.startswith("…") and after.endswith("…")
    kept_before, kept_after = before[1:], after[:-1]
    assert text[:at].rstrip().endswith(kept_before) or text[:at].endswith(kept_before)
    assert text[at:].startswith(kept_after)
    cut_before, cut_after = at - len(kept_before), at + len(kept_after)
    clusters = {m.start() for m in regex.finditer(r"\X", text)} | {len(text)}
    assert {cut_before, cut_after} <= clusters  # never inside a grapheme cluster
    if " " in text:  # a text with spaces is cut between whole words
        assert text[cut_before - 1] == " " or not text[cut_before - 1].isalnum()
        assert not text[cut_after].isalnum() or not text[cut_after - 1].isalnum()


def test_an_edit_that_lengthens_a_name_moves_its_span_to_the_whole_name_or_is_refused(store, tmp_path):
    # Before: `review edit name:N --set name=Tursun Ehmet` on a name whose evidence covered "Tursun"
    # alone was accepted with the span still on that one word (evidence that does not show the name
    # it supports), and an invented longer name was accepted too. Now the span moves to the whole name
    # where the passage writes it (across a line break too), a name the passage does not hold is
    # refused with nothing stored, and a respelling keeps its span (control). The script follows.
    text = "My brother Tursun\nEhmet was taken in 2018; Tursunay Ghopur saw it."
    path = tmp_path / "n.txt"
    path.write_text(text, encoding="utf-8")
    document_id = ingest_file(store, path).document_id
    start = text.index("Tursun")
    refs = []
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        for _ in range(3):
            name = PersonName(person_id=person.id, name="Tursun", evidence_document_id=document_id,
                              evidence_start=start, evidence_end=start + 6, asserted_by_kind="extractor",
                              asserted_by="x")
            session.add(name)
            session.flush()
            refs.append(f"name:{name.id}")
    with store.session() as session:
        moved = edit(store, session, refs[0], "rev", {"name": "Tursun Ehmet"})
    assert moved.evidence_span == (start, text.index(" was")) and moved.fields["script"] == "Latn"
    with store.session() as session, pytest.raises(InputError, match="holds only part of the new name") as refused:
        edit(store, session, refs[1], "rev", {"name": "Tursun Ehmet Qari"})
    assert "Qari" not in str(refused.value)  # the reviewer's words are not echoed
    with store.session() as session:
        assert show_proposal(store, session, refs[1], "rev").state == "proposed"
        assert session.query(PersonName).count() == 4  # three proposals and the one corrected copy
        respelled = edit(store, session, refs[2], "rev", {"name": "Tursunjan"})
    assert respelled.evidence_span == (start, start + 6) and respelled.fields["name"] == "Tursunjan"
