"""Keys that only bridge spellings block like any key but do not make a name look common
(issue 10, h-link42).

Muhemmet also has the key of its form without h (MD), which Memet, Mehmet and 木合买提 have as
their own (`guwah.names.keys.without_h`): the two meet as candidates. Were that key counted as one
of Muhemmet's parts, Memet would look as common as Memet and Muhemmet together, and a pair of two
Memets would weigh as namesakes more than it does.
"""

import duckdb
import pytest

from guwah.link.linker import candidate_pairs, key_table, name_frequencies
from guwah.names import keys_many, name_keys
from guwah.names.keys import BRIDGE
from tests.link.duck import insert_rows


def frequencies(names: list[str]) -> dict[str, float]:
    con = duckdb.connect()
    keys = keys_many(names, marked=True)
    con.execute("CREATE TABLE mentions (uid BIGINT, whole VARCHAR)")
    con.executemany("INSERT INTO mentions VALUES (?, ?)",
                    [(uid, next(k for k in found if k.startswith("n:") and not k.endswith(BRIDGE)))
                     for uid, found in enumerate(keys)])
    key_table(con, keys)
    name_frequencies(con)
    found = dict(con.execute("SELECT whole, tf_whole FROM whole_tf").fetchall())
    con.close()
    return found


def test_a_bridging_key_pairs_its_mentions_but_is_no_part_of_the_name():
    names = ["Muhemmet Tursun", "Memet Tursun", "Memet Tursun", "Ablimit Yasin"]
    keys = keys_many(names, marked=True)
    assert "p:MD" + BRIDGE in keys[0] and "p:MD" in keys[1]
    assert name_keys("Muhemmet Tursun") == [key.removesuffix(BRIDGE) for key in keys[0]]
    con = duckdb.connect()
    con.execute("CREATE TABLE mentions (uid BIGINT, whole VARCHAR, birth_lo INT, birth_hi INT, place VARCHAR, "
                "home VARCHAR, facility VARCHAR, detained_lo INT, detained_hi INT)")
    con.executemany("INSERT INTO mentions VALUES (?, ?, NULL, NULL, NULL, NULL, NULL, NULL, NULL)",
                    [(uid, found[1]) for uid, found in enumerate(keys)])
    key_table(con, keys)
    flagged = con.execute("SELECT uid, bridge FROM mention_keys WHERE key = 'p:MD' ORDER BY uid").fetchall()
    assert flagged == [(0, True), (1, False), (2, False)]
    candidate_pairs(con)
    pairs = {row[0] for row in con.execute("SELECT pair FROM candidates").fetchall()}
    shift = 4294967296
    assert 0 * shift + 1 in pairs  # Muhemmet Tursun meets Memet Tursun
    assert not {0 * shift + 3, 1 * shift + 3} & pairs  # negative control: Ablimit Yasin meets neither
    con.close()


def test_memet_is_as_common_with_or_without_a_muhemmet_beside_it():
    memets = ["Memet Tursun", "Memet Ablimit", "Ablimit Yasin", "Tursun Yasin"]
    alone = frequencies(memets)
    beside = frequencies([*memets, "Muhemmet Rozi", "Muhemmet Ilham"])
    # Memet and Tursun are each 2 of 4 mentions alone, 2 of 6 beside two Muhemmets (whose MD is a
    # bridge): 2!·(f_MD/2)·(f_Tursun/2) (`name_frequencies`)
    whole = next(k for k in name_keys("Memet Tursun") if k.startswith("n:"))
    assert alone[whole] == pytest.approx(2 * (2 / 4 / 2) ** 2)
    assert beside[whole] == pytest.approx(2 * (2 / 6 / 2) ** 2)
    # positive control: counted as their own part, the Muhemmets would make Memet as common as before
    rival = frequencies([*memets, "Memet Rozi", "Memet Ilham"])
    assert rival[whole] > beside[whole]


