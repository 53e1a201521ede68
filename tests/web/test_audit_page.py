"""The workspace's audit log page (/workspace/audit): for the role `guwah audit list` needs, newest
first, paged, filtered; ids only, never content; its own read recorded (filter and page)."""

from __future__ import annotations

import re
from html import unescape

import pytest
from sqlalchemy import select

from guwah.accounts.permissions import PERMISSIONS
from guwah.protection.audit import READ_LOG
from guwah.storage.tables import AuditEntry
from guwah.web import create_app
from guwah.web.routes.workspace import AUDIT_PAGE_SIZE
from tests.accounts.factories import add_document, client_as, fast_hashing, make_user


@pytest.fixture(autouse=True)
def _fast_passwords():
    with fast_hashing():
        yield


def rows(page: str) -> list[list[str]]:
    """The table's rows, each cell's text."""
    body = re.search(r'<table class="records audit-log">.*?<tbody>(.*?)</tbody>', page, re.DOTALL)
    return [[" ".join(unescape(re.sub(r"<[^>]+>", " ", cell)).split()) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.DOTALL)]
            for row in re.findall(r"<tr>(.*?)</tr>", body.group(1), re.DOTALL)] if body else []


def log_reads(store) -> list[tuple]:
    with store.session() as session:
        return [(e.actor, e.detail) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.record_type == "audit_log").order_by(AuditEntry.id))]


def test_the_audit_page_lists_entries_newest_first_by_ids_and_records_its_read(store, tmp_path):
    document = add_document(store, tmp_path, "c.txt", "Secret-canary-4417 text.", "confidential", "Secret-title-4417")
    app = create_app(store)
    client, _ = client_as(app, store, make_user(store, "vera"))
    assert client.get(f"/workspace/documents/{document}").status_code == 200  # an audited read to list
    page = client.get("/workspace/audit")
    assert page.status_code == 200
    listed = rows(page.text)
    with store.session() as session:
        newest = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())))
    # newest first, every entry (one page) but the page's own read, recorded after it
    assert [int(row[0]) for row in listed] == [e.id for e in newest[1:]] and newest[0].record_type == "audit_log"
    assert listed[0][2:] == ["vera", "read", f"document {document}"]
    assert newest[1].detail == {"consent": "confidential"}  # control: the entry stores a detail ...
    assert "canary" not in page.text and "4417" not in page.text and "confidential" not in str(listed)  # ... never shown
    assert log_reads(store) == [("vera", {"command": "workspace/audit", "limit": AUDIT_PAGE_SIZE})]
    # the page's own read is listed by the next read, not by itself
    again = rows(client.get("/workspace/audit").text)
    assert again[0][2:] == ["vera", "read", "audit log"] and len(again) == len(listed) + 1


def test_the_audit_page_filters_pages_and_records_the_filter(store, tmp_path):
    app = create_app(store)
    client, _ = client_as(app, store, make_user(store, "vera"))
    with store.session() as session:
        for number in range(AUDIT_PAGE_SIZE + 3):
            store.audit(session, "amina", "change", "document", number % 2)
    first = client.get("/workspace/audit?by=amina&record_id=1")
    listed = rows(first.text)
    assert len(listed) == AUDIT_PAGE_SIZE // 2 + 1 and {tuple(r[2:]) for r in listed} == {("amina", "change", "document 1")}
    everything = rows(client.get("/workspace/audit?by=amina").text)
    older = re.search(r'<a rel="next" href="([^"]+)"', client.get("/workspace/audit?by=amina").text)
    assert len(everything) == AUDIT_PAGE_SIZE and older
    second = client.get(unescape(older.group(1)))
    assert len(rows(second.text)) == 3 and int(rows(second.text)[0][0]) < int(everything[-1][0])
    assert 'rel="prev"' in second.text and 'rel="next"' not in second.text
    reads = [detail for _, detail in log_reads(store)]
    assert {"command": "workspace/audit", "limit": AUDIT_PAGE_SIZE,
            "filter": {"by": "amina", "record_id": "1"}} in reads
    assert reads[-1] == {"command": "workspace/audit", "limit": AUDIT_PAGE_SIZE, "before": int(everything[-1][0]),
                         "filter": {"by": "amina"}}


def test_a_filter_value_no_entry_stores_is_refused_and_not_recorded(store):
    client, _ = client_as(create_app(store), store, make_user(store, "vera"))
    refused = client.get("/workspace/audit?by=Tursun+Ehmet")
    assert refused.status_code == 400 and "No audit entry has that value" in refused.text
    assert log_reads(store) == []
    assert client.get("/workspace/audit?by=tester").status_code == 200  # control: a value the log holds
    assert [detail.get("filter") for _, detail in log_reads(store)] == [{"by": "tester"}]


