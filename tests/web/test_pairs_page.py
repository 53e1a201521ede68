"""The workspace's linker review queue (`guwah.web.routes.pairs`, issue 10): the pairs the linker is
unsure of with both mentions' names, its score and reasons, and the form that judges a pair, a thin
shell over `open_candidates` and `judge` as `guwah persons pairs` and `judge` are: the same judgement
row and the same audit entry; a refusal stores nothing and keeps what was typed. Invented names."""

from __future__ import annotations

import re
from html import unescape

import pytest
from sqlalchemy import func, select

from guwah.registry import open_candidates
from guwah.storage.tables import AuditEntry, Judgement, LinkCandidate
from guwah.web import create_app
from tests.accounts.factories import client_as, fast_hashing, make_user
from tests.factories import add_mention

REASONS = [{"field": "name", "level": "similar", "detail": "name score 0.91"},
           {"field": "birth year", "level": "a year apart", "detail": "1 year apart"}]


@pytest.fixture(autouse=True)
def _fast_passwords():
    with fast_hashing():
        yield


def add_pair(store, first: str, second: str, probability: float = 0.7) -> tuple[int, int]:
    """Two mentions (each its own entry) the linker queued as a pair; their ids."""
    with store.session() as session:
        a, b = add_mention(session, first).id, add_mention(session, second).id
        session.add(LinkCandidate(person_a_id=a, person_b_id=b, probability=probability, linker="test",
                                  reasons=REASONS))
    return a, b


def drawn(client, a: int, b: int, unsure: bool = False) -> dict[str, str]:
    """The hidden fields of the form judging pair a, b as the queue page draws it now (what it saw)."""
    page = client.get("/workspace/pairs" + ("?unsure=1" if unsure else "")).text
    form = page.split(f'id="pair-{a}-{b}"')[1].split("</form>")[0]
    return {name: unescape(value) for name, value in re.findall(r'type="hidden" name="(\w+)" value="([^"]*)"', form)
            if name != "csrf_token"}


def _judgements(store) -> list[tuple]:
    with store.session() as session:
        return [(row.person_a_id, row.person_b_id, row.verdict, row.reason, row.actor)
                for row in session.scalars(select(Judgement).order_by(Judgement.id))]


def test_pairs_page_shows_names_score_reasons_and_forms_to_an_editor(store):
    a, b = add_pair(store, "Dilnaza Turdyeva", "Dilnaza Turdiyeva")
    client, _ = client_as(create_app(store), store, make_user(store, "eldor", "editor", totp=True))
    page = unescape(client.get("/workspace/pairs").text)
    assert "Dilnaza Turdyeva" in page and "Dilnaza Turdiyeva" in page
    assert "The linker's probability: 0.70" in page
    assert "name: similar (name score 0.91)" in page and "birth year: a year apart" in page
    assert '/workspace/pairs/judge"' in page and f'value="M-{a}"' in page and f'value="M-{b}"' in page
    home = unescape(client.get("/workspace").text)
    assert "Pairs the linker is unsure of: 1 waits for a reviewer" in home
    with store.session() as session:
        read = session.scalars(select(AuditEntry).where(AuditEntry.record_type == "link_candidates")).all()
    assert [(row.actor, row.action, row.detail.get("count")) for row in read] == [("eldor", "read", 1)]


def test_pairs_page_a_viewer_reads_without_forms_and_may_not_judge(store):
    a, b = add_pair(store, "Dilnaza Turdyeva", "Dilnaza Turdiyeva")
    client, token = client_as(create_app(store), store, make_user(store, "vera"))
    page = unescape(client.get("/workspace/pairs").text)
    assert "Dilnaza Turdyeva" in page and "/workspace/pairs/judge" not in page  # reads (control), no form
    sent = client.post("/workspace/pairs/judge", data={"a": a, "b": b, "verdict": "different", "reason": "x",
                                                       "csrf_token": token})
    assert sent.status_code == 403 and _judgements(store) == []


def test_pairs_page_empty_queue_says_what_fills_it(store):
    client, _ = client_as(create_app(store), store, make_user(store, "eldor", "editor", totp=True))
    page = unescape(client.get("/workspace/pairs").text)
    assert "No pair waits for a reviewer" in page and "guwah link" in page
    assert "Pairs the linker is unsure of: 0 wait for a reviewer" in unescape(client.get("/workspace").text)


