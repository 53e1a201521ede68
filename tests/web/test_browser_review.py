"""The review screens in a real headless Chromium: an editor logs in (password and TOTP), opens the
list of waiting facts, a fact with its highlighted passage, and accepts it."""

import pytest
from sqlalchemy import select

from guwah.storage.tables import AuditEntry, Event
from tests.accounts.factories import PASSWORD, fast_hashing, make_user, next_code

pytestmark = pytest.mark.browser


def test_an_editor_walks_from_the_list_to_a_fact_and_accepts_it(store, site, page, screenshots):
    with fast_hashing():
        editor = make_user(store, "eldor", "editor", totp=True)
    page.goto(site + "/workspace/review")
    assert "/login" in page.url  # sent to log in first
    page.fill("#username", "eldor")
    page.fill("#password", PASSWORD)
    page.click("form.stacked button[type=submit]")
    page.wait_for_url("**/login/totp**")
    page.fill("#code", next_code(editor.totp_secret))
    page.click("form.stacked button[type=submit]")
    page.wait_for_url(site + "/workspace/review")
    assert page.locator("main h1").inner_text() == "Review"
    assert "nothing is public until it is released" in page.locator("main p.lead").inner_text()
    page.select_option("#kind", "event")
    page.click("form.review-filters button[type=submit]")
    page.wait_for_url("**/workspace/review?**kind=event**")
    rows = page.locator("table.review-list tbody tr")
    assert rows.count() > 0
    first = rows.first
    cited = first.locator("td.passage mark").inner_text()
    assert cited.strip()  # each waiting fact shows the words it rests on
    ref = first.locator("td a").first.inner_text()
    assert ref.startswith("event:")
    page.screenshot(path=str(screenshots / "en-workspace-review.png"), full_page=True)
    first.locator("td a").first.click()
    page.wait_for_url(f"**/workspace/review/event/{ref.split(':')[1]}?filter_kind=event")  # the list's filter kept
    assert page.locator("blockquote.passage mark").inner_text() == cited
    assert page.locator(".review-state").inner_text() == "proposed"
    page.screenshot(path=str(screenshots / "en-workspace-proposal.png"), full_page=True)
    page.get_by_role("button", name="Accept").click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/workspace/review/event/{ref.split(':')[1]}?filter_kind=event&done=accepted")
    assert page.locator(".review-state").inner_text() == "accepted by eldor"
    # h-try62: the page says what was done, where a screen reader announces it (role=status)
    assert page.get_by_role("status").inner_text() == f"Accepted: fact {ref}."
    with store.session() as session:
        assert session.get(Event, int(ref.split(":")[1])).review_state == "accepted"
        decision = session.scalars(select(AuditEntry).where(AuditEntry.action == "review",
                                                            AuditEntry.actor == "eldor")).one()
        assert (decision.record_id, decision.detail) == (ref.split(":")[1], {"decision": "accepted"})
    # the accepted fact has left the list of waiting ones
    page.get_by_role("link", name="Review", exact=True).first.click()
    page.wait_for_load_state()
    assert ref not in page.locator("table.review-list").inner_text()


