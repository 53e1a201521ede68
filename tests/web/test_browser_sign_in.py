"""Signing in and masking as a team meets them, in a real headless Chromium, in the five languages
(h-accounts51): a replayed second-factor code says to wait for the next one (and locks nothing), a
session left unused ends on a login page that says why and keeps nothing typed in its address, and a
refused detail to mask is said in the form's words with the list as typed kept. Why each is safe:
tests/web/test_idle_and_masks.py and tests/accounts (test_totp, test_sessions)."""

from __future__ import annotations

import pyotp
import pytest

from guwah.errors import Text
from guwah.redaction import detail_refusal
from guwah.storage.tables import UserAccount
from guwah.web.auth import SESSION_COOKIE
from guwah.web.i18n import localize
from guwah.web.routes.account import IDLE, REPLAYED_CODE
from tests.accounts.factories import PASSWORD, add_document, browser_token, fast_hashing, make_user
from tests.web.conftest import serving
from tests.web.test_idle_and_masks import NAME, leave_unused

pytestmark = pytest.mark.browser

LANGUAGES = ["en", "ru", "kk", "ug", "zh"]


def test_a_replayed_code_says_to_wait_for_the_next_one_in_each_language(store, page):
    with fast_hashing():
        editor = make_user(store, "eldor", "editor", totp=True)
    code = pyotp.TOTP(editor.totp_secret).now()
    with serving(store) as url:
        for number, language in enumerate(["en", *LANGUAGES]):  # the first sign-in uses the code
            page.context.clear_cookies()
            page.goto(f"{url}/login?lang={language}")
            page.fill("#username", "eldor")
            page.fill("#password", PASSWORD)
            page.click("form.stacked button[type=submit]")
            page.wait_for_url("**/login/totp**")
            page.fill("#code", code)
            page.click("form.stacked button[type=submit]")
            page.wait_for_load_state()
            if number == 0:
                assert "/workspace" in page.url
                continue
            assert "/login/totp" in page.url
            assert page.locator("p.error").inner_text() == localize(REPLAYED_CODE, language)
    with store.session() as session:
        account = session.get(UserAccount, editor.id)
        assert (account.second_factor_failures, account.locked_until) == (0, None)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_session_left_unused_ends_on_a_page_that_says_why(store, page, language):
    with fast_hashing():
        token = browser_token(store, make_user(store, "vera"))
    with serving(store) as url:
        page.context.add_cookies([{"name": SESSION_COOKIE, "value": token, "url": url}])
        page.goto(f"{url}/workspace?lang={language}")
        page.locator("input[name=q]").first.fill(NAME)
        page.locator("input[name=q]").first.press("Enter")
        page.wait_for_load_state()
        assert "/workspace" in page.url
        leave_unused(store, token)
        page.reload()
        assert "/login?" in page.url and "idle=1" in page.url and f"lang={language}" in page.url
        assert "Qasimova" not in page.url and "Qasimova" not in page.content()
        assert page.locator("p.notice").inner_text() == localize(Text.counted(IDLE, 30, {"minutes": 30}), language)
        assert page.locator("#username").is_visible()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_refused_detail_to_mask_keeps_what_was_typed(store, page, tmp_path, language):
    text = "An invented account: the police came to Aksu village at night."
    document = add_document(store, tmp_path, "a.txt", text, "public", "A")
    with fast_hashing():
        token = browser_token(store, make_user(store, "eldor", "editor", totp=True))
    typed = "Aksu village\nab"
    with serving(store) as url:
        page.context.add_cookies([{"name": SESSION_COOKIE, "value": token, "url": url}])
        page.goto(f"{url}/workspace/documents/{document}?lang={language}")
        page.fill("#masks", typed)
        page.locator("form:has(#masks) button[type=submit]").click()
        page.wait_for_load_state()
        refusal = page.locator("#masks-refused").inner_text()
        assert refusal == localize(detail_refusal("ab"), language) and "--mask" not in refusal
        assert page.input_value("#masks") == typed


@pytest.mark.parametrize("language, minutes, said", [
    ("en", 1, "it was not used for 1 minute, so that"),
    ("ru", 1, "им не пользовались 1 минуту:"), ("ru", 3, "им не пользовались 3 минуты:"),
    ("ru", 11, "им не пользовались 11 минут:"),
    ("zh", 1, "它已有 1 分钟未被使用"),
])
def test_the_idle_sign_out_page_counts_minutes_in_the_readers_grammar(tmp_path, page, language, minutes, said):
    """Issue (newcomers 51): the page said "1 minutes"; Russian needs three forms after a number."""
    from guwah.storage import Store
    from tests.conftest import make_settings

    store = Store(make_settings(tmp_path / "data", GUWAH_SESSION_IDLE_MINUTES=str(minutes)))
    try:
        with fast_hashing():
            token = browser_token(store, make_user(store, "vera"))
        with serving(store) as url:
            page.context.add_cookies([{"name": SESSION_COOKIE, "value": token, "url": url}])
            page.goto(f"{url}/workspace?lang={language}")
            leave_unused(store, token)
            page.reload()
            assert "idle=1" in page.url
            assert said in page.locator("p.notice").inner_text()
    finally:
        store.close()


@pytest.mark.parametrize("language, fields", [("ru", "поле «Публичный заголовок»"), ("zh", "“公开标题”栏"),
                                              ("en", "the field “Public title”")])
def test_a_title_naming_someone_unread_is_refused_beside_the_form(store, page, tmp_path, language, fields):
    """The drafting refusal (a name no extraction read) named --mask and --title, in English, on an
    error page that lost what was typed."""
    from tests.releasing import ingest_text, mark_read

    document = ingest_text(store, tmp_path, "t.txt", "An invented account: we slept on a cold floor in Aksu.",
                           "title: Testimony of Gulnisa Imin\nconsent: public\n")
    mark_read(store, document)
    with fast_hashing():
        token = browser_token(store, make_user(store, "eldor", "editor", totp=True))
    page.set_default_timeout(120_000)  # drafting reads the title for names: slow on a busy machine
    with serving(store) as url:
        page.context.add_cookies([{"name": SESSION_COOKIE, "value": token, "url": url}])
        page.goto(f"{url}/workspace/documents/{document}?lang={language}")
        page.fill("#masks", "Aksu")
        page.locator("form:has(#masks) button[type=submit]").click()
        page.wait_for_load_state()
        refusal = page.locator("#masks-refused").inner_text()
        assert fields in refusal and "Gulnisa" in refusal and "--" not in refusal
        assert page.input_value("#masks") == "Aksu"
        page.fill("#release-title", "An invented account")
        page.locator("form:has(#masks) button[type=submit]").click()
        page.wait_for_load_state()
        assert "/workspace/releases/" in page.url