def test_the_audit_page_and_its_link_follow_the_permission_the_cli_checks(store, monkeypatch):
    """The page and the menu's link follow the one row `guwah audit list` checks (READ_LOG); a role
    below it gets 403 and no link; an anonymous visitor is sent to log in."""
    app = create_app(store)
    viewer, _ = client_as(app, store, make_user(store, "vera"))
    editor, _ = client_as(app, store, make_user(store, "amina", "editor", totp=True))
    assert PERMISSIONS[READ_LOG] == "viewer"
    for client in (viewer, editor):  # control: every member's role may read the log today
        assert client.get("/workspace/audit").status_code == 200
        assert 'href="http://testserver/workspace/audit"' in client.get("/workspace/releases").text
    monkeypatch.setitem(PERMISSIONS, READ_LOG, "editor")
    assert viewer.get("/workspace/audit").status_code == 403
    assert editor.get("/workspace/audit").status_code == 200
    assert "/workspace/audit" not in viewer.get("/account/password").text
    assert "/workspace/audit" in editor.get("/account/password").text
    anonymous, _ = client_as(app, store, None)
    answer = anonymous.get("/workspace/audit", follow_redirects=False)
    assert answer.status_code in (302, 303, 307) and answer.headers["location"].startswith("/login")


@pytest.mark.parametrize("code", ["ru", "kk", "ug", "zh"])
def test_the_audit_page_speaks_the_readers_language(store, code):
    """Its headings, its actions (`guwah.web.labels`, kind audit_action) and its refusal in the
    reader's language; the English of each is gone."""
    from guwah.protection.audit import NO_SUCH_VALUE
    from guwah.web.i18n import label, translations

    gettext = translations(code).gettext
    client, _ = client_as(create_app(store), store, make_user(store, "vera"))
    with store.session() as session:
        store.audit(session, "amina", "login_failed", "user_account", 1)
    english = client.get("/workspace/audit").text
    assert "Audit log" in english and "failed login" in english  # control
    page = unescape(client.get(f"/workspace/audit?lang={code}").text)
    for words in ("Audit log", "Record type"):
        assert gettext(words) != words and gettext(words) in page and words not in page, words
    said = label("audit_action", "login_failed", code)
    assert said != "failed login" and said in page and "failed login" not in page
    assert f'href="http://testserver/workspace/audit?lang={code}"' in page  # the menu's link
    refused = unescape(client.get(f"/workspace/audit?by=nobody-here&lang={code}").text)
    assert gettext(NO_SUCH_VALUE) != NO_SUCH_VALUE and gettext(NO_SUCH_VALUE) in refused


def test_the_audit_page_pages_by_entry_id_without_a_last_page_or_a_count(store):
    """A log of more entries than a page: "older" and "newer" links page by entry id (keyset), so
    every entry is reachable however deep (the page numbers stopped at 500, h-product48), entries
    appended meanwhile (each view's own read) shift no page, and no view counts the whole log."""
    from sqlalchemy import event

    statements = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda _c, _cursor, statement, *args: statements.append(statement.lower()))
    client, _ = client_as(create_app(store), store, make_user(store, "vera"))
    with store.session() as session:
        for number in range(2 * AUDIT_PAGE_SIZE + 3):
            store.audit(session, "amina", "change", "document", number)
    with store.session() as session:
        logged = list(session.scalars(select(AuditEntry.id).where(AuditEntry.actor == "amina")
                                      .order_by(AuditEntry.id.desc())))

    def links(page: str) -> dict[str, str]:
        return {rel: unescape(href) for rel, href in re.findall(r'<a rel="(prev|next)" href="([^"]+)"', page)}

    seen, path, pages = [], "/workspace/audit?by=amina", []
    while path:
        page = client.get(path)
        assert page.status_code == 200
        pages.append(page.text)
        seen += [int(row[0]) for row in rows(page.text)]
        path = links(page.text).get("next")
    assert seen == logged and len(pages) == 3  # newest first, each entry once, then no older link
    assert "prev" not in links(pages[0]) and "prev" in links(pages[-1])
    back = client.get(links(pages[-1])["prev"])  # "newer" from the oldest page: the middle one again
    assert [int(row[0]) for row in rows(back.text)] == logged[AUDIT_PAGE_SIZE:2 * AUDIT_PAGE_SIZE]
    assert {"prev", "next"} <= set(links(back.text))
    deep = client.get(f"/workspace/audit?by=amina&before={logged[-2]}")  # any depth, by id
    assert [int(row[0]) for row in rows(deep.text)] == logged[-1:] and "next" not in links(deep.text)
    read = [statement for statement in statements if "from audit_entry" in statement]
    assert read and not [statement for statement in read if "count(" in statement]  # no view counts the log
    reads = [detail for _, detail in log_reads(store)]
    assert reads[-1] == {"command": "workspace/audit", "limit": AUDIT_PAGE_SIZE, "before": logged[-2],
                         "filter": {"by": "amina"}}
