"""Four eyes on facts and a violation joined to an event, through the real web app (issue 10): the
document page's add form and the fact's page over `guwah.review`; the author of a waiting fact is
refused its acceptance, another editor accepts it. Invented names."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from guwah.policy import change_setting
from guwah.storage.tables import Event, Person, PersonName, ViolationCoding
from guwah.web import create_app
from tests.accounts.factories import client_as, fast_hashing, make_user

TEXT = "Gulshirin Abdiraxman wrote to us. Her son was detained in 2018 and beaten, she said."
DETAINED = "was detained in 2018"
OTHER = "Nurlanbek Sadirov wrote that he was detained in 2020."


@pytest.fixture(autouse=True)
def _fast_passwords():
    with fast_hashing():
        yield


@pytest.fixture
def world(store, tmp_path):
    """A confidential testimony with one mention and its accepted detention, a second testimony with
    an accepted event of its own, an admin and two editors (each a client)."""
    from tests.releasing import ingest_text

    document = ingest_text(store, tmp_path, "a.txt", TEXT, "consent: confidential\n")
    other = ingest_text(store, tmp_path, "b.txt", OTHER, "consent: confidential\n")
    events = []
    with store.session() as session:
        for doc, text, name, passage in ((document, TEXT, "Gulshirin Abdiraxman", DETAINED),
                                         (other, OTHER, "Nurlanbek Sadirov", "was detained in 2020")):
            person = Person()
            session.add(person)
            session.flush()
            session.add(PersonName(person_id=person.id, name=name, evidence_document_id=doc, evidence_start=0,
                                   evidence_end=len(name), asserted_by_kind="extractor", asserted_by="x"))
            start = text.index(passage)
            event = Event(person_id=person.id, event_type="detention", date_value=passage[-4:], date_precision="year",
                          evidence_document_id=doc, evidence_start=start, evidence_end=start + len(passage),
                          asserted_by_kind="extractor", asserted_by="x", review_state="accepted")
            session.add(event)
            session.flush()
            events.append((person.id, event.id))
    app = create_app(store)
    make_user(store, "aysel-admin", "admin")
    zarina = client_as(app, store, make_user(store, "zarina", "editor", totp=True))
    timur = client_as(app, store, make_user(store, "timur", "editor", totp=True))
    return store, document, events, zarina, timur


def test_with_four_eyes_the_author_is_refused_and_another_editor_accepts(world):
    store, document, [(mention, _), _], (zarina, z_token), (timur, t_token) = world
    with store.session() as session:
        change_setting(store, session, "four_eyes", "on", "aysel-admin")
    assert "waits for a second reviewer" in zarina.get(f"/workspace/documents/{document}").text
    form = {"csrf_token": z_token, "kind": "event", "passage": "and beaten", "person": f"M-{mention}",
            "new_person": "", "event_type": "interrogation"}
    added = zarina.post(f"/workspace/documents/{document}/facts", data=form, follow_redirects=False)
    assert added.status_code == 303, added.text
    page = zarina.get(added.headers["location"])
    assert "waiting for a second reviewer" in page.text
    # the page says what was done (h-review76: DONE read "added" as accepted only, so it said nothing)
    assert "your own assertion, waiting for a second reviewer." in page.text
    fact = added.headers["location"].split("?")[0]
    assert "asserted by zarina" in timur.get("/workspace/review?kind=event").text  # the queue says whose it is
    own = zarina.post(f"{fact}/accept", data={"csrf_token": z_token}, follow_redirects=False)
    assert own.status_code == 400 and "another reviewer must accept it" in own.text
    with store.session() as session:
        assert session.scalars(select(Event).where(Event.event_type == "interrogation")).one().review_state == "proposed"
    second = timur.post(f"{fact}/accept", data={"csrf_token": t_token}, follow_redirects=False)
    assert second.status_code == 303
    with store.session() as session:
        row = session.scalars(select(Event).where(Event.event_type == "interrogation")).one()
        assert (row.review_state, row.asserted_by, row.reviewed_by) == ("accepted", "zarina", "timur")


def test_without_four_eyes_the_form_accepts_at_once(world):
    """The positive control: the setting off, the same form is accepted at once by its author."""
    store, document, [(mention, _), _], (zarina, z_token), _ = world
    form = {"csrf_token": z_token, "kind": "event", "passage": "and beaten", "person": f"M-{mention}",
            "new_person": "", "event_type": "interrogation"}
    added = zarina.post(f"/workspace/documents/{document}/facts", data=form, follow_redirects=False)
    assert added.status_code == 303
    assert "waiting for a second reviewer" not in zarina.get(added.headers["location"]).text
    with store.session() as session:
        assert session.scalars(select(Event).where(Event.event_type == "interrogation")).one().review_state == "accepted"


def test_the_add_form_joins_a_violation_to_an_event_of_this_testimony_only(world):
    from guwah.vocab import violation_codes

    store, document, [(mention, here), (_, elsewhere)], (zarina, z_token), _ = world
    page = zarina.get(f"/workspace/documents/{document}").text
    assert f'value="event:{here}"' in page and f'value="event:{elsewhere}"' not in page  # its own events offered
    form = {"csrf_token": z_token, "kind": "violation", "passage": "and beaten", "person": "", "new_person": "",
            "code": sorted(violation_codes())[0]}
    refused = zarina.post(f"/workspace/documents/{document}/facts", data={**form, "event": f"event:{elsewhere}"},
                          follow_redirects=False)
    assert refused.status_code == 400 and "not in document" in refused.text
    with store.session() as session:
        assert session.scalars(select(ViolationCoding)).all() == []
    added = zarina.post(f"/workspace/documents/{document}/facts", data={**form, "event": f"event:{here}"},
                        follow_redirects=False)
    assert added.status_code == 303, added.text
    with store.session() as session:
        (violation,) = session.scalars(select(ViolationCoding)).all()
        assert (violation.event_id, violation.person_id) == (here, mention)
        entry = session.get(Person, mention).entry.number
    assert f"violation:{violation.id}" in zarina.get(f"/workspace/entries/{entry}").text
    # its page names the event it is coded on, linked to the event's page (h-review76)
    assert f'/workspace/review/event/{here}">event:{here}</a>' in zarina.get(
        f"/workspace/review/violation/{violation.id}").text


def _waiting_extracted(store, document: int, mention: int) -> str:
    """An event the extractor proposed from the testimony, waiting: its ref."""
    start = TEXT.index("wrote to us")
    with store.session() as session:
        event = Event(person_id=mention, event_type="arrest", date_value="2018", date_precision="year",
                      evidence_document_id=document, evidence_start=start, evidence_end=start + len("wrote to us"),
                      asserted_by_kind="extractor", asserted_by="guwah.extract")
        session.add(event)
        session.flush()
        return f"event:{event.id}"


def test_accept_selected_leaves_the_reviewers_own_fact_for_another_and_accepts_the_others(world):
    """h-review76: with four eyes on, a reviewer's own waiting fact among the ticked ones refused the
    whole batch; now the others are accepted and one line names hers, left for another reviewer (as
    `review accept --document` does)."""
    store, document, [(mention, _), _], (zarina, z_token), (timur, t_token) = world
    with store.session() as session:
        change_setting(store, session, "four_eyes", "on", "aysel-admin")
    extracted = _waiting_extracted(store, document, mention)
    form = {"csrf_token": z_token, "kind": "event", "passage": "and beaten", "person": f"M-{mention}",
            "new_person": "", "event_type": "interrogation"}
    assert zarina.post(f"/workspace/documents/{document}/facts", data=form, follow_redirects=False).status_code == 303
    with store.session() as session:
        own = f"event:{session.scalars(select(Event).where(Event.event_type == 'interrogation')).one().id}"
    alone = zarina.post("/workspace/review/batch", data={"csrf_token": z_token, "fact": [own],
                                                         "decision": "accepted"}, follow_redirects=False)
    assert alone.status_code == 400 and "another reviewer must accept it" in alone.text  # hers alone: refused
    answer = zarina.post("/workspace/review/batch", data={"csrf_token": z_token, "fact": [extracted, own],
                                                          "decision": "accepted"}, follow_redirects=False)
    assert answer.status_code == 303, answer.text
    said = " ".join(zarina.get(answer.headers["location"]).text.split())
    assert f"Accepted 1 fact: {extracted}." in said
    assert f"Left for another reviewer, as your own with four eyes on: {own}." in said
    with store.session() as session:
        states = {f"event:{row.id}": row.review_state for row in session.scalars(select(Event))}
    assert (states[extracted], states[own]) == ("accepted", "proposed")
    # the address says nothing untrue once another reviewer has accepted hers
    assert timur.post("/workspace/review/batch", data={"csrf_token": t_token, "fact": [own], "decision": "accepted"},
                      follow_redirects=False).status_code == 303
    assert "Left for another reviewer" not in zarina.get(answer.headers["location"]).text


# --- a name a reviewer adds to an entry with four eyes on (h-review76) -------------------------------

RELEASED = "Sadirbek Qonysbayev was taken in 2018, wrote his cousin Sadirbek Qonysbay-uly."


def test_a_name_waiting_for_a_second_reviewer_reads_so_on_every_view(store, tmp_path):
    """A name zarina adds with four eyes on is proposed: the entry page marks it waiting for a second
    reviewer (before, it stood among the accepted names, unmarked), as the review list does, and the
    release draft leaves it out; once timur accepts it the mark goes and the draft holds it (the
    positive control of both)."""
    from guwah.releases import draft_entry_release
    from guwah.review import accept
    from guwah.review.addition import add_fact
    from tests.releasing import entry_told_by

    number = entry_told_by(store, tmp_path, [(RELEASED, [{"event_type": "detention", "date_value": "2018",
                                                          "date_precision": "year", "passage": "taken in 2018"}])],
                           name="Sadirbek Qonysbayev", release=False)
    app = create_app(store)
    make_user(store, "aysel-admin", "admin")
    zarina, _ = client_as(app, store, make_user(store, "zarina", "editor", totp=True))
    timur, _ = client_as(app, store, make_user(store, "timur", "editor", totp=True))
    with store.session() as session:
        change_setting(store, session, "four_eyes", "on", "aysel-admin")
        document = session.scalars(select(PersonName)).first().evidence_document_id
        added = add_fact(store, session, document, "name", "Sadirbek Qonysbay-uly", "zarina",
                         {"name": "Sadirbek Qonysbay-uly"}, person=f"E-{number}")
    assert added.second_reviewer
    mark = "waiting for a second reviewer: zarina asserted it and cannot accept it"
    page = " ".join(timur.get(f"/workspace/entries/{number}").text.split())
    assert "Sadirbek Qonysbay-uly" in page and mark in page
    assert page.count(mark) == 1  # the accepted name carries none
    assert "asserted by zarina" in timur.get("/workspace/review?kind=name").text
    with store.session() as session:  # `guwah persons show` reads the same entry view
        from guwah.registry import view_entry
        from guwah.registry.cli import item_line

        lines = [item_line(name) for name in view_entry(session, number, timeline=False).names]
    assert [line for line in lines if "waiting for a second reviewer" in line] == [
        next(line for line in lines if "Qonysbay-uly" in line)]
    assert "waiting for a second reviewer (zarina asserted it)" in lines[-1]
    with store.session() as session:
        draft = draft_entry_release(session, number, "drafter")
        assert [n["name"] for n in draft.content["names"]] == ["Sadirbek Qonysbayev"]
        session.rollback()
    with store.session() as session:
        accept(store, session, added.ref, "timur")
    page = " ".join(timur.get(f"/workspace/entries/{number}").text.split())
    assert "Sadirbek Qonysbay-uly" in page and mark not in page
    with store.session() as session:
        draft = draft_entry_release(session, number, "drafter")
        assert sorted(n["name"] for n in draft.content["names"]) == ["Sadirbek Qonysbay-uly", "Sadirbek Qonysbayev"]
    assert zarina  # the author's own client reads the same page
