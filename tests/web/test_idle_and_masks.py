"""A newcomer's workspace, over HTTP (h-accounts51): a replayed code told apart from a wrong one, a
session that ends when left unused, and a refused detail to mask said in the page's words with what
was typed kept. The same paths in a real Chromium: tests/web/test_browser_sign_in.py."""

from __future__ import annotations

import hashlib
import re
from datetime import timedelta

import pyotp
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from guwah.accounts.users import utcnow
from guwah.storage.tables import UserAccount, WebSession
from guwah.web import create_app
from guwah.web.auth import SESSION_COOKIE, csrf_token
from tests.accounts.factories import PASSWORD, add_document, client_as, fast_hashing, login_form, make_user

NAME = "Zumrat Qasimova"  # an invented name a member searched for: it must not reach the address


@pytest.fixture(autouse=True)
def _fast_passwords():
    with fast_hashing():
        yield


def leave_unused(store, token: str) -> None:
    """Move the session's idle end into the past, as half an hour without a request would."""
    with store.session() as session:
        row = session.scalars(select(WebSession).where(
            WebSession.token_hash == hashlib.sha256(token.encode()).hexdigest())).one()
        row.expires_at = utcnow() - timedelta(seconds=1)


# --- 1. a replayed code ---------------------------------------------------------------------------

def test_a_replayed_code_says_wait_for_the_next_and_locks_nothing(store):
    """Safe: the replay is refused as before (401, no session); only its words and its count change."""
    editor = make_user(store, "eldor", "editor", totp=True)
    app = create_app(store)
    code = pyotp.TOTP(editor.totp_secret).now()
    for attempt in range(7):  # more than the five wrong codes that lock an account
        client = TestClient(app)
        token = login_form(client)
        client.post("/login", data={"username": "eldor", "password": PASSWORD, "csrf_token": token},
                    follow_redirects=False)
        answer = client.post("/login/totp", data={"code": code, "csrf_token": csrf_token(
            store, client.cookies.get(SESSION_COOKIE)), "next": "/workspace"}, follow_redirects=False)
        if attempt == 0:
            assert answer.status_code == 303
            continue
        assert answer.status_code == 401
        assert "This code was already used. Wait for the next one" in answer.text
        assert "That code is not right" not in answer.text
    with store.session() as session:
        account = session.get(UserAccount, editor.id)
        assert (account.second_factor_failures, account.locked_until) == (0, None)


# --- 3. the idle timeout --------------------------------------------------------------------------

def test_an_unused_session_leads_to_a_login_page_that_says_why_and_keeps_no_query(store):
    app = create_app(store)
    client, _ = client_as(app, store, make_user(store, "vera"))
    assert client.get("/workspace").status_code == 200
    leave_unused(store, client.cookies.get(SESSION_COOKIE))
    answer = client.get("/workspace", params={"q": NAME}, follow_redirects=False)
    assert (answer.status_code, answer.headers["location"]) == (303, "/login?idle=1&next=/workspace")
    page = client.get(answer.headers["location"])
    assert "Your session ended because it was not used for 30 minutes" in page.text
    assert NAME not in page.text and "Qasimova" not in page.text
    assert client.get("/workspace", follow_redirects=False).headers["location"] == "/login?next=/workspace"


def test_a_form_sent_after_the_idle_end_stores_nothing_and_says_both(store, tmp_path):
    app = create_app(store)
    document = add_document(store, tmp_path, "a.txt", "An invented account of a night in a cell.", "public", "A")
    client, token = client_as(app, store, make_user(store, "eldor", "editor", totp=True))
    leave_unused(store, client.cookies.get(SESSION_COOKIE))
    answer = client.post(f"/workspace/documents/{document}/release", data={"masks": "cell", "csrf_token": token},
                         follow_redirects=False)
    assert answer.headers["location"] == "/login?idle=1&unsent=1"
    page = client.get(answer.headers["location"]).text
    assert "not used for 30 minutes" in page and "so nothing was stored" in page


def test_use_keeps_a_session_open_and_the_setting_is_honoured(tmp_path):
    from guwah.storage import Store
    from tests.conftest import make_settings

    store = Store(make_settings(tmp_path / "data", GUWAH_SESSION_IDLE_MINUTES="5"))
    try:
        app = create_app(store)
        make_user(store, "vera")
        client = TestClient(app)
        token = login_form(client)
        client.post("/login", data={"username": "vera", "password": PASSWORD, "csrf_token": token})
        with store.session() as session:
            row = session.scalars(select(WebSession)).one()
            left = row.expires_at.replace(tzinfo=utcnow().tzinfo) - utcnow()
        assert timedelta(minutes=4) < left <= timedelta(minutes=5)
        assert client.get("/workspace").status_code == 200
        leave_unused(store, client.cookies.get(SESSION_COOKIE))
        page = client.get("/workspace")
        assert "/login?idle=1" in str(page.url) and "not used for 5 minutes" in page.text
    finally:
        store.close()


