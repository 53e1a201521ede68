"""`archive_mentions` gives a mention every year of its arrests and detentions, and the archive's
link joins a re-arrest's later testimony on the second year (issue 10)."""

from guwah.registry import archive_mentions, link_archive, resolve
from guwah.storage.tables import Event
from tests.factories import add_mention


def _held(session, person, *dates, event_type="detention", review_state="proposed"):
    for date in dates:
        session.add(Event(person_id=person.id, event_type=event_type, date_value=date, date_precision="year",
                          asserted_by_kind="user", asserted_by="t", review_state=review_state))
    session.flush()


def test_a_mention_carries_every_arrest_and_detention_year(any_store):
    with any_store.session() as session:
        person = add_mention(session, "Dilnaz Ormanbek", gender="female")
        _held(session, person, "2015-04-02", "2015")
        _held(session, person, "2020", event_type="arrest")
        _held(session, person, "2018", review_state="rejected")  # a rejected detention is no year
        _held(session, person, "2019", event_type="release")     # nor is a release
        none = add_mention(session, "Saule Ormanbek", gender="female")
    with any_store.session() as session:
        by_id = {mention.mention_id: mention for mention in archive_mentions(session)}
    held = by_id[str(person.id)]
    assert held.detained_years == ((2015, 2015), (2020, 2020))
    assert held.detained_year == (2015, 2020)
    assert by_id[str(none.id)].detained_years == () and by_id[str(none.id)].detained_year is None


def test_a_re_arrest_joins_the_testimony_that_tells_of_both_and_a_namesake_stays_apart(any_store):
    with any_store.session() as session:
        twice = add_mention(session, "Dilnaz Ormanbek", gender="female", birth_year="1979", hometown="Qorghas")
        _held(session, twice, "2015")
        _held(session, twice, "2020", event_type="arrest")
        later = add_mention(session, "Дильназ Орманбек", gender="female", birth_year="1979", hometown="Қорғас")
        _held(session, later, "2020")
        other = add_mention(session, "Dilnaz Ormanbek", gender="female")
        _held(session, other, "2017")
        numbers = [person.entry.number for person in (twice, later, other)]
    with any_store.session() as session:
        link_archive(session, "linker-test")
    with any_store.session() as session:
        entries = [resolve(session, number).number for number in numbers]
    assert entries[0] == entries[1]   # the second detention in common
    assert entries[2] != entries[0]   # held in 2017 only: within a year of neither
