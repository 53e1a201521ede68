"""A reviewer's merge by hand that joins mentions a split (or an undo) recorded "different" between
withdraws those judgements, and says so everywhere (issue 10): before, they stayed standing, and the
evidence file said the pair were different people while showing them in one entry. All through the
CLI, on an invented archive."""

import json

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from guwah.cli import app
from tests.releasing import ingest_text

NAME = "Gulbahram Tursunbekova"       # one woman, named in two testimonies the linker joins
SPLIT_REASON = "split to check: her second testimony gives another county"
MERGE_REASON = "one woman after all: the county is where she moved in 2012"
UNDO_REASON = "merged too soon: the family has not confirmed it"
DIFFERENT_REASON = "two men: one was in the camp while the other was abroad"


def _run(*args: str):
    return CliRunner().invoke(app, list(args))


def _cli(*args: str) -> str:
    done = _run(*args)
    assert done.exit_code == 0, done.output
    return " ".join(done.output.split())


def _testimony(store, tmp_path, label: str, name: str, gender: str, born: str) -> int:
    """A testimony whose sidecar names its witness `name`, with an accepted gender and birth year: the
    witness's mention id."""
    from guwah.storage.tables import PersonAttribute, Testimony

    folder = tmp_path / label
    folder.mkdir()
    sidecar = f"consent: public\nwitness:\n  name: {name}\n  consent: public\n"
    text = f"Synthetic example written for this test ({label}). My name is {name}. I was taken from home by police."
    document = ingest_text(store, folder, f"{label}.txt", text, sidecar)
    with store.session() as session:
        mention = session.scalar(select(Testimony.witness_id).where(Testimony.document_id == document))
        for attribute, value in (("gender", gender), ("birth_year", born)):
            session.add(PersonAttribute(person_id=mention, attribute=attribute, value=value, asserted_by_kind="user",
                                        asserted_by="intake", review_state="accepted", reviewed_by="intake",
                                        evidence_document_id=document))
    return mention


def _entry(store, mention: int) -> int:
    from guwah.registry import resolve
    from guwah.storage.tables import Person

    with store.session() as session:
        return resolve(session, session.get(Person, mention).entry.number).number


def _evidence(store, tmp_path, number: int) -> dict:
    output = tmp_path / f"evidence-{number}.json"
    _cli("export", "evidence", f"E-{number}", "-o", str(output))
    return json.loads(output.read_text())


@pytest.fixture
def split_pair(store, tmp_path, monkeypatch):
    """Two mentions the linker joined and a reviewer then split: (first, second)."""
    monkeypatch.setenv("GUWAH_DATA_DIR", str(store.settings.data_dir))
    monkeypatch.setenv("GUWAH_KEY_FILE", str(store.settings.key_file))
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    first = _testimony(store, tmp_path, "first", NAME, "female", "1983")
    second = _testimony(store, tmp_path, "second", NAME, "female", "1983")
    monkeypatch.setenv("GUWAH_ACTOR", "linker-run")
    _cli("link")
    assert _entry(store, first) == _entry(store, second)
    monkeypatch.setenv("GUWAH_ACTOR", "rev-saule")
    _cli("persons", "split", str(_entry(store, first)), "--mentions", f"M-{second}", "--reason", SPLIT_REASON)
    assert _entry(store, first) != _entry(store, second)
    return first, second


