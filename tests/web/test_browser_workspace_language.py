"""The workspace in the reader's language (h-messages52): a newcomer who reads Russian or Chinese walks
the workspace's lists in headless Chromium and meets no English but the archive's own data (titles,
file names, members' names) and the codes people type (E-7, attribute:1). Before: "document 1" and
"entry E-7" for each release, "en" for a document's language, "user_account" on the audit log."""

from __future__ import annotations

import re

import pytest

from guwah.web.auth import SESSION_COOKIE
from tests.accounts.factories import browser_token, fast_hashing, make_user

pytestmark = pytest.mark.browser

# What a page's text nodes hold outside the archive's data: skipped are a testimony's text, titles
# (dir=auto, lang=…), names (bdi) and commands (code).
PAGE_TEXT = r"""() => {
  const skip = 'script,style,bdi,code,pre,.text,[lang]:not(html),[dir=auto],textarea';
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode())) {
    const text = node.textContent.trim();
    if (text && !node.parentElement.closest(skip)) out.push(text);
  }
  return out;
}"""
# The software's name and licence, TOTP and API, the README (a file's name, as the page's commands are), and the
# actors (members' names are data: the audit log's filter).
KEPT = {"Guwah", "GNU", "AGPL", "or", "later", "TOTP", "API", "README", "guwah", "demo", "reviewer", "nadira", "tester"}
SAID = {"ru": ("документ 1", "запись E-", "английский", "учётная запись"),
        "zh": ("文件 1", "条目 E-", "英语", "用户账户")}


@pytest.fixture(scope="module")
def member(shared_store, shared_site):
    with fast_hashing():
        return browser_token(shared_store, make_user(shared_store, "nadira", "admin", totp=True))


@pytest.mark.parametrize("language", ["ru", "zh"])
def test_the_workspace_lists_say_nothing_in_english(shared_site, member, page, language):
    page.set_default_timeout(120_000)
    page.context.add_cookies([{"name": SESSION_COOKIE, "value": member, "url": shared_site}])
    seen, english = [], {}
    for path in ("/workspace", "/workspace/releases", "/workspace/releases/1", "/workspace/audit", "/admin/users"):
        assert page.goto(f"{shared_site}{path}?lang={language}").status == 200
        texts = page.evaluate(PAGE_TEXT)
        seen += texts
        left = sorted({word for text in texts for word in re.findall(r"[A-Za-z]{2,}", text)} - KEPT)
        if left:
            english[path] = left
    assert english == {}
    shown = " ".join(seen)
    assert all(said in shown for said in SAID[language]), [s for s in SAID[language] if s not in shown]
    assert not re.search(r"\b(?:document \d|entry E-|user_account|document_list)\b", shown)