def capped_block(con, a_birth: int, b_birth: int) -> set[int]:
    """Candidates among 300 mentions sharing one key (over MAX_BLOCK_PAIRS): mention 0 and 299 lie
    at the two ends of both sorted orders, born `a_birth` and `b_birth`, the others between."""
    rows = [(0, "n:A", a_birth, a_birth, "xj.a.a", None, None)]
    rows += [(uid, "n:M", 1900 + uid % 60, 1900 + uid % 60, "xj.m.m", None, None) for uid in range(1, 299)]
    rows += [(299, "n:Z", b_birth, b_birth, "xj.z.z", None, None)]
    return block_candidates(con, rows)


def block_candidates(con, rows: list[tuple]) -> set[int]:
    """Candidates among rows (uid, whole, birth_lo, birth_hi, place, home, facility[, detained year])
    sharing one key."""
    con.execute("CREATE TABLE mentions (uid BIGINT, whole VARCHAR, birth_lo INT, birth_hi INT, place VARCHAR, "
                "home VARCHAR, facility VARCHAR, detained_lo INT, detained_hi INT)")
    insert_rows(con, "mentions", ("uid", "whole", "birth_lo", "birth_hi", "place", "home", "facility", "detained_lo",
                                  "detained_hi"), [(*row[:7], *(row[7:] or (None,)) * 2) for row in rows])
    key_table(con, [["p:MD"]] * len(rows))
    candidate_pairs(con)
    return {row[0] for row in con.execute("SELECT pair FROM candidates").fetchall()}


def test_a_capped_key_still_pairs_two_mentions_of_one_birth_year(monkeypatch):
    """Issue 10 (h-link42): the sorted neighbourhood of a key over the cap never compares mentions
    0 and 299; its tighter block of one birth year (`sub_blocks`) does."""
    from guwah.link import linker

    pair = 0 * 4294967296 + 299
    assert 300 * 299 // 2 > linker.MAX_BLOCK_PAIRS
    assert pair in capped_block(duckdb.connect(), 1970, 1970)
    # negative: born apart, or without the tighter blocks, the two are never candidates
    assert pair not in capped_block(duckdb.connect(), 1970, 1975)
    monkeypatch.setattr(linker, "SUB_BLOCK_PAIRS", 0)
    assert pair not in capped_block(duckdb.connect(), 1970, 1970)


def county_block(con, b_birth: int, b_home: str | None = None) -> set[int]:
    """Candidates among 1,000 mentions of one key (a window of 20 per order): mention 0 of county
    xj.p.z, born 1970, of township xj.p.z.~T1; mention 999 of the same county, born `b_birth`, of
    `b_home`. Between them in both sorted orders lie at least 40 others: the block of the key with
    1970 (542 mentions) and with county xj.p.z (500) are over SUB_BLOCK_PAIRS, the block with both
    holds 42 (or 41) mentions."""
    rows = [(0, "n:A", 1970, 1970, "xj.p.z", "xj.p.z.~T1", None)]
    rows += [(uid, "n:M", 1970, 1970, "xj.p.z", None, None) for uid in range(1, 41)]
    rows += [(uid, "n:M", 1970, 1970, "xj.k.k", None, None) for uid in range(41, 541)]
    rows += [(uid, "n:M", 1900 + uid % 60, 1900 + uid % 60, "xj.p.z", None, None) for uid in range(541, 999)]
    rows += [(999, "n:Z", b_birth, b_birth, "xj.p.z", b_home, None)]
    return block_candidates(con, rows)


def test_a_capped_key_pairs_one_county_and_birth_year_and_one_township(monkeypatch):
    """Issue 10 (h-link53): where a capped key's blocks of one birth year and of one county are
    themselves over SUB_BLOCK_PAIRS, its tighter block of one county and one birth year pairs two
    mentions there born the same year, and its block of one home below the county (a township or
    village) two mentions of that home whatever their birth years."""
    from guwah.link import linker

    pair = 0 * 4294967296 + 999
    # on by default since h-link54 (with LINK_AGREE, which takes back the precision they cost)
    assert {"county", "birth", "county+birth", "home"} <= set(linker.SUB_BLOCKS)
    assert pair in county_block(duckdb.connect(), 1970)
    assert pair in county_block(duckdb.connect(), 1975, "xj.p.z.~T1")
    # negative: born apart in another township
    assert pair not in county_block(duckdb.connect(), 1975, "xj.p.z.~T2")
    monkeypatch.setattr(linker, "SUB_BLOCKS", ("county", "birth"))
    assert pair not in county_block(duckdb.connect(), 1970)
    assert pair not in county_block(duckdb.connect(), 1975, "xj.p.z.~T1")


