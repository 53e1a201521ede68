"""h-newcomer75: `guwah review show` names who accepted or rejected a fact. Its line said only "by
farrukh", the fact's author; with four eyes on, whether a second reviewer accepted it was in `--json`
(`reviewed_by`) and the evidence export, never in the text a reviewer reads."""

from typer.testing import CliRunner

from tests.review.test_review_edit_says_what_h74 import _events


def test_review_show_names_who_decided_and_nobody_for_a_waiting_fact(store, tmp_path, monkeypatch):
    from guwah.cli import app
    from tests.shared import point_cli_at

    ref, waiting = _events(store, tmp_path)
    point_cli_at(store, monkeypatch)
    monkeypatch.setenv("GUWAH_ACTOR", "reviewer-2")
    runner = CliRunner()
    accepted = runner.invoke(app, ["review", "accept", ref])
    assert accepted.exit_code == 0, accepted.output
    shown = runner.invoke(app, ["review", "show", ref], env={"GUWAH_ACTOR": "reviewer-3"})
    assert shown.exit_code == 0, shown.output
    assert "accepted by: reviewer-2" in " ".join(shown.stdout.split())
    still = runner.invoke(app, ["review", "show", waiting])  # control: a waiting fact names no decider
    assert still.exit_code == 0 and " by: " not in still.stdout, still.output
