"""bench/codes_losses.py: the loss kinds tabled by language, and a split that is not tuning data
refused before anything is read."""

import collections

import pytest

from tests.bench_scripts import load


def _bench():
    return load("codes_losses")


def test_kinds_are_tabled_by_language_with_a_total():
    table = _bench().language_table(collections.Counter({
        ("missed: b not detected", "en"): 3, ("missed: b not detected", "ru"): 1, ("false: fp-code", "fr"): 2}))
    assert table[0] == "  | kind | en | fr | ru | all |"
    assert "  | false: fp-code | 0 | 2 | 0 | 2 |" in table
    assert "  | missed: b not detected | 3 | 0 | 1 | 4 |" in table


def test_a_split_that_is_not_tuning_data_is_refused(capsys):
    with pytest.raises(SystemExit) as exit_:
        _bench().main(["held_out_v16"])
    assert exit_.value.code == 2
    assert "is not a tuning split" in capsys.readouterr().err
