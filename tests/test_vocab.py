"""The contracts' data files are copied into the package; they must match ../shared."""

import pytest
import yaml

from guwah.vocab import act_patterns, parse_acts, violation_codes
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
    assert {entry["language"] for entry in entries} == {"en", "fr", "ru", "kk"}
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