def test_an_over_size_tighter_block_walked_in_windows(monkeypatch):
    """Measured, not on (h-link53, SUB_BLOCK_WINDOWS): a tighter block over SUB_BLOCK_PAIRS is
    walked in a sorted neighbourhood instead of being dropped. 300 mentions of one key: mention 0
    of prefecture xj.p alone and 299 of county xj.p.z, both born 1970 among 150 others born 1970
    in xj.k.k; by place, the block of 1970 (152 mentions) holds the two side by side."""
    from guwah.link import linker

    rows = [(0, "n:A", 1970, 1970, "xj.p", None, None)]
    rows += [(uid, "n:M", 1970, 1970, "xj.k.k", None, None) for uid in range(1, 151)]
    rows += [(uid, "n:M", 1900 + uid % 60, 1900 + uid % 60, "xj.p.m", None, None) for uid in range(151, 299)]
    rows += [(299, "n:Z", 1970, 1970, "xj.p.z", None, None)]
    pair = 0 * 4294967296 + 299
    assert pair not in block_candidates(duckdb.connect(), rows)
    monkeypatch.setattr(linker, "SUB_BLOCK_WINDOWS", True)
    assert pair in block_candidates(duckdb.connect(), rows)


def county_detained_block(b_detained: int | None, b_birth: int | None = None) -> set[int]:
    """Candidates among 1,000 mentions of one key: mention 0 of county xj.p.z, no birth year,
    detained 2017; mention 999 of the same county, born `b_birth`, detained `b_detained`; between
    them 40 of xj.p.z detained 2018, 500 of xj.k.k detained 2017 and 458 of xj.p.z of no detention
    year, all born 1970: the blocks of the county (500) and of 1970 are over SUB_BLOCK_PAIRS, and
    mention 0 states no birth year to be in a block of county and birth year."""
    rows = [(0, "n:A", None, None, "xj.p.z", None, None, 2017)]
    rows += [(uid, "n:M", 1970, 1970, "xj.p.z", None, None, 2018) for uid in range(1, 41)]
    rows += [(uid, "n:M", 1970, 1970, "xj.k.k", None, None, 2017) for uid in range(41, 541)]
    rows += [(uid, "n:M", 1970, 1970, "xj.p.z", None, None, None) for uid in range(541, 999)]
    rows += [(999, "n:Z", b_birth, b_birth, "xj.p.z", None, None, b_detained)]
    return block_candidates(duckdb.connect(), rows)


def test_a_capped_key_pairs_one_county_and_detention_year(monkeypatch):
    """Measured, not on (issue 10, h-link57): most pairs the block cap still cuts at G 100,000
    state a birth year on one side only, so no block of a birth year holds them; a tighter block of
    one county and one detention year (a field three mentions in four state) pairs two mentions of
    one county detained the same year whatever their birth years."""
    from guwah.link import linker

    pair = 0 * 4294967296 + 999
    # off: at G 100,000 it left F1 as it was (.8019 -> .8020) for .0013 of precision
    assert "county+detained" not in linker.SUB_BLOCKS
    assert pair not in county_detained_block(2017, 1955)
    monkeypatch.setattr(linker, "SUB_BLOCKS", (*linker.SUB_BLOCKS, "county+detained"))
    assert pair in county_detained_block(2017)
    assert pair in county_detained_block(2017, 1955)
    # negative: detained another year, or no detention year stated
    assert pair not in county_detained_block(2018, 1955)
    assert pair not in county_detained_block(None, 1955)


