"""Where accounts of an entry's timeline disagree (issue 10, h-timeline74): a re-arrest after a
release is two events, not a conflict; a reviewer judges a conflict ("two_events", "one_wrong",
"cannot_tell") with who, when and why, kept and audited, and the status follows the judgement."""

import pytest
from sqlalchemy import select

from guwah.errors import InputError, NotFound
from guwah.registry import view_entry
from guwah.registry.timeline import judge_conflict
from guwah.review import history
from guwah.storage.tables import AuditEntry, ConflictJudgement, Event
from tests.releasing import entry_told_by

NAME = "Nurbol Qadirjan"
# Invented accounts, each in its own words (independent sources).
AUNT = "My nephew Nurbol Qadirjan was taken away in 2017 by the township police."
TEACHER = "Nurbol Qadirjan was let go in 2019 and came back to teach for a few months."
LODGER = "In 2020 Nurbol Qadirjan was detained once more, the lodger wrote to us."
CLERK = "The court clerk said Nurbol Qadirjan was sentenced in 2021."
BAKER = "Nurbol Qadirjan was released in 2021, the baker saw him at the market."


def _event(event_type, date, precision="year", **more):
    return {"event_type": event_type, "date_value": date, "date_precision": precision, **more}


def _entry(store, tmp_path, accounts):
    return entry_told_by(store, tmp_path, accounts, name=NAME, release=False)


def _view(store, number):
    with store.session() as session:
        return view_entry(session, number)


def _judge(store, number, first, second, verdict, reason="the documents were compared", wrong=None, actor="rev"):
    with store.session() as session:
        row, _ = judge_conflict(store, session, number, first, second, verdict, actor, reason, wrong=wrong)
        return row.id


def _events(store, event_type):
    with store.session() as session:
        return [e.id for e in session.scalars(select(Event).where(Event.event_type == event_type).order_by(Event.id))]


@pytest.mark.parametrize(("freed", "conflict"), [
    (None, True),  # negative control: no release told between them, two documents: a conflict
    ((TEACHER, [_event("release", "2019")]), False),
    ((TEACHER, [_event("sentencing", "2018", end_date_value="2019", end_date_precision="year")]), False),  # served
    ((TEACHER, [_event("release", "2020")]), True),  # "2020" is not before "2020": not shown between them
    ((TEACHER, [_event("release", "2016")]), True),  # before both
])
def test_a_detention_again_after_a_release_between_is_two_events_not_a_conflict(store, tmp_path, freed, conflict):
    accounts = [(AUNT, [_event("detention", "2017")]), (LODGER, [_event("detention", "2020")])]
    number = _entry(store, tmp_path, accounts + ([freed] if freed else []))
    detentions = [item for item in _view(store, number).timeline if item.event_type == "detention"]
    assert [item.date for item in detentions] == ["2017", "2020"]
    assert bool(detentions[0].conflicts) is conflict and bool(detentions[1].conflicts) is conflict


def test_a_detentions_own_stated_end_before_the_next_one_frees_the_person(store, tmp_path):
    number = _entry(store, tmp_path, [
        (AUNT, [_event("detention", "2017", end_date_value="2019", end_date_precision="year")]),
        (LODGER, [_event("detention", "2020")])])
    assert all(not item.conflicts for item in _view(store, number).timeline)


def _status_pair(store, tmp_path):
    number = _entry(store, tmp_path, [(CLERK, [_event("sentencing", "2021")]), (BAKER, [_event("release", "2021")])])
    return number, _events(store, "sentencing")[0], _events(store, "release")[0]


