"""bench/extract.py leaves out the codes and events given on a gold that scores none (a Uyghur,
Kazakh or Chinese document whose writer scored persons, places and dates only) and counts them apart."""

from __future__ import annotations

from tests.bench_scripts import load

bench = load("extract")


def _gold(language: str, codes: list[str], events: list | None = None) -> dict:
    return {"language": language, "events": events or [], "negated": [], "forbidden": [],
            "persons": [{"id": "p1", "names": ["X"], "mentions": [[0, 1]], "roles": ["victim"],
                         "violations": [{"code": c, "evidence": [0, 1]} for c in codes]}],
            "places": [], "dates": []}


def _out(codes: list[str], events: list | None = None) -> dict:
    return {"persons": [{"id": "p1", "names": ["X"], "mentions": [{"start": 0, "end": 1}], "roles": ["victim"],
                         "violations": [{"code": c, "evidence": {"start": 0, "end": 1}} for c in codes]}],
            "places": [], "dates": [], "events": events or []}


_ARREST = {"type": "arrest", "person": "p1", "date": None}


def test_a_regional_gold_without_codes_does_not_score_them():
    counts = bench.score(_gold("kk", []), _out(["detention.arbitrary_arrest"]))
    assert counts["violation_codes"] == [0, 0, 0]
    assert counts["unscored_codes"] == [1]


def test_a_regional_gold_with_codes_and_any_other_gold_score_them():
    counts = bench.score(_gold("kk", ["detention.arbitrary_arrest"]), _out(["detention.arbitrary_arrest"]))
    assert counts["violation_codes"] == [1, 1, 1]
    # an English text whose gold has no code: a code given there is false, as it always was
    counts = bench.score(_gold("en", []), _out(["detention.arbitrary_arrest"]))
    assert counts["violation_codes"] == [0, 1, 0] and counts["unscored_codes"] == [0]


def test_events_on_a_gold_that_annotates_none_are_counted_apart():
    counts = bench.score(_gold("kk", []), _out([], [_ARREST]))
    assert counts["events"] == [0, 0, 0] and counts["unscored_events"] == [1]
    # positive controls: a Kazakh gold with events, and an English gold without, score them
    counts = bench.score(_gold("kk", [], [_ARREST]), _out([], [_ARREST]))
    assert counts["events"] == [1, 1, 1] and counts["unscored_events"] == [0]
    counts = bench.score(_gold("en", []), _out([], [_ARREST]))
    assert counts["events"] == [0, 1, 0] and counts["unscored_events"] == [0]
