"""An entry's timeline for reviewers (`guwah.registry.timeline`): dates at the precision told, in order,
an unknown date last; each item with its sources and passages; accounts that disagree kept side by
side and marked, never one picked (issue 10: researchers found no timeline on the entry's page)."""

import pytest

from guwah.registry import view_entry
from guwah.storage.tables import Facility
from tests.releasing import entry_told_by

# Invented accounts, each in its own words (independent sources).
SISTER = "My brother Yalqun Turdi was taken in March 2017 and I have not seen him since."
FRIEND = "Yalqun Turdi was detained in 2018, a friend of the family told us later."
BOTH = "Yalqun Turdi was detained in 2017, let go, and detained again in 2018."
COUSIN = "In 2019 Yalqun Turdi was sentenced, the cousin heard from the police."
NEIGHBOUR = "The neighbours say Yalqun Turdi was released in 2019 and went home."


def _view(store, tmp_path, accounts):
    number = entry_told_by(store, tmp_path, accounts, name="Yalqun Turdi", release=False)
    with store.session() as session:
        return view_entry(session, number)


def _event(event_type, date, precision, passage=None, **more):
    return {"event_type": event_type, "date_value": date, "date_precision": precision,
            **({"passage": passage} if passage else {}), **more}


def test_dates_keep_their_precision_in_order_with_an_unknown_date_last_each_citing_its_passage(store, tmp_path):
    view = _view(store, tmp_path, [
        (SISTER, [_event("detention", None, None), _event("arrest", "2017-03", "month", "taken in March 2017")]),
        (COUSIN, [_event("sentencing", "2019", "year", "In 2019 Yalqun Turdi was sentenced")])])
    assert [(t.event_type, t.date, t.precision) for t in view.timeline] == [
        ("arrest", "2017-03", "month"), ("sentencing", "2019", "year"), ("detention", None, None)]
    assert [s["passage"] for t in view.timeline for s in t.sources] == [
        "taken in March 2017", "In 2019 Yalqun Turdi was sentenced", None]
    assert [t.document_id for t in view.timeline] == [1, 2, 1]
    assert all(not t.conflicts for t in view.timeline)


def test_two_testimonies_that_date_one_detention_apart_are_both_shown_as_a_conflict(store, tmp_path):
    view = _view(store, tmp_path, [(SISTER, [_event("detention", "2017", "year", "taken in March 2017")]),
                                   (FRIEND, [_event("detention", "2018", "year", "detained in 2018")])])
    first, second = view.timeline
    assert (first.date, [s["document"] for s in first.sources]) == ("2017", [1])
    assert (second.date, [s["document"] for s in second.sources]) == ("2018", [2])
    assert first.conflicts == [{"field": "date", "with": 1}] and second.conflicts == [{"field": "date", "with": 0}]


def test_one_testimony_that_tells_two_detentions_contradicts_nothing(store, tmp_path):
    view = _view(store, tmp_path, [(BOTH, [_event("detention", "2017", "year"), _event("detention", "2018", "year")])])
    assert [t.date for t in view.timeline] == ["2017", "2018"]
    assert all(not t.conflicts for t in view.timeline)  # control: the conflict above came from two sources


def test_a_year_and_a_month_within_it_can_both_hold(store, tmp_path):
    view = _view(store, tmp_path, [(SISTER, [_event("detention", "2018-10", "month")]),
                                   (FRIEND, [_event("detention", "2018", "year")])])
    assert [t.date for t in view.timeline] == ["2018", "2018-10"]
    assert all(not t.conflicts for t in view.timeline)


@pytest.mark.parametrize(("there", "conflict"), [("the other", [{"field": "facility", "with": 1}]), ("the same", [])])
def test_two_testimonies_that_hold_one_detention_at_two_facilities_conflict(store, tmp_path, there, conflict):
    with store.session() as session:
        sites = [Facility(name=name, facility_type="internment_camp") for name in ("Camp of the North Gate", "Camp by the River")]
        session.add_all(sites)
        session.flush()
        ids = [site.id for site in sites]
    view = _view(store, tmp_path, [
        (SISTER, [_event("detention", "2017", "year", facility_id=ids[0])]),
        (FRIEND, [_event("detention", "2017", "year", facility_id=ids[1] if there == "the other" else ids[0])])])
    assert view.timeline[0].conflicts == conflict
    if conflict:
        assert [t.facility_name for t in view.timeline] == ["Camp of the North Gate", "Camp by the River"]
    else:  # one event told twice: one item citing both, two independent sources
        [item] = view.timeline
        assert [s["document"] for s in item.sources] == [1, 2] and item.corroboration == 2


def test_places_one_within_the_other_agree_and_apart_conflict(store, tmp_path):
    view = _view(store, tmp_path, [(SISTER, [_event("detention", "2017", "year", place="xj.aksu")]),
                                   (FRIEND, [_event("detention", "2017", "year", place="xj.aksu.aksu")]),
                                   (NEIGHBOUR, [_event("detention", "2017", "year", place="xj.kashgar")])])
    by_place = {t.place: {(c["field"], view.timeline[c["with"]].place) for c in t.conflicts} for t in view.timeline}
    assert by_place == {"xj.aksu": {("place", "xj.kashgar")}, "xj.aksu.aksu": {("place", "xj.kashgar")},
                        "xj.kashgar": {("place", "xj.aksu"), ("place", "xj.aksu.aksu")}}


def test_released_and_sentenced_as_of_one_date_conflict_and_the_status_still_says_one(store, tmp_path):
    view = _view(store, tmp_path, [(COUSIN, [_event("sentencing", "2019", "year", "Yalqun Turdi was sentenced")]),
                                   (NEIGHBOUR, [_event("release", "2019", "year", "was released in 2019")])])
    sentenced, released = view.timeline
    assert sentenced.conflicts == [{"field": "status", "with": 1}] and released.conflicts == [{"field": "status", "with": 0}]
    assert view.status["status"] in ("sentenced", "released")  # derived as before; the page shows the conflict beside it
