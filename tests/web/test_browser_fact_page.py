"""h-product51: a fact's page and a testimony's page in a real headless Chromium, in the reader's
language: the mention a fact is about by name, linked; a role by its label; the passage cut between
words (Chinese between characters); and what an erasure left of a naming basis's note and approval
reason (when, and under which erasure) instead of a bare "[erased]". Invented texts."""

import pytest
from sqlalchemy import select

from guwah.web.i18n import translations
from tests.accounts.factories import browser_token, fast_hashing, make_user

pytestmark = pytest.mark.browser

# Invented: long enough that the passage is cut on both sides of the cited words.
_FILLER = {"ru": ("The neighbours remember the old teacher who kept bees behind the school and sold honey in autumn. ",
                  "Her cousins waited at the gate of the county office for many weeks and asked every official they met. "),
           "zh": ("邻居们都记得那位在学校后面养蜜蜂的老师，他每年秋天在集市上卖蜂蜜给路过的人𠀀。",
                  "她的表兄弟们在县政府的大门口等了好几个星期，向遇到的每一位官员打听她的下落𠀁。")}
TEXTS = {
    "ru": _FILLER["ru"][0] * 3 + "Gulnara Sabit, a victim of the raids, was taken from that village in the spring. "
          + _FILLER["ru"][1] * 3,
    "zh": _FILLER["zh"][0] * 3 + "古丽娜尔是那次搜捕的受害者，那年春天她从村子里被带走。" + _FILLER["zh"][1] * 3,
}
CITED = {"ru": "a victim of the raids", "zh": "搜捕的受害者"}
NAME = {"ru": "Gulnara Sabit", "zh": "古丽娜尔"}


def _a_role_fact(store, tmp_path, code):
    from guwah.ingest import ingest_file
    from guwah.storage.tables import Person, PersonAttribute, PersonName

    text = TEXTS[code]
    (tmp_path / f"{code}.txt").write_text(text, encoding="utf-8")
    document_id = ingest_file(store, tmp_path / f"{code}.txt").document_id
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        at = text.index(NAME[code])
        name = PersonName(person_id=person.id, name=NAME[code], evidence_document_id=document_id, evidence_start=at,
                          evidence_end=at + len(NAME[code]), asserted_by_kind="extractor", asserted_by="x",
                          review_state="accepted")
        start = text.index(CITED[code])
        role = PersonAttribute(person_id=person.id, attribute="role", value="victim",
                               evidence_document_id=document_id, evidence_start=start,
                               evidence_end=start + len(CITED[code]), asserted_by_kind="extractor", asserted_by="x")
        session.add_all([name, role])
        session.flush()
        return document_id, person.id, name.id, role.id


@pytest.mark.parametrize("code", list(TEXTS))
def test_a_facts_page_names_its_mention_translates_its_role_and_cuts_its_passage_between_words(
        store, tmp_path, page, screenshots, code):
    # Before: "Mention M-17" with no name and no link, the role "victim" in English on the Russian
    # page, and the passage cut 160 characters from the cited words, mid-word.
    from guwah.storage.tables import AuditEntry
    from guwah.web.auth import SESSION_COOKIE
    from tests.web.conftest import serving

    document_id, person_id, name_id, fact_id = _a_role_fact(store, tmp_path, code)
    with fast_hashing():
        token = browser_token(store, make_user(store, "vera"))  # a viewer: the workspace's "read"
    text = TEXTS[code]
    with serving(store) as url:
        page.context.add_cookies([{"name": SESSION_COOKIE, "value": token, "url": url}])
        page.goto(f"{url}/workspace/review/attribute/{fact_id}?lang={code}")
        mention = page.locator("dd.mention")
        # the name links to its review page, the mention number to the mention's page
        assert mention.locator("a").first.inner_text() == NAME[code] and f"M-{person_id}" in mention.inner_text()
        assert mention.locator("a").last.get_attribute("href").split("?")[0].endswith(f"/workspace/mentions/{person_id}")
        assert page.locator("dl.provenance").inner_text().count(translations(code).gettext("victim")) == 1
        assert "victim" not in page.locator("dl.provenance").inner_text()
        before = page.locator("blockquote.passage").evaluate("q => q.firstChild.textContent")
        after = page.locator("blockquote.passage").evaluate("q => q.lastChild.textContent")
        assert before.startswith("…") and after.endswith("…")
        start = text.index(CITED[code])
        end = start + len(CITED[code])
        assert text[:start].endswith(before[1:]) and text[end:].startswith(after[:-1])
        cut_before, cut_after = start - len(before[1:]), end + len(after[:-1])
        if code == "ru":  # whole words at both cuts
            assert not text[cut_before - 1].isalnum() and not text[cut_after].isalnum()
        assert "\ufffd" not in before + after  # a character outside the BMP is never split
        page.screenshot(path=str(screenshots / f"{code}-workspace-fact-mention.png"), full_page=True)
        mention.locator("a").first.click()  # the name leads to its own fact, with its passage
        page.wait_for_url(f"**/workspace/review/name/{name_id}**")
        assert page.locator("blockquote.passage mark").inner_text() == NAME[code]
    with store.session() as session:  # the names of a non-public document's mention: a read, audited
        reads = session.scalars(select(AuditEntry).where(AuditEntry.action == "read",
                                                         AuditEntry.record_type == "mention")).all()
        assert reads and all(entry.detail == {"document": document_id} for entry in reads)