def test_values_in_the_other_script_sit_by_their_labels(store, tmp_path, page, screenshots):
    """h-try45 (screenshots of the ug and ru fact pages): a value in the other script's direction
    jumped to the far edge of its cell, away from its label ("2017" far left on the Uyghur page, an
    Arabic-script place far right on the Russian one): each value starts where the page's text does."""
    from guwah.ingest import ingest_file
    from guwah.storage.tables import Person, PersonAttribute
    from guwah.web.auth import SESSION_COOKIE
    from tests.accounts.factories import browser_token
    from tests.web.conftest import serving

    text = "Her hometown is Kashgar, where she lived until 2017."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    document_id = ingest_file(store, tmp_path / "a.txt").document_id
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        start = text.index("Kashgar")
        fact = PersonAttribute(person_id=person.id, attribute="hometown", value="قەشقەر", as_of="2017",
                               evidence_document_id=document_id, evidence_start=start, evidence_end=start + 7,
                               asserted_by_kind="extractor", asserted_by="guwah.extract")
        session.add(fact)
        session.flush()
        fact_id = fact.id
    with fast_hashing():
        token = browser_token(store, make_user(store, "vera"))
    # where each value's text starts, against its cell's start edge (the page's direction)
    offsets = """([rtl]) => [...document.querySelectorAll('dl.provenance dd, table.review-list td:not(.passage)')].map(cell => {
        const range = document.createRange(); range.selectNodeContents(cell);
        const text = range.getBoundingClientRect(), box = cell.getBoundingClientRect();
        const style = getComputedStyle(cell);
        const start = rtl ? box.right - parseFloat(style.paddingRight) : box.left + parseFloat(style.paddingLeft);
        return [cell.textContent.trim(), Math.round(rtl ? start - text.right : text.left - start)];
    }).filter(([t]) => t === "2017" || t.includes("قەشقەر") || t.includes("2017"))"""
    with serving(store) as url:
        page.context.add_cookies([{"name": SESSION_COOKIE, "value": token, "url": url}])
        for code, rtl in (("ug", True), ("ru", False)):
            for path in (f"/workspace/review/attribute/{fact_id}", "/workspace/review?kind=attribute"):
                page.goto(f"{url}{path}?lang={code}" if "?" not in path else f"{url}{path}&lang={code}")
                found = page.evaluate(offsets, [rtl])
                assert found and all(abs(offset) <= 2 for _, offset in found), (code, path, found)
            page.screenshot(path=str(screenshots / f"{code}-workspace-review-values.png"), full_page=True)


