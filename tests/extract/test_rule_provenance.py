"""Each violation code records what found it (`Violation.rule`): the entry of the
act files, the classifier or a later rule — for reviewers ("found by acts/en.yaml entry 12") and
for bench/rule_generalisation.py. Invented sentences."""

import re

from guwah.extract.pipeline import run_pipeline
from guwah.extract.violations import _regex_triggers, rule_of
from guwah.vocab import act_patterns, parse_acts


def _entry(rule: str) -> dict:
    return next(e for e in act_patterns() if e["rule"] == rule)


def test_every_entry_is_named_by_its_file_and_number():
    entries = act_patterns()
    assert entries[0]["rule"] == "acts/en.yaml entry 1"
    assert len({e["rule"] for e in entries}) == len(entries)
    assert parse_acts("- code: torture.beating\n  pattern: '\\bthrashed\\b'\n", "en", "mine.yaml")[0]["rule"] \
        == "mine.yaml entry 1"


def test_of_a_kind_joined_into_one_expression_the_alternative_that_matched_is_named():
    entries = [{"language": "en", "code": "torture.beating", "pattern": pattern, "tokens": None, "dependency": None,
                "negative_form": False, "object_first": False, "subject_first": False, "requires": None,
                "rule": f"mine.yaml entry {number}"}
               for number, pattern in enumerate((r"\bthrash\w*", r"\bthrashed with a stick\b", r"\bpummel\w*"), start=1)]
    (trigger,) = _regex_triggers(entries)
    text = "They pummelled Ilgar Demir; later they thrashed with a stick a second man."
    found = [(m.group(), rule_of(trigger, text, m.start(), m.end())) for m in trigger.pattern.finditer(text)]
    # the joined expression takes the first alternative that matches: entry 1 for "thrashed"
    assert found == [("pummelled", "mine.yaml entry 3"), ("thrashed", "mine.yaml entry 1")]


def test_a_code_in_the_output_names_an_entry_of_its_code_that_matches_its_sentence():
    text = ("Ilgar Demir was taken to a re-education camp in the spring of 2018. "
            "The guards kicked him and his passport was confiscated by the police.")
    codes = [v for p in run_pipeline(text).persons for v in p.violations]
    assert codes and all(v.rule for v in codes)
    for violation in codes:
        if " entry " not in violation.rule:
            continue
        entry = _entry(violation.rule)
        assert entry["code"] == violation.code or violation.code == "detention.pretrial"
        sentence = text[violation.evidence[0]:violation.evidence[1]]
        if entry["pattern"]:
            assert re.search(entry["pattern"], sentence, re.I)


def test_a_kazakh_code_names_its_entry_of_the_kazakh_file():
    text = "Айгүл Сейітова 2018 жылы лагерьге жіберілді."
    rules = {v.rule for p in run_pipeline(text).persons for v in p.violations}
    assert rules and all(r.startswith(("acts/kk.yaml entry ", "acts model kk")) for r in rules)