def test_a_testimonys_page_says_when_and_under_which_erasure_a_naming_basis_lost_its_words(
        store, tmp_path, page, screenshots):
    # Before: an erasure wrote "[erased]" over the note and approval reason of a naming basis resting on
    # the testimony, and a reviewer read it with no word of when or why. The page says "erased on DATE
    # under erasure request N" (N the erasure's audit entry) in the reader's language; a basis resting
    # on another testimony keeps its words (control).
    from datetime import UTC, datetime

    from guwah.ingest import ingest_file
    from guwah.protection.erasure import erase_testimony
    from guwah.storage.tables import AuditEntry, NamingBasis, Person
    from guwah.web.auth import SESSION_COOKIE
    from guwah.web.i18n import format_date
    from tests.web.conftest import serving

    ids = {}
    for key in ("erased", "kept"):
        (tmp_path / f"{key}.txt").write_text(f"An invented account, the {key} one, about a shop by the river.")
        ids[key] = ingest_file(store, tmp_path / f"{key}.txt").document_id
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        for key, note in (("erased", "she agreed on the phone from the coast"), ("kept", "a signed letter")):
            session.add(NamingBasis(person_id=person.id, basis="own_consent", note=note, document_id=ids[key],
                                    proposed_by="amina", approved_by="bilal", approved_at=datetime.now(UTC),
                                    approval_basis="second_reviewer", approval_reason="checked by phone"))
    with store.session() as session:
        erase_testimony(store, session, ids["erased"], "editor", "she asked")
    with store.session() as session:
        erasure = session.scalars(select(AuditEntry).where(AuditEntry.action == "erase")).one()
        day, request = erasure.at.date(), erasure.id
    with fast_hashing():
        token = browser_token(store, make_user(store, "vera"))
    with serving(store) as url:
        page.context.add_cookies([{"name": SESSION_COOKIE, "value": token, "url": url}])
        for code in ("en", "ru", "zh"):
            page.goto(f"{url}/workspace/documents/{ids['erased']}?lang={code}")
            said = translations(code).gettext("erased on %(date)s under erasure request %(request)s") % {
                "date": format_date(day, code), "request": request}
            section = page.locator("section.naming-bases").inner_text()
            assert section.count(said) == 2 and "[erased]" not in section and "phone" not in section, section
            if code == "zh":
                assert "年" in said  # the day in the reader's locale
            page.screenshot(path=str(screenshots / f"{code}-workspace-erased-naming-note.png"), full_page=True)
        page.goto(f"{url}/workspace/documents/{ids['kept']}")
        kept = page.locator("section.naming-bases").inner_text()
        assert "a signed letter" in kept and "checked by phone" in kept and "erased" not in kept
