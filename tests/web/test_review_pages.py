"""The workspace's review screens (/workspace/review): the same decisions as `guwah review`, over the
web: who may see and decide, CSRF, decisions stored and audited, bad input shown on the page with
nothing stored."""

from __future__ import annotations

import logging
import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from guwah.storage.tables import AuditEntry, Event, Person, ReviewHistory, ViolationCoding
from guwah.web import create_app
from tests.accounts.factories import client_as, fast_hashing, make_user

TEXT = ("Zeynep-canary-4471 told us this. My brother Tursun Ehmet was taken to the camp in Aksu on "
        "12 March 2018 and beaten there.")
CITED = "was taken to the camp"


@pytest.fixture(autouse=True)
def _fast_passwords():
    with fast_hashing():
        yield


def _code() -> str:
    from guwah.vocab import violation_codes

    return sorted(violation_codes())[0]


@pytest.fixture
def world(store, tmp_path):
    """A confidential testimony with two proposals about one mention (an event and a violation),
    a second mention, a viewer and an editor; the app and both clients."""
    from guwah.ingest import ingest_file

    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.meta.yaml").write_text("consent: confidential\ntitle: Secret-title-4471\n", encoding="utf-8")
    document_id = ingest_file(store, path).document_id
    start, beaten = TEXT.index(CITED), TEXT.index("beaten")
    with store.session() as session:
        person, other = Person(), Person()
        session.add_all([person, other])
        session.flush()
        extractor = {"evidence_document_id": document_id, "asserted_by_kind": "extractor",
                     "asserted_by": "guwah.extract", "asserted_by_version": "0.4.0"}
        event = Event(event_type="detention", person_id=person.id, date_value="2018-03-12", date_precision="day",
                      evidence_start=start, evidence_end=start + len(CITED), **extractor)
        coding = ViolationCoding(person_id=person.id, code=_code(), evidence_start=beaten, evidence_end=beaten + 6,
                                 **extractor)
        session.add_all([event, coding])
        session.flush()
        refs = {"event": event.id, "violation": coding.id, "document": document_id, "other": other.id}
    app = create_app(store)
    viewer, _ = client_as(app, store, make_user(store, "vera", "viewer"))
    editor, token = client_as(app, store, make_user(store, "eldor", "editor", totp=True))
    return store, app, refs, viewer, editor, token


def decisions(store) -> list[tuple]:
    with store.session() as session:
        return [(e.actor, e.record_type, e.record_id, e.detail)
                for e in session.scalars(select(AuditEntry).where(AuditEntry.action == "review").order_by(AuditEntry.id))]


def state_of(store, table, fact_id) -> str:
    with store.session() as session:
        return session.get(table, fact_id).review_state


def words(html: str) -> str:
    """A page's text inside <main>, tags as spaces, white space collapsed."""
    return " ".join(re.sub(r"<[^>]+>", " ", html.split("<main", 1)[1]).split())


# --- the list -----------------------------------------------------------------------------------

def test_review_list_shows_each_waiting_fact_with_its_passage_and_audits_the_read(world):
    store, _, refs, viewer, _, _ = world
    page = viewer.get("/workspace/review")
    assert page.status_code == 200
    text = words(page.text)
    assert f"event:{refs['event']}" in text and f"violation:{refs['violation']}" in text
    assert f"<mark>{CITED}</mark>" in page.text  # the supporting passage, its span highlighted
    assert f'/workspace/review/event/{refs["event"]}"' in page.text
    assert f'/workspace/documents/{refs["document"]}"' in page.text
    assert "2 facts proposed" in text
    # what review is for, and that accepting publishes nothing
    assert "nothing is public until it is released" in text
    with store.session() as session:
        [read] = session.scalars(select(AuditEntry).where(AuditEntry.record_type == "proposals")).all()
    assert (read.actor, read.detail) == ("vera", {"state": "proposed", "kind": None, "document": None, "results": 2,
                                                  "passages": True})
    assert "canary" not in repr(read.detail) and "Tursun" not in repr(read.detail)


