"""One rule for every pair judgement (issue 10, h-judge75): `guwah.registry.judge` refuses a judgement
without a reason, and one made against a pair that changed since the reviewer saw it (judged meanwhile,
merged, split or re-linked); the CLI (`guwah persons judge --reason … [--replace]`) and the web form
are shells over it. A refusal stores nothing. Invented names."""

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from guwah.cli import app
from guwah.errors import ConfirmationRequired, InputError
from guwah.registry import PairSeen, judge, link_archive, merge, pair_entries, resolve
from guwah.storage.tables import AuditEntry, Judgement, Person
from tests.factories import add_mention
from tests.shared import point_cli_at


def _namesakes(session, name: str, year: str) -> tuple[int, int]:
    """Two mentions the linker alone joins (one name, gender and birth year)."""
    return tuple(add_mention(session, name, gender="male", birth_year=year).id for _ in range(2))


def _count(session) -> int:
    return session.scalar(select(func.count()).select_from(Judgement))


def _entry(session, mention: int) -> int:
    return resolve(session, session.get(Person, mention).entry.number).number


@pytest.mark.parametrize("reason", ["", "   ", None])
def test_judge_without_a_reason_is_refused_and_stores_nothing(any_store, reason):
    with any_store.session() as session:
        a, b = _namesakes(session, "Bakhtiyar Zhanuzakov", "1966")
        with pytest.raises(InputError, match="a judgement needs a reason"):
            judge(session, a, b, "different", "rev", reason, store=any_store)
        assert _count(session) == 0
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "judgement")) == 0
        # positive control: the same pair with a reason is recorded, the reason kept as typed (trimmed)
        judge(session, a, b, "different", "rev", "  born in two provinces ", store=any_store)
        assert [(row.verdict, row.reason) for row in session.scalars(select(Judgement))] == \
            [("different", "born in two provinces")]


def test_judge_refuses_a_pair_judged_since_unless_it_names_or_replaces_that_judgement(any_store):
    with any_store.session() as session:
        a, b = _namesakes(session, "Bakhtiyar Zhanuzakov", "1966")
        first = judge(session, a, b, "unsure", "rev", "a first name only")
        with pytest.raises(ConfirmationRequired, match="already have a standing judgement .unsure, by rev"):
            judge(session, b, a, "same", "rev2", "the interviewer confirmed it")  # saw none: stale
        assert _count(session) == 1
        # seen: the "unsure" (as the unsure queue's form says): recorded
        second = judge(session, b, a, "same", "rev2", "the interviewer confirmed it", PairSeen(judgement=first.id))
        with pytest.raises(InputError, match=r"judged since the form was drawn \(same, by rev2\)"):  # the same form again
            judge(session, a, b, "different", "rev3", "two mothers", PairSeen(judgement=first.id))
        assert _count(session) == 2
        # a terminal's knowing replacement, whatever stands
        third = judge(session, a, b, "different", "rev3", "two mothers", PairSeen(replace=True))
        assert [row.id for row in session.scalars(select(Judgement).order_by(Judgement.id))] == \
            [first.id, second.id, third.id]  # every judgement kept; the latest stands


def test_judge_refuses_a_pair_whose_mentions_moved_since_it_was_seen(any_store):
    with any_store.session() as session:
        a, b = _namesakes(session, "Bakhtiyar Zhanuzakov", "1966")
        seen = PairSeen(entries=pair_entries(session, a, b))
        judge(session, a, b, "unsure", "rev", "asked", PairSeen(entries=seen.entries))  # control: as seen
        unsure = session.scalar(select(Judgement.id))
        merge(session, *seen.entries, "rev2")
        with pytest.raises(InputError, match="are in entries E-.* now, not E-.* as the form showed"):
            judge(session, a, b, "different", "rev", "two mothers", PairSeen(judgement=unsure, entries=seen.entries))
        assert _count(session) == 1


def test_cli_judge_needs_a_reason_refuses_a_judged_pair_without_replace_and_binds_the_linker(store, monkeypatch):
    with store.session() as session:
        a, b = _namesakes(session, "Bakhtiyar Zhanuzakov", "1966")
        control = _namesakes(session, "Nurtilek Sadyrbekov", "1974")
    point_cli_at(store, monkeypatch)
    runner = CliRunner()
    missing = runner.invoke(app, ["persons", "judge", str(a), str(b), "different"])
    assert missing.exit_code == 2 and "--reason" in missing.output  # typer: a required option
    blank = runner.invoke(app, ["persons", "judge", str(a), str(b), "different", "--reason", "  "])
    assert blank.exit_code == 1 and "a judgement needs a reason" in blank.output, blank.output
    with store.session() as session:
        assert _count(session) == 0
    recorded = runner.invoke(app, ["persons", "judge", str(a), str(b), "different", "--reason", "two mothers"])
    assert recorded.exit_code == 0, recorded.output
    again = runner.invoke(app, ["persons", "judge", str(b), str(a), "same", "--reason", "looks alike"])
    said = " ".join(again.output.split())
    assert again.exit_code == 1 and "already have a standing judgement (different, by" in said and "--replace" in said
    with store.session() as session:
        assert [row.verdict for row in session.scalars(select(Judgement))] == ["different"]
    assert runner.invoke(app, ["link"]).exit_code == 0
    with store.session() as session:  # "different" binds the linker; the control pair it joins
        assert _entry(session, a) != _entry(session, b) and _entry(session, control[0]) == _entry(session, control[1])
        link_archive(session, "linker-test")
        assert _entry(session, a) != _entry(session, b)
    replaced = runner.invoke(app, ["persons", "judge", str(b), str(a), "same", "--reason", "one man after all",
                                   "--replace"])
    assert replaced.exit_code == 0, replaced.output
    with store.session() as session:
        assert [row.verdict for row in session.scalars(select(Judgement).order_by(Judgement.id))] == ["different", "same"]
        audited = session.scalars(select(AuditEntry).where(AuditEntry.action == "judgement")
                                  .order_by(AuditEntry.id)).all()
        assert audited[-1].detail.get("replaces") is not None  # the audit says which judgement it replaced