# --- 4. a refused detail to mask --------------------------------------------------------------

@pytest.mark.parametrize("typed, said", [
    ("Aksu village\nab", "needs at least 3 letters or digits"),
    ("Aksu village\nthe", "made only of common words"),
])
def test_a_refused_detail_is_said_in_the_forms_words_and_the_list_is_kept(store, tmp_path, typed, said):
    """Safe: nothing is drafted (the refusal comes before any work), the details go back only to the
    member who typed them, on a workspace page that is never cached."""
    from guwah.storage.tables import Release

    app = create_app(store)
    text = "An invented account: the police came to Aksu village at night."
    document = add_document(store, tmp_path, "a.txt", text, "public", "A")
    client, token = client_as(app, store, make_user(store, "eldor", "editor", totp=True))
    with store.session() as session:
        before = len(session.scalars(select(Release)).all())
    answer = client.post(f"/workspace/documents/{document}/release", data={"masks": typed, "csrf_token": token},
                         follow_redirects=False)
    assert answer.status_code == 400
    assert answer.headers["cache-control"] == "no-store"
    refusal = re.search(r'<p class="error" role="alert" id="masks-refused">([^<]*)</p>', answer.text).group(1)
    assert said in refusal and "--mask" not in refusal
    assert "a line of “Further details to mask”" in refusal
    kept = re.search(r'<textarea id="masks" name="masks"[^>]*>([^<]*)</textarea>', answer.text).group(1)
    assert kept.splitlines() == typed.splitlines()
    with store.session() as session:
        assert len(session.scalars(select(Release)).all()) == before


def test_the_cli_still_names_its_option():
    from guwah.redaction import detail_refusal

    assert str(detail_refusal("ab")).startswith("a detail to mask (--mask) needs at least 3 letters")


# --- 5. a title naming someone no extraction read (h-messages52) -------------------------------------

def test_an_unread_name_is_refused_in_the_forms_words_and_what_was_typed_is_kept(store, tmp_path):
    """The drafting refusal named the CLI's --mask and --title on an English error page, and the
    details typed were lost. Now: beside the form, in the reader's language, naming the form's fields;
    nothing drafted; another public title typed into the form then drafts."""
    from guwah.storage.tables import Release
    from tests.releasing import ingest_text, mark_read

    document = ingest_text(store, tmp_path, "t.txt", "An invented account: we slept on a cold floor in Aksu.",
                           "title: Testimony of Gulnisa Imin\nconsent: public\n")
    mark_read(store, document)
    app = create_app(store)
    client, token = client_as(app, store, make_user(store, "eldor", "editor", totp=True))
    answer = client.post(f"/workspace/documents/{document}/release?lang=ru",
                         data={"masks": "Aksu", "title": "Свидетельство Гулнисы", "csrf_token": token},
                         follow_redirects=False)
    assert answer.status_code == 409 and answer.headers["cache-control"] == "no-store"
    refusal = re.search(r'<p class="error" role="alert" id="masks-refused">([^<]*)</p>', answer.text).group(1)
    # the title typed is read as the sidecar's was: it names someone no extraction read too
    assert refusal.startswith(f"документ {document}: заголовок содержит Гулнисы — имя")
    assert "поле «Публичный заголовок»" in refusal and "строка поля «Другие детали" in refusal
    assert "--" not in refusal
    assert re.search(r'<textarea id="masks" name="masks"[^>]*>Aksu</textarea>', answer.text)
    assert 'value="Свидетельство Гулнисы"' in answer.text
    with store.session() as session:
        assert session.query(Release).count() == 0
    drafted = client.post(f"/workspace/documents/{document}/release",
                          data={"masks": "", "title": "An invented account", "csrf_token": token},
                          follow_redirects=False)
    assert drafted.status_code == 303
    with store.session() as session:
        assert session.query(Release).one().content["title"] == "An invented account"


def test_the_cli_names_its_options_for_an_unread_name(store, tmp_path):
    from guwah.publish import NotExtracted
    from guwah.releases import draft_release
    from tests.releasing import ingest_text, mark_read

    document = ingest_text(store, tmp_path, "t.txt", "An invented account: we slept on a cold floor in Aksu.",
                           "title: Testimony of Gulnisa Imin\nauthor: Gulnisa Imin\npublisher: an invented press\n"
                           "consent: public\n")
    mark_read(store, document)
    with store.session() as session, pytest.raises(NotExtracted) as refused:
        draft_release(session, document, "drafter")
    said = str(refused.value)
    assert said.startswith(f"document {document}: the title and author name Gulnisa, Imin, which no extraction")
    assert "masked (--mask) or another title (--title)" in said and said.endswith("nothing was stored")