def test_the_workspace_page_links_the_review_list(world):
    _, _, _, viewer, _, _ = world
    assert '/workspace/review"' in viewer.get("/workspace").text


def test_review_list_filters_by_kind_state_and_document(world, tmp_path):
    store, _, refs, viewer, editor, token = world
    only_events = viewer.get("/workspace/review", params={"kind": "event"}).text
    assert f"event:{refs['event']}" in only_events and f"violation:{refs['violation']}" not in only_events
    assert "1 fact proposed" in words(only_events)
    editor.post(f"/workspace/review/event/{refs['event']}/accept", data={"csrf_token": token})
    accepted = viewer.get("/workspace/review", params={"state": "accepted"}).text
    assert f"event:{refs['event']}" in accepted and f"violation:{refs['violation']}" not in accepted
    of_document = viewer.get("/workspace/review", params={"document": refs["document"]}).text
    assert f"violation:{refs['violation']}" in of_document
    # another document's facts are not listed under this one (control: the same filter, another id)
    from guwah.ingest import ingest_file

    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "b.txt").write_text("Another account.", encoding="utf-8")
    other_document = ingest_file(store, tmp_path / "b" / "b.txt").document_id
    empty = viewer.get("/workspace/review", params={"document": other_document})
    assert empty.status_code == 200 and "violation:" not in words(empty.text) and "0 facts proposed" in words(empty.text)


@pytest.mark.parametrize(("params", "status", "message"), [
    ({"kind": "picnic"}, 400, "a kind is one of"),
    ({"state": "maybe"}, 400, "a review state is one of"),
    ({"document": "9999"}, 404, "no document 9999"),
    ({"document": "x"}, 400, "a document is its number"),
])
def test_review_list_refuses_a_bad_filter_in_one_line_on_the_page(world, params, status, message):
    store, _, _, viewer, _, _ = world
    page = viewer.get("/workspace/review", params=params)
    assert page.status_code == status and message in page.text
    assert 'name="kind"' in page.text  # the filters are offered again
    with store.session() as session:
        assert session.scalar(select(func.count()).where(AuditEntry.record_type == "proposals")) == 0


def test_review_list_is_paged_as_the_cli_counts(world):
    store, _, refs, viewer, _, _ = world
    with store.session() as session:
        event = session.get(Event, refs["event"])
        session.add_all([Event(event_type="arrest", person_id=event.person_id, evidence_document_id=refs["document"],
                               asserted_by_kind="extractor", asserted_by="guwah.extract") for _ in range(203)])
    first = words(viewer.get("/workspace/review").text)
    assert "200 of 205 facts proposed shown" in first and "violation:" not in first
    second = viewer.get("/workspace/review", params={"page": "2"}).text
    assert "5 of 205 facts proposed shown" in words(second)
    assert f"violation:{refs['violation']}" in second and f"event:{refs['event']}<" not in second
    assert 'href="/workspace/review?page=1"' in second and 'href="/workspace/review?page=2"' in viewer.get(
        "/workspace/review").text


# --- the proposal page --------------------------------------------------------------------------

def test_proposal_page_shows_its_fields_passage_and_history_and_audits_the_read(world):
    store, _, refs, viewer, _, _ = world
    url = f"/workspace/review/event/{refs['event']}"
    page = viewer.get(url)
    assert page.status_code == 200
    assert f"<mark>{CITED}</mark>" in page.text and "Zeynep-canary-4471" in page.text  # in its context
    text = words(page.text)
    assert "2018-03-12" in text and "detention" in text and "guwah.extract 0.4.0" in text
    assert "<title>" in page.text and "canary" not in page.text.split("<title>")[1].split("</title>")[0]
    assert "/accept" not in page.text  # a viewer gets no decision forms
    with store.session() as session:
        reads = session.scalars(select(AuditEntry).where(AuditEntry.record_type == "proposal")).all()
    assert [(r.actor, r.record_id) for r in reads] == [("vera", f"event:{refs['event']}")]


