"""The registry chain in a real headless Chromium: an editor finds an entry, opens a mention, records a
naming basis, links the mention to the other entry and unlinks it again, and proposes a release of
the entry, landing on its approval page; a second reviewer approves a naming basis the proposer may not
approve; a bad entry number is refused in one line in the reader's
language with what was typed kept (en ru kk ug zh)."""

import pytest
from sqlalchemy import select

from guwah.storage.tables import LinkChange, NamingBasis, Person, Release
from guwah.web.auth import SESSION_COOKIE
from guwah.web.i18n import translations
from tests.accounts.factories import browser_token, fast_hashing, make_user
from tests.web.conftest import serving
from tests.web.test_registry_pages import add_two_mentions

pytestmark = pytest.mark.browser


@pytest.fixture
def registry_site(store, tmp_path, page):
    """Two entries of one invented man, served, and `page` logged in as editor "eldor"."""
    mentions, documents = add_two_mentions(store, tmp_path)
    with fast_hashing():
        token = browser_token(store, make_user(store, "eldor", "editor", totp=True))
    with serving(store) as url:
        page.context.add_cookies([{"name": SESSION_COOKIE, "value": token, "url": url}])
        yield url, mentions, documents


def _entry_of(store, mention: int) -> int:
    with store.session() as session:
        return session.get(Person, mention).entry.number


def test_an_editor_walks_the_registry_chain(store, registry_site, page, screenshots):
    from guwah.releases import approve_basis

    site, (first, second), (document, _) = registry_site
    page.goto(site + "/workspace")
    page.get_by_role("link", name="Person entries").click()
    page.wait_for_url(site + "/workspace/entries")
    assert page.locator("table.entries tbody tr").count() == 2
    own, other = _entry_of(store, first), _entry_of(store, second)
    page.get_by_role("link", name=f"E-{own}", exact=True).click()
    page.wait_for_url(f"{site}/workspace/entries/{own}")
    assert page.locator("main h1").inner_text() == f"Entry E-{own}"
    page.locator(f"#mention-{first} a").click()
    page.wait_for_url(f"{site}/workspace/mentions/{first}")
    assert "Qadir Yasin" in page.locator("dd.mention").inner_text()
    # 1. a naming basis: the witness's own consent, with the testimony that carries it
    page.select_option("#basis", "own_consent")
    page.fill("#naming-document", str(document))
    page.fill("#naming-note", "consent form kept with the intake notes")
    page.get_by_role("button", name="Record the naming basis").click()
    page.wait_for_url(f"{site}/workspace/mentions/{first}")
    with store.session() as session:
        basis = session.scalars(select(NamingBasis).where(NamingBasis.person_id == first)).one()
        assert (basis.basis, basis.document_id, basis.proposed_by) == ("own_consent", document, "eldor")
    assert "proposed" in page.locator(f"#naming-basis-{basis.id}").inner_text()
    page.screenshot(path=str(screenshots / "en-workspace-mention.png"), full_page=True)
    # 3. link to the other entry, then unlink from that entry's page
    page.fill("#link-entry", f"E-{other}")
    page.get_by_role("button", name="Link", exact=True).click()
    page.wait_for_url(f"{site}/workspace/mentions/{first}**")
    assert _entry_of(store, first) == other
    page.get_by_role("link", name=f"E-{other}").first.click()
    page.wait_for_url(f"{site}/workspace/entries/{other}")
    assert page.locator("ul.mentions > li").count() == 2
    page.screenshot(path=str(screenshots / "en-workspace-entry.png"), full_page=True)
    page.locator(f"#mention-{first}").get_by_role("button").click()
    page.wait_for_url(f"{site}/workspace/entries/{other}**")
    assert page.locator("ul.mentions > li").count() == 1 and _entry_of(store, first) not in (own, other)
    with store.session() as session:
        actors = {(change.action, change.actor) for change in session.scalars(
            select(LinkChange).where(LinkChange.person_id == first, LinkChange.how == "reviewer"))}
    assert actors == {("merge", "eldor"), ("split", "eldor")}
    # 2. a release of the entry, once its mention may be named, leads to the approval page
    with store.session() as session:
        approve_basis(session, basis.id, "reviewer")
    page.goto(f"{site}/workspace/mentions/{first}")
    page.locator("p.meta a").nth(2).click()  # the mention's entry
    page.get_by_role("button", name="Propose a release of this entry").click()
    page.wait_for_url(f"{site}/workspace/releases/**")
    with store.session() as session:
        release = session.scalars(select(Release).where(Release.subject_type == "entry")).one()
    assert page.url.endswith(f"/workspace/releases/{release.id}") and release.drafted_by == "eldor"
    assert "draft" in page.locator("main h1").inner_text()