def test_a_decision_sent_twice_at_once_is_stored_once(store, tmp_path, page):
    """h-try50: the fact's accept and reject forms sent at once from one page (a double click, the
    same fact open in two tabs) both read it proposed, and both were stored: two decisions audited,
    the last one's state kept. Now one is stored and the other says the fact was already decided."""
    from guwah.ingest import ingest_file
    from guwah.storage.tables import Person, ViolationCoding
    from guwah.vocab import violation_codes
    from guwah.web.auth import SESSION_COOKIE
    from tests.accounts.factories import browser_token
    from tests.web.conftest import serving

    text = "The guards beat him every night in the cell."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    document_id = ingest_file(store, tmp_path / "a.txt").document_id
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        start = text.index("beat")
        fact = ViolationCoding(person_id=person.id, code=sorted(violation_codes())[0],
                               evidence_document_id=document_id, evidence_start=start, evidence_end=start + 4,
                               asserted_by_kind="extractor", asserted_by="guwah.extract")
        session.add(fact)
        session.flush()
        fact_id = fact.id
    with fast_hashing():
        token = browser_token(store, make_user(store, "eldor", "editor", totp=True))
    with serving(store) as url:
        page.context.add_cookies([{"name": SESSION_COOKIE, "value": token, "url": url}])
        page.goto(f"{url}/workspace/review/violation/{fact_id}")
        page.fill("#reject-reason", "not what the passage says")
        answers = page.evaluate("""async () => {
            const send = action => { const form = document.querySelector(`form[action$='/${action}']`);
                return fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form))}); };
            const answers = await Promise.all([send('accept'), send('reject'), send('accept')]);
            return Promise.all(answers.map(async a => [a.status, a.redirected, await a.text()]));
        }""")
        page.reload()
        shown = page.locator(".review-state").inner_text()
    stored = [status for status, redirected, _ in answers if redirected]
    refused = [body for status, redirected, body in answers if not redirected and status in (400, 409)]
    assert len(stored) == 1 and len(refused) == 2, [a[:2] for a in answers]
    assert all("was already" in body or "at the same time" in body for body in refused)
    with store.session() as session:
        decisions = session.scalars(select(AuditEntry).where(AuditEntry.action == "review")).all()
        state = session.get(ViolationCoding, fact_id).review_state
    assert len(decisions) == 1 and decisions[0].detail == {"decision": state}
    assert shown == f"{state} by eldor"


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_form_sent_after_the_session_ended_says_nothing_was_stored(store, tmp_path, page, language):
    """h-try50: a fact's page left open while the session ended (logged out in another tab): its
    rejection, sent then, led to a bare login page that did not say whether the rejection was
    stored. The login page now says it was not, in the reader's language, and it was not."""
    from guwah.ingest import ingest_file
    from guwah.storage.tables import Person, ViolationCoding
    from guwah.vocab import violation_codes
    from guwah.web.auth import SESSION_COOKIE
    from guwah.web.i18n import translations
    from guwah.web.routes.account import UNSENT
    from tests.accounts.factories import browser_token
    from tests.web.conftest import serving

    text = "The guards beat him every night in the cell."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    document_id = ingest_file(store, tmp_path / "a.txt").document_id
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        fact = ViolationCoding(person_id=person.id, code=sorted(violation_codes())[0],
                               evidence_document_id=document_id, evidence_start=11, evidence_end=15,
                               asserted_by_kind="extractor", asserted_by="guwah.extract")
        session.add(fact)
        session.flush()
        fact_id = fact.id
    with fast_hashing():
        token = browser_token(store, make_user(store, "eldor", "editor", totp=True))
    with serving(store) as url:
        page.context.add_cookies([{"name": SESSION_COOKIE, "value": token, "url": url}])
        page.goto(f"{url}/workspace/review/violation/{fact_id}?lang={language}")
        page.fill("#reject-reason", "the passage tells of someone else")
        other = page.context.new_page()  # the same member logs out in another tab
        other.goto(f"{url}/workspace?lang={language}")
        other.locator("header form button").click()
        other.wait_for_load_state()
        page.locator("form[action*='/reject'] button").click()
        page.wait_for_load_state()
        assert "/login" in page.url
        notice = page.locator("main p.notice").inner_text()
    assert notice == translations(language).gettext(UNSENT) and (language == "en" or notice != UNSENT)
    with store.session() as session:
        assert session.get(ViolationCoding, fact_id).review_state == "proposed"
        assert not session.scalars(select(AuditEntry).where(AuditEntry.action == "review")).all()


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_refusal_in_the_workspace_leads_back_to_the_workspace(store, tmp_path, page, language):
    """h-try50: an editor approving their own draft was refused on a page that led "Back to the list of
    testimonies" (the public site) under the public site's footer. A refusal or a missing page inside
    the workspace now leads back to the workspace, under its footer; the public site's are unchanged.
    (h-product54: the approval's refusal now comes back to the release's page itself.)"""
    from guwah.releases import draft_release
    from guwah.web.auth import SESSION_COOKIE
    from guwah.web.i18n import translations
    from tests.accounts.factories import browser_token
    from tests.releasing import ingest_text, mark_read
    from tests.web.conftest import serving

    document = ingest_text(store, tmp_path, "a.txt", "Nothing here names anyone.", "consent: public\n")
    mark_read(store, document)
    with fast_hashing():
        token = browser_token(store, make_user(store, "eldor", "editor", totp=True))
    with store.session() as session:
        draft = draft_release(session, document, "eldor").id
    gettext = translations(language).gettext
    workspace_note = gettext("this is the workspace: it shows confidential material; every read of it is recorded.")
    with serving(store) as url:
        page.context.add_cookies([{"name": SESSION_COOKIE, "value": token, "url": url}])
        page.goto(f"{url}/workspace/releases/{draft}?lang={language}")
        page.locator("form[action*='/approve'] button").click()
        page.wait_for_load_state()
        assert "another editor or admin must approve it" in page.locator("main").inner_text() or language != "en"
        assert gettext("Back to the list of testimonies") not in page.locator("main").inner_text()
        assert workspace_note in page.locator("footer").inner_text()
        # h-product54: the approval's refusal is said in place on the release's page, no error page
        assert page.locator("#release-refused").count() == 1
        page.goto(f"{url}/workspace/review/event/999999?lang={language}")  # a fact that is not there
        assert page.get_by_role("link", name=gettext("Back to the workspace")).count() == 1
        assert workspace_note in page.locator("footer").inner_text()
        page.get_by_role("link", name=gettext("Back to the workspace")).click()
        page.wait_for_load_state()
        assert page.url.startswith(f"{url}/workspace") and page.locator("main h1").inner_text() == gettext("Workspace")
        page.goto(f"{url}/documents/999999?lang={language}")  # the public site's missing page is as it was
        assert page.get_by_role("link", name=gettext("Back to the list of testimonies")).count() == 1
        assert workspace_note not in page.locator("footer").inner_text()