@pytest.mark.parametrize("path", ["/workspace/review/event/9999", "/workspace/review/picnic/1",
                                  "/workspace/review/event/x", "/workspace/review/event/99999999999999999999"])
def test_proposal_page_of_nothing_is_404(world, path):
    _, _, _, viewer, _, _ = world
    assert viewer.get(path).status_code == 404


def test_the_public_and_the_logged_out_never_reach_the_review_screens(world):
    _, app, refs, _, _, _ = world
    anonymous = TestClient(app)
    for url in ("/workspace/review", f"/workspace/review/event/{refs['event']}"):
        answer = anonymous.get(url, follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"].startswith("/login")
    answer = anonymous.post(f"/workspace/review/event/{refs['event']}/accept", follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/login?unsent=1"
    assert "canary" not in anonymous.get("/").text


# --- decisions ----------------------------------------------------------------------------------

def test_an_editor_accepts_and_the_decision_is_stored_and_audited(world):
    store, _, refs, _, editor, token = world
    url = f"/workspace/review/event/{refs['event']}"
    assert f'{url}/accept"' in editor.get(url).text
    answer = editor.post(url + "/accept", data={"csrf_token": token}, follow_redirects=False)
    assert (answer.status_code, answer.headers["location"]) == (303, url + "?done=accepted")
    assert state_of(store, Event, refs["event"]) == "accepted"
    assert decisions(store) == [("eldor", "event", str(refs["event"]), {"decision": "accepted"})]
    shown = words(editor.get(url).text)
    assert "accepted by eldor" in shown and "nothing is public until it is released" in shown


def test_a_viewer_may_read_but_not_decide(world):
    store, _, refs, viewer, _, _ = world
    url = f"/workspace/review/event/{refs['event']}"
    viewer_token = re.search(r'name="csrf_token" value="([^"]+)"', viewer.get("/workspace").text)
    token = viewer_token.group(1) if viewer_token else None
    from guwah.web.auth import SESSION_COOKIE, csrf_token

    token = token or csrf_token(store, viewer.cookies.get(SESSION_COOKIE))
    for action, data in [("accept", {}), ("reject", {"reason": "no"}), ("reopen", {"reason": "no"}),
                         ("edit", {"date_value": "2018"}),
                         ("reassign", {"target": f"mention:{refs['other']}", "reason": "no"})]:
        answer = viewer.post(f"{url}/{action}", data={"csrf_token": token, **data}, follow_redirects=False)
        assert answer.status_code == 403, action
    assert state_of(store, Event, refs["event"]) == "proposed" and decisions(store) == []


@pytest.mark.parametrize("csrf", [None, "forged"])
def test_a_decision_without_the_form_token_is_403_and_stores_nothing(world, csrf):
    store, _, refs, _, editor, token = world
    data = {} if csrf is None else {"csrf_token": csrf}
    answer = editor.post(f"/workspace/review/event/{refs['event']}/accept", data=data, follow_redirects=False)
    assert answer.status_code == 403
    assert state_of(store, Event, refs["event"]) == "proposed" and decisions(store) == []
    # control: the same request with the session's token is accepted
    editor.post(f"/workspace/review/event/{refs['event']}/accept", data={"csrf_token": token})
    assert state_of(store, Event, refs["event"]) == "accepted"


def test_a_rejection_needs_a_reason_said_on_the_page_and_nothing_is_stored(world, caplog):
    store, _, refs, _, editor, token = world
    url = f"/workspace/review/violation/{refs['violation']}"
    with caplog.at_level(logging.DEBUG):
        refused = editor.post(url + "/reject", data={"csrf_token": token, "reason": "  "})
    assert refused.status_code == 400
    assert "a rejection needs a reason" in refused.text and "<mark>beaten</mark>" in refused.text  # the page again
    assert state_of(store, ViolationCoding, refs["violation"]) == "proposed" and decisions(store) == []
    # never in the logs (which did capture the request: httpx logs each one)
    assert "/reject" in caplog.text and "canary" not in caplog.text and "Tursun" not in caplog.text
    answer = editor.post(url + "/reject", data={"csrf_token": token, "reason": "told of someone else"},
                         follow_redirects=False)
    assert answer.status_code == 303
    with store.session() as session:
        row = session.get(ViolationCoding, refs["violation"])
        assert (row.review_state, row.reviewed_by, row.review_note) == ("rejected", "eldor", "told of someone else")
    # deciding again is refused on the page, as the CLI refuses it
    again = editor.post(url + "/accept", data={"csrf_token": token})
    assert again.status_code == 400 and "already rejected by eldor" in again.text


def test_an_edit_with_a_bad_date_is_refused_on_the_page_and_stores_nothing(world):
    store, _, refs, _, editor, token = world
    url = f"/workspace/review/event/{refs['event']}"
    form = editor.get(url).text
    assert 'name="date_value" type="text" value="2018-03-12"' in form and 'name="place"' in form
    refused = editor.post(url + "/edit", data={"csrf_token": token, "event_type": "detention",
                                               "date_value": "2099", "date_precision": "day"})
    assert refused.status_code == 400 and "after today" in refused.text
    assert 'value="2099"' in refused.text  # what was typed is offered again
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Event)) == 1
    assert state_of(store, Event, refs["event"]) == "proposed" and decisions(store) == []
    unchanged = editor.post(url + "/edit", data={"csrf_token": token, "event_type": "detention",
                                                 "date_value": "2018-03-12", "date_precision": "day"})
    assert unchanged.status_code == 400 and "nothing to change" in unchanged.text
    answer = editor.post(url + "/edit", data={"csrf_token": token, "event_type": "detention",
                                              "date_value": "2018-03", "date_precision": ""}, follow_redirects=False)
    assert answer.status_code == 303
    new_id = int(answer.headers["location"].split("?")[0].rsplit("/", 1)[1])
    with store.session() as session:
        original, corrected = session.get(Event, refs["event"]), session.get(Event, new_id)
        assert (original.review_state, original.review_note) == ("rejected", f"edited into event:{new_id}")
        assert original.date_value == "2018-03-12"  # never overwritten
        assert (corrected.review_state, corrected.date_value, corrected.date_precision, corrected.asserted_by) == (
            "accepted", "2018-03", "month", "eldor")
    assert decisions(store) == [("eldor", "event", str(refs["event"]), {"decision": "rejected"})]