@pytest.mark.parametrize("verdict", ["same", "different", "unsure"])
def test_pairs_page_judges_as_the_cli_does(store, verdict):
    a, b = add_pair(store, "Dilnaza Turdyeva", "Dilnaza Turdiyeva")
    client, token = client_as(create_app(store), store, make_user(store, "eldor", "editor", totp=True))
    form = drawn(client, a, b)
    assert (form["a"], form["b"], form["judged"]) == (f"M-{a}", f"M-{b}", "")  # no judgement stood
    sent = client.post("/workspace/pairs/judge", data={**form, "verdict": verdict,
                                                       "reason": "same village, same age", "csrf_token": token},
                       follow_redirects=False)
    assert sent.status_code == 303
    assert sent.headers["location"] == f"/workspace/pairs?judged={verdict}&a={a}&b={b}"
    assert _judgements(store) == [(a, b, verdict, "same village, same age", "eldor")]
    with store.session() as session:
        assert open_candidates(session) == []
        assert [(v.person_a, v.person_b) for v in open_candidates(session, unsure=True)] == \
            ([(a, b)] if verdict == "unsure" else [])
        audited = session.scalars(select(AuditEntry).where(AuditEntry.action == "judgement")).one()
    assert (audited.actor, audited.record_type, audited.record_id, audited.detail) == \
        ("eldor", "person", f"{a},{b}", {"verdict": verdict})  # as `guwah persons judge` audits it
    page = unescape(client.get(sent.headers["location"]).text)
    assert f"M-{a} and M-{b}" in page.split('id="pair-judged"')[1].split("</p>")[0]


@pytest.mark.parametrize("form, says", [
    ({"verdict": "different", "reason": "  "}, "a judgement needs a reason"),
    ({"verdict": "same"}, "a judgement needs a reason"),
    ({"verdict": "perhaps", "reason": "typed reason"}, "a judgement is one of"),
])
def test_pairs_page_refusal_stores_nothing_and_keeps_what_was_typed(store, form, says):
    a, b = add_pair(store, "Dilnaza Turdyeva", "Dilnaza Turdiyeva")
    client, token = client_as(create_app(store), store, make_user(store, "eldor", "editor", totp=True))
    refused = client.post("/workspace/pairs/judge", data={**drawn(client, a, b), **form, "csrf_token": token})
    assert refused.status_code == 400
    page = unescape(refused.text)
    assert says in page and f"M-{a}" in page
    if form.get("reason", "").strip():
        assert f'value="{form["reason"]}"' in page  # the reason as typed
    assert _judgements(store) == []
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "judgement")) == 0


def test_pairs_page_a_stale_form_never_overrules_a_later_different(store):
    """A form left open while another reviewer judged the pair "different": its "same" is refused."""
    from guwah.registry import judge

    a, b = add_pair(store, "Dilnaza Turdyeva", "Dilnaza Turdiyeva")
    client, token = client_as(create_app(store), store, make_user(store, "eldor", "editor", totp=True))
    form = drawn(client, a, b)
    with store.session() as session:
        judge(session, a, b, "different", "rahila", "different fathers")
    refused = client.post("/workspace/pairs/judge", data={**form, "verdict": "same", "reason": "looks alike",
                                                          "csrf_token": token})
    assert refused.status_code == 400 and "judged since the form was drawn" in unescape(refused.text)
    assert [row[2] for row in _judgements(store)] == ["different"]
    # control: the unsure view's form judges a pair that view holds
    c, d = add_pair(store, "Oyjamal Sattarova", "Oyjamal Sattarowa")
    with store.session() as session:
        judge(session, c, d, "unsure", "rahila", "first name only")
    form = drawn(client, c, d, unsure=True)
    assert form["judged"].isdecimal() and form["unsure"] == "1"  # the "unsure" the form saw
    sent = client.post("/workspace/pairs/judge", data={**form, "verdict": "same", "reason": "asked",
                                                       "csrf_token": token}, follow_redirects=False)
    assert sent.status_code == 303 and [row[2] for row in _judgements(store)][-1] == "same"
    # and that form, sent again (another tab), is stale: the "same" stands now, not the "unsure" it saw
    again = client.post("/workspace/pairs/judge", data={**form, "verdict": "different", "reason": "asked again",
                                                        "csrf_token": token})
    assert again.status_code == 400 and [row[2] for row in _judgements(store)][-1] == "same"