@pytest.mark.parametrize("code", ["en", "ru", "kk", "ug", "zh"])
def test_a_bad_entry_number_is_said_in_the_readers_language_with_what_was_typed(store, registry_site, page,
                                                                               screenshots, code):
    gettext = translations(code).gettext
    site, (first, _), _ = registry_site
    page.goto(f"{site}/workspace/mentions/{first}?lang={code}")
    page.fill("#link-entry", "M-4")
    page.get_by_role("button", name=gettext("Link"), exact=True).click()
    page.wait_for_load_state()
    alert = page.locator("#link-refused")
    said = gettext("an entry number is written %(number)s or %(prefix)s%(number)s (%(other)s is a mention id)") % {
        "number": 7, "prefix": "E-", "other": "M-"}
    assert alert.inner_text() == said
    assert code == "en" or "is written" not in said  # translated
    assert page.locator("#link-entry").input_value() == "M-4"
    assert page.locator("#link-entry").get_attribute("aria-invalid") == "true"
    page.screenshot(path=str(screenshots / f"{code}-workspace-mention-refused.png"), full_page=True)
    with store.session() as session:
        assert session.scalars(select(LinkChange).where(LinkChange.how == "reviewer")).all() == []


def test_a_second_reviewer_approves_the_naming_basis_in_the_browser(store, registry_site, page, screenshots):
    """The proposer's own approval is refused in one line (the web's words, the reason typed kept);
    a second reviewer, logged in, approves the basis from the same page."""
    site, (first, _), _ = registry_site
    page.goto(f"{site}/workspace/mentions/{first}")
    page.select_option("#basis", "reporting_relative")
    page.fill("#naming-note", "the brother asked for it at the intake")
    page.get_by_role("button", name="Record the naming basis").click()
    page.wait_for_url(f"{site}/workspace/mentions/{first}")
    with store.session() as session:
        basis = session.scalars(select(NamingBasis).where(NamingBasis.person_id == first)).one().id
    assert "guwah naming" not in page.content()
    page.fill(f"#approve-reason-{basis}", "no one else is here today")
    page.get_by_role("button", name=f"Approve naming basis {basis}").click()
    page.wait_for_load_state()
    alert = page.locator(f"#approve-refused-{basis}")
    assert "another editor or admin must approve it" in alert.inner_text()
    assert "GUWAH_" not in alert.inner_text() and "--reason" not in alert.inner_text()
    assert page.locator(f"#approve-reason-{basis}").input_value() == "no one else is here today"
    page.screenshot(path=str(screenshots / "en-workspace-naming-refused.png"), full_page=True)
    with store.session() as session:
        assert session.get(NamingBasis, basis).approved_at is None
    # the second reviewer, in the same browser
    with fast_hashing():
        token = browser_token(store, make_user(store, "zeynep", "editor", totp=True))
    page.context.clear_cookies()
    page.context.add_cookies([{"name": SESSION_COOKIE, "value": token, "url": site}])
    page.goto(f"{site}/workspace/mentions/{first}")
    page.get_by_role("button", name=f"Approve naming basis {basis}").click()
    page.wait_for_url(f"{site}/workspace/mentions/{first}**")
    assert "approved" in page.locator(f"#naming-basis-{basis}").inner_text()
    assert page.get_by_role("button", name=f"Approve naming basis {basis}").count() == 0
    with store.session() as session:
        row = session.get(NamingBasis, basis)
        assert (row.approved_by, row.approval_basis) == ("zeynep", "second_reviewer")
    page.screenshot(path=str(screenshots / "en-workspace-naming-approved.png"), full_page=True)


