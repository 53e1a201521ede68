"""bench/rule_generalisation.py on a tiny invented history: an entry written before a document
reached its tuning folder never saw it; one written (or reworded) after saw it; a comment reworded
after changes nothing."""

import subprocess

import pytest

from tests.bench_scripts import load


def _commit(repo, message):
    subprocess.run(["git", "-C", str(repo), "add", "-A"], check=True)
    subprocess.run(["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q",
                    "-m", message], check=True)
    return subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], check=True, capture_output=True,
                          text=True).stdout.strip()


def test_an_entry_written_before_a_set_was_spent_had_never_seen_it(tmp_path):
    bench = load("rule_generalisation")
    repo = tmp_path
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    acts = repo / "src/guwah/vocab/acts"
    acts.mkdir(parents=True)
    (acts / "en.yaml").write_text("# torture.beating\n- code: torture.beating\n  pattern: '\\bthrashed\\b'\n"
                                  "- code: torture.beating\n  pattern: '\\bpummelled\\b'\n", encoding="utf-8")
    first = _commit(repo, "two entries")
    folder = repo / "bench/data/extract-tuning-v1"
    folder.mkdir(parents=True)
    (folder / "en01.json").write_text("{}", encoding="utf-8")
    spent = _commit(repo, "v1 spent: tuning data")
    (acts / "en.yaml").write_text("# torture.beating, reworded\n- code: torture.beating\n  pattern: '\\bthrashed\\b'\n"
                                  "- code: torture.beating\n  pattern: '\\bpummell?ed\\b'\n"
                                  "- code: torture.beating\n  pattern: '\\bclobbered\\b'\n", encoding="utf-8")
    later = _commit(repo, "one entry reworded, one added, a comment reworded")

    assert bench.seen_from(repo, ["bench/data/extract-tuning-v1/en01.json"]) == {
        "bench/data/extract-tuning-v1/en01.json": spent}
    assert bench.entry_lines((acts / "en.yaml").read_text(encoding="utf-8")) == [(2, 3), (4, 5), (6, 7)]
    rules = ["acts/en.yaml entry 1", "acts/en.yaml entry 2", "acts/en.yaml entry 3", "acts model"]
    commits = bench.rule_commits(repo, rules)
    assert commits["acts/en.yaml entry 1"] == {first}  # its comment line reworded later: not counted
    assert commits["acts/en.yaml entry 2"] == {first, later}
    assert commits["acts/en.yaml entry 3"] == {later}
    assert commits["acts model"] == set()  # no such folder in this history: undated
    below = {spent: bench.descendants(repo, spent)}
    assert below[spent] == {spent, later}

    fact = {"document": "extract-tuning-v1/en01.json", "split": "tuning_v1", "language": "en",
            "code": "torture.beating"}
    facts = [{**fact, "rule": "acts/en.yaml entry 1", "true": True},
             {**fact, "rule": "acts/en.yaml entry 1", "true": False},
             {**fact, "rule": "acts/en.yaml entry 2", "true": True},
             {**fact, "rule": "acts/en.yaml entry 3", "true": False},
             {**fact, "rule": "acts model", "true": True}]
    marked = bench.tally(facts, {"extract-tuning-v1/en01.json": spent}, commits, below)
    assert [f["seen"] for f in marked] == [False, False, True, True, None]
    assert bench.table(marked, lambda f: f["rule"]) == [
        ("acts/en.yaml entry 1", [1, 2, 0, 0]), ("acts/en.yaml entry 2", [0, 0, 1, 1]),
        ("acts/en.yaml entry 3", [0, 0, 0, 1])]
    assert bench.family("acts/en.yaml entry 3", {"acts/en.yaml entry 3": ("tokens", "torture.beating")}) == "en tokens"
    assert bench.entry_kinds(repo)["acts/en.yaml entry 3"] == ("pattern", "torture.beating")


def test_a_split_not_read_here_is_refused(capsys):
    bench = load("rule_generalisation")
    with pytest.raises(SystemExit) as exit_:
        bench.main(["--splits", "held_out_v28"])
    assert exit_.value.code == 2
    assert "is not a split read here" in capsys.readouterr().err
