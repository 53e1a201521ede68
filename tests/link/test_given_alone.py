"""A given name alone against a full name that holds it ("my brother Zorvat", a list's given name;
issue 10): its own name level (LONE_PART_LABEL) where a stated field agrees, and never a link on the
given name alone with nothing else agreeing. Invented names."""

import pytest

from guwah.link import Mention, link_mentions
from guwah.link.linker import (
    LONE_PART_LABEL,
    LONE_PART_SCORE,
    agreement_sql,
    cluster,
    corroborate,
    one_part_sql,
    stated_agreement,
)
from guwah.names import compare_names
from guwah.names.settings import LINK_AUTO, SAME_NAME, SIMILAR_NAME

STRONG = round((1 + LINK_AUTO) / 2, 4)  # links on its probability alone
ALONE, FULL = "n:ZRVT", "n:ZRVT+KLDN"
BORN_1961 = (1961, 1961, None, None, None, None)
BORN_1975 = (1975, 1975, None, None, None, None)


def test_the_one_part_scores_from_the_lone_part_level_and_under_the_same_name():
    """A given name alone against the full name scores UNMATCHED_PART (0.8): above LONE_PART_SCORE,
    under SAME_NAME; the same given name against another full name's father's name too."""
    score = compare_names("Zorvat", "Zorvat Keldan")
    assert LONE_PART_SCORE <= score < SAME_NAME
    assert compare_names("Zorvat", "Quorvex Taldimar") < LONE_PART_SCORE


def test_a_given_name_alone_with_nothing_agreeing_is_held_not_linked():
    """Negative control: two mentions, "Zorvat" born 1975 and "Zorvat Keldan" born 1961 (two
    persons, perhaps), probable enough to link, are held for review; the positive control: born
    the same year, they link."""
    apart = [(ALONE, *BORN_1975), (FULL, *BORN_1961)]
    edges = corroborate([(0, 1, STRONG, False)], apart)
    assert edges[0][4] is False
    ids, review = cluster(2, edges)
    assert ids[0] != ids[1] and review == [(0, 1, STRONG)]
    same = [(ALONE, *BORN_1961), (FULL, *BORN_1961)]
    edges = corroborate([(0, 1, STRONG, False)], same)
    assert edges[0][4] is True
    assert cluster(2, edges)[0] == [1, 1]


def test_two_full_names_with_nothing_agreeing_still_link_on_a_rare_name():
    """The hold is the given name alone's: two full names (or two given names alone) of a rare name
    with nothing agreeing link as before."""
    for name in (FULL, ALONE):
        rows = [(name, *BORN_1975), (name, *BORN_1961)]
        assert corroborate([(0, 1, STRONG, True)], rows)[0][4] is True


def test_the_level_condition_is_the_stated_agreement_rule():
    """`agreement_sql` is `stated_agreement` in SQL, and `one_part_sql` asks exactly one name of one
    part: checked on DuckDB over the same rows (a birth year, a county home, a facility, a detention
    year, a prefecture home that does not count, nothing)."""
    import duckdb

    rows = [
        (FULL, 1961, 1961, None, None, None, None),
        (ALONE, 1961, 1962, None, None, None, None),
        (ALONE, 1950, 1959, None, None, None, None),
        (ALONE, None, None, "xj.kashgar.yengisar", None, None, None),
        (FULL, None, None, "xj.kashgar.yengisar.~TGRM", None, None, None),
        (ALONE, None, None, "xj.kashgar", None, None, None),
        (FULL, None, None, None, "camp 4", 2017, 2017),
        (ALONE, None, None, None, "camp 4", None, None),
        (FULL, None, None, None, None, 2016, 2017),
        (ALONE, None, None, None, None, None, None),
    ]
    con = duckdb.connect()
    con.execute("CREATE TABLE m (uid INT, whole VARCHAR, birth_lo INT, birth_hi INT, home VARCHAR, "
                "facility VARCHAR, detained_lo INT, detained_hi INT)")
    con.executemany("INSERT INTO m VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [(i, *row) for i, row in enumerate(rows)])

    def column(name: str, side: str) -> str:
        return f"{'a' if side == 'l' else 'b'}.{name}"

    found = con.execute(f"""SELECT a.uid, b.uid, ({agreement_sql(column)}), {one_part_sql(column)}
        FROM m a JOIN m b ON a.uid < b.uid ORDER BY 1, 2""").fetchall()
    agreeing = [pair for pair in found if pair[2]]
    assert len(agreeing) > 3 and len(agreeing) < len(found)  # both answers occur
    for a, b, agrees, one_part in found:
        assert agrees == stated_agreement(rows[a], rows[b]), (a, b)
        assert one_part == (("+" in rows[a][0]) != ("+" in rows[b][0])), (a, b)


def _mentions(alone_born: int, full_born: int) -> list[Mention]:
    """Zorvat alone and Zorvat Keldan, with their birth years, among unrelated others."""
    others = [Mention(f"o{number}", f"Quorvex{'abcdefghij'[number % 10]}an Taldimar{number}", "m",
                      (1940 + number % 40,) * 2, None, None, None) for number in range(30)]
    return [Mention("alone", "Zorvat", "m", (alone_born,) * 2, "Kashgar", None, None),
            Mention("full", "Zorvat Keldan", "m", (full_born,) * 2, "Kashgar", None, None), *others]


@pytest.mark.parametrize(("alone_born", "linked"), [(1961, True), (1975, False)])
def test_a_given_name_alone_links_to_the_full_name_only_where_the_birth_year_agrees(alone_born, linked):
    """Zorvat born 1961 and Zorvat Keldan born 1961, one hometown: one person; Zorvat born 1975 (the
    negative control: two persons of one given name, their birth years apart) stays apart."""
    result = link_mentions(_mentions(alone_born, 1961))
    assert (result.cluster_ids[0] == result.cluster_ids[1]) is linked


def test_the_lone_part_level_sits_between_the_same_and_a_similar_name():
    """The Splink name levels, best first: the same name, a given name alone with a field agreeing,
    a similar name (SIMILAR_NAME), else."""
    from guwah.link.linker import settings

    levels = [level["label_for_charts"] if isinstance(level, dict) else level.label_for_charts
              for level in settings(100).comparisons[0].get_comparison("duckdb").comparison_levels]
    assert levels == ["null", f"name score >= {SAME_NAME}", LONE_PART_LABEL, f"name score >= {SIMILAR_NAME}", "else"]
