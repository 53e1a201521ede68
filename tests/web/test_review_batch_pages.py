# ruff: noqa: F811 (the fixtures imported from test_review_pages are named as arguments)
"""Deciding several facts from the review list at once, and the "Next waiting fact" link after a
decision on a fact's page (h-review65): the same `guwah.review` functions as the CLI."""

from __future__ import annotations

import re

import pytest

from guwah.review import accept
from guwah.storage.tables import Event, ViolationCoding

# The list page's fixtures (`world`: a confidential testimony, two waiting facts, a viewer and an editor).
from tests.web.test_review_pages import _fast_passwords, decisions, state_of, words, world  # noqa: F401, F811


def _batch(client, token, refs, decision, **more):
    return client.post("/workspace/review/batch", data={"csrf_token": token, "fact": refs, "decision": decision,
                                                         **more}, follow_redirects=False)


def _named_victim(store, event_id: int) -> None:
    """Give the event's person an accepted name and victim role, so that none of its facts is one to
    read alone (`guwah.review.needs_reading`, h-workspace70)."""
    from guwah.storage.tables import PersonAttribute, PersonName

    with store.session() as session:
        event = session.get(Event, event_id)
        made = {"evidence_document_id": event.evidence_document_id, "asserted_by_kind": "user", "asserted_by": "t",
                "review_state": "accepted", "evidence_start": event.evidence_start, "evidence_end": event.evidence_end}
        session.add_all([PersonName(person_id=event.person_id, name="Tursun Ehmet", **made),
                         PersonAttribute(person_id=event.person_id, attribute="role", value="victim", **made)])


def test_an_editor_ticks_facts_and_accepts_them_at_once(world):
    store, _, refs, viewer, editor, token = world
    _named_victim(store, refs["event"])
    event, violation = f"event:{refs['event']}", f"violation:{refs['violation']}"
    listed = editor.get("/workspace/review").text
    assert f'name="fact" value="{event}"' in listed and "Accept selected" in listed
    answer = _batch(editor, token, [event, violation], "accepted", kind="", document=str(refs["document"]))
    assert answer.status_code == 303
    assert answer.headers["location"].startswith(f"/workspace/review?document={refs['document']}&page=1&done=accepted")
    said = words(editor.get(answer.headers["location"]).text)
    assert f"Accepted 2 facts: {event}, {violation}." in said and "0 facts proposed" in said
    assert (state_of(store, Event, refs["event"]), state_of(store, ViolationCoding, refs["violation"])) == (
        "accepted", "accepted")
    assert decisions(store) == [("eldor", "event", str(refs["event"]), {"decision": "accepted"}),
                                ("eldor", "violation", str(refs["violation"]), {"decision": "accepted"})]
    # an address typed or kept from before says nothing untrue: the facts are not rejected
    assert "Rejected" not in words(viewer.get(answer.headers["location"].replace("accepted", "rejected")).text)


def test_a_batch_rejection_needs_its_reason_and_stores_it(world):
    store, _, refs, _, editor, token = world
    event = f"event:{refs['event']}"
    refused = _batch(editor, token, [event], "rejected", reason=" ")
    assert refused.status_code == 400 and "a rejection needs a reason" in refused.text
    assert state_of(store, Event, refs["event"]) == "proposed" and decisions(store) == []
    assert f'value="{event}" id="pick-event-{refs["event"]}" aria-label="Select fact {event}" checked' in refused.text
    done = _batch(editor, token, [event], "rejected", reason="another person")
    assert done.status_code == 303 and state_of(store, Event, refs["event"]) == "rejected"


def test_viewers_see_no_boxes_and_are_refused_a_batch(world):
    store, _, refs, viewer, _, _ = world
    listed = viewer.get("/workspace/review").text
    assert 'name="fact"' not in listed and "Accept selected" not in listed
    assert f"event:{refs['event']}" in listed  # control: the fact is listed
    from guwah.web.auth import SESSION_COOKIE, csrf_token

    token = csrf_token(store, viewer.cookies.get(SESSION_COOKIE))  # the viewer's own, valid token
    answer = _batch(viewer, token, [f"event:{refs['event']}"], "accepted")
    assert answer.status_code == 403
    assert state_of(store, Event, refs["event"]) == "proposed" and decisions(store) == []


