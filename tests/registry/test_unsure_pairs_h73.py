"""h-newcomer73: a pair judged "unsure" can be found again. A judgement takes a pair off the linker's
queue for good (`guwah persons pairs`), so before this a reviewer who answered "unsure" (a first name
only, ask the interviewer) had no way to list the pair again and come back to it. `guwah persons
pairs --unsure` (`open_candidates(unsure=True)`) lists the pairs whose standing verdict is "unsure";
a later "same" or "different" takes the pair off that list too, and `judge … unsure` says where to
find it. Invented names."""

from typer.testing import CliRunner

from guwah.cli import app
from guwah.registry import PairSeen, judge, open_candidates
from guwah.storage.tables import LinkCandidate
from tests.factories import add_mention


def _pair(session, first: str, second: str) -> tuple[int, int]:
    a, b = add_mention(session, first).id, add_mention(session, second).id
    session.add(LinkCandidate(person_a_id=a, person_b_id=b, probability=0.7, linker="test", reasons=[]))
    session.flush()
    return a, b


def test_unsure_pairs_are_listed_until_judged_again(any_store):
    with any_store.session() as session:
        unsure = _pair(session, "Gulzira Tokhtamysh", "Gulzira")
        different = _pair(session, "Serikbol Amanbay", "Serikbol Amanbayev")
        was_unsure = judge(session, *unsure, "unsure", "rev", "first name only").id
        judge(session, *different, "different", "rev", "born in two provinces")
        assert open_candidates(session) == []  # both judged: out of the queue
        assert [(v.person_a, v.person_b) for v in open_candidates(session, unsure=True)] == [unsure]  # control: not "different"
        assert open_candidates(session, unsure=True)[0].probability == 0.7
    with any_store.session() as session:
        judge(session, *unsure, "same", "rev", "the interviewer confirmed it", PairSeen(judgement=was_unsure))
        assert open_candidates(session, unsure=True) == []


def test_unsure_pairs_cli(store, settings, monkeypatch):
    with store.session() as session:
        a, b = _pair(session, "Gulzira Tokhtamysh", "Gulzira")
    monkeypatch.setenv("GUWAH_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("GUWAH_KEY_FILE", str(settings.key_file))
    monkeypatch.setenv("GUWAH_ACTOR", "cli-reviewer")
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    monkeypatch.delenv("GUWAH_PASSPHRASE", raising=False)
    runner = CliRunner()
    judged = runner.invoke(app, ["persons", "judge", str(a), str(b), "unsure", "--reason", "first name only"], catch_exceptions=False)
    assert judged.exit_code == 0 and "`guwah persons pairs --unsure` lists it again" in judged.output
    queue = runner.invoke(app, ["persons", "pairs"], catch_exceptions=False)
    assert queue.exit_code == 0 and "0 pairs to review" in queue.output
    again = runner.invoke(app, ["persons", "pairs", "--unsure"], catch_exceptions=False)
    assert again.exit_code == 0, again.output
    assert f"mentions M-{a} " in again.output and f"`guwah persons judge {a} {b} same|different|unsure --reason WHY --replace`" in again.output
    assert "1 pair judged unsure" in again.output
