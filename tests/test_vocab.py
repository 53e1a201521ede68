"""The contracts' data files are copied into the package; they must match ../shared."""

import yaml

from guwah.vocab import violation_codes
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