def test_a_conflicting_link_is_refused_in_the_pages_words_and_the_box_links_all_the_same(store, registry_site, page,
                                                                                          screenshots):
    """h-product53: the refusal of a link over conflicting records named `guwah persons show` and --force
    on a Russian page; it says, in Russian, what the page offers: the entry's page and the link form's box,
    which links past the conflict."""
    from guwah.storage.tables import PersonAttribute

    site, (first, second), _ = registry_site
    with store.session() as session:
        for mention, gender in ((first, "female"), (second, "male")):
            session.add(PersonAttribute(person_id=mention, attribute="gender", value=gender, review_state="accepted",
                                        asserted_by_kind="user", asserted_by="t"))
    other = _entry_of(store, second)
    gettext = translations("ru").gettext
    page.goto(f"{site}/workspace/mentions/{first}?lang=ru")
    page.fill("#link-entry", f"E-{other}")
    page.get_by_role("button", name=gettext("Link"), exact=True).click()
    page.wait_for_load_state()
    alert = page.locator("#link-refused").inner_text()
    assert gettext("its page in the workspace") in alert
    assert gettext("the box “Link although their records disagree” ticked") in alert
    assert "--force" not in alert and "guwah" not in alert
    assert page.locator("#link-entry").input_value() == f"E-{other}"
    page.screenshot(path=str(screenshots / "ru-workspace-link-conflict.png"), full_page=True)
    assert _entry_of(store, first) != other
    page.get_by_label(gettext("Link although their records disagree")).check()
    page.get_by_role("button", name=gettext("Link"), exact=True).click()
    page.wait_for_url(f"{site}/workspace/mentions/{first}**")
    assert _entry_of(store, first) == other


def test_a_link_a_different_judgement_refuses_names_the_pair_and_how_to_judge(store, registry_site, page,
                                                                               screenshots):
    """h-newcomer70: a link refused over a reviewer's "different" said "record a 'same' judgement first"
    with bare entry numbers, and the mention page said "the last step can be undone", while the
    workspace offers neither a judgement nor an undo. The refusal now names the two mentions and the
    command that records "same", and the page says where judging, the linker's pairs and undoing are
    done. Control: once "same" is recorded, the same link goes through."""
    from guwah.registry import PairSeen, judge

    site, (first, second), _ = registry_site
    with store.session() as session:
        judge(session, first, second, "different", "reviewer", "born years apart")
    other = _entry_of(store, second)
    page.goto(f"{site}/workspace/mentions/{first}")
    assert "guwah persons undo" in page.locator("#registry-commands").inner_text()
    assert "guwah persons judge" in page.locator("#registry-commands").inner_text()
    page.fill("#link-entry", f"E-{other}")
    page.get_by_role("button", name="Link", exact=True).click()
    page.wait_for_load_state()
    alert = page.locator("#link-refused").inner_text()
    assert f"M-{first}" in alert and f"M-{second}" in alert and f"E-{other}" in alert, alert
    assert f"guwah persons judge M-{first} M-{second} same" in alert, alert
    page.screenshot(path=str(screenshots / "en-workspace-link-judged-different.png"), full_page=True)
    assert _entry_of(store, first) != other
    with store.session() as session:
        judge(session, first, second, "same", "reviewer", "one man after all", PairSeen(replace=True))
    page.fill("#link-entry", f"E-{other}")
    page.get_by_role("button", name="Link", exact=True).click()
    page.wait_for_url(f"{site}/workspace/mentions/{first}**")
    assert _entry_of(store, first) == other
