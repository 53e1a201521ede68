"""EM trains again in rounds blocked on the name and two more fields where its one round learnt namesakes
(`guwah.link.linker.train_em`, `em_rounds`,
issue 10): blocked on the whole-name key alone, a common name's blocks are mostly namesakes."""

import duckdb
import pytest


def _mentions(rows: list[tuple]) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("""CREATE TABLE mentions (uid BIGINT, whole VARCHAR, gender VARCHAR, birth_lo INTEGER,
        birth_hi INTEGER, place VARCHAR, facility VARCHAR, detained_lo INTEGER, detained_hi INTEGER, home VARCHAR,
        detained INTEGER[], detained_near INTEGER[])""")
    con.executemany("INSERT INTO mentions (uid, whole, gender, birth_lo, birth_hi, place, facility, detained_lo, "
                    "detained_hi, home) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return con


def _rows(count: int, detained: int | None, place: str | None = "cn.65.01") -> list[tuple]:
    """`count` mentions of one invented name, one birth year, `place` and `detained` (or none)."""
    return [(uid, "n:ZRFT+KLDN", "male", 1970, 1970, place, None, detained, detained, None) for uid in range(count)]


def test_each_round_blocks_on_the_name_and_two_more_fields_where_they_are_stated():
    """Enough pairs agree on name, place, birth year and detention year: each round takes its first
    blocks, and no round fixes the comparison it is there to learn."""
    from guwah.link.linker import EM_MIN_ROUND_PAIRS, EM_ROUNDS, em_rounds

    count = 2
    while count * (count - 1) // 2 < EM_MIN_ROUND_PAIRS:
        count += 1
    chosen = em_rounds(_mentions(_rows(count, 2017)))
    assert chosen == [alternatives[0] for alternatives in EM_ROUNDS]
    # birth year, place and detention year are each learnt in a round whose blocks leave them free
    for column in ("birth_lo", "place", "detained_lo"):
        assert any(column not in columns for columns in chosen)


def test_without_detention_years_the_rounds_loosen_and_too_few_pairs_give_the_name_alone():
    """No detention year: the rounds that needed one take their looser blocks (name and place, name
    and birth year); the round on birth year and place stands. Too few pairs in any blocks: the one
    round on the whole-name key, as before."""
    from guwah.link.linker import EM_MIN_ROUND_PAIRS, em_rounds

    count = 2
    while count * (count - 1) // 2 < EM_MIN_ROUND_PAIRS:
        count += 1
    assert em_rounds(_mentions(_rows(count, None))) == [
        ("whole", "place"), ("whole", "birth_lo"), ("whole", "birth_lo", "place")]
    # no place either: only the round blocked on name and birth year is left
    assert em_rounds(_mentions(_rows(count, None, place=None))) == [("whole", "birth_lo")]
    assert em_rounds(_mentions(_rows(10, None))) == [("whole",)]  # 45 pairs


def test_floor_m_raises_only_the_m_under_the_floor():
    """EM's m of almost 0 (a veto) is raised to EM_MIN_M; an m above it and the name's m are left."""
    from splink import DuckDBAPI, Linker

    from guwah.link.linker import EM_MIN_M, MIN_TRAINING_MENTIONS, _levels, floor_m, settings

    con = _mentions(_rows(2, None))
    linker = Linker(DuckDBAPI(connection=con).register("mentions"), settings(MIN_TRAINING_MENTIONS), log_level=None)
    birth = [level for level in _levels(linker, "birth_year") if not level.is_null_level]
    birth[-1].m_probability, birth[0].m_probability = 1e-9, 0.7  # as EM leaves a level it never saw
    name_before = [level.m_probability for level in _levels(linker, "name") if not level.is_null_level]
    floor_m(linker)
    assert birth[-1].m_probability == EM_MIN_M
    assert birth[0].m_probability == 0.7
    assert [level.m_probability for level in _levels(linker, "name") if not level.is_null_level] == name_before


def _em_linker(con, apart_by_rule: dict[str, float], vetoed: float = 1e-9):
    """A linker on `con` whose EM is faked: each call records its blocking rule and, as Splink does,
    adds the m of birth years apart it "learnt" (`apart_by_rule`, by the rule's SQL; the rounds' rules
    under "rounds") to that level's trained values and sets the level's m to their median; detention
    years apart and genders that differ learn `vetoed` (an m of almost 0)."""
    from statistics import median

    from splink import DuckDBAPI, Linker

    from guwah.link.linker import MIN_TRAINING_MENTIONS, _levels, settings

    linker = Linker(DuckDBAPI(connection=con).register("mentions"), settings(MIN_TRAINING_MENTIONS), log_level=None)
    calls = []

    def fake_em(rule, **_):
        sql = rule.get_blocking_rule("duckdb").blocking_rule_sql
        calls.append(sql)
        apart = _levels(linker, "birth_year")[-1]
        apart._add_trained_m_probability(apart_by_rule.get(sql, apart_by_rule["rounds"]), sql)
        apart.m_probability = median(r["probability"] for r in apart._trained_m_probabilities)
        _levels(linker, "detained_year")[-1].m_probability = vetoed
        _levels(linker, "gender")[-1].m_probability = vetoed

    linker.training.estimate_parameters_using_expectation_maximisation = fake_em
    return linker, calls


WHOLE = 'l."whole" = r."whole"'


def _enough(detained: int | None = 2017) -> duckdb.DuckDBPyConnection:
    from guwah.link.linker import EM_MIN_ROUND_PAIRS

    count = 2
    while count * (count - 1) // 2 < EM_MIN_ROUND_PAIRS:
        count += 1
    return _mentions(_rows(count, detained))


def test_a_sane_single_round_is_kept_exactly():
    """EM on the whole-name key learnt a sane m of birth years apart: no further round, and its m
    stand as learnt, an m of almost 0 included (no floor)."""
    from guwah.link.linker import _levels, train_em

    linker, calls = _em_linker(_enough(), {WHOLE: 0.02, "rounds": 0.9})
    assert train_em(_enough(), linker) == "one round"
    assert calls == [WHOLE]
    assert _levels(linker, "birth_year")[-1].m_probability == 0.02
    assert _levels(linker, "detained_year")[-1].m_probability == 1e-9
    assert _levels(linker, "gender")[-1].m_probability == 1e-9


def test_namesakes_learnt_in_one_round_train_again_in_rounds_without_its_m():
    """EM on the whole-name key took namesakes for matches (birth years apart 0.8): EM trains again in
    the rounds of `em_rounds`, whose m stand alone (the failed round's 0.8 is not in Splink's median),
    floored at EM_MIN_M; the detention-year levels take the stated EM_DETAINED_M, not the rounds' m."""
    from guwah.link.linker import EM_BIRTH_APART_MAX, EM_DETAINED_M, EM_MIN_M, _levels, em_rounds, train_em

    con = _enough()
    linker, calls = _em_linker(con, {WHOLE: EM_BIRTH_APART_MAX + 0.4, "rounds": 0.15})
    assert train_em(con, linker) == "rounds"
    from splink import block_on

    assert calls == [WHOLE] + [block_on(*columns).get_blocking_rule("duckdb").blocking_rule_sql
                               for columns in em_rounds(con)]
    assert len(calls) == 4
    assert _levels(linker, "birth_year")[-1].m_probability == 0.15
    assert _levels(linker, "gender")[-1].m_probability == EM_MIN_M
    detained = [level.m_probability for level in _levels(linker, "detained_year") if not level.is_null_level]
    assert detained == list(EM_DETAINED_M)


def test_stated_detention_year_m_weigh_a_year_apart_as_one_person_sometimes_is():
    """The rounds' blocks fix name, birth year and place and leave EM the detention year alone to
    weigh (issue 10: on N at 100,000 it learnt "same year" 1.0, "a year apart" 0.0). The stated m
    sum to 1, keep the levels' order, and weigh a year apart at least as EM_MIN_M: one person's
    sources differ by a year in one pair in five or six."""
    from guwah.link.linker import EM_DETAINED_M, EM_MIN_M, PRIORS

    assert EM_DETAINED_M is not None
    assert len(EM_DETAINED_M) == len(PRIORS["detained_year"])
    assert sum(EM_DETAINED_M) == pytest.approx(1.0)
    assert EM_DETAINED_M[0] > EM_DETAINED_M[1] > EM_DETAINED_M[2] >= EM_MIN_M


def test_rounds_that_learn_namesakes_too_or_have_no_pairs_give_the_priors():
    """The rounds learnt namesakes as well, or no blocks give them pairs enough: the stated PRIORS."""
    from guwah.link.linker import EM_BIRTH_APART_MAX, PRIORS, _levels, train_em

    con = _enough()
    linker, calls = _em_linker(con, {WHOLE: EM_BIRTH_APART_MAX + 0.4, "rounds": EM_BIRTH_APART_MAX + 0.2})
    assert train_em(con, linker) == "priors"
    assert len(calls) == 4
    assert _levels(linker, "birth_year")[-1].m_probability == PRIORS["birth_year"][-1][0]

    few = _mentions(_rows(10, 2017))  # 45 pairs: no round's blocks give EM_MIN_ROUND_PAIRS
    linker, calls = _em_linker(few, {WHOLE: EM_BIRTH_APART_MAX + 0.4, "rounds": 0.15})
    assert train_em(few, linker) == "priors"
    assert calls == [WHOLE]
    assert _levels(linker, "detained_year")[-1].m_probability == PRIORS["detained_year"][-1][0]
