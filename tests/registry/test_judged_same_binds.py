"""A reviewer's "same" binds linking as "different" does (issue 10: "Reviewers' pair judgements … are
kept forever and bind the linker"): `guwah link`, `--new` too, merges two mentions judged the same,
and never two judged different (`guwah.registry.standing_verdicts`, one function for both)."""

from guwah.registry import PairSeen, judge, link_archive, resolve, split, undo
from tests.factories import add_mention


def _mention(session, name, **attributes):
    person = add_mention(session, name, **attributes)
    return person.id, person.entry.number


def _entries(session, *mentions):
    """The entries that hold these mentions now (a split moves a mention out of its first entry)."""
    from guwah.storage.tables import Person

    return {resolve(session, session.get(Person, mention).entry.number).number for mention, _ in mentions}


def _strangers(session):
    # Names that share nothing: the linker alone never joins them (the negative control of "same").
    return (_mention(session, "Bekzat Orazaly", gender="male", birth_year="1971"),
            _mention(session, "Qanat Sarsenbay", gender="male", birth_year="1971"))


def test_a_same_judgement_merges_at_the_next_incremental_run_though_no_mention_is_new(any_store):
    with any_store.session() as session:
        first, second = _strangers(session)
    with any_store.session() as session:
        run = link_archive(session, "linker-test", only_new=True)
        assert run.merges == 0 and len(_entries(session, first, second)) == 2  # control: the linker alone
    with any_store.session() as session:
        judge(session, first[0], second[0], "same", "rev", "the witness gave both names")
    with any_store.session() as session:
        run = link_archive(session, "linker-test", only_new=True)
    assert run.merges == 1 and run.judged_same == 1 and run.operation is not None
    with any_store.session() as session:
        assert _entries(session, first, second) == {first[1]}
    with any_store.session() as session:  # a second run has nothing left to do
        assert link_archive(session, "linker-test", only_new=True).merges == 0


def test_a_different_judgement_never_merges_and_a_later_same_does(any_store):
    with any_store.session() as session:
        first = _mention(session, "Murat Saparbek", gender="male", birth_year="1969")
        second = _mention(session, "Murat Saparbek", gender="male", birth_year="1969")
        judge(session, first[0], second[0], "different", "rev", "namesakes from two villages")
    for only_new in (False, True, False):
        with any_store.session() as session:
            run = link_archive(session, "linker-test", only_new=only_new)
            assert run.merges == 0 and len(_entries(session, first, second)) == 2
    with any_store.session() as session:  # the latest verdict on a pair is the one that holds
        judge(session, first[0], second[0], "same", "rev", "the same man after all", PairSeen(replace=True))
    with any_store.session() as session:
        assert link_archive(session, "linker-test", only_new=True).merges == 1
        assert _entries(session, first, second) == {first[1]}


def test_a_same_judgement_yields_to_a_different_one_on_another_pair_of_the_entries(any_store):
    with any_store.session() as session:
        first, second = _strangers(session)
        third = _mention(session, "Dauren Ermekov", gender="male", birth_year="1971")
    with any_store.session() as session:
        from guwah.registry import merge
        merge(session, first[1], third[1], "rev")
        judge(session, third[0], second[0], "different", "rev", "born in two provinces")
        judge(session, first[0], second[0], "same", "rev", "the witness gave both names")
    with any_store.session() as session:
        run = link_archive(session, "linker-test", only_new=True)
        assert run.merges == 0 and run.blocked == 1
        assert len(_entries(session, first, second)) == 2


def test_a_reviewer_split_after_the_judgement_is_not_undone_by_the_linker(any_store):
    with any_store.session() as session:
        first, second = _strangers(session)
        judge(session, first[0], second[0], "same", "rev", "the witness gave both names")
    with any_store.session() as session:
        assert link_archive(session, "linker-test", only_new=True).merges == 1
    with any_store.session() as session:
        split(session, first[1], [second[0]], "rev")
    with any_store.session() as session:
        assert link_archive(session, "linker-test", only_new=True).merges == 0
        assert len(_entries(session, first, second)) == 2
    with any_store.session() as session:  # judged again after the split: it binds again
        judge(session, first[0], second[0], "same", "rev", "the split was wrong", PairSeen(replace=True))
    with any_store.session() as session:
        assert link_archive(session, "linker-test", only_new=True).merges == 1


def test_the_merge_of_a_same_judgement_is_undone_with_its_run(any_store):
    with any_store.session() as session:
        first, second = _strangers(session)
        judge(session, first[0], second[0], "same", "rev", "the witness gave both names")
    with any_store.session() as session:
        link_archive(session, "linker-test")
    with any_store.session() as session:
        undo(session, "rev")
        assert len(_entries(session, first, second)) == 2


