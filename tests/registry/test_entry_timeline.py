"""A person entry's public timeline and status gather what several testimonies say of one event
(h-try49 saw one detention listed twice, once with its place and once without, and a "sentenced"
that two testimonies state cite the newer only)."""

from guwah.publish import public_entries, status_sources
from tests.releasing import entry_told_by

DETAINED = {"event_type": "detention", "date_value": "2018-10", "date_precision": "month"}
SENTENCED = {"event_type": "sentencing", "date_value": "2019", "date_precision": "year"}
# Invented accounts, each in its own words (independent sources).
SISTER = "My brother Tursun Ehmet was taken to the camp in Aksu in October 2018 and sentenced in 2019."
NEIGHBOUR = "Our neighbour Tursun Ehmet disappeared into detention that autumn; a court gave him years in 2019."
COUSIN = "I heard that Tursun Ehmet was held in Kashgar from October 2018, far from his family in the north."


def _entry(store, tmp_path, accounts):
    entry_told_by(store, tmp_path, accounts)
    with store.session() as session:
        [entry] = public_entries(session)
    return entry


def test_two_accounts_of_one_detention_one_with_its_place_are_one_event_with_both_sources(store, tmp_path):
    entry = _entry(store, tmp_path, [(SISTER, [{**DETAINED, "place": "xj.aksu.aksu"}, SENTENCED]),
                                     (NEIGHBOUR, [DETAINED, SENTENCED])])
    assert [(e["event"], e["place"], e["sources"], e["corroboration"]) for e in entry.timeline] == [
        ("detention", "xj.aksu.aksu", [1, 2], 2), ("sentencing", None, [1, 2], 2)]


def test_accounts_that_place_one_event_apart_stay_side_by_side(store, tmp_path):
    entry = _entry(store, tmp_path, [(SISTER, [{**DETAINED, "place": "xj.aksu.aksu"}]),
                                     (COUSIN, [{**DETAINED, "place": "xj.kashgar.kashgar"}]),
                                     (NEIGHBOUR, [DETAINED])])
    # The placeless account could complete either: it stays on its own, claiming neither place.
    assert sorted((e["place"] or "", e["sources"]) for e in entry.timeline) == [
        ("", [3]), ("xj.aksu.aksu", [1]), ("xj.kashgar.kashgar", [2])]


def test_another_date_is_another_event(store, tmp_path):
    entry = _entry(store, tmp_path, [(SISTER, [{**DETAINED, "place": "xj.aksu.aksu"}]),
                                     (NEIGHBOUR, [{**DETAINED, "date_value": "2019-03"}])])
    assert [(e["date"], e["place"], e["sources"]) for e in entry.timeline] == [
        ("2018-10", "xj.aksu.aksu", [1]), ("2019-03", None, [2])]


def test_a_status_two_testimonies_state_cites_both(store, tmp_path):
    entry = _entry(store, tmp_path, [(SISTER, [DETAINED, SENTENCED]), (NEIGHBOUR, [SENTENCED])])
    assert entry.status["status"] == "sentenced" and entry.status["date"] == "2019"
    assert status_sources(entry.status) == [1, 2]


def test_a_status_one_testimony_states_keeps_the_shape_approved_releases_froze(store, tmp_path):
    entry = _entry(store, tmp_path, [(SISTER, [DETAINED, SENTENCED]), (NEIGHBOUR, [DETAINED])])
    assert entry.status == {"status": "sentenced", "date": "2019", "source": 1}
    assert status_sources(entry.status) == [1]