def test_one_kind_of_tighter_block_walked_in_windows(monkeypatch):
    """SUB_BLOCK_WINDOWS may name kinds: only those kinds' over-size blocks are walked. The rows of
    `test_an_over_size_tighter_block_walked_in_windows`: the pair lies in the over-size block of
    one birth year, so walking the county blocks alone does not reach it, and walking birth does."""
    from guwah.link import linker

    rows = [(0, "n:A", 1970, 1970, "xj.p", None, None)]
    rows += [(uid, "n:M", 1970, 1970, "xj.k.k", None, None) for uid in range(1, 151)]
    rows += [(uid, "n:M", 1900 + uid % 60, 1900 + uid % 60, "xj.p.m", None, None) for uid in range(151, 299)]
    rows += [(299, "n:Z", 1970, 1970, "xj.p.z", None, None)]
    pair = 0 * 4294967296 + 299
    monkeypatch.setattr(linker, "SUB_BLOCK_WINDOWS", ("county",))
    assert pair not in block_candidates(duckdb.connect(), rows)
    monkeypatch.setattr(linker, "SUB_BLOCK_WINDOWS", ("birth",))
    assert pair in block_candidates(duckdb.connect(), rows)


def script_frequencies(names: list[str], scripts: list[str] | None) -> dict[str, float]:
    """`name_frequencies` over these names, with a `script` column when `scripts` is given."""
    con = duckdb.connect()
    keys = keys_many(names, marked=True)
    con.execute("CREATE TABLE mentions (uid BIGINT, whole VARCHAR, script VARCHAR)")
    con.executemany("INSERT INTO mentions VALUES (?, ?, ?)",
                    [(uid, next(k for k in found if k.startswith("n:") and not k.endswith(BRIDGE)),
                      scripts[uid] if scripts else None) for uid, found in enumerate(keys)])
    key_table(con, keys)
    name_frequencies(con)
    found = dict(con.execute("SELECT whole, tf_whole FROM whole_tf").fetchall())
    con.close()
    return found


def test_a_names_parts_are_drawn_apart_within_its_script():
    """Issue 10 (h-link43): a name's parts come from one naming tradition, which the script of a
    list marks, so its frequency is estimated from its parts within each script. Invented names:
    eight mentions in Latin letters of four names made of Zorvat, Tulpek, Keldan and Miran, and two
    in Cyrillic of Борлат Сенгир, whose parts no Latin mention bears. Across all ten mentions
    Борлат and Сенгир are each 2 of 10: 2!·(0.2/2)·(0.2/2) = 0.02, a name one mention in fifty
    would bear; among the Cyrillic mentions they are 2 of 2, and Cyrillic is 2 of 10:
    0.2·2!·(1/2)·(1/2) = 0.1, what the list shows."""
    latin = ["Zorvat Keldan", "Zorvat Miran", "Tulpek Keldan", "Tulpek Miran"] * 2
    names = [*latin, "Борлат Сенгир", "Борлат Сенгир"]
    scripts = ["Latn"] * 8 + ["Cyrl"] * 2
    kazakh = next(k for k in name_keys("Борлат Сенгир") if k.startswith("n:"))
    zorvat = next(k for k in name_keys("Zorvat Keldan") if k.startswith("n:"))
    mixed = script_frequencies(names, scripts)
    assert mixed[kazakh] == pytest.approx(0.2 * 2 * (1 / 2) * (1 / 2))
    # Zorvat and Keldan are each 4 of the 8 Latin mentions: 0.8·2!·(4/8/2)² = 0.1 (across all: 0.08)
    assert mixed[zorvat] == pytest.approx(0.8 * 2 * (4 / 8 / 2) ** 2)
    # negative control: without the script column (or with one script) the parts are drawn apart
    # across all mentions, as before
    for plain in (script_frequencies(names, None), script_frequencies(names, ["Latn"] * 10)):
        assert plain[kazakh] == pytest.approx(2 * (2 / 10 / 2) ** 2)
        assert plain[zorvat] == pytest.approx(2 * (4 / 10 / 2) ** 2)


def test_feature_columns_give_each_mention_its_names_script():
    from guwah.link.features import feature_columns
    from guwah.link.mentions import Mention

    mentions = [Mention(f"m{n}", name, None, None, None, None, None)
                for n, name in enumerate(["Zorvat Keldan", "Борлат Сенгир", "佐尔瓦特", "Zorvat Keldan"])]
    columns, _ = feature_columns(mentions)
    assert columns["script"] == ["Latn", "Cyrl", "Hani", "Latn"]
