"""bench/link_replay.py: a run saved by bench/link_lost.py (which keeps no name script) replays
through the linker's own clustering (`corroborate`, then `cluster`)."""

import numpy as np

from tests.bench_scripts import load


def _save(path, scripts=None):
    # Three mentions: two of one invented person (one edge, p 0.95), a third apart.
    fields = {
        "uid": [0, 1, 2], "whole": ["tolqunbek+zarifov", "tolqunbek+zarifov", "qadirjan+ilmurov"],
        "gender": ["m", "m", "m"], "birth_lo": [1971, 1971, None], "birth_hi": [1971, 1971, None],
        "place": [None, None, None], "facility": [None, None, None], "detained_lo": [None, None, None],
        "detained_hi": [None, None, None], "home": [None, None, None],
    }
    if scripts is not None:
        fields["script"] = scripts
    np.savez_compressed(
        path, a=np.array([0]), b=np.array([1]), p=np.array([0.95]), agrees=np.array([True]),
        score=np.array([1.0]), person=np.array([0, 0, 1]), cluster=np.array([1, 1, 2]), floor=np.array(0.4),
        initialled=np.array([False, False, False]),
        **{f"f_{name}": np.array(values, dtype=object) for name, values in fields.items()})


def test_a_run_saved_without_scripts_replays_the_common_name_rule(tmp_path):
    replay = load("link_replay")
    _save(tmp_path / "run.npz")
    run = replay.load(tmp_path / "run.npz")
    assert run["f_script"].tolist() == [None, None, None]
    scores, *_ = replay.common_rule(run, 513)
    assert (scores["precision"], scores["recall"]) == (1.0, 1.0)


def test_a_run_saved_with_scripts_keeps_them(tmp_path):
    replay = load("link_replay")
    _save(tmp_path / "run.npz", scripts=["latin", "cyrillic", "latin"])
    run = replay.load(tmp_path / "run.npz")
    assert run["f_script"].tolist() == ["latin", "cyrillic", "latin"]
    # the common-name rule with a threshold every name reaches: the pair still links (a birth year agrees)
    scores, *_ = replay.common_rule(run, 1)
    assert scores["recall"] == 1.0