@pytest.mark.parametrize("change", ["merged", "split"])
def test_pairs_page_a_form_drawn_before_a_merge_or_split_is_refused(store, change):
    """Issue 10: a pair whose mentions moved since the form was drawn (merged into one entry, or
    one split off into another) is not judged from that form; nothing is stored or audited."""
    from guwah.registry import merge, split
    from guwah.storage.tables import Person

    a, b = add_pair(store, "Dilnaza Turdyeva", "Dilnaza Turdiyeva")
    third = add_pair(store, "Oyjamal Sattarova", "Oyjamal Sattarowa")[0]
    client, token = client_as(create_app(store), store, make_user(store, "eldor", "editor", totp=True))
    if change == "split":  # b's entry holds a third mention when the form is drawn; b is split off after
        with store.session() as session:
            merge(session, session.get(Person, b).entry.number, session.get(Person, third).entry.number, "rahila")
    form = drawn(client, a, b)
    with store.session() as session:
        entry_a, entry_b = (session.get(Person, mention).entry.number for mention in (a, b))
        if change == "merged":
            merge(session, entry_a, entry_b, "rahila")
        else:
            split(session, entry_b, [b], "rahila")
    refused = client.post("/workspace/pairs/judge", data={**form, "verdict": "different", "reason": "two mothers",
                                                          "csrf_token": token})
    assert refused.status_code == 400 and "as the form showed" in unescape(refused.text)
    assert [row for row in _judgements(store) if {row[0], row[1]} == {a, b}] == []  # (the split's own is b's and third's)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "judgement")) == 0
    if change == "split":  # control: the form drawn now, from the queue as it stands, is recorded
        sent = client.post("/workspace/pairs/judge", data={**drawn(client, a, b), "verdict": "different",
                                                           "reason": "two mothers", "csrf_token": token},
                           follow_redirects=False)
        assert sent.status_code == 303
        assert [row[2:] for row in _judgements(store) if {row[0], row[1]} == {a, b}] == [("different", "two mothers", "eldor")]


def _refusal(page: str) -> tuple[str, str]:
    """The refusal's words, and the html of the line after it that says where the pair is now."""
    said = " ".join(unescape(re.sub(r"<[^>]+>", " ", page.split('id="pair-refused"')[1].split("</p>")[0])).split())
    now = page.split('id="pair-now"')[1].split("</p>")[0] if 'id="pair-now"' in page else ""
    return said, now


@pytest.mark.parametrize("meanwhile", ["different", "unsure", "merged"])
def test_pairs_page_a_stale_form_says_what_changed_and_links_the_pair_now(store, meanwhile):
    """h-review76: the refusal of a form drawn before the pair was judged or its mentions moved said
    only "changed since the form was drawn ... judge the pair again as it stands now", pointing to
    nothing (a pair judged different has left the queue). Now it says what changed (the verdict and
    who, or the entries now) and links where the pair stands: the unsure view, or its entries."""
    from guwah.registry import judge, merge
    from guwah.storage.tables import Person

    a, b = add_pair(store, "Dilnaza Turdyeva", "Dilnaza Turdiyeva")
    client, token = client_as(create_app(store), store, make_user(store, "eldor", "editor", totp=True))
    form = drawn(client, a, b)
    with store.session() as session:
        entry_a, entry_b = (session.get(Person, mention).entry.number for mention in (a, b))
        if meanwhile == "merged":
            merge(session, entry_a, entry_b, "rahila")
        else:
            judge(session, a, b, meanwhile, "rahila", "asked the family")
    refused = client.post("/workspace/pairs/judge", data={**form, "verdict": "same", "reason": "looks alike",
                                                          "csrf_token": token})
    assert refused.status_code == 400
    said, now = _refusal(refused.text)
    label = {"different": "Different people", "unsure": "Unsure"}.get(meanwhile)
    if meanwhile == "merged":
        assert f"are in entries E-{entry_a} and E-{entry_a} now, not E-{entry_a} and E-{entry_b}" in said
        assert f'/workspace/entries/{entry_a}"' in now and f"/workspace/entries/{entry_b}" not in now
    else:
        assert f"were judged since the form was drawn ({label}, by rahila)" in said
        if meanwhile == "unsure":
            assert f'/workspace/pairs?unsure=1#pair-{a}-{b}"' in now
        else:
            assert f'/workspace/entries/{entry_a}"' in now and f'/workspace/entries/{entry_b}"' in now
    assert "nothing was recorded" in said
    assert [row[2] for row in _judgements(store)] == ([] if meanwhile == "merged" else [meanwhile])
