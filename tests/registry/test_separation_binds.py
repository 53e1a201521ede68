"""A reviewer's split, or undo of a merge, binds the linker as their "different" does (issue 10: "a
'different' is never undone by automatic linking"; "merge, split and undo with full history"): before,
the next `guwah link` scored the pair again above its threshold and joined it back. The act records
"different" judgements between the sides it parted (`guwah.registry.record_separation`)."""

import pytest
from sqlalchemy import select

from guwah.errors import ReviewRequired
from guwah.registry import (
    SEPARATION_PAIRS,
    PairSeen,
    judge,
    link_archive,
    merge,
    record_separation,
    recorded_separation,
    resolve,
    separation_pairs,
    split,
    standing_verdicts,
    undo,
)
from guwah.storage.tables import AuditEntry, Judgement, Person
from tests.factories import add_mention


def _namesakes(session, name, year):
    """Two mentions the linker alone joins: one name, gender and birth year."""
    return [add_mention(session, name, gender="male", birth_year=year).id for _ in range(2)]


def _entry(session, mention):
    return resolve(session, session.get(Person, mention).entry.number).number


def _apart(session, a, b):
    return _entry(session, a) != _entry(session, b)


@pytest.mark.parametrize("only_new", [False, True])
def test_persons_undo_of_a_linker_merge_keeps_the_pair_apart_at_every_later_link(any_store, only_new):
    with any_store.session() as session:
        first, second = _namesakes(session, "Yerzhan Toktarbekuly", "1966")
    with any_store.session() as session:
        assert link_archive(session, "linker-test").merges == 1  # the pair the linker joins by itself
        assert not _apart(session, first, second)
    with any_store.session() as session:
        undo(session, "rev-undo", store=any_store)
        # positive control, added after the undo: an unrelated pair still links automatically
        third, fourth = _namesakes(session, "Serikbol Amangeldiuly", "1958")
    with any_store.session() as session:
        run = link_archive(session, "linker-test", only_new=only_new)
        assert not _apart(session, third, fourth) and run.merges == 1
        assert _apart(session, first, second)
    with any_store.session() as session:  # the undo's record: who, when, why
        [row] = [row for row in standing_verdicts(session).values()]
        assert (row.verdict, row.act, row.actor, row.at is not None) == ("different", "undone", "rev-undo", True)
        assert {row.person_a_id, row.person_b_id} == {first, second}
        audited = session.scalar(select(AuditEntry).where(AuditEntry.action == "judgement"))
        assert (audited.record_type, audited.actor) == ("link_operation", "rev-undo")
    with any_store.session() as session:  # a reviewer's later "same" joins them again
        judge(session, first, second, "same", "rev", "one man: the undo was wrong", PairSeen(replace=True))
    with any_store.session() as session:
        assert link_archive(session, "linker-test", only_new=True).merges == 1
        assert not _apart(session, first, second)


def test_a_split_keeps_its_mentions_apart_and_a_later_same_on_any_pair_of_the_sides_joins_them(any_store):
    with any_store.session() as session:
        first, second = _namesakes(session, "Nurbolat Zhaksylykov", "1972")
        third = add_mention(session, "Nurbolat Zhaksylykov", gender="male", birth_year="1972").id
    with any_store.session() as session:
        link_archive(session, "linker-test")
        assert len({_entry(session, m) for m in (first, second, third)}) == 1
    with any_store.session() as session:
        split(session, _entry(session, first), [second, third], "rev-split", store=any_store)
        control = _namesakes(session, "Kairat Bolatbekuly", "1980")
    for only_new in (True, False):
        with any_store.session() as session:
            link_archive(session, "linker-test", only_new=only_new)
            assert _apart(session, first, second) and _apart(session, first, third)
            assert not _apart(session, *control)  # positive control: the same run links an unrelated pair
    with any_store.session() as session:
        separation = recorded_separation(session, session.scalar(
            select(Judgement.operation).where(Judgement.act == "split")))
        assert (separation.act, separation.judgements) == ("split", 2)  # M-first against each moved one
    with any_store.session() as session:
        judge(session, first, third, "same", "rev-again", "one man: the split was wrong", PairSeen(replace=True))  # one pair: the split's other pair yields too
    with any_store.session() as session:
        assert link_archive(session, "linker-test", only_new=True).merges == 1
        assert len({_entry(session, m) for m in (first, second, third)}) == 1


def test_a_reviewers_own_different_does_not_yield_to_a_same_on_another_pair(any_store):
    with any_store.session() as session:
        first, second = _namesakes(session, "Daniyar Sabyrzhanuly", "1975")
        link_archive(session, "linker-test")
        split(session, _entry(session, first), [second], "rev")
        third = add_mention(session, "Daniyar Sabyrzhanuly", gender="male", birth_year="1975").id
        merge(session, _entry(session, second), _entry(session, third), "rev")
        judge(session, first, third, "different", "rev", "born in two provinces")  # their own word, pair by pair
        judge(session, first, second, "same", "rev", "one man: the split was wrong", PairSeen(replace=True))  # lifts the split's, not the reviewer's
    with any_store.session() as session:
        run = link_archive(session, "linker-test", only_new=True)
        assert run.merges == 0 and run.blocked >= 1 and _apart(session, first, second)
    with any_store.session() as session:  # control: that "different" withdrawn by a "same", they join
        judge(session, first, third, "same", "rev", "the interviewer confirmed it", PairSeen(replace=True))
    with any_store.session() as session:
        assert link_archive(session, "linker-test", only_new=True).merges == 1 and not _apart(session, first, second)


