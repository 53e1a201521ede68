"""The Spark backend's parts that need neither Java nor pyspark: the settings it runs, the
name-score lookup it broadcasts, and its repair of Splink's repeated columns."""

import sys

import duckdb
import numpy as np
import pytest
import sqlglot
from sqlglot import exp

from guwah.link.linker import MIN_TRAINING_MENTIONS, PAIR_SHIFT, score_pairs, settings
from guwah.link.spark import SPARK_FUNCTIONS, lists_share, scores_of, without_repeated_columns


def conditions(model: dict) -> list[str]:
    return [level["sql_condition"] for comparison in model["comparisons"]
            for level in comparison["comparison_levels"] if level["sql_condition"] != "ELSE"]


@pytest.mark.parametrize("mentions", [MIN_TRAINING_MENTIONS - 1, MIN_TRAINING_MENTIONS, 1_000_000])
def test_settings_are_the_same_on_duckdb_and_spark(mentions):
    model = settings(mentions)
    on_duckdb = model.get_settings("duckdb").as_dict()
    on_spark = model.get_settings("spark").as_dict()
    rules = "blocking_rules_to_generate_predictions"
    assert [sqlglot.transpile(rule["blocking_rule"], read="duckdb", write="spark")[0] for rule in on_duckdb[rules]] \
        == [rule["blocking_rule"] for rule in on_spark[rules]]
    for key in ("sql_dialect", rules):
        del on_duckdb[key], on_spark[key]
    assert on_duckdb == on_spark
    assert "pyspark" not in sys.modules


@pytest.mark.parametrize("mentions", [MIN_TRAINING_MENTIONS - 1, MIN_TRAINING_MENTIONS])
def test_settings_call_only_functions_spark_has_or_is_given(mentions):
    """A function sqlglot does not know as a Spark built-in must be one the backend registers."""
    called = set()
    for condition in conditions(settings(mentions).get_settings("spark").as_dict()):
        tree = sqlglot.parse_one(condition, read="spark")
        called |= {function.name.lower() for function in tree.find_all(exp.Anonymous)}
    assert called <= set(SPARK_FUNCTIONS)
    assert "guwah_name_score" in called


def test_scores_of_gives_what_the_duckdb_macro_gives():
    """The Spark UDF's lookup against the linker's own table and macro (`score_pairs`)."""
    given, family = ["Mihrigul", "Gulbahar", "Abdulla", "Ilham", "Mehmet"], ["Tursun", "Jelil", "Memet", "Tohti", "Kadir"]
    names = [f"{g} {f}" for g in given for f in family]
    names += [name.replace("u", "ü").replace("eh", "e") for name in names]
    rng = np.random.default_rng(7)
    uids = rng.integers(0, len(names), size=(400, 2))
    candidates = sorted({int(min(a, b)) * PAIR_SHIFT + int(max(a, b)) for a, b in uids[:300] if a != b})
    con = duckdb.connect(":memory:")
    con.execute("CREATE TABLE candidates (pair BIGINT)")
    con.executemany("INSERT INTO candidates VALUES (?)", [[pair] for pair in candidates])
    score_pairs(con, names, len(candidates), lambda done: None)
    expected = [con.execute("SELECT guwah_name_score(?, ?)", [int(a), int(b)]).fetchone()[0] for a, b in uids]
    table = con.execute("SELECT pair, score FROM name_scores ORDER BY pair").fetchnumpy()
    found = scores_of(table["pair"], table["score"], uids[:, 0].astype(np.int64), uids[:, 1].astype(np.int64))
    assert found.tolist() == expected
    assert 0 < sum(score > 0 for score in expected) < len(expected)
    assert scores_of(np.array([], np.int64), np.array([]), uids[:3, 0], uids[:3, 1]).tolist() == [0.0] * 3


def test_without_repeated_columns_drops_only_exact_repeats():
    sql = ("WITH blocked AS (SELECT l.uid AS uid_l, r.uid AS uid_r, l.whole AS whole_l, l.uid AS uid_l, "
           "r.uid AS uid_r, r.uid AS other FROM t AS l JOIN t AS r ON l.uid < r.uid) "
           "SELECT uid_l, uid_r, whole_l, other FROM blocked")
    cleaned = sqlglot.parse_one(without_repeated_columns(sql), read="spark")
    inner = cleaned.find(exp.CTE).this
    assert [projection.alias_or_name for projection in inner.expressions] == ["uid_l", "uid_r", "whole_l", "other"]
    assert [projection.alias_or_name for projection in cleaned.expressions] == ["uid_l", "uid_r", "whole_l", "other"]
    plain = "SELECT l.uid AS uid_l, r.uid AS uid_r FROM t AS l JOIN t AS r ON l.uid < r.uid"
    assert without_repeated_columns(plain) == plain


@pytest.mark.parametrize(("a", "b"), [
    ([2017], [2016, 2017]), ([2017], [2018]), ([], [2017]), ([], []), (None, [2017]), ([2017], None),
    ([None, 2017], [2017]), ([None], [None]), ([2017, 2017], [2017])])
def test_lists_share_gives_what_duckdb_list_has_any_gives(a, b):
    """The Spark backend's `list_has_any` (the detention years' "same year" and "a year apart"
    levels) answers as DuckDB's: shared values, NULL lists, empty lists and NULL elements."""
    expected = duckdb.execute("SELECT list_has_any(?::INTEGER[], ?::INTEGER[])", [a, b]).fetchone()[0]
    assert lists_share(a, b) is expected
    # as pandas hands Spark's arrays over: numpy arrays, a gap in integers read as NaN
    as_arrays = [None if side is None else np.array([np.nan if v is None else v for v in side], dtype=float)
                 for side in (a, b)]
    assert lists_share(*as_arrays) is expected
