"""A mention's every year of detention: the linker compares the closest pair of two mentions'
years, not one arbitrary year of each (issue 10)."""

import duckdb
import pytest

from guwah.link import Mention, link_mentions
from guwah.link.features import feature_columns, pair_reasons
from guwah.link.linker import PAIR_SHIFT, agreeing_edges, cluster
from guwah.names.settings import SAME_NAME

F = "female"
# One invented woman, held in 2015 and taken again in 2020; a later testimony tells of 2020 alone.
TWICE = Mention("a", "Dilnaz Ormanbek", F, (1979, 1979), "Qorghas", None, (2015, 2020),
                ((2015, 2015), (2020, 2020)))
LATER = Mention("b", "Дильназ Орманбек", F, (1979, 1979), "Қорғас", None, (2020, 2020))


def namesake(year: int) -> Mention:
    return Mention("c", "Dilnaz Ormanbek", F, None, None, None, (year, year))


def test_detention_years_read_a_spreadsheet_range_and_every_detention():
    assert Mention("x", "Ormanbek", detained_year=(2017, 2018)).detention_years() == (2017, 2018)
    assert TWICE.detention_years() == (2015, 2020)
    assert Mention("x", "Ormanbek", detained_years=((2019, 2019), (2016, 2017))).detention_years() == (2016, 2017, 2019)
    assert Mention("x", "Ormanbek").detention_years() == ()


def test_feature_columns_carry_every_year_and_their_neighbours():
    columns, _ = feature_columns([TWICE, namesake(2017), Mention("d", "Ormanbek")])
    assert columns["detained"] == [[2015, 2020], [2017], None]
    assert columns["detained_near"] == [[2014, 2015, 2016, 2019, 2020, 2021], [2016, 2017, 2018], None]
    assert (columns["detained_lo"], columns["detained_hi"]) == ([2015, 2017, None], [2020, 2017, None])


def test_a_second_detention_joins_the_testimony_that_tells_of_it():
    """The later testimony (2020) joins the one telling of 2015 and 2020 on its second year; a
    namesake held in 2017 alone, inside that span but within a year of neither detention, stays
    apart (negative control: a namesake held in 2021, a year from the second, joins)."""
    assert link_mentions([TWICE, LATER], threads=1).cluster_ids == [1, 1]
    assert link_mentions([TWICE, LATER, namesake(2017)], threads=1).cluster_ids == [1, 1, 2]
    assert link_mentions([TWICE, LATER, namesake(2021)], threads=1).cluster_ids == [1, 1, 1]


@pytest.mark.parametrize(("other", "level", "detail"), [
    (LATER, "agrees", ""),                                    # the second detention in common
    (namesake(2016), "a year apart", "1 year apart"),         # a year from the first
    (namesake(2017), "differs", "2 years apart"),             # inside the span, near neither
    (namesake(2024), "differs", "4 years apart"),
    (Mention("d", "Dilnaz Ormanbek"), "missing", ""),
])
def test_the_reason_reads_the_closest_pair_of_years(other, level, detail):
    reason = pair_reasons(TWICE, other)[-1]
    assert reason == {"field": "year of detention", "level": level, "detail": detail}


def test_the_agreement_cut_asks_for_a_year_within_one_of_another():
    """`agreeing_edges`: a pair whose names agree disagrees on detention when no year of one side
    is within a year of one of the other's, whatever the spans; a missing side never disagrees."""
    con = duckdb.connect(":memory:")
    con.execute("CREATE TABLE mentions (uid BIGINT, gender VARCHAR, birth_lo INT, birth_hi INT, home VARCHAR, "
                "detained_lo INT, detained_hi INT, detained INT[], detained_near INT[])")
    columns, _ = feature_columns([TWICE, namesake(2017), namesake(2021), Mention("d", "Dilnaz Ormanbek")])
    rows = zip(*(columns[name] for name in ("uid", "gender", "birth_lo", "birth_hi", "home", "detained_lo",
                                             "detained_hi", "detained", "detained_near")), strict=True)
    con.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", list(rows))
    pairs = [(0, 1), (0, 2), (0, 3)]
    con.execute("CREATE TABLE name_scores (pair BIGINT, score DOUBLE)")
    con.executemany("INSERT INTO name_scores VALUES (?, ?)", [(a * PAIR_SHIFT + b, SAME_NAME) for a, b in pairs])
    con.execute("CREATE TABLE predicted (uid_l BIGINT, uid_r BIGINT, match_probability DOUBLE)")
    con.executemany("INSERT INTO predicted VALUES (?, ?, 0.5)", pairs)
    agrees = {(a, b): flag for a, b, _, flag in agreeing_edges(con, "predicted")}
    assert agrees == {(0, 1): False, (0, 2): True, (0, 3): True}


def held(*years: int) -> tuple:
    """A row of `cluster`'s fields for a mention stating only these years of detention."""
    return (None, None, None, None, min(years), max(years), list(years))


def test_a_cluster_keeps_each_detention_so_a_first_detention_joins_after_a_re_arrest():
    """A testimony of a 2015 detention and a 2020 re-arrest, a record of the 2020 re-arrest linked
    to it, then a record of the 2015 detention: it joins the person too (a cluster no longer
    narrows to 2020 on the re-arrest and refuses 2015). A record of 2017 alone, within a year of
    neither detention, is refused and goes to review (the negative control, in the same call)."""
    fields = [held(2015, 2020), held(2020), held(2015), held(2017)]
    ids, review = cluster(4, [(0, 1, 0.99), (0, 2, 0.98), (0, 3, 0.97)], fields)
    assert ids == [1, 1, 1, 2]
    assert review == [(0, 3, 0.97)]
    # a record stating no detention conflicts with none
    assert cluster(2, [(0, 1, 0.99)], [held(2015, 2020), (None, None, None, None, None, None, None)])[0] == [1, 1]


def test_one_detention_still_narrows_in_a_chain():
    """Consecutive years are one detention, narrowed as before: 2016-2018 with 2017 is 2017, and a
    record of 2019 is then refused; without the 2017 record it joins (2019 is a year from 2018)."""
    ids, review = cluster(3, [(0, 1, 0.99), (0, 2, 0.98)], [held(2016, 2017, 2018), held(2017), held(2019)])
    assert ids == [1, 1, 2] and review == [(0, 2, 0.98)]
    ids, review = cluster(2, [(0, 1, 0.98)], [held(2016, 2017, 2018), held(2019)])
    assert ids == [1, 1] and review == []