def test_a_batch_without_csrf_or_from_another_site_is_refused(world):
    store, _, refs, _, editor, token = world
    event = f"event:{refs['event']}"
    assert _batch(editor, "forged", [event], "accepted").status_code == 403
    foreign = editor.post("/workspace/review/batch", data={"csrf_token": token, "fact": [event],
                                                           "decision": "accepted"},
                          headers={"origin": "https://elsewhere.example"}, follow_redirects=False)
    assert foreign.status_code == 403
    assert state_of(store, Event, refs["event"]) == "proposed"


def test_a_fact_decided_meanwhile_is_named_and_none_of_the_batch_is_decided(world):
    store, _, refs, _, editor, token = world
    _named_victim(store, refs["event"])
    event, violation = f"event:{refs['event']}", f"violation:{refs['violation']}"
    page = editor.get("/workspace/review").text  # both ticked on this page ...
    assert f'value="{violation}"' in page
    with store.session() as session:  # ... while another reviewer decides one of them
        accept(store, session, violation, "otto")
    answer = _batch(editor, token, [event, violation], "accepted")
    assert answer.status_code == 400
    said = words(answer.text)
    assert "the facts listed with their reasons could not be decided, so none of the facts selected was" in said
    # each refused fact named once, linked to its page, with its reason (h-review76: its id was said three times)
    refusal = " ".join(re.sub(r"<[^>]+>", " ", re.search(r'<p class="error".*?</ul>', answer.text, re.S)[0]).split())
    assert f"{violation} was already accepted by otto" in refusal
    assert refusal.split("reopen it")[0].count(violation) == 1  # then the command that reopens it
    assert state_of(store, Event, refs["event"]) == "proposed"  # nothing half-done
    assert decisions(store) == [("otto", "violation", str(refs["violation"]), {"decision": "accepted"})]
    # the one still waiting stays ticked, to be sent again
    assert f'value="{event}" id="pick-event-{refs["event"]}" aria-label="Select fact {event}" checked' in answer.text


@pytest.mark.parametrize("decision", ["accept", "reject"])
def test_after_a_decision_the_fact_page_links_the_next_waiting_fact_of_the_same_list(world, decision):
    store, _, refs, _, editor, token = world
    url = f"/workspace/review/event/{refs['event']}"
    listed = editor.get("/workspace/review", params={"document": refs["document"]}).text
    assert f'{url}?filter_document={refs["document"]}"' in listed  # the list's filter travels with the fact
    page = editor.get(url, params={"filter_document": refs["document"]}).text
    assert f'name="filter_document" value="{refs["document"]}"' in page
    answer = editor.post(f"{url}/{decision}", data={"csrf_token": token, "reason": "not him",
                                                    "filter_document": str(refs["document"])},
                         follow_redirects=False)
    assert answer.status_code == 303 and f"filter_document={refs['document']}" in answer.headers["location"]
    done = editor.get(answer.headers["location"]).text
    nxt = f'/workspace/review/violation/{refs["violation"]}?filter_document={refs["document"]}'
    assert f'href="{nxt}">Next waiting fact' in done
    # with a kind filter that nothing else matches, the page says so and links the list back
    answer = editor.post(f"/workspace/review/violation/{refs['violation']}/{decision}",
                         data={"csrf_token": token, "reason": "not him", "filter_kind": "violation"})
    assert "Next waiting fact" not in answer.text
    assert 'href="/workspace/review?kind=violation">No fact waiting in this list' in answer.text


def test_a_reopen_links_no_next_fact(world):
    # a reopened fact waits again: "Next waiting fact" would lead back to it
    store, _, refs, _, editor, token = world
    url = f"/workspace/review/event/{refs['event']}"
    accepted = editor.post(url + "/accept", data={"csrf_token": token})
    assert "Next waiting fact" in accepted.text  # control: after accepting it does
    reopened = editor.post(url + "/reopen", data={"csrf_token": token, "reason": "read it again"})
    assert "is proposed again" in words(reopened.text) and "Next waiting fact" not in reopened.text
