"""The contracts' data files are copied into the package; they must match ../shared."""

import pytest
import yaml

from guwah.vocab import act_patterns, event_patterns, parse_acts, parse_events, violation_codes
from tests.shared import REPO, shared_path


def test_violations_copy_matches_shared():
    shared = shared_path("contracts", "violations.yaml").read_text(encoding="utf-8")
    packaged = (REPO / "src" / "guwah" / "vocab" / "violations.yaml").read_text(encoding="utf-8")
    assert packaged == shared


def test_violation_codes_load_with_labels():
    codes = violation_codes()
    assert "torture.tiger_chair" in codes
    assert all(entry["label"] and entry["definition"] for entry in codes.values())
    assert all("." in code for code in codes)


def test_violation_codes_are_unique_in_the_file():
    text = (REPO / "src" / "guwah" / "vocab" / "violations.yaml").read_text(encoding="utf-8")
    keys = [line.split(":")[0].strip() for line in text.splitlines() if line.startswith("  ") and ":" in line]
    assert len(keys) == len(set(keys)) == len(yaml.safe_load(text)["codes"])


def test_cli_json_contract_copy_matches_shared():
    shared = shared_path("contracts", "cli-json.md").read_text(encoding="utf-8")
    assert (REPO / "docs" / "cli-json.md").read_text(encoding="utf-8") == shared


def test_act_patterns_load_from_each_language_file():
    entries = act_patterns()
    assert {entry["language"] for entry in entries} == {"en", "fr", "ru", "kk", "ug", "zh"}  # zh since h-codes43
    assert all(entry["code"] in violation_codes() for entry in entries)


@pytest.mark.parametrize("text, message", [
    ("- {code: torture.unknown, pattern: 'x'}", "unknown code"),
    ("- {code: torture.beating, pattern: 'x', when: now}", "unknown code or key"),
    ("- {code: torture.beating}", "no pattern"),
    ("- {code: torture.beating, pattern: '(unclosed'}", "does not compile"),
])
def test_act_patterns_refuse_a_bad_entry_with_its_number(text, message):
    good = "- {code: torture.beating, pattern: '\\bthrashed\\b'}\n"
    assert parse_acts(good, "en")[0]["code"] == "torture.beating"  # the control
    with pytest.raises(ValueError, match=rf"en\.yaml entry 2: .*{message}"):
        parse_acts(good + text, "en", "en.yaml")


def test_an_act_written_as_data_is_found_by_the_extractor():
    from guwah.extract.pipeline import run_pipeline

    doc = run_pipeline("Aynur Tohti asked to travel in 2019, but the consulate refused to renew her passport. "
                       "Her brother Nurali Tohti lives in Almaty.", "en")
    codes = {p.names[0]: {v.code for v in p.violations} for p in doc.persons if p.names}
    assert codes["Aynur Tohti"] == {"movement.passport_confiscation"}
    assert codes["Nurali Tohti"] == set()  # the control: the other person named has no code


def test_event_patterns_load_for_the_languages_with_a_file():
    from guwah.domain import EventType

    entries = event_patterns("kk") + event_patterns("ug")
    assert {entry["kind"] for entry in event_patterns("ug")} >= {"arrest", "detention", "release", "death", "disappearance",
                                                                 "sentencing", "transfer", "exit", "return"}
    assert {entry["kind"] for entry in entries} >= {"arrest", "detention", "release", "death", "disappearance"}
    assert all(entry["kind"] in {kind.value for kind in EventType} for entry in entries)
    assert any(entry["requires"] for entry in entries) and any(entry["negative_form"] for entry in entries)
    assert event_patterns("en") == ()  # English events are read from the parse, not from a file


@pytest.mark.parametrize("text, message", [
    ("- {kind: abduction, pattern: 'x'}", "unknown event type"),
    ("- {kind: arrest, pattern: 'x', code: torture.beating}", "unknown event type or key"),
    ("- {kind: arrest}", "no pattern"),
    ("- {kind: arrest, pattern: '(unclosed'}", "does not compile"),
    ("- {kind: arrest, pattern: 'x', requires: '[a-'}", "does not compile"),
])
def test_event_patterns_refuse_a_bad_entry_with_its_number(text, message):
    good = "- {kind: release, pattern: '\\bбосат\\w*'}\n"
    assert parse_events(good)[0] == {"kind": "release", "pattern": "\\bбосат\\w*", "requires": None,
                                     "negative_form": False}  # the control
    with pytest.raises(ValueError, match=rf"kk\.yaml entry 2: .*{message}"):
        parse_events(good + text, "kk.yaml")


def test_an_event_written_as_data_is_found_by_the_extractor(monkeypatch):
    from guwah.extract import events
    from guwah.extract.pipeline import run_pipeline

    text = "Менің ағам Нұрлан Бекұлы 2018 жылы наурызда сотқа шақырылды."
    assert not any(e.type == "other" for e in run_pipeline(text, "kk").events)  # the control: no entry reads it
    written = parse_events("- {kind: other, pattern: '\\bсотқа шақырыл\\w*'}")
    monkeypatch.setattr("guwah.vocab.event_patterns", lambda language: tuple(written) if language == "kk" else ())
    events.vocab_event_rules.cache_clear()
    try:
        found = [(e.type, e.date.value if e.date else None) for e in run_pipeline(text, "kk").events]
    finally:
        monkeypatch.undo()
        events.vocab_event_rules.cache_clear()
    assert found == [("other", "2018-03")]
