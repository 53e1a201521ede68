"""A person's status reads the end of an event (h-status65): a survivor whose detention has an end
(a testimony: "held … for eleven months", the detention extracted with its end) was published as
"detained (as of …)" on every public page, and the timeline dropped the end. Invented names and
accounts throughout."""

from types import SimpleNamespace

from sqlalchemy import select

from guwah.publish import public_entries, status_sources
from guwah.registry import derive_status, view_entry
from tests.releasing import entry_told_by, release_entry

HELD = {"event_type": "detention", "date_value": "2018-03", "date_precision": "month",
        "end_date_value": "2019-02", "end_date_precision": "month"}
REARRESTED = {"event_type": "arrest", "date_value": "2020-06", "date_precision": "month"}
TERM = {"event_type": "sentencing", "date_value": "2019", "date_precision": "year",
        "end_date_value": "2029", "end_date_precision": "year"}
OPEN = {"event_type": "detention", "date_value": "2018-03", "date_precision": "month"}

OWN = "I am Dilnur Rozi. They took me to the camp in March 2018 and kept me for eleven months."
SISTER = "My sister Dilnur Rozi was taken to the camp in March 2018; we did not hear from her."
NEIGHBOUR = "Our neighbour Dilnur Rozi was taken away again in June 2020, two policemen came at night."


def _event(number: int, event_type: str, date: str | None, end: str | None = None, document: int = 1):
    return SimpleNamespace(id=number, event_type=event_type, date_value=date, end_date_value=end,
                           evidence_document_id=document)


# --- the derivation -----------------------------------------------------------------------------------

def test_a_detention_with_an_end_leaves_the_person_released_at_that_end():
    ended = derive_status([_event(1, "detention", "2018-03", "2019-02")])
    assert (ended.status, ended.date, ended.documents, ended.basis) == ("released", "2019-02", [1], "end")
    # control: the same detention without an end holds the person as of its start
    held = derive_status([_event(1, "detention", "2018-03")])
    assert (held.status, held.date, held.basis) == ("detained", "2018-03", "event")


def test_a_re_arrest_after_the_release_holds_the_person_again():
    events = [_event(1, "detention", "2018-03", "2019-02"), _event(2, "arrest", "2020-06", document=2)]
    again = derive_status(events)
    assert (again.status, again.date, again.documents, again.event) == ("detained", "2020-06", [2], 2)
    # control: an arrest before the end was the same custody, ended by it
    during = derive_status([_event(1, "detention", "2018-03", "2019-02"), _event(2, "arrest", "2018-03")])
    assert (during.status, during.date) == ("released", "2019-02")


def test_a_sentencing_with_a_term_is_sentenced_not_released_at_the_term_s_end():
    term = derive_status([_event(1, "detention", "2018-03"), _event(2, "sentencing", "2019", "2029")])
    assert (term.status, term.date) == ("sentenced", "2019")
    # control: a detention ended after the sentencing is a release
    out = derive_status([_event(1, "detention", "2018-03", "2021-05"), _event(2, "sentencing", "2019")])
    assert (out.status, out.date) == ("released", "2021-05")


def test_the_person_s_own_later_account_says_they_are_not_held_but_gives_no_date():
    open_detention = [_event(1, "detention", "2018-03", document=7)]
    told = derive_status(open_detention, {7: None})
    assert (told.status, told.date, told.documents, told.basis) == ("released", None, [7], "own_testimony")
    # an own account interviewed after another source's detention covers it; one before it does not
    other = [_event(1, "detention", "2018-03", document=3)]
    assert derive_status(other, {7: "2019-05-01"}).status == "released"
    assert derive_status(other, {7: "2018-03-20"}).status == "detained"  # within that month: not known after
    assert derive_status(other, {7: None}).status == "detained"  # no date, not its own statement
    # a re-arrest after the interview holds them again
    again = derive_status([_event(1, "detention", "2018-03", document=7), _event(2, "arrest", "2020-06", document=3)],
                          {7: "2019-05-01"})
    assert (again.status, again.date) == ("detained", "2020-06")
    # an account changes no status that is not custody
    dead = derive_status([_event(1, "death", "2020", document=3)], {7: None})
    assert dead.status == "deceased"


# --- an entry's public content and the workspace's view -----------------------------------------------

def _entry(store, tmp_path, accounts):
    entry_told_by(store, tmp_path, accounts, name="Dilnur Rozi")
    with store.session() as session:
        [entry] = public_entries(session)
    return entry


