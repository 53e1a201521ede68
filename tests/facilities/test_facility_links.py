"""Facilities named in testimonies linked to the imported sites, only with review (issue 10)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from guwah.facilities.entries import merge_facilities, suggest_facility_links, view_facility
from guwah.registry import undo
from guwah.storage.tables import Event, Facility, Person, Place
from tests.factories import facility_named


def _place(session, gazetteer_id):
    row = session.query(Place).filter_by(gazetteer_id=gazetteer_id).first()
    if row is None:
        row = Place(gazetteer_id=gazetteer_id, name=gazetteer_id)
        session.add(row)
    return row


def _site(session, name, facility_type, gazetteer_id, key):
    row = Facility(name=name, facility_type=facility_type, place=_place(session, gazetteer_id), dataset="bfn",
                   dataset_key=key)
    session.add(row)
    session.flush()
    return row


def _named(session, name, facility_type, gazetteer_id=None):
    row = Facility(name=name, facility_type=facility_type,
                   place=_place(session, gazetteer_id) if gazetteer_id else None)
    session.add(row)
    session.flush()
    return row


def _archive(session):
    sites = {
        "shufu_camp": _site(session, "Shufu County Vocational Training Center", "internment_camp", "xj.kashgar.shufu", "bfn:1"),
        "shufu_prison": _site(session, "Shufu County Prison", "prison", "xj.kashgar.shufu", "bfn:2"),
        "dighar": _site(session, "Dighar police station", "police_station", "xj.turpan.toksun", "bfn:3"),
        "tekes": _site(session, "Tekes County Detention Center", "detention_centre", "xj.ili.tekes", "bfn:4"),
    }
    named = {
        "a camp in Shufu": _named(session, "camp", "internment_camp", "xj.kashgar.shufu"),
        "Dighar, no place": _named(session, "Dighar police station", "police_station"),
        "a camp in Kashgar prefecture": _named(session, "camp", "internment_camp", "xj.kashgar"),
        "Tekes prison, other place": _named(session, "Tekes prison", "prison", "xj.ili.zhaosu"),
    }
    return ({k: v.entry.number for k, v in sites.items()}, {k: v.entry.number for k, v in named.items()})


def test_suggestions_need_the_place_and_the_name_or_type_to_agree(any_store):
    with any_store.session() as session:
        sites, named = _archive(session)
        found = {(s.named, s.site): s for s in suggest_facility_links(session)}
    assert set(found) == {
        (named["a camp in Shufu"], sites["shufu_camp"]),  # type agrees in the same county
        (named["Dighar, no place"], sites["dighar"]),  # the distinctive name alone, exactly
        (named["a camp in Kashgar prefecture"], sites["shufu_camp"]),  # county inside the prefecture
    }
    levels = {r["field"]: r["level"] for r in found[(named["a camp in Shufu"], sites["shufu_camp"])].reasons}
    assert levels == {"place": "same place", "type": "agrees", "name": "type only"}


def test_merge_gathers_the_events_and_undo_restores(any_store):
    with any_store.session() as session:
        sites, named = _archive(session)
        person = Person()
        session.add(person)
        session.flush()
        facility_id = facility_named(session, "Dighar police station", dataset=None).id
        session.add(Event(event_type="detention", person_id=person.id, facility_id=facility_id, date_value="2018",
                          date_precision="year", asserted_by_kind="user", asserted_by="t", review_state="accepted"))
        session.flush()
        before = view_facility(session, sites["dighar"])
        assert before.events == []
        merge_facilities(session, sites["dighar"], named["Dighar, no place"], "rev")
        after = view_facility(session, named["Dighar, no place"])  # the merged number leads to the site
        assert after.number == sites["dighar"] and len(after.events) == 1
        assert named["Dighar, no place"] in after.merged_numbers
        assert (named["Dighar, no place"], sites["dighar"]) not in {(s.named, s.site) for s in suggest_facility_links(session)}
        undo(session, "rev")
        assert view_facility(session, sites["dighar"]).events == []
        assert view_facility(session, named["Dighar, no place"]).number == named["Dighar, no place"]


def test_suggest_and_merge_from_the_terminal(store, monkeypatch):
    from guwah.cli import app
    from tests.shared import point_cli_at

    with store.session() as session:
        sites, named = _archive(session)
    point_cli_at(store, monkeypatch)
    runner = CliRunner()
    listed = json.loads(runner.invoke(app, ["facilities", "suggest", "--json"]).stdout)
    assert {(s["named"], s["site"]) for s in listed} >= {(named["Dighar, no place"], sites["dighar"])}
    text = runner.invoke(app, ["facilities", "suggest"]).stdout
    assert f"facility {named['Dighar, no place']} may be site {sites['dighar']}: " in text and "place " in text
    merged = runner.invoke(app, ["facilities", "merge", str(sites["dighar"]), str(named["Dighar, no place"])])
    assert merged.exit_code == 0, merged.output
    again = runner.invoke(app, ["facilities", "merge", str(sites["dighar"]), str(named["Dighar, no place"])])
    assert again.exit_code != 0 and "already one entry" in again.stderr
    assert runner.invoke(app, ["facilities", "undo"]).exit_code == 0