def test_a_reviewers_merge_by_hand_passes_a_separation_and_the_linker_never_does(any_store):
    """The reviewer's merge is their later word, as a "same" is; their own "different" still refuses it."""
    with any_store.session() as session:
        first, second = _namesakes(session, "Talgat Orynbasarov", "1977")
        link_archive(session, "linker-test")
        split(session, _entry(session, first), [second], "rev")
        assert link_archive(session, "linker-test").blocked == 1  # the linker: refused
        merge(session, _entry(session, first), _entry(session, second), "rev")
        assert not _apart(session, first, second)
        split(session, _entry(session, first), [second], "rev")
        judge(session, first, second, "different", "rev", "born in two provinces", PairSeen(replace=True))
        with pytest.raises(ReviewRequired):  # control: a reviewer's own "different" binds a merge by hand
            merge(session, _entry(session, first), _entry(session, second), "rev")


def test_undoing_a_split_withdraws_its_judgements_and_rejoins_the_mentions(any_store):
    from guwah.storage.tables import JudgementWithdrawal

    with any_store.session() as session:
        first, second = _namesakes(session, "Askhat Temirkhanuly", "1963")
        link_archive(session, "linker-test")
        split(session, _entry(session, first), [second], "rev")
        assert len(standing_verdicts(session)) == 1
    with any_store.session() as session:
        undo(session, "rev-2", store=any_store)
        assert standing_verdicts(session) == {} and not _apart(session, first, second)
        [row] = session.scalars(select(JudgementWithdrawal))
        assert row.actor == "rev-2" and session.get(Judgement, row.judgement_id).act == "split"
        assert session.scalar(select(AuditEntry).where(AuditEntry.action == "withdraw")) is not None
    with any_store.session() as session:  # the next undo reverses the linker's merge
        undo(session, "rev-2")
        assert _apart(session, first, second)  # the linker's merge undone: parted, and bound again
        assert link_archive(session, "linker-test").merges == 0


@pytest.mark.parametrize(("a", "b", "rows"), [(3, 4, 12), (1, 50, 50), (20, 20, 400), (21, 20, 40), (100, 300, 399)])
def test_a_separation_records_every_pair_up_to_the_bound_and_a_linear_star_beyond(a, b, rows):
    side_a, side_b = list(range(1, a + 1)), list(range(1000, 1000 + b))
    pairs = separation_pairs(side_a, side_b)
    assert len(pairs) == rows and len(set(pairs)) == rows
    assert (a * b <= SEPARATION_PAIRS) == (rows == a * b)
    # every mention of each side holds a "different" with the other side
    assert {x for x, _ in pairs} == set(side_a) and {y for _, y in pairs} == set(side_b)


def test_a_big_separation_binds_a_merge_of_any_part_of_either_side(any_store):
    with any_store.session() as session:
        side_a = [add_mention(session, f"Invented Alpha {i}").id for i in range(25)]
        side_b = [add_mention(session, f"Invented Beta {i}").id for i in range(20)]
        for mention in side_a[1:]:
            merge(session, _entry(session, side_a[0]), _entry(session, mention), "rev")
        for mention in side_b[1:]:
            merge(session, _entry(session, side_b[0]), _entry(session, mention), "rev")
        assert record_separation(session, [side_a, side_b], "split", 999, "rev", any_store) == 25 + 20 - 1
        # split a part off each side: the parts are still apart from the other side
        split(session, _entry(session, side_a[0]), side_a[10:], "rev")
        for part in (side_a[10], side_a[0]):  # as the linker would merge them
            with pytest.raises(ReviewRequired):
                merge(session, _entry(session, part), _entry(session, side_b[0]), "linker-test", how="linker")
        # control: the two parts of side a were never separated by this act (the later split's own
        # "different" is lifted by a "same" on its pair), and join
        judge(session, side_a[0], side_a[10], "same", "rev", "one man: the split was wrong", PairSeen(replace=True))
        merge(session, _entry(session, side_a[0]), _entry(session, side_a[10]), "linker-test", how="linker")


def test_the_cli_split_says_what_it_recorded(store, settings, monkeypatch):
    from typer.testing import CliRunner

    from guwah.cli import app

    with store.session() as session:
        first, second = _namesakes(session, "Marat Zhumagulov", "1969")
        link_archive(session, "linker-test")
        number = _entry(session, first)
    monkeypatch.setenv("GUWAH_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("GUWAH_KEY_FILE", str(settings.key_file))
    monkeypatch.setenv("GUWAH_ACTOR", "cli-reviewer")
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    monkeypatch.delenv("GUWAH_PASSPHRASE", raising=False)
    result = CliRunner().invoke(app, ["persons", "split", str(number), "--mentions", str(second)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "recorded 1 judgement 'different' between the mentions moved out and those left (why: split)" in said
    assert f"`guwah persons judge M-{second} M-{first} same --replace --reason WHY`" in said
    again = CliRunner().invoke(app, ["persons", "undo"], catch_exceptions=False)
    assert again.exit_code == 0, again.output
    assert "withdrew the 1 judgement 'different' that the split" in " ".join(again.output.split())