def test_a_released_entry_with_an_ended_detention_is_released_as_of_its_end_and_its_timeline_says_the_end(
        store, tmp_path):
    entry = _entry(store, tmp_path, [(OWN, [HELD])])
    assert entry.status == {"status": "released", "date": "2019-02", "source": 1}
    assert [(e["event"], e["date"], e["end_date"], e["end_precision"]) for e in entry.timeline] == [
        ("detention", "2018-03", "2019-02", "month")]
    with store.session() as session:
        view = view_entry(session, 1)
    assert (view.status["status"], view.status["date"], view.status["basis"]) == ("released", "2019-02", "end")
    assert [(t.date, t.end_date, t.end_precision) for t in view.timeline] == [("2018-03", "2019-02", "month")]


def test_an_event_without_an_end_keeps_the_shape_approved_releases_froze(store, tmp_path):
    entry = _entry(store, tmp_path, [(SISTER, [OPEN])])
    assert entry.status == {"status": "detained", "date": "2018-03", "source": 1}
    assert "end_date" not in entry.timeline[0] and "end_precision" not in entry.timeline[0]


def test_two_accounts_one_with_the_end_are_one_item_at_the_end(store, tmp_path):
    entry = _entry(store, tmp_path, [(OWN, [HELD]), (SISTER, [OPEN])])
    assert [(e["end_date"], e["sources"]) for e in entry.timeline] == [("2019-02", [1, 2])]
    assert entry.status["status"] == "released" and status_sources(entry.status) == [1]


def test_a_later_re_arrest_in_another_account_holds_the_released_person_again(store, tmp_path):
    entry = _entry(store, tmp_path, [(OWN, [HELD]), (NEIGHBOUR, [REARRESTED])])
    assert entry.status == {"status": "detained", "date": "2020-06", "source": 2}


def test_a_sentencing_with_a_term_stays_sentenced_and_shows_its_term(store, tmp_path):
    entry = _entry(store, tmp_path, [(SISTER, [OPEN, TERM])])
    assert entry.status == {"status": "sentenced", "date": "2019", "source": 1}
    assert [(e["event"], e.get("end_date")) for e in entry.timeline] == [("detention", None), ("sentencing", "2029")]


def test_a_witness_s_own_released_account_shows_them_released_without_a_date(store, tmp_path):
    from guwah.storage.tables import Person, Testimony

    number = entry_told_by(store, tmp_path, [(OWN, [OPEN])], name="Dilnur Rozi", release=False)
    with store.session() as session:
        [testimony] = session.scalars(select(Testimony))
        testimony.witness_id = session.scalar(select(Person.id))
    release_entry(store, number)
    with store.session() as session:
        [entry] = public_entries(session)
        view = view_entry(session, number)
    assert entry.status == {"status": "released", "date": None, "source": 1}
    assert (view.status["status"], view.status["date"], view.status["basis"]) == ("released", None, "own_testimony")


def test_the_year_of_detention_facet_counts_detentions_never_a_sentencing():
    from guwah.search.public import entry_facets

    content = {"status": {"status": "sentenced", "date": "2019", "source": 1},
               "timeline": [{"event": "arrest", "date": "2017-11", "sources": [1]},
                            {"event": "detention", "date": "2018-03", "end_date": "2019-02", "sources": [1]},
                            {"event": "sentencing", "date": "2019", "sources": [1]},
                            {"event": "interrogation", "date": "2020", "sources": [1]}]}
    assert sorted(v for f, v in entry_facets(content) if f == "year") == ["2017", "2018"]


def test_the_workspace_release_page_and_release_show_say_when_the_detention_ended(store, tmp_path):
    from guwah.releases.cli import entry_release_lines
    from guwah.releases.entry_view import entry_release_view
    from guwah.storage.tables import Release
    from guwah.web import create_app
    from tests.accounts.factories import client_as, fast_hashing, make_user

    entry_told_by(store, tmp_path, [(OWN, [HELD])], name="Dilnur Rozi")
    with store.session() as session:
        release = session.scalar(select(Release).where(Release.subject_type == "entry", Release.state == "approved"))
        release_id, content = release.id, release.content
    lines = entry_release_lines(entry_release_view(content))
    assert "status: released, 2019-02 — source 1" in lines or any(
        line.startswith("status: released, 2019-02") for line in lines), lines
    assert any(line.startswith("  2018-03 to 2019-02  detention") for line in lines), lines
    with fast_hashing():
        client, _ = client_as(create_app(store), store, make_user(store, "vera"))
        page = client.get(f"/workspace/releases/{release_id}").text
    assert "from March 2018 to February 2019" in page