def test_reopen_and_reassign_keep_the_history_and_are_audited(world):
    store, _, refs, _, editor, token = world
    url = f"/workspace/review/event/{refs['event']}"
    editor.post(url + "/accept", data={"csrf_token": token})
    refused = editor.post(url + "/reopen", data={"csrf_token": token, "reason": ""})
    assert refused.status_code == 400 and "needs a reason" in refused.text
    assert state_of(store, Event, refs["event"]) == "accepted"
    answer = editor.post(url + "/reopen", data={"csrf_token": token, "reason": "the date is doubtful"},
                         follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"].startswith(url)
    assert state_of(store, Event, refs["event"]) == "proposed"
    page = words(editor.get(url).text)
    assert "the date is doubtful" in page and "accepted by eldor" in page  # the earlier decision, kept
    bad_target = editor.post(url + "/reassign", data={"csrf_token": token, "target": "mention:99999",
                                                      "reason": "her brother"})
    assert bad_target.status_code == 404 and "no mention 99999" in bad_target.text
    moved = editor.post(url + "/reassign", data={"csrf_token": token, "target": f"mention:{refs['other']}",
                                                 "reason": "her brother"}, follow_redirects=False)
    assert moved.status_code == 303
    copy_id = int(moved.headers["location"].split("?")[0].rsplit("/", 1)[1])
    with store.session() as session:
        assert session.get(Event, copy_id).person_id == refs["other"]
        assert session.get(Event, refs["event"]).review_state == "rejected"
        assert session.scalar(select(func.count()).select_from(ReviewHistory)) == 2
    assert [d[3]["decision"] for d in decisions(store)] == ["accepted", "reopened", "reassigned"]


def test_review_pages_escape_markup(store, tmp_path):
    from guwah.ingest import ingest_file

    xss = '<script>alert("x")</script>'
    text = f"He said {xss} and was taken away."
    (tmp_path / "x.txt").write_text(text, encoding="utf-8")
    document_id = ingest_file(store, tmp_path / "x.txt").document_id
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        start = text.index(xss)
        event = Event(event_type="arrest", person_id=person.id, evidence_document_id=document_id,
                      evidence_start=start, evidence_end=start + len(xss), asserted_by_kind="extractor",
                      asserted_by="x")
        session.add(event)
        session.flush()
        event_id = event.id
    client, _ = client_as(create_app(store), store, make_user(store, "vera"))
    for url in ("/workspace/review", f"/workspace/review/event/{event_id}"):
        page = client.get(url).text
        assert "<script>alert" not in page and "&lt;script&gt;" in page


@pytest.mark.parametrize(("code", "heading"), [("ru", "Проверка"), ("zh", "审核"), ("kk", "Тексеру"),
                                               ("ug", "تەكشۈرۈش")])
def test_review_pages_speak_the_workspace_languages(world, code, heading):
    _, _, refs, _, editor, _ = world
    for url in ("/workspace/review", f"/workspace/review/event/{refs['event']}"):
        page = editor.get(url, params={"lang": code})
        assert page.status_code == 200 and heading in page.text, (code, url)
        assert "nothing is public until it is released" not in page.text  # translated, not English


@pytest.mark.parametrize("name", ["workspace_review.html", "workspace_proposal.html"])
def test_review_templates_hold_no_bare_english(name):
    from tests.web import test_i18n

    assert test_i18n.bare_english((test_i18n.ROOT / "src/guwah/web/templates" / name).read_text(encoding="utf-8")) == []


def test_reopening_a_released_fact_says_which_releases_came_down(store, tmp_path):
    """As `guwah review reopen` prints them: the entry release that showed the fact comes down, and the
    page the redirect leads to names it (by release id, sealed to this fact: forged ids are refused)."""
    from guwah.storage.tables import Release
    from tests.registry.test_entry_release import _document, _mention
    from tests.releasing import name_person, release_document, release_entry

    public = _document(store, tmp_path, "p.txt", "public")
    person, number = _mention(store, public)
    name_person(store, person)
    release_document(store, public)
    release_entry(store, number)
    with store.session() as session:
        event_id = session.scalar(select(Event.id).where(Event.person_id == person))
        [up] = session.scalars(select(Release.id).where(Release.subject_type == "entry",
                                                        Release.state == "approved")).all()
    client, token = client_as(create_app(store), store, make_user(store, "eldor", "editor", totp=True))
    url = f"/workspace/review/event/{event_id}"
    answer = client.post(url + "/reopen", data={"csrf_token": token, "reason": "the year is doubtful"},
                         follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"].startswith(url + f"?down={up}&seal=")
    page = client.get(answer.headers["location"])
    assert page.status_code == 200
    assert f"Release {up} of entry E-{number}" in words(page.text) and f"event:{event_id} reopened" in page.text
    with store.session() as session:
        assert session.get(Release, up).state == "withdrawn"
    forged = client.get(f"{url}?down={up}&seal=0123")
    assert forged.status_code == 400 and f"Release {up}" not in forged.text
    assert f"Release {up}" not in words(client.get(url).text)  # control: the bare page names none


def error_line(html: str) -> str:
    """The text of a page's refusal (its role="alert" paragraph)."""
    return " ".join(re.sub(r"<[^>]+>", " ", html.split('role="alert">', 1)[1].split("</p>", 1)[0]).split())


@pytest.mark.parametrize("code", ["ru", "kk", "ug", "zh"])
def test_a_refused_decision_is_said_in_the_readers_language_with_the_forms_labels(world, code):
    """h-try45: on /workspace/review/event/N?lang=ru an edit with the date 2019-13 said "date_value
    '2019-13' is not a date…" in English, naming the column; an empty reason, "a rejection needs a
    reason". The page says them in the reader's language, naming the field as its form does."""
    from html import unescape

    from guwah.web.i18n import translations

    gettext = translations(code).gettext
    _, _, refs, _, editor, token = world
    url = f"/workspace/review/event/{refs['event']}"
    refused = editor.post(f"{url}/edit?lang={code}", data={"csrf_token": token, "event_type": "detention",
                                                           "date_value": "2019-13", "date_precision": ""})
    assert refused.status_code == 400
    said = unescape(error_line(refused.text))
    template = "%(field)s '%(value)s' is not a date: write 2017-03-26, 2017-03 or 2017"
    assert gettext(template) != template and gettext("date") != "date"  # translated (control)
    assert said == gettext(template) % {"field": gettext("date"), "value": "2019-13"}
    assert "date_value" not in said and "not a date" not in said
    assert f'<label for="edit-date_value">{gettext("date")}</label>' in refused.text  # the form's own label
    empty = editor.post(f"/workspace/review/violation/{refs['violation']}/reject?lang={code}",
                        data={"csrf_token": token, "reason": " "})
    assert empty.status_code == 400
    assert unescape(error_line(empty.text)) == gettext("a rejection needs a reason") != "a rejection needs a reason"
    # the English page as before
    english = editor.post(f"{url}/edit", data={"csrf_token": token, "event_type": "detention",
                                               "date_value": "2019-13", "date_precision": ""})
    assert unescape(error_line(english.text)) == "date '2019-13' is not a date: write 2017-03-26, 2017-03 or 2017"


def test_review_list_past_its_last_page_links_back_to_the_last_one(world):
    """h-try45: /workspace/review?page=99999 said "0 of 90" with no way back (its "Previous page"
    led to page 499, empty too)."""
    store, _, refs, viewer, _, _ = world
    with store.session() as session:
        event = session.get(Event, refs["event"])
        session.add_all([Event(event_type="arrest", person_id=event.person_id, evidence_document_id=refs["document"],
                               asserted_by_kind="extractor", asserted_by="guwah.extract") for _ in range(203)])
    past = viewer.get("/workspace/review", params={"page": "99999", "kind": "event"})
    assert past.status_code == 200 and "0 of 204 facts proposed shown" in words(past.text)
    assert 'rel="prev" href="/workspace/review?kind=event&amp;page=2"' in past.text  # the last page, filter kept
    assert "page=499" not in past.text and 'rel="next"' not in past.text
    last = viewer.get("/workspace/review", params={"page": "2", "kind": "event"})  # control: it has the facts
    assert "4 of 204 facts proposed shown" in words(last.text)
    assert 'rel="prev" href="/workspace/review?kind=event&amp;page=1"' in last.text
    nothing = viewer.get("/workspace/review", params={"page": "7", "state": "rejected"})  # an empty list
    assert 'rel="prev" href="/workspace/review?state=rejected&amp;page=1"' in nothing.text


def test_reassigning_across_consent_levels_asks_for_a_confirmation_on_the_form(world, tmp_path):
    """h-try45: the web form moved a confidential testimony's fact to a mention of a public one
    without a word. It answers with the warning (ids and consent levels, no name) and a confirm box
    the form did not show before; ticked, the move is made."""
    from guwah.ingest import ingest_file
    from guwah.storage.tables import PersonName

    store, _, refs, _, editor, token = world
    (tmp_path / "p.txt").write_text("Tursun Ehmet was detained in 2018.", encoding="utf-8")
    (tmp_path / "p.meta.yaml").write_text("consent: public\n", encoding="utf-8")
    public = ingest_file(store, tmp_path / "p.txt").document_id
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        session.add(PersonName(person_id=person.id, name="Tursun Ehmet", evidence_document_id=public,
                               evidence_start=0, evidence_end=12, asserted_by_kind="user", asserted_by="t",
                               review_state="accepted"))
        target = person.id
    url = f"/workspace/review/event/{refs['event']}"
    editor.post(url + "/accept", data={"csrf_token": token})
    assert 'name="confirm"' not in editor.get(url).text
    refused = editor.post(url + "/reassign", data={"csrf_token": token, "target": f"mention:{target}",
                                                   "reason": "her brother"})
    assert refused.status_code == 400
    alert = re.search(r'<p class="error" role="alert">(.*?)</p>', refused.text, re.S).group(1)
    assert f"document {refs['document']} (confidential)" in alert and f"document {public} (public)" in alert
    assert "Zeynep" not in alert and "Tursun" not in alert
    assert re.search(r'<input[^>]*name="confirm"', refused.text) and f'value="mention:{target}"' in refused.text
    assert state_of(store, Event, refs["event"]) == "accepted"  # nothing stored
    moved = editor.post(url + "/reassign", data={"csrf_token": token, "target": f"mention:{target}",
                                                 "reason": "her brother", "confirm": "1"}, follow_redirects=False)
    assert moved.status_code == 303
    copy_id = int(moved.headers["location"].split("?")[0].rsplit("/", 1)[1])
    with store.session() as session:
        assert session.get(Event, copy_id).person_id == target


def test_the_page_after_a_decision_says_what_was_done(world):
    # h-try62: after Accept or Reject the fact's page came back with no word of what was done.
    store, _, refs, _, editor, token = world
    event_url = f"/workspace/review/event/{refs['event']}"
    accepted = editor.post(event_url + "/accept", data={"csrf_token": token})
    assert f"Accepted: fact event:{refs['event']}." in words(accepted.text)
    violation_url = f"/workspace/review/violation/{refs['violation']}"
    rejected = editor.post(violation_url + "/reject", data={"csrf_token": token, "reason": "told of someone else"})
    notice = " ".join(re.sub(r"<[^>]+>", "", rejected.text.split('class="notice done"')[1].split("</p>")[0]).split())
    assert notice == f'role="status">Rejected: fact violation:{refs["violation"]} (told of someone else).'
    assert "<bdi>told of someone else</bdi>" in rejected.text  # the reason isolated from the sentence's direction
    # the reason is read from the fact, never carried in the address (it is sealed, as any reason)
    assert "someone" not in str(rejected.url) and str(rejected.url).endswith("?done=rejected")
    reopened = editor.post(event_url + "/reopen", data={"csrf_token": token, "reason": "read it again"})
    assert f"Reopened: fact event:{refs['event']} is proposed again." in words(reopened.text)
    # a flag that does not match the fact's state says nothing (a stale or typed address)
    stale = words(editor.get(event_url, params={"done": "accepted"}).text)
    assert "Accepted:" not in stale and "proposed" in stale
    assert "Accepted:" not in words(editor.get(event_url, params={"done": "bogus"}).text)
    # in the reader's language, through the catalogues
    russian = words(editor.get(violation_url, params={"done": "rejected", "lang": "ru"}).text)
    assert "Rejected:" not in russian and "told of someone else" in russian


def test_the_page_after_an_edit_or_a_reassignment_says_so(world):
    store, _, refs, _, editor, token = world
    url = f"/workspace/review/event/{refs['event']}"
    edited = editor.post(url + "/edit", data={"csrf_token": token, "event_type": "detention", "date_value": "2018-03",
                                              "date_precision": "month"})
    assert edited.status_code == 200 and str(edited.url).endswith("?done=edited")
    new_ref = str(edited.url).split("/workspace/review/")[1].split("?")[0].replace("/", ":")
    assert f"Corrected: fact {new_ref} is the accepted correction; the original is rejected." in words(edited.text)
    violation = f"/workspace/review/violation/{refs['violation']}"
    moved = editor.post(violation + "/reassign", data={"csrf_token": token, "target": f"mention:{refs['other']}",
                                                       "reason": "the brother, not the witness"})
    assert moved.status_code == 200, words(moved.text)
    assert f"Reassigned: this fact now concerns mention M-{refs['other']}." in words(moved.text)
