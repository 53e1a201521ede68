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
        assert page.locator("p.notice").inner_text() == localize(Text(IDLE, {"minutes": 30}), language)
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
