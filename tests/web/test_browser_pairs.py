"""The linker's review queue in a real headless Chromium (issue 10): an editor follows the workspace's
link with the count waiting, judges one pair "same" (the next `guwah link` joins their entries, as
after `guwah persons judge`), one "different" (it leaves the queue and refuses a merge) and one
"unsure" (it waits in the unsure view, where it is judged again); a judgement with no reason is
refused with what was typed kept and nothing stored. Invented names."""

import pytest
from sqlalchemy import select

from guwah.errors import GuwahError
from guwah.storage.tables import Judgement, Person
from guwah.web.auth import SESSION_COOKIE
from tests.accounts.factories import browser_token, fast_hashing, make_user
from tests.web.conftest import serving
from tests.web.test_pairs_page import add_pair

pytestmark = pytest.mark.browser


def _entry_of(store, mention: int) -> int:
    with store.session() as session:
        return session.get(Person, mention).entry.number


def _verdicts(store) -> list[str]:
    with store.session() as session:
        return [row.verdict for row in session.scalars(select(Judgement).order_by(Judgement.id))]


def test_an_editor_judges_the_linkers_pairs(store, page, screenshots):
    from guwah.registry import link_archive
    from guwah.releases import merge_entries

    same = add_pair(store, "Mahinur Sattibay", "Mahinur Sattibayeva", 0.8)
    different = add_pair(store, "Erkinjan Tursunbek", "Erkinjan Tursunbekov", 0.7)
    unsure = add_pair(store, "Gulbahar Nurmet", "Gulbahar", 0.6)
    with fast_hashing():
        token = browser_token(store, make_user(store, "eldor", "editor", totp=True))
    with serving(store) as site:
        page.context.add_cookies([{"name": SESSION_COOKIE, "value": token, "url": site}])
        page.goto(site + "/workspace")
        page.get_by_role("link", name="Pairs the linker is unsure of: 3 wait for a reviewer").click()
        page.wait_for_url(site + "/workspace/pairs")
        assert page.locator("li.pair").count() == 3
        assert "Mahinur Sattibayeva" in page.locator(f"#pair-{same[0]}-{same[1]}").inner_text()
        page.screenshot(path=str(screenshots / "en-workspace-pairs.png"), full_page=True)

        # a refusal: no reason (the browser's own check bypassed, as a script or an old browser would)
        pair = page.locator(f"#pair-{different[0]}-{different[1]}")
        pair.get_by_label("Different people").check()
        pair.locator("input[name=reason]").evaluate("node => node.removeAttribute('required')")
        pair.get_by_role("button", name="Record the judgement").click()
        page.wait_for_url(site + "/workspace/pairs/judge")
        assert "a judgement needs a reason" in page.locator("#pair-refused").inner_text()
        assert page.locator(f"#pair-{different[0]}-{different[1]}").get_by_label("Different people").is_checked()
        assert _verdicts(store) == []

        def judge(pair, verdict: str, reason: str) -> None:
            row = page.locator(f"#pair-{pair[0]}-{pair[1]}")
            row.get_by_label(verdict).check()
            row.locator("input[name=reason]").fill(reason)
            row.get_by_role("button", name="Record the judgement").click()
            page.wait_for_url(site + "/workspace/pairs?**")

        judge(same, "Same person", "the same mother and village in both")
        assert f"M-{same[0]} and M-{same[1]} are the same person" in page.locator("#pair-judged").inner_text()
        judge(different, "Different people", "born twenty years apart")
        assert "different people" in page.locator("#pair-judged").inner_text()
        judge(unsure, "Unsure", "a first name only: ask the interviewer")
        assert page.locator("li.pair").count() == 0
        assert "No pair waits for a reviewer" in page.locator("main").inner_text()
        assert _verdicts(store) == ["same", "different", "unsure"]

        # "unsure": in the unsure view, judged again there
        page.get_by_role("link", name="Pairs judged unsure").click()
        page.wait_for_url(site + "/workspace/pairs?unsure=1")
        row = page.locator(f"#pair-{unsure[0]}-{unsure[1]}")
        assert "judged unsure by eldor" in row.inner_text() and page.locator("li.pair").count() == 1
        row.get_by_label("Different people").check()
        row.locator("input[name=reason]").fill("the interviewer says two women")
        row.get_by_role("button", name="Record the judgement").click()
        page.wait_for_url(site + "/workspace/pairs?unsure=1&**")
        assert page.locator("li.pair").count() == 0 and _verdicts(store)[-1] == "different"

        # "same": the next `guwah link` joins the entries; "different": no merge joins them
        with store.session() as session:
            link_archive(session, "linker-test", only_new=True)
        assert _entry_of(store, same[0]) == _entry_of(store, same[1])
        with store.session() as session, pytest.raises(GuwahError):
            merge_entries(session, _entry_of(store, different[0]), _entry_of(store, different[1]), "eldor")
        assert _entry_of(store, different[0]) != _entry_of(store, different[1])
        with store.session() as session:  # control: the same merge with an entry no judgement parts it from
            merge_entries(session, _entry_of(store, same[0]), _entry_of(store, different[1]), "eldor")
        assert _entry_of(store, different[1]) == _entry_of(store, same[0])

