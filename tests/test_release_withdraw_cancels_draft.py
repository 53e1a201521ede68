"""h-pseudo69: `release withdraw` cancels a redraft waiting for review (marks it superseded) and now
says so, by draft id, with the command that drafts the testimony again. Control: with no draft
waiting, no such line. Invented text."""

import json

from typer.testing import CliRunner

from guwah.cli import app

TEXT = "Synthetic example. Our neighbour was taken from the bazaar in 2019 by two officers."


def _cli(tmp_path, monkeypatch):
    monkeypatch.setenv("GUWAH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUWAH_KEY_FILE", str(tmp_path / "keys" / "master.key"))
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    runner = CliRunner()

    def run(actor: str, *args: str):
        monkeypatch.setenv("GUWAH_ACTOR", actor)
        return runner.invoke(app, list(args))
    return run


def _released(tmp_path, run, name: str) -> None:
    (tmp_path / f"{name}.txt").write_text(f"{TEXT} ({name})")
    (tmp_path / f"{name}.meta.yaml").write_text("consent: public\n")
    assert run("drafter", "ingest", str(tmp_path / f"{name}.txt")).exit_code == 0
    assert run("drafter", "extract", "--all").exit_code == 0
    document = name[-1]
    proposed = run("drafter", "release", "propose", document)
    assert proposed.exit_code == 0, proposed.output
    drafts = [row for row in json.loads(run("drafter", "release", "list", "--json").stdout) if row["state"] == "draft"]
    approved = run("reviewer", "release", "approve", str(drafts[-1]["release"]))
    assert approved.exit_code == 0, approved.output


def test_withdraw_says_the_waiting_redraft_it_cancelled(tmp_path, monkeypatch):
    run = _cli(tmp_path, monkeypatch)
    assert run("drafter", "init").exit_code == 0
    _released(tmp_path, run, "t1")
    redraft = run("drafter", "release", "propose", "1", "--mask", "bazaar")
    assert redraft.exit_code == 0, redraft.output
    withdrawn = run("reviewer", "release", "withdraw", "1", "--reason", "the family asked")
    assert withdrawn.exit_code == 0, withdrawn.output
    said = " ".join(withdrawn.stderr.split())
    assert "Withdrawn." in said and "Draft 2, which was waiting for review, was cancelled" in said, said
    assert "guwah release propose 1" in said
    # Control: a second testimony with no draft waiting says nothing of a draft.
    _released(tmp_path, run, "t2")
    plain = run("reviewer", "release", "withdraw", "2", "--reason", "the family asked")
    assert plain.exit_code == 0 and "Withdrawn." in plain.stderr and "Draft" not in plain.stderr, plain.output
