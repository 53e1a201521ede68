"""What happened, in the family's words: sent through /report, sealed, shown to editors on
/workspace/reports and behind none of the public doors (search, family search, open data)."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from guwah.web import create_app
from tests.accounts.factories import client_as, fast_hashing, make_user
from tests.reports.helpers import CONTACT, report_fields, stored
from tests.search.test_public_index import archive  # noqa: F401 — released entries, the searches' control
from tests.web.test_reports import alert, form_token

# Invented: a place and a family name that no release, demo or table holds.
PLACE = "Qizilbulaqtam"
TOLD = f"Officers took him from the house at night in spring 2018.\r\nMy aunt was told he was studying.\r\nA cousin saw him behind the wire at {PLACE} in 2019."
NAMES = ["Yarmuhemmet Selkinbay", "يارمۇھەممەت سەلكىنباي"]


def send(client: TestClient, **changes):
    data = {**report_fields(**{"names": NAMES, "what_happened": TOLD, **changes}), "website": "",
            "csrf_token": form_token(client)}
    return client.post("/report", data=data)


@pytest.fixture
def app(store):
    with fast_hashing():
        yield create_app(store)


def test_what_happened_is_sealed_shown_to_editors_and_behind_no_public_door(archive):  # noqa: F811
    store, _ = archive
    with fast_hashing():
        app = create_app(store)
        _sealed_shown_and_never_public(app, store)


def _sealed_shown_and_never_public(app, store):
    anonymous = TestClient(app)
    assert send(anonymous).status_code == 200
    with store.session() as session:
        raw = session.execute(text("SELECT what_happened FROM family_report")).scalar_one()
    assert raw and PLACE.encode() not in bytes(raw) and b"cousin" not in bytes(raw)  # sealed at rest

    editor, _ = client_as(app, store, make_user(store, "moira-editor", "editor"))
    page = editor.get("/workspace/reports")
    assert page.status_code == 200
    shown = re.search(r'<dd dir="auto" class="what-happened">([^<]*)</dd>', page.text).group(1)
    assert shown == TOLD.replace("\r\n", "\n").replace("'", "&#39;")  # every line, CRLF stored as LF
    assert NAMES[0] in page.text and CONTACT not in page.text  # never the contact
    assert '/workspace/reports" class="intake-reports"' in editor.get("/workspace/intake").text  # found from the intake
    viewer, _ = client_as(app, store, make_user(store, "moira-viewer", "viewer"))
    assert viewer.get("/workspace/reports").status_code == 403

    # The public doors: each answers a released name (the control), never the report.
    for query, found in (("Gulnar Tursun", True), (PLACE, False), (NAMES[0], False), ("Selkinbay", False)):
        search = anonymous.get("/search", params={"q": query}).text
        assert ("Nothing published matches this search" not in search) is found, query
        api = anonymous.get("/api/search", params={"q": query}).json()
        assert bool(api["persons"]["data"]) is found, query
        assert PLACE not in str(api["documents"]) and PLACE not in str(api["places"])
    open_data = [anonymous.get("/open-data/datapackage.json").text, anonymous.get("/open-data").text,
                 anonymous.get("/api/open-data").text]
    open_data += [anonymous.get(f"/open-data/{name}.csv").text for name in ("persons", "documents", "facilities")]
    assert "Gulnar Tursun" in open_data[3]  # the control: the persons file names released persons
    for body in open_data:
        assert PLACE not in body and "cousin" not in body and "Selkinbay" not in body


def test_what_happened_too_long_is_refused_in_one_line_with_nothing_stored(app, store):
    client = TestClient(app)
    response = send(client, what_happened="Taken at night. " * 188)  # 3008 characters
    assert response.status_code == 400
    assert alert(response.text) == "What happened is longer than 3000 characters."
    assert stored(store) == (0, 0)
    # The account comes back to be shortened, marked as the refused field and described by the refusal.
    assert re.search(r'<textarea id="what_happened"[^>]*aria-invalid="true"[^>]*aria-describedby="report-error '
                     r'what_happened-hint"[^>]*>Taken at night\.', response.text)
    assert send(client, what_happened="Taken at night. " * 187).status_code == 200  # 2992: taken
    assert stored(store)[0] == 1


def test_report_form_warns_of_pressure_on_the_family_at_home(app):
    page = TestClient(app).get("/report").text
    warning = page[page.index('id="family-safety"'):page.index("<form")]
    for sentence in ("Police in Xinjiang call and visit the families", "we publish nothing from this form", "your description of what happened encrypted",
                     "we cannot stop them pressing your family", "The form does not ask for your name",
                     "Do not send the report from a phone or an account that the police have checked"):
        assert sentence in warning
    privacy = page[page.index('id="who-sees"'):]
    assert "we cannot stop them pressing your family at home" in privacy
