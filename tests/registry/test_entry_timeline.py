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


def test_erasing_one_of_two_testimonies_a_status_cites_keeps_the_other_in_the_entry_s_old_releases(store, tmp_path):
    """An entry release taken down keeps what it showed, less the erased testimony's facts: a status
    two testimonies state keeps the one that was not erased as its source; one only the erased
    testimony stated becomes unknown (the rule before several sources were cited)."""
    from sqlalchemy import select

    from guwah.protection.erasure import erase_testimony
    from guwah.releases import request_consent_change
    from guwah.storage.tables import PublicNumber, Release

    entry_told_by(store, tmp_path, [(SISTER, [DETAINED, SENTENCED]), (NEIGHBOUR, [SENTENCED])])
    with store.session() as session:
        numbers = dict(session.execute(select(PublicNumber.subject_id, PublicNumber.number)
                                       .where(PublicNumber.subject_type == "document")).all())
        erased = next(document for document, number in numbers.items() if number == 1)
        request_consent_change(session, erased, "confidential", "editor", "the family asked us to take it down")
    with store.session() as session:
        erase_testimony(store, session, erased, "editor", "the witness asked to be erased")
    with store.session() as session:
        statuses = [release.content["status"] for release in session.scalars(
            select(Release).where(Release.subject_type == "entry").order_by(Release.id))]
    assert statuses and all(status_sources(status) in ([2], []) for status in statuses), statuses
    assert {"status": "sentenced", "date": "2019", "source": 2} in statuses, statuses