def test_undoing_the_merge_of_a_same_judgement_withdraws_it_so_the_next_link_keeps_the_undo(any_store):
    """Issue 10's undo: before, the next `guwah link` joined the pair again from the standing "same"."""
    from sqlalchemy import select

    from guwah.registry import standing_verdicts, withdrawn_by_undo
    from guwah.storage.tables import AuditEntry, Judgement, JudgementWithdrawal

    with any_store.session() as session:
        first, second = _strangers(session)
        judge(session, first[0], second[0], "same", "rev", "the witness gave both names")
    with any_store.session() as session:
        operation = link_archive(session, "linker-test", only_new=True).operation
        assert _entries(session, first, second) == {first[1]}  # positive control: "same" joins them
    with any_store.session() as session:
        assert undo(session, "second-rev", store=any_store) == operation
    with any_store.session() as session:
        [withdrawn] = withdrawn_by_undo(session, operation)
        assert {withdrawn.person_a, withdrawn.person_b} == {first[0], second[0]} and withdrawn.judged_by == "rev"
        # a new record, with who and when; the judgement itself is kept as it was
        [row] = session.scalars(select(JudgementWithdrawal))
        assert (row.actor, row.operation, row.at is not None) == ("second-rev", operation, True)
        assert session.get(Judgement, row.judgement_id).verdict == "same"
        # what stands now is the undo's own word: "different", made by the act (issue 10, h-undo67)
        [standing] = standing_verdicts(session).values()
        assert (standing.verdict, standing.act, standing.actor) == ("different", "undone", "second-rev")
        audited = session.scalar(select(AuditEntry).where(AuditEntry.action == "withdraw"))
        assert (audited.record_type, audited.record_id, audited.actor) == ("judgement", str(row.judgement_id),
                                                                          "second-rev")
    for only_new in (True, False):
        with any_store.session() as session:
            assert link_archive(session, "linker-test", only_new=only_new).merges == 0
            assert len(_entries(session, first, second)) == 2
    with any_store.session() as session:  # judged "same" again: it binds again
        judge(session, first[0], second[0], "same", "rev", "the undo was wrong", PairSeen(replace=True))
    with any_store.session() as session:
        assert link_archive(session, "linker-test", only_new=True).merges == 1


def test_undoing_a_split_or_a_different_judgement_withdraws_nothing(any_store):
    from guwah.registry import merge, standing_verdicts

    with any_store.session() as session:
        first, second = _strangers(session)
        third = _mention(session, "Dauren Ermekov", gender="male", birth_year="1971")
        judge(session, first[0], third[0], "different", "rev", "born in two provinces")
        judge(session, first[0], second[0], "same", "rev", "the witness gave both names")
        merge(session, first[1], second[1], "rev")
        split(session, first[1], [second[0]], "rev")
        undo(session, "rev")  # the split: the "same" pair is joined again, and its judgement stands
        assert len(standing_verdicts(session)) == 2 and _entries(session, first, second) == {first[1]}


def test_the_cli_says_which_judgement_persons_undo_withdrew(store, settings, monkeypatch):
    from typer.testing import CliRunner

    from guwah.cli import app

    with store.session() as session:
        first, second = _strangers(session)
        judge(session, first[0], second[0], "same", "rev", "the witness gave both names")
    with store.session() as session:
        link_archive(session, "linker-test", only_new=True)
    monkeypatch.setenv("GUWAH_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("GUWAH_KEY_FILE", str(settings.key_file))
    monkeypatch.setenv("GUWAH_ACTOR", "cli-reviewer")
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    monkeypatch.delenv("GUWAH_PASSPHRASE", raising=False)
    result = CliRunner().invoke(app, ["persons", "undo"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert f"that mentions M-{first[0]} and M-{second[0]} are the same (rev, " in said
    assert "the next `guwah link` leaves them apart" in said
    assert "recorded 1 judgement 'different' between the entries it parted (why: undone)" in said
    # control: a merge by hand with no judgement behind it: its undo withdraws none (and records its
    # own "different")
    from guwah.registry import merge

    with store.session() as session:
        merge(session, first[1], second[1], "rev")
    again = CliRunner().invoke(app, ["persons", "undo"], catch_exceptions=False)
    assert again.exit_code == 0 and "withdrew judgement" not in again.output
    assert "(why: undone)" in " ".join(again.output.split())


def test_an_undone_merge_judges_its_pair_different_so_it_leaves_the_review_queue(any_store):
    """Before h-undo67 the pair went back to the queue, open, and a linker scoring it above its
    threshold joined it again; the undo is a reviewer's word that the two are not one person."""
    from sqlalchemy import select

    from guwah.registry import open_candidates
    from guwah.storage.tables import Judgement, LinkCandidate

    with any_store.session() as session:
        first, second = _strangers(session)
        session.add(LinkCandidate(person_a_id=first[0], person_b_id=second[0], probability=0.7, linker="test",
                                  reasons=[]))
        session.flush()
        judge(session, first[0], second[0], "same", "rev", "the witness gave both names")
        assert open_candidates(session) == []  # judged: out of the queue
    with any_store.session() as session:
        link_archive(session, "linker-test", only_new=True)
    with any_store.session() as session:
        undo(session, "rev")
        assert open_candidates(session) == []
        [row] = session.scalars(select(LinkCandidate))
        assert session.get(Judgement, row.judgement_id).act == "undone"