def test_an_editor_ticks_facts_accepts_them_at_once_and_follows_next_waiting_fact(store, tmp_path, page, screenshots):
    """h-review65: a newcomer needed 28 page loads for 14 facts. In a real server and browser: two
    facts ticked and accepted with one click (one audit entry each), then a third fact decided on
    its page leads by "Next waiting fact" to the fourth, the list's document filter kept."""
    from guwah.ingest import ingest_file
    from guwah.storage.tables import Person, PersonName
    from guwah.web.auth import SESSION_COOKIE
    from tests.accounts.factories import browser_token
    from tests.web.conftest import serving

    text = "Mirzat Yolchi-Bahar was held in a camp near Kucha in 2018, then in a prison in 2019 and 2020."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    document_id = ingest_file(store, tmp_path / "a.txt").document_id
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        # named, so that its facts may be accepted in bulk (`guwah.review.needs_reading`, h-workspace70)
        session.add(PersonName(person_id=person.id, name="Mirzat Yolchi-Bahar", evidence_document_id=document_id,
                               evidence_start=0, evidence_end=19, asserted_by_kind="user", asserted_by="t",
                               review_state="accepted"))
        ids = []
        for year in ("2018", "2019", "2020", "2018"):
            start = text.index(year)
            event = Event(event_type="detention", person_id=person.id, date_value=year, date_precision="year",
                          evidence_document_id=document_id, evidence_start=start, evidence_end=start + 4,
                          asserted_by_kind="extractor", asserted_by="guwah.extract")
            session.add(event)
            session.flush()
            ids.append(event.id)
    with fast_hashing():
        token = browser_token(store, make_user(store, "eldor", "editor", totp=True))
    with serving(store) as url:
        page.context.add_cookies([{"name": SESSION_COOKIE, "value": token, "url": url}])
        page.goto(f"{url}/workspace/review?document={document_id}")
        assert page.locator("input[name=fact]").count() == 4
        page.get_by_label(f"Select fact event:{ids[0]}").check()
        page.get_by_label(f"Select fact event:{ids[1]}").check()
        page.get_by_role("button", name="Accept selected").click()
        page.wait_for_url("**done=accepted**")
        assert page.get_by_role("status").first.inner_text() == f"Accepted 2 facts: event:{ids[0]}, event:{ids[1]}."
        assert page.locator("input[name=fact]").count() == 2  # the two still waiting
        page.screenshot(path=str(screenshots / "en-workspace-review-batch.png"), full_page=True)
        with store.session() as session:
            assert [session.get(Event, i).review_state for i in ids] == ["accepted", "accepted", "proposed",
                                                                         "proposed"]
            decided = session.scalars(select(AuditEntry).where(AuditEntry.action == "review")
                                      .order_by(AuditEntry.id)).all()
            assert [(d.actor, d.record_id) for d in decided] == [("eldor", str(ids[0])), ("eldor", str(ids[1]))]
        page.get_by_role("link", name=f"event:{ids[2]}", exact=True).click()
        page.get_by_role("button", name="Accept", exact=True).click()
        page.wait_for_url("**done=accepted**")
        page.get_by_role("link", name="Next waiting fact").click()
        page.wait_for_url(f"**/workspace/review/event/{ids[3]}?filter_document={document_id}")
        assert page.locator(".review-state").inner_text() == "proposed"
        page.get_by_label("Reason for rejecting it (kept, shown to reviewers)").fill("the same detention twice")
        page.get_by_role("button", name="Reject", exact=True).click()
        page.wait_for_url("**done=rejected**")
        # none left with this filter: the page says so, linking back to the list
        page.get_by_role("link", name="No fact waiting in this list: back to it").click()
        page.wait_for_url(f"**/workspace/review?document={document_id}")
        assert page.locator("input[name=fact]").count() == 0
