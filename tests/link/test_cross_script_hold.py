"""A pair named in two scripts, each mention stating more than its name and nothing they both state
agreeing, is held for review, never merged on the name alone (issue 10: a newcomer's namesakes in two
scripts were merged with nothing queued). Invented names."""

from guwah.link import Mention, link_mentions
from guwah.link.linker import cluster, corroborate, held_pairs, nothing_agrees_across_scripts
from guwah.names.settings import LINK_AUTO

STRONG = round((1 + LINK_AUTO) / 2, 4)  # links on its probability alone
RARE = "n:ZMBK+TKSN"
# whole, birth_lo, birth_hi, home, facility, detained_lo, detained_hi, script
BORN = (RARE, 1971, 1971, None, None, None, None)
HELD_IN = (RARE, None, None, None, "f:12", None, None)
NAME_ONLY = (RARE, None, None, None, None, None, None)


def test_two_scripts_and_nothing_stated_alike_is_held_for_review():
    rows = [(*BORN, "Latn"), (*HELD_IN, "Arab")]
    assert nothing_agrees_across_scripts(*rows)
    edges = corroborate([(0, 1, STRONG, True)], rows)
    assert edges == [(0, 1, STRONG, True, False)]
    ids, review = cluster(2, edges)
    assert ids[0] != ids[1] and review == [(0, 1, STRONG)]
    assert held_pairs(edges, review) == {(0, 1)}


def test_the_same_pair_links_where_a_stated_field_agrees_or_one_script_or_one_side_states_only_a_name():
    """Positive controls of the test above: born the same year; both in one script; one side stating
    nothing but its name (a rare name still links on the name, as before)."""
    for rows in ([(*BORN, "Latn"), (*BORN, "Arab")],
                 [(*BORN, "Latn"), (*HELD_IN, "Latn")],
                 [(*BORN, "Latn"), (*NAME_ONLY, "Arab")]):
        assert not nothing_agrees_across_scripts(*rows)
        edges = corroborate([(0, 1, STRONG, True)], rows)
        assert edges[0][4] is True
        assert cluster(2, edges)[0] == [1, 1]


def test_link_mentions_queues_namesakes_in_two_scripts_that_share_only_the_name():
    """End to end: a Latin and an Arabic-script mention of one invented name, one born in 1971 and
    the other detained in 2018, stay apart and are queued as held; born the same year, they link."""
    apart = [Mention("a", "Ezimbek Toqsunay", birth_year=(1971, 1971)),
             Mention("b", "ئەزىمبەك توقسۇناي", detained_year=(2018, 2018))]
    result = link_mentions(apart, threads=1)
    assert result.cluster_ids[0] != result.cluster_ids[1]
    assert [(a, b) for a, b, _ in result.review_pairs] == [(0, 1)]
    assert result.held == result.held_across_scripts == {(0, 1)}
    alike = [Mention("a", "Ezimbek Toqsunay", birth_year=(1971, 1971)),
             Mention("b", "ئەزىمبەك توقسۇناي", birth_year=(1971, 1971), detained_year=(2018, 2018))]
    result = link_mentions(alike, threads=1)
    assert result.cluster_ids[0] == result.cluster_ids[1] and result.held_across_scripts == frozenset()


def test_a_trained_model_weighs_such_pairs_itself():
    """`link_mentions` asks the hold only of an untrained model (fewer than MIN_TRAINING_MENTIONS
    mentions): with `across_scripts` off the same edge links; on, it is held (the control)."""
    rows = [(*BORN, "Latn"), (*HELD_IN, "Arab")]
    assert corroborate([(0, 1, STRONG, True)], rows, across_scripts=False)[0][4] is True
    assert corroborate([(0, 1, STRONG, True)], rows, across_scripts=True)[0][4] is False
