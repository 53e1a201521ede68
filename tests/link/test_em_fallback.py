"""EM that learnt namesakes as matches is set aside (`guwah.link.linker.em_fallback`, issue 10): with a
small list of given names the whole-name blocks EM trains on are mostly namesakes."""

import pytest


def _linker():
    import duckdb
    from splink import DuckDBAPI, Linker

    from guwah.link.linker import MIN_TRAINING_MENTIONS, settings

    con = duckdb.connect()
    con.execute("""CREATE TABLE mentions (uid BIGINT, whole VARCHAR, gender VARCHAR, birth_lo INTEGER,
        birth_hi INTEGER, place VARCHAR, facility VARCHAR, detained_lo INTEGER, detained_hi INTEGER, home VARCHAR,
        detained INTEGER[], detained_near INTEGER[])""")
    con.execute("INSERT INTO mentions (uid, whole, gender, birth_lo, birth_hi, place, facility, detained_lo, "
                    "detained_hi, home) VALUES (0, 'n:ZRFT+KLDN', 'male', 1970, 1970, NULL, NULL, NULL, NULL, NULL)")
    return Linker(DuckDBAPI(connection=con).register("mentions"), settings(MIN_TRAINING_MENTIONS), log_level=None)


def _m(linker, comparison: str) -> list[float]:
    from guwah.link.linker import _levels

    return [level.m_probability for level in _levels(linker, comparison) if not level.is_null_level]


def _learnt(linker, birth_apart: float) -> None:
    """Set every trained comparison's m as EM might leave them, birth years apart at `birth_apart`."""
    from guwah.link.linker import EM_COMPARISONS, _levels

    for comparison in EM_COMPARISONS:
        levels = [level for level in _levels(linker, comparison) if not level.is_null_level]
        for level in levels:
            level.m_probability = 1 / len(levels)
    _levels(linker, "birth_year")[-1].m_probability = birth_apart


def test_em_that_learnt_namesakes_gives_way_to_the_stated_m():
    """m of birth years more than 3 apart over EM_BIRTH_APART_MAX: every trained comparison's m are
    the PRIORS' again; the name's m (not trained by EM) are left as they were."""
    from guwah.link.linker import EM_BIRTH_APART_MAX, EM_COMPARISONS, PRIORS, em_fallback

    linker = _linker()
    name_before = _m(linker, "name")
    _learnt(linker, EM_BIRTH_APART_MAX + 0.3)
    assert em_fallback(linker) is True
    for comparison in EM_COMPARISONS:
        assert _m(linker, comparison) == pytest.approx([m for m, _ in PRIORS[comparison]])
    assert _m(linker, "name") == name_before


def test_em_that_tells_persons_apart_is_kept():
    """The positive control: birth years apart at a plausible m (a person's mentions mostly agree),
    and what EM learnt stands."""
    from guwah.link.linker import EM_BIRTH_APART_MAX, em_fallback

    linker = _linker()
    _learnt(linker, EM_BIRTH_APART_MAX - 0.27)
    before = {comparison: _m(linker, comparison) for comparison in ("birth_year", "place", "detained_year")}
    assert em_fallback(linker) is False
    assert {comparison: _m(linker, comparison) for comparison in before} == before
