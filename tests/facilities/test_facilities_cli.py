"""The `facilities` commands, called through typer's CliRunner."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from guwah.facilities.cli import facilities_app
from guwah.facilities.importer import CREDIT

runner = CliRunner()


def use_archive(monkeypatch, settings) -> None:
    """Point the command at the test's archive (created, with its keys, by `store`)."""
    monkeypatch.setenv("GUWAH_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("GUWAH_KEY_FILE", str(settings.key_file))
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    monkeypatch.delenv("GUWAH_PASSPHRASE", raising=False)


def test_facilities_cli_import_prints_summary_and_credit(store, settings, bfn_file, monkeypatch):
    use_archive(monkeypatch, settings)
    result = runner.invoke(facilities_app, ["import", str(bfn_file)])
    assert result.exit_code == 0, result.output
    assert CREDIT in result.stdout
    assert "bfn:203" in result.stdout  # the unplaced row, with its reason
    assert "Blorptown" in result.stdout


def test_facilities_cli_import_json(store, settings, bfn_file, monkeypatch, bfn_rows):
    use_archive(monkeypatch, settings)
    result = runner.invoke(facilities_app, ["import", str(bfn_file), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["imported"] == len(bfn_rows)
    assert data["unplaced"][0]["dataset_key"] == "bfn:203"
    assert CREDIT in result.stderr


def test_facilities_cli_import_missing_file_is_one_line_error(store, settings, tmp_path, monkeypatch):
    use_archive(monkeypatch, settings)
    result = runner.invoke(facilities_app, ["import", str(tmp_path / "absent.csv")])
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1


def test_facilities_cli_show_prints_the_entry(store, settings, bfn_file, monkeypatch):
    use_archive(monkeypatch, settings)
    assert runner.invoke(facilities_app, ["import", str(bfn_file)]).exit_code == 0
    result = runner.invoke(facilities_app, ["show", "3"])
    assert result.exit_code == 0, result.output
    assert "facility entry 3: Tianshan - II" in result.stdout
    for expected in ("prison", "43.79, 87.63", "bfn:200", "bfn=200", "events (0)"):
        assert expected in result.stdout


def test_facilities_cli_show_json_with_an_accepted_event(store, settings, bfn_file, monkeypatch):
    from guwah.storage.tables import Event, Facility, Person

    use_archive(monkeypatch, settings)
    assert runner.invoke(facilities_app, ["import", str(bfn_file)]).exit_code == 0
    with store.session() as session:
        facility = session.query(Facility).filter_by(dataset_key="bfn:106A").one()
        person = Person()
        session.add(person)
        session.flush()
        event = Event(event_type="detention", person_id=person.id, facility_id=facility.id, date_value="2018",
                      date_precision="year", asserted_by_kind="user", asserted_by="t", review_state="accepted")
        session.add(event)
        session.flush()
        number, event_id, person_number = facility.entry.number, event.id, person.entry.number
    result = runner.invoke(facilities_app, ["show", str(number), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["number"] == number and data["names"] == ["Shufu - I (A)"]
    site = data["sites"][0]
    assert site["type"] == "internment_camp" and site["place"]["gazetteer_id"]
    assert (site["lat"], site["lon"]) == (39.3591, 75.8638)
    assert site["external_ids"]["shawn_zhang"] == "1"
    assert data["events"] == [{"event": event_id, "type": "detention", "date": "2018", "precision": "year",
                               "person_entry": person_number, "site": facility.id}]


def test_facilities_cli_show_unknown_number_is_one_line_error(store, settings, bfn_file, monkeypatch):
    use_archive(monkeypatch, settings)
    assert runner.invoke(facilities_app, ["import", str(bfn_file)]).exit_code == 0
    result = runner.invoke(facilities_app, ["show", "999"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == ["error: no facility entry 999"]


def test_facilities_cli_show_says_a_facility_is_named_in_testimonies_only(store, settings, bfn_file, monkeypatch):
    # Before: a facility a testimony names (no dataset row) was shown as "dataset: None None" with an
    # empty "ids:" line, and its events' people as "person entry 6", where every other command writes
    # an entry as E-6. The line now says where the facility comes from; an imported site keeps its
    # dataset and key (control).
    from guwah.storage.tables import Event, Facility, Person

    use_archive(monkeypatch, settings)
    assert runner.invoke(facilities_app, ["import", str(bfn_file)]).exit_code == 0
    with store.session() as session:
        facility = Facility(name="Yengi Hayat camp", facility_type="internment_camp")
        person = Person()
        session.add_all([facility, person])
        session.flush()
        session.add(Event(event_type="detention", person_id=person.id, facility_id=facility.id, date_value="2018",
                          date_precision="year", asserted_by_kind="user", asserted_by="t", review_state="accepted"))
        session.flush()
        number, person_number = facility.entry.number, person.entry.number
    result = runner.invoke(facilities_app, ["show", str(number)])
    assert result.exit_code == 0, result.output
    assert "None" not in result.stdout, result.stdout
    assert "dataset: none (named in testimonies only)" in result.stdout, result.stdout
    assert f"person entry E-{person_number}" in result.stdout, result.stdout
    imported = runner.invoke(facilities_app, ["show", "3"])
    assert "dataset: bfn bfn:200" in imported.stdout or "bfn:200" in imported.stdout, imported.stdout
    assert "named in testimonies only" not in imported.stdout
