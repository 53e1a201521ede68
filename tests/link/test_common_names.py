"""A common name links only where a stated field agrees on both sides (issue 10, twenty-fifth round).

Namesakes of a common name whose fields are missing disagree on nothing, so "no field disagrees"
linked them; now a link between two mentions of a name borne by COMMON_NAME mentions or more asks
one stated field (birth year, hometown of county level, facility, year of detention) to agree,
and the pair goes to review otherwise. A rare name still links on the name alone.
"""

from guwah.link import Mention, link_mentions
from guwah.link.linker import COMMON_NAME, cluster, corroborate, held_pairs, stated_agreement
from guwah.names.settings import LINK_AGREE, LINK_AUTO

STRONG = round((1 + LINK_AUTO) / 2, 4)              # links on its probability alone
BETWEEN = round((LINK_AUTO + LINK_AGREE) / 2, 4)    # links only when the names and fields agree
COMMON, RARE = "n:MMT+ABDL", "n:ZRVT+KLDN"
NOTHING = (None, None, None, None, None, None)      # birth_lo, birth_hi, home, facility, detained_lo, detained_hi


def rows(first: tuple, second: tuple, name: str, bearers: int) -> list[tuple]:
    """Two mentions of `name` stating `first` and `second`, and other bearers of it stating nothing,
    `bearers` mentions of the name in all."""
    return [(name, *first), (name, *second)] + [(name, *NOTHING)] * (bearers - 2)


def test_a_common_name_with_no_agreeing_field_goes_to_review_not_linked():
    common = rows(NOTHING, NOTHING, COMMON, COMMON_NAME)
    edges = corroborate([(0, 1, STRONG, True)], common)
    assert edges == [(0, 1, STRONG, True, False)]
    ids, review = cluster(len(common), edges)
    assert ids[0] != ids[1]
    assert review == [(0, 1, STRONG)]
    assert held_pairs(edges, review) == {(0, 1)}
    # the agreement rule's edges (under LINK_AUTO) are held the same way
    ids, review = cluster(len(common), corroborate([(0, 1, BETWEEN, True)], common))
    assert ids[0] != ids[1] and review == [(0, 1, BETWEEN)]


def test_a_common_name_with_an_agreeing_birth_year_links():
    """The positive control of the test above: the same name, as common, born the same year."""
    born = (1980, 1980, None, None, None, None)
    common = rows(born, born, COMMON, COMMON_NAME)
    edges = corroborate([(0, 1, STRONG, True)], common)
    assert edges == [(0, 1, STRONG, True, True)]
    ids, review = cluster(len(common), edges)
    assert ids[0] == ids[1] and review == []
    assert held_pairs(edges, review) == frozenset()


def test_a_rare_name_still_links_on_the_name_alone():
    """One bearer fewer than COMMON_NAME: the pair with nothing stated links, as before the rule."""
    rare = rows(NOTHING, NOTHING, RARE, COMMON_NAME - 1)
    edges = corroborate([(0, 1, STRONG, True)], rare)
    assert edges == [(0, 1, STRONG, True, True)]
    assert cluster(len(rare), edges)[0][:2] == [1, 1]
    # and the commoner of the two names decides: a rare name against a common one is held
    mixed = rows(NOTHING, NOTHING, COMMON, COMMON_NAME + 1)
    mixed[1] = (RARE, *NOTHING)
    assert corroborate([(0, 1, STRONG, True)], mixed)[0][4] is False


def test_which_stated_fields_agree():
    """Each field agreeing alone corroborates; a wide birth range, a prefecture and a field on
    one side only do not."""
    def agree(first: tuple, second: tuple) -> bool:
        return stated_agreement((COMMON, *first), (COMMON, *second))

    assert agree((1980, 1980, None, None, None, None), (1978, 1982, None, None, None, None))
    assert not agree((1980, 1980, None, None, None, None), (1950, 1989, None, None, None, None))  # "1950s-80s"
    assert not agree((1980, 1980, None, None, None, None), (1983, 1983, None, None, None, None))  # no disagreement either
    assert agree((None, None, "xj.kashgar.yengisar", None, None, None), (None, None, "xj.kashgar.yengisar", None, None, None))
    assert not agree((None, None, "xj.kashgar", None, None, None), (None, None, "xj.kashgar", None, None, None))
    assert not agree((None, None, "xj.kashgar", None, None, None), (None, None, "xj.kashgar.yengisar", None, None, None))
    assert agree((None, None, None, "kashgar camp no. 2", None, None), (None, None, None, "kashgar camp no. 2", None, None))
    assert not agree((None, None, None, "kashgar camp no. 2", None, None), (None, None, None, "ghulja prison", None, None))
    assert agree((None, None, None, None, 2017, 2017), (None, None, None, None, 2017, 2018))
    assert not agree((None, None, None, None, 2017, 2017), (None, None, None, None, None, None))
    assert not agree(NOTHING, NOTHING)


def test_a_held_edge_does_not_bridge_two_clusters_and_a_conflict_still_bars():
    """Held edges link nothing, corroborated ones around them still do, and a corroborated edge
    between mentions that disagree is still refused (the rule only adds a condition)."""
    born = (1980, 1980, None, None, None, None)
    common = rows(born, born, COMMON, COMMON_NAME)
    common[2] = (COMMON, *NOTHING)
    edges = corroborate([(0, 1, 0.99, True), (1, 2, STRONG, True)], common)
    assert [edge[4] for edge in edges] == [True, False]
    ids, review = cluster(len(common), edges)
    assert ids[0] == ids[1] != ids[2] and review == [(1, 2, STRONG)]
    fields = [(None, 1980, 1980, None, None, None), (None, 1999, 1999, None, None, None)] + [(None,) * 6] * (COMMON_NAME - 2)
    ids, review = cluster(len(common), [(0, 1, 0.99, True, True)], fields)
    assert ids[0] != ids[1] and review == [(0, 1, 0.99)]


def test_link_mentions_holds_a_common_name_for_review(monkeypatch):
    """End to end, with the band lowered to two mentions: two namesakes stating nothing stay apart
    and are held for review; born the same year, they are one cluster."""
    import guwah.link.linker as linker

    monkeypatch.setattr(linker, "COMMON_NAME", 2)
    bare = [Mention("a", "Memet Abdulla"), Mention("b", "Memet Abdulla"), Mention("c", "Zorvat Keldan")]
    result = link_mentions(bare, threads=1)
    assert result.cluster_ids[0] != result.cluster_ids[1]
    assert [(a, b) for a, b, _ in result.review_pairs] == [(0, 1)] and result.held == {(0, 1)}
    born = [Mention("a", "Memet Abdulla", birth_year=(1980, 1980)), Mention("b", "Memet Abdulla", birth_year=(1980, 1980)),
            Mention("c", "Zorvat Keldan")]
    result = link_mentions(born, threads=1)
    assert result.cluster_ids[0] == result.cluster_ids[1] and result.held == frozenset()
    monkeypatch.undo()
    result = link_mentions(bare, threads=1)  # the shipped band: two bearers are a rare name
    assert result.cluster_ids[0] == result.cluster_ids[1] and result.held == frozenset()