def test_two_events_closes_the_conflict_keeps_both_and_is_audited(store, tmp_path):
    number, sentenced, released = _status_pair(store, tmp_path)
    assert _view(store, number).status["conflicts"]  # open before
    judgement = _judge(store, number, f"event:{sentenced}", str(released), "two-events", reason="sentenced, then freed")
    view = _view(store, number)
    assert [len(item.sources) for item in view.timeline] == [1, 1]  # both stay
    [conflict] = view.timeline[0].conflicts
    assert conflict["judgement"]["verdict"] == "two_events" and conflict["judgement"]["actor"] == "rev"
    assert conflict["judgement"]["reason"] == "sentenced, then freed" and conflict["judgement"]["at"]
    assert view.status["conflicts"] == [] and view.status["judged"][0]["verdict"] == "two_events"
    with store.session() as session:
        row = session.get(ConflictJudgement, judgement)
        assert (row.event_a_id, row.event_b_id, row.wrong_event_id) == (sentenced, released, None)
        audit = session.scalars(select(AuditEntry).where(AuditEntry.record_type == "conflict")).one()
        assert (audit.actor, audit.action, audit.record_id) == ("rev", "judge", str(judgement))
        assert audit.detail["verdict"] == "two_events" and "freed" not in str(audit.detail)  # ids, never the why


@pytest.mark.parametrize("wrong", ["sentencing", "release"])
def test_one_account_wrong_is_rejected_with_the_judgement_and_the_status_follows(store, tmp_path, wrong):
    number, sentenced, released = _status_pair(store, tmp_path)
    wrong_id = sentenced if wrong == "sentencing" else released
    _judge(store, number, sentenced, released, "one_wrong", reason="the clerk confused two cousins", wrong=wrong_id)
    view = _view(store, number)
    assert [item.event_type for item in view.timeline] == ["release" if wrong == "sentencing" else "sentencing"]
    assert view.status["status"] == ("released" if wrong == "sentencing" else "sentenced")
    assert view.status["date"] == "2021" and view.status["conflicts"] == []
    with store.session() as session:
        event = session.get(Event, wrong_id)  # rejected, never deleted
        assert event.review_state == "rejected" and "the clerk confused two cousins" in event.review_note
        assert [step["replaced_by_step"] for step in history(session, f"event:{wrong_id}")] == ["reopened"]
        decisions = [a.detail.get("decision") for a in session.scalars(
            select(AuditEntry).where(AuditEntry.record_type == "event", AuditEntry.record_id == str(wrong_id)))]
        assert decisions == ["reopened", "rejected"]


def test_cannot_tell_leaves_the_status_unknown_as_of_that_date(store, tmp_path):
    number, sentenced, released = _status_pair(store, tmp_path)
    assert _view(store, number).status["status"] in ("sentenced", "released")  # control: one picked before
    _judge(store, number, sentenced, released, "cannot_tell", reason="no third account")
    view = _view(store, number)
    assert (view.status["status"], view.status["date"], view.status["basis"]) == ("unknown", "2021", "cannot_tell")
    assert all(item.conflicts[0]["judgement"]["verdict"] == "cannot_tell" for item in view.timeline)


def test_the_latest_judgement_on_a_pair_stands_and_every_one_is_kept(store, tmp_path):
    number, sentenced, released = _status_pair(store, tmp_path)
    _judge(store, number, sentenced, released, "cannot_tell")
    _judge(store, number, released, sentenced, "two_events", reason="a later letter tells both")
    assert _view(store, number).timeline[0].conflicts[0]["judgement"]["verdict"] == "two_events"
    with store.session() as session:
        assert [r.verdict for r in session.scalars(select(ConflictJudgement).order_by(ConflictJudgement.id))] == [
            "cannot_tell", "two_events"]


@pytest.mark.parametrize(("args", "refusal"), [
    ({"verdict": "two_events", "reason": " "}, InputError),
    ({"verdict": "both", "reason": "why"}, InputError),
    ({"verdict": "one_wrong", "reason": "why"}, InputError),  # which one is wrong not said
    ({"verdict": "two_events", "reason": "why", "wrong": "first"}, InputError),
    ({"verdict": "one_wrong", "reason": "why", "wrong": 9999}, InputError),
    ({"verdict": "two_events", "reason": "why", "second": 9999}, NotFound),
])
def test_a_refused_judgement_stores_nothing(store, tmp_path, args, refusal):
    number, sentenced, released = _status_pair(store, tmp_path)
    args = dict(args)
    second = args.pop("second", released)
    if args.get("wrong") == "first":
        args["wrong"] = sentenced
    with pytest.raises(refusal), store.session() as session:
        judge_conflict(store, session, number, sentenced, second, args.pop("verdict"), "rev", args.pop("reason"), **args)
    with store.session() as session:
        assert session.scalar(select(ConflictJudgement)) is None
        assert session.get(Event, sentenced).review_state == "accepted"
    judge_conflict_control = _judge(store, number, sentenced, released, "two_events")  # control: the pair is judgeable
    assert judge_conflict_control