def test_a_merge_by_hand_withdraws_the_splits_different_and_says_which(store, tmp_path, monkeypatch, split_pair):
    from guwah.registry import standing_verdicts
    from guwah.storage.tables import AuditEntry, Judgement, JudgementWithdrawal

    first, second = split_pair
    with store.session() as session:  # the split's "different", standing before the merge
        split_ids = sorted(row.id for row in standing_verdicts(session, [first], [second]).values()
                           if row.verdict == "different" and row.act == "split")
    assert split_ids
    monkeypatch.setenv("GUWAH_ACTOR", "rev-nurlan")
    said = _cli("persons", "merge", str(_entry(store, first)), str(_entry(store, second)), "--reason", MERGE_REASON)
    assert _entry(store, first) == _entry(store, second)
    assert (f"withdrew {len(split_ids)} judgement 'different' ({', '.join(map(str, split_ids))}) that the split "
            f"(operation") in said, said
    with store.session() as session:
        assert not standing_verdicts(session, [first], [second])  # none stands on two mentions of one entry
        withdrawals = list(session.scalars(select(JudgementWithdrawal).where(
            JudgementWithdrawal.judgement_id.in_(split_ids))))
        assert [row.actor for row in withdrawals] == ["rev-nurlan"] * len(split_ids)
        assert all(row.at is not None and row.operation == row.undo_operation for row in withdrawals)
        assert all(session.get(Judgement, number).act == "split" for number in split_ids)  # kept as they were
        audited = session.scalar(select(AuditEntry).where(AuditEntry.action == "withdraw"))
        assert audited.actor == "rev-nurlan" and audited.detail["judgements"] == split_ids
        assert MERGE_REASON not in json.dumps(audited.detail) and NAME not in json.dumps(audited.detail)
    merge_operation = withdrawals[0].operation
    data = _evidence(store, tmp_path, _entry(store, first))
    [judgement] = [j for j in data["joined"]["judgements"] if j["judgement"] in split_ids]
    assert judgement["standing"] is False and judgement["recorded_by_act"]["act"] == "split"
    assert judgement["reason"] == SPLIT_REASON
    withdrawn = judgement["withdrawn"]
    assert (withdrawn["by"], withdrawn["by_merge_operation"], withdrawn["reason"]) == (
        "rev-nurlan", merge_operation, MERGE_REASON)
    assert "by_undo_of_operation" not in withdrawn


def test_undoing_that_merge_keeps_the_sides_apart_at_the_next_link(store, tmp_path, monkeypatch, split_pair):
    from guwah.registry import standing_verdicts

    first, second = split_pair
    monkeypatch.setenv("GUWAH_ACTOR", "rev-nurlan")
    _cli("persons", "merge", str(_entry(store, first)), str(_entry(store, second)), "--reason", MERGE_REASON)
    _cli("persons", "undo", "--reason", UNDO_REASON)
    assert _entry(store, first) != _entry(store, second)
    with store.session() as session:  # the undo's own "different" stands in their place
        verdicts = standing_verdicts(session, [first], [second]).values()
        assert [(row.verdict, row.act, row.actor) for row in verdicts] == [("different", "undone", "rev-nurlan")]
    # positive control, added now: a new namesake pair the linker joins by itself at the same run
    third = _testimony(store, tmp_path, "third", "Erkinjan Abdumomin", "male", "1969")
    fourth = _testimony(store, tmp_path, "fourth", "Erkinjan Abdumomin", "male", "1969")
    _cli("link")
    assert _entry(store, third) == _entry(store, fourth)
    assert _entry(store, first) != _entry(store, second)


def test_a_reviewers_own_different_still_refuses_the_merge_by_hand(store, tmp_path, monkeypatch, split_pair):
    from guwah.registry import standing_verdicts

    first, second = split_pair
    other_a = _testimony(store, tmp_path, "other_a", "Tursunjan Hapizbek", "male", "1975")
    other_b = _testimony(store, tmp_path, "other_b", "Tursunjan Hapizbek", "male", "1975")
    _cli("persons", "judge", str(other_a), str(other_b), "different", "--reason", DIFFERENT_REASON)
    refused = _run("persons", "merge", str(_entry(store, other_a)), str(_entry(store, other_b)))
    assert refused.exit_code != 0 and "different people" in " ".join(refused.output.split())
    with store.session() as session:
        [row] = standing_verdicts(session, [other_a], [other_b]).values()
        assert (row.verdict, row.act) == ("different", None)  # not withdrawn by the refused merge
    # control: the split's pair, in the same archive, the merge by hand does join
    _cli("persons", "merge", str(_entry(store, first)), str(_entry(store, second)), "--reason", MERGE_REASON)
    assert _entry(store, first) == _entry(store, second)
