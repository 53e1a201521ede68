"""`guwah persons show` prints the entry's timeline as the workspace page shows it (the same function,
`guwah.registry.timeline`): each event's sources with their passages, and two testimonies that disagree
both kept and marked; `guwah facilities list` lists every facility entry with its names by script, place,
citing entries and sources, filtered by `--query`. Invented names."""

import json

import pytest
from typer.testing import CliRunner

from guwah.cli import app
from guwah.facilities.entries import merge_facilities
from guwah.storage.tables import Facility
from tests.accounts.factories import PASSWORD
from tests.releasing import entry_told_by

SISTER = "My brother Yalqun Turdi was taken in March 2017 and I have not seen him since."
FRIEND = "Yalqun Turdi was detained in 2018, a friend of the family told us later."


@pytest.fixture
def run(store, settings, monkeypatch):
    from guwah.accounts import create_user

    monkeypatch.setenv("GUWAH_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("GUWAH_KEY_FILE", str(settings.key_file))
    monkeypatch.setenv("GUWAH_ACTOR", "vikram-viewer")
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    monkeypatch.delenv("GUWAH_PASSPHRASE", raising=False)
    with store.session() as session:
        create_user(store, session, "vikram-viewer", PASSWORD, "viewer", actor="tester")
    runner = CliRunner()

    def invoke(*args):
        result = runner.invoke(app, [str(a) for a in args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result
    return invoke


@pytest.fixture
def camp(store, tmp_path):
    """A camp named in Latin and Cyrillic letters (one entry, merged) where two testimonies hold Yalqun
    Turdi, one from 2017, the other from 2018; a dataset-free site nobody cites. Returns the camp's number."""
    with store.session() as session:
        rows = [Facility(name=name, facility_type="internment_camp")
                for name in ("Camp by the Poplar Road", "Лагерь у Тополиной дороги", "Brickworks Yard")]
        session.add_all(rows)
        session.flush()
        numbers = [row.entry.number for row in rows]
        merge_facilities(session, numbers[0], numbers[1], "reviewer")
        camp_id = rows[0].id
    entry_told_by(store, tmp_path, [
        (SISTER, [{"event_type": "detention", "date_value": "2017", "date_precision": "year",
                   "passage": "taken in March 2017", "facility_id": camp_id}]),
        (FRIEND, [{"event_type": "detention", "date_value": "2018", "date_precision": "year",
                   "passage": "detained in 2018", "facility_id": camp_id}])], name="Yalqun Turdi", release=False)
    return numbers[0]


def test_persons_show_prints_both_accounts_with_their_passages_and_the_conflict(run, camp):
    shown = run("persons", "show", "E-1").stdout
    timeline = shown.split("timeline:\n", 1)[1]
    assert "#1 2017  detention at facility" in timeline and "#2 2018  detention" in timeline
    assert 'document 1, mention M-1, event 1: "taken in March 2017"' in timeline
    assert 'document 2, mention M-2, event 2: "detained in 2018"' in timeline
    assert "conflict (date) with #2: 2018 detention" in timeline and "conflict (date) with #1: 2017 detention" in timeline
    data = json.loads(run("persons", "show", "1", "--json").stdout)
    assert [(item["date"], [s["document"] for s in item["sources"]], item["conflicts"]) for item in data["timeline"]] == [
        ("2017", [1], [{"field": "date", "with": 1}]), ("2018", [2], [{"field": "date", "with": 0}])]


def test_facilities_list_gives_names_by_script_place_citing_entries_and_sources(run, camp):
    listed = json.loads(run("facilities", "list", "--json").stdout)
    by_number = {item["number"]: item for item in listed}
    assert by_number[camp]["names"] == {"Latn": ["Camp by the Poplar Road"], "Cyrl": ["Лагерь у Тополиной дороги"]}
    assert (by_number[camp]["entries"], by_number[camp]["documents"]) == (1, [1, 2])
    brickworks = next(item for item in listed if item["names"] == {"Latn": ["Brickworks Yard"]})
    assert (brickworks["entries"], brickworks["documents"]) == (0, [])  # control: a site nobody cites
    assert camp + 1 not in by_number  # the Cyrillic row's entry was merged into the camp's: listed there
    found = json.loads(run("facilities", "list", "--query", "ТОПОЛИН", "--json").stdout)
    assert [item["number"] for item in found] == [camp]
    text = run("facilities", "list").stdout
    assert "Latn: Camp by the Poplar Road; Cyrl: Лагерь у Тополиной дороги" in text
    assert "1 person entry; sources: document 1, document 2" in text