def test_two_events_that_do_not_conflict_cannot_be_judged(store, tmp_path):
    number = _entry(store, tmp_path, [(AUNT, [_event("detention", "2017")]), (TEACHER, [_event("release", "2019")])])
    detained, released = _events(store, "detention")[0], _events(store, "release")[0]
    with pytest.raises(InputError, match="not in conflict"):
        _judge(store, number, detained, released, "two_events")


def test_a_judgement_is_kept_on_sqlite_and_postgresql(any_store, tmp_path):
    number, sentenced, released = _status_pair(any_store, tmp_path)
    _judge(any_store, number, sentenced, released, "one_wrong", reason="a misread letter", wrong=released)
    with any_store.session() as session:
        row = session.scalars(select(ConflictJudgement)).one()
        assert (row.verdict, row.wrong_event_id, row.reason) == ("one_wrong", released, "a misread letter")
        assert session.get(Event, released).review_state == "rejected"
    assert _view(any_store, number).status["status"] == "sentenced"


def test_the_cli_judges_a_conflict_and_persons_show_says_it_judged(store, settings, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from guwah.cli import app

    number, sentenced, released = _status_pair(store, tmp_path)
    monkeypatch.setenv("GUWAH_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("GUWAH_KEY_FILE", str(settings.key_file))
    monkeypatch.setenv("GUWAH_ACTOR", "cli-reviewer")
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    monkeypatch.delenv("GUWAH_PASSPHRASE", raising=False)

    def run(*args):
        return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)

    before = " ".join(run("persons", "show", f"E-{number}").output.split())
    assert "both kept for a reviewer to judge (guwah persons judge-conflict" in before
    # The command it suggests names the entry, ready to run, not a placeholder "N".
    assert f"(guwah persons judge-conflict E-{number} event:" in before
    refused = run("persons", "judge-conflict", f"E-{number}", f"event:{sentenced}", f"event:{released}", "one-wrong",
                  "--reason", "misread")
    assert refused.exit_code != 0 and "--wrong" in " ".join(refused.output.split())
    judged = run("persons", "judge-conflict", f"E-{number}", f"event:{sentenced}", f"event:{released}", "cannot-tell",
                 "--reason", "two cousins of one name")
    assert judged.exit_code == 0, judged.output
    assert f"recorded on entry E-{number}: cannot tell which holds" in judged.output
    after = " ".join(run("persons", "show", f"E-{number}").output.split())
    assert "judged cannot tell by cli-reviewer" in after and "two cousins of one name" in after
    assert "status: unknown as of 2021" in after and "a reviewer judges" not in after


def test_one_wrong_takes_down_the_entry_release_that_showed_it_and_says_so(store, tmp_path):
    from guwah.storage.tables import Release
    from tests.releasing import release_entry

    number, sentenced, released = _status_pair(store, tmp_path)
    release_entry(store, number)
    with store.session() as session:
        _, came_down = judge_conflict(store, session, number, sentenced, released, "two_events", "rev", "both")
        assert came_down == []  # control: a judgement that rejects nothing takes nothing down
        _, came_down = judge_conflict(store, session, number, sentenced, released, "one_wrong", "rev", "misread",
                                      wrong=sentenced)
        entry_releases = [change.release for change in came_down]
        assert entry_releases
        states = {row.id: row.state for row in session.scalars(select(Release).where(Release.id.in_(entry_releases)))}
        assert set(states.values()) == {"withdrawn"}
