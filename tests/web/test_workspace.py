"""The workspace and the JSON API: who sees what, and every non-public read in the audit log."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from guwah.storage.tables import AuditEntry, Testimony
from guwah.web import create_app
from tests.accounts.factories import (
    PASSWORD,
    add_document,
    client_as,
    fast_hashing,
    make_user,
)

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture(autouse=True)
def _fast_passwords():
    with fast_hashing():
        yield


@pytest.fixture
def archive(store, tmp_path):
    ids = {
        "public": add_document(store, tmp_path, "p.txt", "Public text from Turpan.", "public", "Public account"),
        "confidential": add_document(store, tmp_path, "c.txt", "Secret-canary-7781 text.", "confidential",
                                     "Secret-title-7781"),
        "pseudonymous": add_document(store, tmp_path, "s.txt", "Pseudo-canary-5512 text.", "pseudonymous",
                                     "Pseudo-title-5512"),
    }
    return store, create_app(store), ids


def reads(store) -> list[tuple]:
    with store.session() as session:
        return [(e.actor, e.action, e.record_type, e.record_id, e.detail)
                for e in session.scalars(select(AuditEntry).where(AuditEntry.action.in_(("read", "change")),
                                                                  AuditEntry.record_type != "user_account"))]


def test_workspace_lists_every_document_with_its_consent(archive):
    store, app, _ = archive
    client, _ = client_as(app, store, make_user(store, "vera"))
    page = client.get("/workspace")
    assert page.status_code == 200
    for title, level in [("Public account", "public"), ("Secret-title-7781", "confidential"),
                         ("Pseudo-title-5512", "pseudonymous")]:
        assert title in page.text and f"consent-{level}" in page.text
    assert reads(store) == [("vera", "read", "document_list", None, {"count": 3, "non_public": 2})]


def test_workspace_document_shows_everything_and_audits_the_read(archive):
    store, app, ids = archive
    client, _ = client_as(app, store, make_user(store, "vera"))
    page = client.get(f"/workspace/documents/{ids['confidential']}")
    assert "Secret-canary-7781 text." in page.text and "Secret-title-7781" in page.text
    assert 'name="consent"' not in page.text  # a viewer gets no form to change it
    client.get(f"/workspace/documents/{ids['public']}")  # public: nothing to audit
    assert reads(store) == [("vera", "read", "document", str(ids["confidential"]), {"consent": "confidential"})]
    text = repr(reads(store))
    assert "canary" not in text and "7781" not in text


def test_workspace_editor_changes_consent_and_it_is_audited(archive):
    store, app, ids = archive
    client, token = client_as(app, store, make_user(store, "eldor", "editor", totp=True))
    url = f"/workspace/documents/{ids['confidential']}"
    assert 'name="consent"' in client.get(url).text
    # Raising consent from confidential without a reason is refused; with one it is only a request.
    no_reason = client.post(url + "/consent", data={"consent": "public", "csrf_token": token}, follow_redirects=False)
    assert no_reason.status_code == 400
    response = client.post(url + "/consent", data={"consent": "public", "reason": "she agreed on 3 May",
                                                   "csrf_token": token}, follow_redirects=False)
    assert (response.status_code, response.headers["location"]) == (303, url)
    with store.session() as session:
        assert session.scalar(select(Testimony.consent).where(Testimony.document_id == ids["confidential"])) == "confidential"  # not yet
    # The same editor cannot approve their own request; a second one can, and that only drafts.
    from guwah.releases import pending_consent_changes

    with store.session() as session:
        change_id = pending_consent_changes(session)[0].id
    own = client.post(f"/workspace/consent/{change_id}/decide", data={"decision": "approve", "csrf_token": token},
                      follow_redirects=False)
    assert own.status_code == 409
    second, second_token = client_as(app, store, make_user(store, "farida", "editor", totp=True))
    approved = second.post(f"/workspace/consent/{change_id}/decide",
                           data={"decision": "approve", "csrf_token": second_token}, follow_redirects=False)
    assert approved.status_code == 303
    with store.session() as session:
        assert session.scalar(select(Testimony.consent).where(Testimony.document_id == ids["confidential"])) == "public"
    assert "Secret-canary-7781" not in TestClient(app).get("/").text  # a draft, not a publication
    assert TestClient(app).get("/api/documents").json()["count"] == 1
    bad = client.post(url + "/consent", data={"consent": "everyone", "csrf_token": token}, follow_redirects=False)
    assert bad.status_code == 400
    missing = client.post("/workspace/documents/9999/consent", data={"consent": "public", "csrf_token": token})
    assert missing.status_code == 404


def test_workspace_escapes_markup(store, tmp_path):
    document_id = add_document(store, tmp_path, "x.txt", f"Text {XSS}.", "confidential", f"'{XSS}'")
    app = create_app(store)
    client, _ = client_as(app, store, make_user(store, "vera"))
    for url in ("/workspace", f"/workspace/documents/{document_id}"):
        text = client.get(url).text
        assert "<script>alert" not in text and "<img src=x" not in text and "&lt;script&gt;" in text


def test_workspace_api_lists_and_reads_with_audit(archive):
    store, app, ids = archive
    client, _ = client_as(app, store, make_user(store, "vera"))
    listing = client.get("/api/workspace/documents").json()
    assert listing["count"] == 3 and {d["consent"] for d in listing["data"]} == {"public", "confidential", "pseudonymous"}
    document = client.get(f"/api/workspace/documents/{ids['confidential']}").json()
    assert document["text"] == "Secret-canary-7781 text." and document["consent"] == "confidential"
    assert client.get("/api/workspace/documents/9999").status_code == 404
    assert [action[2] for action in reads(store)] == ["document_list", "document"]


def test_public_api_shows_public_documents_only(archive):
    store, app, ids = archive
    client = TestClient(app)
    listing = client.get("/api/documents")
    assert listing.status_code == 200
    body = listing.json()
    assert body["count"] == 1 and [d["id"] for d in body["data"]] == [ids["public"]]
    assert "text" not in body["data"][0] and body["data"][0]["title"] == "Public account"
    assert client.get(f"/api/documents/{ids['public']}").json()["text"] == "Public text from Turpan."
    for key in ("confidential", "pseudonymous"):
        response = client.get(f"/api/documents/{ids[key]}")
        assert response.status_code == 404 and "canary" not in response.text
    assert "canary" not in listing.text and "title-" not in listing.text
    assert reads(store) == []


@pytest.mark.browser
def test_workspace_viewer_reads_a_confidential_testimony_in_chromium(store, site, page):
    make_user(store, "vera")
    page.goto(site + "/workspace")
    assert "/login" in page.url  # sent to log in first
    page.fill("#username", "vera")
    page.fill("#password", PASSWORD)
    page.click("form.stacked button[type=submit]")
    page.wait_for_url(site + "/workspace")
    row = page.locator("table.records tr", has_text="Interview notes, Tekes")
    assert row.locator(".consent").inner_text() == "confidential"
    row.locator("a").click()
    page.wait_for_load_state()
    assert "/workspace/documents/" in page.url
    assert page.locator("h1").inner_text().startswith("Interview notes, Tekes")
    assert page.locator("div.text").inner_text().strip()
    assert page.locator("header .who").inner_text() == "vera"
    document_id = int(page.url.rsplit("/", 1)[1])
    with store.session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "read",
                                                         AuditEntry.record_type == "document")).one()
        assert (entry.actor, entry.record_id) == ("vera", str(document_id))
    page.click("header button.link")  # log out
    page.wait_for_url(site + "/")
    page.goto(site + f"/workspace/documents/{document_id}")
    assert "/login" in page.url


def test_workspace_search_crosses_scripts_and_is_audited_without_the_words(store, tmp_path):
    first = add_document(store, tmp_path, "ru.txt", "Мой брат Серик Омаров жил в Кульдже.", "confidential", "'Brother'")
    add_document(store, tmp_path, "en.txt", "An account from Hotan.", "public", "'Hotan'")
    app = create_app(store)
    client, _ = client_as(app, store, make_user(store, "vera"))
    page = client.get("/workspace", params={"q": "Omarov"})
    assert page.status_code == 200
    assert f"/workspace/documents/{first}" in page.text and "Hotan" not in page.text
    assert "No document contains" in client.get("/workspace", params={"q": "Kashgar"}).text
    with store.session() as session:
        searches = session.scalars(select(AuditEntry).where(AuditEntry.action == "search")).all()
    assert [(e.actor, e.detail) for e in searches] == [("vera", {"words": 1, "results": 1}),
                                                       ("vera", {"words": 1, "results": 0})]
    assert all("Omarov" not in str(e.detail) for e in searches)


def test_drafting_a_release_of_a_text_nobody_has_extracted_says_why(store, tmp_path):
    # Its names are unknown, so none could be masked: the editor is told to extract it first.
    document_id = add_document(store, tmp_path, "unread.txt", "Tursunjan Ablimit was taken in 2018.",
                               "pseudonymous", "Unread")
    editor = make_user(store, "editor1", "editor", totp=True)
    client, token = client_as(create_app(store), store, editor)
    answer = client.post(f"/workspace/documents/{document_id}/release", data={"csrf_token": token},
                         follow_redirects=False)
    # said beside the draft form of the document's own page (h-messages52), not on an error page
    assert answer.status_code == 409
    refusal = re.search(r'id="masks-refused">([^<]*)</p>', answer.text).group(1)
    assert "has not been extracted" in refusal and "Tursunjan" not in refusal


def test_an_entry_release_is_shown_in_the_workspace_by_its_entry_number(store, tmp_path):
    """Before: /workspace/releases/N of an entry release answered 500 (KeyError: 'text'), and the list
    linked it as "document <entry row id>", another record altogether."""
    from guwah.registry import FACILITY, next_number
    from guwah.storage.tables import Entry, Person, PersonName
    from tests.releasing import ingest_text, mark_read, name_person, release_document, release_entry

    with store.session() as session:  # a facility entry first, so that row ids and numbers part
        for _ in range(3):
            session.add(Entry(kind=FACILITY, number=next_number(session, FACILITY)))
            session.flush()
    text = "My brother Tursun Ehmet was detained in 2018."
    document = ingest_text(store, tmp_path, "b.txt", text, "consent: public\n")
    mark_read(store, document)
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        session.add(PersonName(person_id=person.id, name="Tursun Ehmet", evidence_document_id=document,
                               evidence_start=11, evidence_end=23, asserted_by_kind="user", asserted_by="t",
                               review_state="accepted"))
        person_id, number, row_id = person.id, person.entry.number, person.entry.id
    assert number != row_id  # the case that went wrong
    name_person(store, person_id)
    document_release = release_document(store, document)
    release_entry(store, number)
    with store.session() as session:
        from guwah.storage.tables import Release

        [entry_release] = [r.id for r in session.scalars(select(Release).where(Release.subject_type == "entry"))]
    viewer = make_user(store, "vera", "viewer")
    client, _ = client_as(create_app(store), store, viewer)
    listed = client.get("/workspace/releases")
    assert listed.status_code == 200
    assert f"entry E-{number}<" in listed.text and f"/workspace/documents/{row_id}\"" not in listed.text
    shown = client.get(f"/workspace/releases/{entry_release}")
    assert shown.status_code == 200, shown.text[:300]
    assert f"entry E-{number}" in shown.text and "Tursun Ehmet" in shown.text
    # positive control: a testimony's release still shows its text and links its document
    page = client.get(f"/workspace/releases/{document_release}")
    assert page.status_code == 200 and "detained in 2018" in page.text
    assert f"/workspace/documents/{document}\"" in page.text


def test_the_release_of_an_erased_testimony_says_it_was_erased(store, tmp_path, monkeypatch):
    """Before: /workspace/releases/N of a testimony erased at a witness's request answered 500
    (KeyError: 'text': its content is only {"erased": true}), and `guwah release show N` printed a
    traceback. Now both say it was erased; another testimony's release shows its text (control)."""
    from typer.testing import CliRunner

    from guwah.cli import app
    from guwah.protection.erasure import erase_testimony
    from guwah.releases import withdraw_witness_consent
    from tests.releasing import ingest_text, mark_read, release_document
    from tests.shared import point_cli_at

    erased = ingest_text(store, tmp_path, "w.txt", "I, Rayila Kamal, saw the camp in Aksu.",
                         "consent: public\nwitness: {name: Rayila Kamal, consent: public}\n")
    folder = tmp_path / "k"
    folder.mkdir()
    kept = ingest_text(store, folder, "k.txt", "We saw the camp in Hotan.", "consent: public\n")
    for document in (erased, kept):
        mark_read(store, document)
    erased_release, kept_release = release_document(store, erased), release_document(store, kept)
    with store.session() as session:
        witness = session.get(Testimony, erased).witness_id
        withdraw_witness_consent(session, witness, "editor", "she asked")
    with store.session() as session:
        erase_testimony(store, session, erased, "editor", "she asked to be erased")
    client, _ = client_as(create_app(store), store, make_user(store, "vera", "viewer"))
    shown = client.get(f"/workspace/releases/{erased_release}")
    assert shown.status_code == 200 and "erased at a witness" in shown.text
    page = client.get(f"/workspace/releases/{kept_release}")
    assert page.status_code == 200 and "camp in Hotan" in page.text and "erased at a witness" not in page.text
    point_cli_at(store, monkeypatch)
    monkeypatch.setenv("GUWAH_ACTOR", "vera")  # the archive has accounts: the CLI acts as one
    printed = CliRunner().invoke(app, ["release", "show", str(erased_release)])
    assert printed.exit_code == 0 and "erased at a witness" in " ".join(printed.stderr.split()), printed.output



def test_an_erased_testimonys_page_says_it_was_erased_in_the_readers_language(store, tmp_path):
    """Before: the workspace page of a testimony erased at a witness's request showed "Original [erased]
    ([media type], N bytes)" and "SHA-256 [erased]", the stored mark, in English on every page. Now it says
    the testimony was erased, in the reader's language (ru here), and shows no hash row; a kept
    testimony's page still shows its original and hash (control)."""
    from guwah.protection.erasure import erase_testimony
    from guwah.releases import withdraw_witness_consent
    from tests.releasing import ingest_text

    erased = ingest_text(store, tmp_path, "w.txt", "I, Dilnur Sabit, saw the camp in Aksu.",
                         "consent: public\nwitness: {name: Dilnur Sabit, consent: public}\n")
    folder = tmp_path / "k"
    folder.mkdir()
    kept = ingest_text(store, folder, "k.txt", "We saw the camp in Hotan.", "consent: public\n")
    with store.session() as session:
        withdraw_witness_consent(session, session.get(Testimony, erased).witness_id, "editor", "she asked")
    with store.session() as session:
        erase_testimony(store, session, erased, "editor", "she asked to be erased")
    client, _ = client_as(create_app(store), store, make_user(store, "vera", "viewer"))
    page = client.get(f"/workspace/documents/{erased}")
    assert page.status_code == 200 and "[erased]" not in page.text and "SHA-256" not in page.text
    assert "the testimony was erased" in page.text
    russian = client.get(f"/workspace/documents/{erased}", headers={"Accept-Language": "ru"})
    assert russian.status_code == 200 and "[erased]" not in russian.text
    assert "the testimony was erased" not in russian.text  # said in Russian, not in English
    control = client.get(f"/workspace/documents/{kept}")
    assert control.status_code == 200 and "SHA-256" in control.text and "k.txt" in control.text

def test_a_drafted_release_page_notes_a_masked_villages_county_still_named(store, tmp_path):
    # Before: `guwah release propose --mask Yeyik` warned that "Niya county" still stands beside the
    # masked village, but the workspace's draft page (the same drafting, over the web) said nothing.
    # Control: a text that does not name the county gets no note.
    from tests.releasing import ingest_text, mark_read

    named = ingest_text(store, tmp_path, "a.txt", "My uncle was taken in 2018 from Yeyik, a village of Niya "
                        "county near the road to the river.", "consent: public\n")
    bare = ingest_text(store, tmp_path, "b.txt", "My uncle was taken in 2018 from Yeyik, near the road to "
                       "the river.", "consent: public\n")
    for document in (named, bare):
        mark_read(store, document)
    editor = make_user(store, "editor1", "editor", totp=True)
    client, token = client_as(create_app(store), store, editor)
    pages = [client.post(f"/workspace/documents/{document}/release", data={"csrf_token": token, "masks": "Yeyik"})
             for document in (named, bare)]
    assert [page.status_code for page in pages] == [200, 200]
    assert "lies in Niya County" in pages[0].text and "still names" in pages[0].text
    assert "still names" not in pages[1].text


def test_a_drafted_release_page_notes_a_named_relative_s_part_of_the_witness_s_name_kept_masked(store, tmp_path):
    # Before: a relative named by an approved basis showed the surname of the pseudonymous
    # testimony's withheld witness, and the draft page said nothing. Now the part stays masked and
    # the page says why, by mention id only. Control: a testimony whose witness shares nothing.
    from tests.releasing import ingest_text, mark_read, name_person
    from tests.test_publish import name_person as record_name

    text = "My name is Memtimin Ablet. My sister Rayila Ablet was taken in 2018."
    shared = ingest_text(store, tmp_path, "a.txt", text, "consent: pseudonymous\n"
                         "witness: {name: Memtimin Ablet, consent: pseudonymous}\n")
    other = ingest_text(store, tmp_path, "b.txt", "My name is Gulnar Tohti. Rayila Ablet was taken in 2018.",
                        "consent: pseudonymous\nwitness: {name: Gulnar Tohti, consent: pseudonymous}\n")
    for document in (shared, other):
        mark_read(store, document)
    sister = record_name(store, shared, "Rayila Ablet", "confidential", text)
    name_person(store, sister)
    editor = make_user(store, "editor1", "editor", totp=True)
    client, token = client_as(create_app(store), store, editor)
    pages = [client.post(f"/workspace/documents/{document}/release", data={"csrf_token": token})
             for document in (shared, other)]
    assert [page.status_code for page in pages] == [200, 200]
    assert f"person M-{sister} is shown by name" in pages[0].text and "--show-shared-name" in pages[0].text
    assert "Ablet" not in pages[0].text.split("<div class=\"text\"")[1].split("</div>")[0]
    assert "shown by name" not in pages[1].text and "Rayila Ablet was taken" in pages[1].text


def test_a_copy_or_translation_of_an_embargoed_text_says_the_embargo_in_the_workspace(store, tmp_path):
    """Before: the public side kept a republication (a copy) of an embargoed testimony off the site
    until the original's day, but its workspace page and its release draft showed no embargo at all:
    a reviewer approved it believing it was public now. Now both say the embargo that applies, its
    day and the original's number (`guwah.publish.embargo_over`, the rule the public side follows);
    a translation says it too; the original says its own; an unrelated text says none (controls)."""
    import hashlib
    from datetime import date, timedelta

    from guwah.releases import draft_release
    from tests.releasing import ingest_text, mark_read

    account = ("Account of a former detainee. I was held in the camp in Karamay from the spring of 2018 until "
               "the winter of 2019. Every morning we sang songs in praise of the party and every evening we "
               "wrote self-criticism. The guards beat those who spoke their own language in the rooms or in "
               "the yard. I was released after my family in Almaty wrote to the consulate many times.")
    day = (date.today() + timedelta(days=200)).isoformat()
    ids = {}
    for name, text, sidecar in [
            ("a", account, f"consent: public\nembargo_until: {day}\n"),
            ("b", "Note from the editors of a weekly newsletter: we reprint this account with thanks.\n\n" + account,
             "consent: public\n"),
            ("c", "We were taken from Ghulja to the school in Tekes in the winter of 2018 and kept there for ten "
                  "months, and nobody was allowed to speak our language in the rooms or in the yard at all.",
             "consent: public\n")]:
        folder = tmp_path / name
        folder.mkdir()
        ids[name] = ingest_text(store, folder, f"{name}.txt", text, sidecar)
    sha = hashlib.sha256((tmp_path / "a" / "a.txt").read_bytes()).hexdigest()
    (tmp_path / "t").mkdir()
    ids["t"] = ingest_text(store, tmp_path / "t", "t.txt", "Рассказ бывшего заключённого лагеря в Карамае.",
                           f"consent: public\nlanguage: ru\ntranslation_of: {sha}\n")
    for document_id in ids.values():
        mark_read(store, document_id)
    with store.session() as session:
        drafts = {name: draft_release(session, ids[name], "drafter").id for name in ("b", "c")}
    client, _ = client_as(create_app(store), store, make_user(store, "vera", "viewer"))

    def page(path: str) -> str:  # the page's words, tags as spaces
        import re

        answer = client.get(path)
        assert answer.status_code == 200, answer.text[:300]
        return " ".join(re.sub(r"<[^>]+>", " ", answer.text.split("<main", 1)[1]).split())

    copy, translation = page(f"/workspace/documents/{ids['b']}"), page(f"/workspace/documents/{ids['t']}")
    assert f"until {day}: it copies or repeats document {ids['a']}" in copy, copy
    assert f"until {day}: it translates document {ids['a']}" in translation, translation
    original = page(f"/workspace/documents/{ids['a']}")
    assert f"Embargo until {day}" in original and "Embargo through" not in original
    assert "Embargo" not in page(f"/workspace/documents/{ids['c']}")
    drafted = page(f"/workspace/releases/{drafts['b']}")
    assert f"Embargo until {day}: it copies or repeats document {ids['a']}" in drafted, drafted
    assert "Embargo" not in page(f"/workspace/releases/{drafts['c']}")


ENGLISH_WORDS = ["Workspace", "Every document in the archive", "On the public site", "Change consent",
                 "Draft release", "Exactly what the public would see", "Drafts wait here"]


@pytest.mark.parametrize("code, words, direction", [
    ("ru", ["Рабочая область", "Все документы архива", "На публичном сайте", "Изменить согласие",
            "Черновик публикации", "Ровно то, что увидит публика", "Черновики ждут здесь"], "ltr"),
    ("ug", ["خىزمەت بوشلۇقى", "ئارخىپتىكى ھەر بىر ھۆججەت", "ئاممىۋى تور بەتتە", "رازىلىقنى ئۆزگەرتىش",
            "ئېلان لايىھەسى", "ئاممە دەل مۇشۇنى كۆرىدۇ", "لايىھەلەر بۇ يەردە"], "rtl"),
    ("en", ENGLISH_WORDS, "ltr"),
])
def test_workspace_and_release_pages_speak_the_readers_language(archive, code, words, direction):
    """A reviewer working in Russian or Uyghur went from a translated review page to English workspace
    and release pages. The English words are gone from the translated pages (English is the control);
    the document's title stays as written."""
    from guwah.releases import draft_release

    store, app, ids = archive
    client, _ = client_as(app, store, make_user(store, "erin", "editor", totp=True))
    with store.session() as session:
        release = draft_release(session, ids["public"], "erin").id
    pages = "".join(client.get(path, params={"lang": code}).text for path in (
        "/workspace", f"/workspace/documents/{ids['public']}", "/workspace/releases", f"/workspace/releases/{release}"))
    assert pages.count(f'<html lang="{code}" dir="{direction}">') == 4
    for expected, english in zip(words, ENGLISH_WORDS, strict=True):
        assert expected in pages, expected
        assert code == "en" or english not in pages, english
    assert "Public account" in pages  # data: never translated


ACCOUNT_ENGLISH = ["Second factor", "Two-factor login (TOTP)", "Add this account to an authenticator app",
                   "Your password", "Change my password", "New user", "Role of admina", "Editors and admins"]


@pytest.mark.parametrize("code, words", [
    ("ru", ["Второй фактор", "Двухфакторный вход (TOTP)", "Добавьте эту учётную запись", "Ваш пароль",
            "Сменить пароль", "Новый пользователь", "Роль пользователя admina", "Редакторы и администраторы"]),
    ("ug", ["ئىككىنچى ئامىل", "ئىككى ئامىللىق كىرىش (TOTP)", "بۇ ھېساباتنى دەلىللەش ئەپىگە قوشۇڭ", "پارولىڭىز",
            "پارولۇمنى ئۆزگەرتىش", "يېڭى ئىشلەتكۈچى", "admina نىڭ رولى", "تەھرىرلەر ۋە باشقۇرغۇچىلار"]),
    ("en", ACCOUNT_ENGLISH),
])
def test_account_pages_speak_the_readers_language(store, code, words):
    """The second-factor, enrolment, password and user pages in the reader's language (English the
    control); a username stays as written."""
    app = create_app(store)
    halfway, _ = client_as(app, store, make_user(store, "erin", "editor", totp=True), second_factor=False)
    enrolling, _ = client_as(app, store, make_user(store, "eldor", "editor"), second_factor=False)
    admin, _ = client_as(app, store, make_user(store, "admina", "admin", totp=True))
    pages = (halfway.get("/login/totp", params={"lang": code}).text
             + enrolling.get("/account/totp", params={"lang": code}).text
             + "".join(admin.get(path, params={"lang": code}).text for path in ("/account/password", "/admin/users")))
    assert pages.count(f'<html lang="{code}"') == 4
    for expected, english in zip(words, ACCOUNT_ENGLISH, strict=True):
        assert expected in pages, expected
        assert code == "en" or english not in pages, english


@pytest.mark.parametrize("code", ["ru", "kk", "ug", "zh"])
def test_workspace_refused_decisions_are_said_in_the_readers_language(archive, code):
    """A consent raise without a reason, and a withdrawal without one, are refused in the reader's
    language (they were English on every page); a level is named by its label."""
    from html import unescape

    from guwah.web.i18n import translations

    gettext = translations(code).gettext
    store, app, ids = archive
    client, token = client_as(app, store, make_user(store, "eldor", "editor", totp=True))
    url = f"/workspace/documents/{ids['confidential']}"
    said = "raising consent needs a written reason (what the witness agreed to, and when)"
    refused = client.post(f"{url}/consent?lang={code}", data={"consent": "public", "csrf_token": token})
    assert refused.status_code == 400 and gettext(said) != said and unescape(gettext(said)) in unescape(refused.text)
    assert said not in refused.text
    withdrawal = client.post(f"{url}/withdraw?lang={code}", data={"reason": " ", "csrf_token": token})
    assert withdrawal.status_code == 400 and gettext("a withdrawal needs a reason") in unescape(withdrawal.text)
    assert "a withdrawal needs a reason" not in withdrawal.text
    # a level by its label: the raise approved by its own requester is refused later on; here, a raise
    # asked, then the testimony lowered, then approved by a second editor
    client.post(url + "/consent", data={"consent": "public", "reason": "she agreed", "csrf_token": token})
    with store.session() as session:
        from guwah.storage.tables import ConsentChange, Testimony

        change_id = session.scalar(select(ConsentChange.id))
        session.scalar(select(Testimony).where(Testimony.document_id == ids["confidential"])).consent = "pseudonymous"
    second, second_token = client_as(app, store, make_user(store, "zeynep", "editor", totp=True))
    stale = second.post(f"/workspace/consent/{change_id}/decide?lang={code}",
                        data={"decision": "approve", "csrf_token": second_token})
    assert stale.status_code == 400
    assert unescape(gettext("the testimony's consent is now %(now)s, not %(old)s: request again") % {
        "now": gettext("pseudonymous"), "old": gettext("confidential")}) in unescape(stale.text)


# Codes the workspace's pages show: each through the one mapping of labels (`guwah.web.labels`).
CODES_SHOWN = ("public", "pseudonymous", "confidential", "proposed", "accepted", "rejected", "draft", "approved",
               "pending", "withdrawn", "active", "disabled", "viewer", "editor", "admin", "second_reviewer",
               "single_reviewer")


@pytest.mark.parametrize("code", ["ru", "ug"])
def test_workspace_pages_show_codes_in_the_readers_language(archive, code):
    """Consent levels, release, review and account states and roles were shown as their codes
    ("public", "pseudonymous", "proposed") on translated pages (h-try45)."""
    import re

    from tests.releasing import mark_read, release_document

    store, app, ids = archive
    mark_read(store, ids["pseudonymous"])
    release_document(store, ids["public"])
    admin, token = client_as(app, store, make_user(store, "amina", "admin", totp=True))
    with store.session() as session:
        from guwah.releases import draft_release, request_consent_change

        draft = draft_release(session, ids["pseudonymous"], "drafter").id
        request_consent_change(session, ids["confidential"], "public", "amina", "she agreed")
    pages = ["/workspace", *(f"/workspace/documents/{i}" for i in ids.values()), "/workspace/releases",
             f"/workspace/releases/{draft}", "/admin/users", "/workspace/review"]

    def raw(path: str, language: str | None) -> set[str]:
        html = admin.get(path, params={"lang": language} if language else {}).text
        text = " ".join(re.sub(r"<[^>]+>", " ", html.split("<main", 1)[1]).split())
        return {word for word in CODES_SHOWN if re.search(rf"(?<![\w-]){word}(?![\w-])", text)}

    english = set().union(*(raw(path, None) for path in pages))
    assert {"public", "pseudonymous", "confidential", "draft", "active", "admin"} <= english  # control
    assert {path: raw(path, code) for path in pages} == {path: set() for path in pages}


@pytest.mark.parametrize("code", ["ru", "kk", "ug", "zh"])
def test_workspace_release_refusals_are_said_in_the_readers_language(archive, code):
    """The release rules' refusals (a detail to mask too short, approving one's own draft, approving a
    release no longer a draft) were English on translated pages; each is said in the reader's
    language now, a state by its label, while the library's message (the CLI's) stays English."""
    from html import unescape

    from guwah.web.i18n import translations

    gettext = translations(code).gettext
    store, app, ids = archive
    client, token = client_as(app, store, make_user(store, "eldor", "editor", totp=True))
    url = f"/workspace/documents/{ids['public']}/release?lang={code}"

    def said(template: str, **values) -> str:
        assert gettext(template) != template, template  # translated
        return unescape(gettext(template) % values)

    short = client.post(url, data={"masks": "ab", "csrf_token": token})
    assert short.status_code == 400
    letters = translations(code).ngettext(
        "a detail to mask (%(option)s) needs at least %(least)s letter or digit (a Chinese character counts two): "
        "a shorter one would be masked inside every word that holds it; give the whole word",
        "a detail to mask (%(option)s) needs at least %(least)s letters or digits (a Chinese character counts "
        "two): a shorter one would be masked inside every word that holds it; give the whole word", 3)
    assert unescape(letters % {"least": 3, "option": gettext("a line of “Further details to mask”")}) \
        in unescape(short.text)
    assert "needs at least" not in short.text
    drafted = client.post(url, data={"masks": "", "csrf_token": token}, follow_redirects=False)
    draft = int(drafted.headers["location"].rsplit("/", 1)[1].split("?")[0])
    own = client.post(f"/workspace/releases/{draft}/approve?lang={code}", data={"csrf_token": token})
    assert own.status_code == 409
    assert said("%(what)s was drafted by %(author)s: another editor or admin must approve it (a one-person group "
                "sets %(setting)s and gives a reason)", what=gettext("release %(release)s") % {"release": draft},
                author="eldor", setting=gettext("the server's single-reviewer setting")) in unescape(own.text)
    assert "GUWAH_" not in own.text and "--reason" not in own.text  # the web's words, not the CLI's
    second, second_token = client_as(app, store, make_user(store, "zeynep", "editor", totp=True))
    assert second.post(f"/workspace/releases/{draft}/approve", data={"csrf_token": second_token},
                       follow_redirects=False).status_code == 303  # control: a second editor approves it
    again = second.post(f"/workspace/releases/{draft}/approve?lang={code}", data={"csrf_token": second_token})
    assert again.status_code == 400
    assert said("release %(release)s is %(state)s, not a draft", release=draft,
                state=gettext("approved")) in unescape(again.text)
    assert "not a draft" not in again.text
    # the library's own message, which the CLI prints, is English with the state's code
    from guwah.errors import InputError
    from guwah.releases import approve_release

    with store.session() as session, pytest.raises(InputError) as refused:
        approve_release(session, draft, "amina")
    assert refused.value.message == f"release {draft} is approved, not a draft"


def test_workspace_says_why_an_entry_release_came_down_and_which_redraft_waits(store, tmp_path):
    """h-lead: a second public testimony naming a released person made the release check withdraw
    the entry's release and redraft it; the public list lost the person and no page said why. The
    withdrawn release's page says why and which redraft waits (by ids, never a name), the redraft's
    page says what it replaces, and the review queue lists redrafts first."""
    import re
    from html import unescape

    from guwah.storage.tables import Event, Person, PersonName, Release
    from tests.releasing import ingest_text, mark_read, name_person, release_document, release_entry

    text = "My brother Tursun Ehmet was detained in 2018."
    public = ingest_text(store, tmp_path, "p.txt", text, "consent: public\n")
    other = ingest_text(store, tmp_path, "o.txt", text + " A cellmate saw him in 2019.", "consent: public\n")
    waiting = add_document(store, tmp_path, "w.txt", "Nobody is named here.", "pseudonymous", "Plain draft")
    facts = {"asserted_by_kind": "user", "asserted_by": "t", "review_state": "accepted"}
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        session.add(PersonName(person_id=person.id, name="Tursun Ehmet", evidence_document_id=public,
                               evidence_start=11, evidence_end=23, **facts))
        session.add(Event(person_id=person.id, event_type="detention", date_value="2018", date_precision="year",
                          evidence_document_id=public, **facts))
        person_id, number = person.id, person.entry.number
    name_person(store, person_id)
    for document_id in (public, other):
        mark_read(store, document_id)
        release_document(store, document_id)
    release_entry(store, number)
    with store.session() as session:
        [approved] = session.scalars(select(Release.id).where(Release.subject_type == "entry"))
    mark_read(store, waiting)
    from guwah.releases import draft_release

    with store.session() as session:
        plain = draft_release(session, waiting, "drafter").id  # a person's draft, waiting before the redraft
    with store.session() as session:  # a reviewer accepts the name in the second public testimony
        session.add(PersonName(person_id=person_id, name="Tursun Ehmet", evidence_document_id=other,
                               evidence_start=11, evidence_end=23, **facts))
    with store.session() as session:
        states = dict(session.execute(select(Release.id, Release.state).where(Release.subject_type == "entry")).all())
        redraft = max(states)
    assert states == {approved: "withdrawn", redraft: "draft"}  # control: the release check did act
    client, _ = client_as(create_app(store), store, make_user(store, "vera"))

    def notice(path: str) -> str:
        page = client.get(path).text
        found = re.search(r'<p class="notice redraft">(.*?)</p>', page, re.DOTALL)
        assert found, path
        said = " ".join(re.sub(r"<[^>]+>", " ", found.group(1)).split())
        assert "Tursun" not in said and "Ehmet" not in said  # by ids, never a name
        return found.group(1)

    down = notice(f"/workspace/releases/{approved}")
    assert "what it shows changed" in down and f"E-{number}" in down and "names" in down
    assert f'/workspace/releases/{redraft}"' in down
    up = notice(f"/workspace/releases/{redraft}")
    assert f'/workspace/releases/{approved}"' in up and "what it shows changed" in up
    # what changed is said in the reader's language (h-fix47: it was English on translated pages)
    from guwah.web.i18n import translations

    assert "would show differently now" in down  # control: English by default
    russian = notice(f"/workspace/releases/{approved}?lang=ru")
    said = translations("ru").gettext("its %(field)s would show differently now") % {"field": "names"}
    assert said != "its names would show differently now" and said in unescape(russian), russian
    assert "would show differently" not in russian
    listed = client.get("/workspace/releases").text
    rows = re.findall(r'<td><a href="[^"]*/workspace/releases/(\d+)">', listed)
    assert {str(redraft), str(plain)} <= set(rows) and rows.index(str(redraft)) == 0, rows
    assert f'/workspace/releases/{approved}"' in listed  # the redraft says what it replaces


@pytest.mark.parametrize("code", ["ru", "kk", "ug", "zh"])
def test_a_withdrawals_recorded_reason_is_said_in_the_readers_language(store, tmp_path, code):
    """A merge, a split, an undo or a lowered consent records why a release came down as its message
    and values (`Release.withdraw_message`, h-product48; English text read back by template matching
    before); read back (`withdrawal_reason`), a page says it in its reader's language, a consent level
    by its label, and the CLI in English. A person's own words are kept as written (control)."""
    from guwah.errors import Term, Text
    from guwah.releases import (
        CONSENT_LOWERED,
        MERGE_REASON,
        SPLIT_REASON,
        UNDO_REASON,
        withdraw_release,
        withdrawal_reason,
    )
    from guwah.storage.tables import Release
    from guwah.web.i18n import label, localize, translations
    from tests.releasing import ingest_text, mark_read, release_document

    gettext = translations(code).gettext
    reasons = ((MERGE_REASON, {"merged": "E-3", "survivor": "E-1"}), (SPLIT_REASON, {"number": "E-4"}),
               (UNDO_REASON, {"operation": 7}), (CONSENT_LOWERED, {"document": 5, "level": Term("consent", "confidential")}),
               (None, "her lawyer asked us to take it down"))
    for number, (template, values) in enumerate(reasons):
        document = ingest_text(store, tmp_path, f"p{number}.txt", f"Public account {number} from Turpan.",
                               "consent: public\n")
        mark_read(store, document)
        release = release_document(store, document)
        with store.session() as session:
            withdraw_release(session, document, "tester", Text(template, values) if template else values)
        with store.session() as session:
            stored = session.get(Release, release)
            said = withdrawal_reason(stored)
            if template is None:  # a person's words: as written, in every language
                assert (stored.withdraw_reason, stored.withdraw_message) == (values, None)
                assert said == values and localize(said, code) == values
                continue
            assert stored.withdraw_reason is None and stored.withdraw_message["message"] == template
            english = template % {k: v.code if isinstance(v, Term) else v for k, v in values.items()}
            assert str(said) == english  # the CLI's English
            expected = gettext(template) % {k: label("consent", v.code, code) if isinstance(v, Term) else v
                                            for k, v in values.items()}
            assert gettext(template) != template and localize(said, code) == expected
            assert all(str(v) in expected for v in values.values() if not isinstance(v, Term))


@pytest.mark.parametrize("code", ["ru", "zh"])
def test_the_document_and_fact_pages_say_a_recorded_reason_in_the_readers_language(store, tmp_path, code):
    """The withdraw form's answer (document page) and a decision's (fact page) list the releases
    that came down with their recorded reason, kept as its message and values: read back
    (`withdrawal_reason`), as the release page does, each page says it in its reader's language."""
    from html import unescape

    from guwah.errors import Text
    from guwah.releases import MERGE_REASON, withdraw_release
    from guwah.storage.tables import Person, PersonName
    from guwah.web.i18n import translations
    from guwah.web.routes.review import told_seal
    from guwah.web.routes.workspace import withdrawal_seal
    from tests.releasing import ingest_text, mark_read, release_document

    document = ingest_text(store, tmp_path, "p.txt", "A public account from Turpan.", "consent: public\n")
    mark_read(store, document)
    release = release_document(store, document)
    values = {"merged": "E-3", "survivor": "E-1"}
    with store.session() as session:  # as a merge records it (`merge_entries`); a fact to decide on
        person = Person()
        session.add(person)
        session.flush()
        fact = PersonName(person_id=person.id, name="Turpan", evidence_document_id=document, evidence_start=22,
                          evidence_end=28, asserted_by_kind="user", asserted_by="t", review_state="proposed")
        session.add(fact)
        session.flush()
        fact_id = fact.id
        withdraw_release(session, document, "t", Text(MERGE_REASON, values))  # as a merge records it
    client, _ = client_as(create_app(store), store, make_user(store, "vera"))
    down = str(release)
    pages = {"document": f"/workspace/documents/{document}?withdrawn=0&down={down}"
                         f"&seal={withdrawal_seal(store, document, 0, down)}",
             "fact": f"/workspace/review/name/{fact_id}?down={down}&seal={told_seal(store, f'name:{fact_id}', down)}"}
    english = MERGE_REASON % values
    said = translations(code).gettext(MERGE_REASON) % values
    assert said != english
    for where, path in pages.items():
        assert english in unescape(client.get(path).text), where  # control: English by default
        page = unescape(client.get(f"{path}&lang={code}").text)
        assert said in page and english not in page, where


@pytest.mark.parametrize("code", ["en", "ru", "zh"])
def test_a_release_the_check_could_not_redraft_says_what_stops_it(store, tmp_path, code):
    """The release check takes down a release nothing of which may be shown now (its testimony's consent
    was lowered) and drafts none: why (the publication gate's refusal, by ids) is kept with the release
    (`Release.refused`, h-product48: `ReleaseChange.refused` was only printed by the CLI), and its page
    says it in the reader's language."""
    import re
    from html import unescape

    from guwah.releases import redrafted, request_consent_change
    from guwah.storage.tables import Release
    from guwah.web.i18n import translations
    from tests.releasing import ingest_text, mark_read, release_document

    refusal = "document %(document)s is confidential (or translates a confidential original); it cannot be released"
    document = ingest_text(store, tmp_path, "p.txt", "A public account from Turpan.", "consent: public\n")
    mark_read(store, document)
    release = release_document(store, document)
    with store.session() as session:
        request_consent_change(session, document, "confidential", "editor")
    with store.session() as session:
        taken = session.get(Release, release)
        assert taken.state == "withdrawn" and taken.refused == {"message": refusal, "values": {"document": document}}
        assert redrafted(session, taken).redraft is None
    client, _ = client_as(create_app(store), store, make_user(store, "vera"))
    page = client.get(f"/workspace/releases/{release}?lang={code}")
    notice = re.search(r'<p class="notice redraft">(.*?)</p>', page.text, re.DOTALL)
    assert page.status_code == 200 and notice, page.text
    said = translations(code).gettext(refusal) % {"document": document}
    assert code == "en" or said != refusal % {"document": document}
    assert translations(code).gettext("What stops it: %(why)s.") % {"why": said} in unescape(notice.group(1))


@pytest.mark.parametrize("code", ["en", "ru", "zh"])
def test_the_document_and_fact_pages_say_what_stops_a_release_that_came_down(store, tmp_path, code):
    """The withdraw form's answer (document page) and a decision's (fact page) list the releases that came
    down; one the release check could not redraft says what stops it (`ReleaseChange.refused`, by ids), in
    the reader's language, as the release page does (h-product48b: these pages showed nothing of it). One
    with a redraft waiting says nothing of the kind (control in the same pages)."""
    from html import unescape

    from guwah.releases import request_consent_change
    from guwah.storage.tables import Person, PersonName, Release
    from guwah.web.i18n import translations
    from guwah.web.routes.review import told_seal
    from guwah.web.routes.workspace import withdrawal_seal
    from tests.releasing import ingest_text, mark_read, release_document

    refusal = "document %(document)s is confidential (or translates a confidential original); it cannot be released"
    lowered = ingest_text(store, tmp_path, "p.txt", "A public account from Turpan.", "consent: public\n")
    kept = ingest_text(store, tmp_path, "q.txt", "Another public account from Hotan.", "consent: public\n")
    for document in (lowered, kept):
        mark_read(store, document)
    stopped, redrafted_one = release_document(store, lowered), release_document(store, kept)
    with store.session() as session:
        request_consent_change(session, lowered, "confidential", "editor")  # nothing of it may be shown now
        person = Person()
        session.add(person)
        session.flush()
        fact = PersonName(person_id=person.id, name="Hotan", evidence_document_id=kept, evidence_start=28,
                          evidence_end=33, asserted_by_kind="user", asserted_by="t", review_state="proposed")
        session.add(fact)
        session.flush()
        fact_id = fact.id
    with store.session() as session:  # the other comes down with a redraft waiting (its source is unchanged)
        taken = session.get(Release, redrafted_one)
        taken.content = {**taken.content, "title": "not what the source shows"}
    with store.session() as session:  # the release check ran at each commit
        assert session.get(Release, stopped).state == "withdrawn" and session.get(Release, stopped).refused
        assert session.get(Release, redrafted_one).state == "withdrawn"
        assert session.get(Release, redrafted_one).refused is None
        assert session.scalar(select(Release.id).where(Release.subject_id == kept, Release.state == "draft"))
    client, _ = client_as(create_app(store), store, make_user(store, "vera"))
    down = f"{stopped},{redrafted_one}"
    pages = {"document": f"/workspace/documents/{lowered}?withdrawn=0&down={down}"
                         f"&seal={withdrawal_seal(store, lowered, 0, down)}",
             "fact": f"/workspace/review/name/{fact_id}?down={down}&seal={told_seal(store, f'name:{fact_id}', down)}"}
    gettext = translations(code).gettext
    said = gettext(refusal) % {"document": lowered}
    assert code == "en" or said != refusal % {"document": lowered}
    stops = gettext("What stops it: %(why)s.")
    for where, path in pages.items():
        page = unescape(client.get(f"{path}&lang={code}").text)
        assert f"release {redrafted_one}" in page.lower() or str(redrafted_one) in page, where
        assert page.count(stops.split("%(why)s")[0]) == 1, where  # only the one no redraft replaces
        assert stops % {"why": said} in page, where


@pytest.mark.parametrize("code", ["en", "ru", "kk", "ug", "zh"])
def test_a_release_page_says_why_it_withholds_what_it_does_never_what(store, tmp_path, code):
    """h-try49: `guwah release propose` printed "withheld whole: sha256…" and this page "Withheld
    whole: sha256", with no word of why. Both now say it in words, in the reader's language: the
    fingerprint, withheld because something in the text is masked, and each kind of mask with its
    reason. The masked name itself is never in those words."""
    from guwah.publish import masked_people, withheld_reasons
    from guwah.releases import draft_release
    from guwah.storage.tables import Person, PersonName
    from guwah.web.i18n import localize
    from tests.releasing import ingest_text, mark_read

    text = "Synthetic example. My cousin Qurbanjan Eziz was taken from Turpan in the spring of 2018."
    document = ingest_text(store, tmp_path, "q.txt", text, "consent: public\n")
    mark_read(store, document)
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        start = text.index("Qurbanjan Eziz")
        session.add(PersonName(person_id=person.id, name="Qurbanjan Eziz", evidence_document_id=document,
                               evidence_start=start, evidence_end=start + 14, asserted_by_kind="user",
                               asserted_by="t"))
        session.flush()
        release = draft_release(session, document, "erin")
        reasons = withheld_reasons(release.content, release.masks, masked_people(session, document))
        release_id = release.id
    # h-product54: the names by the persons they stand for, and why (here: no naming basis)
    assert [reason.template.split(" ")[:3] for reason in reasons] == [
        ["the", "original's", "fingerprint"], ["the", "name", "of"], ["%(count)s", "of", "them"]]
    assert [reason.count for reason in reasons[1:]] == [1, 1]
    client, _ = client_as(create_app(store), store, make_user(store, "erin", "editor", totp=True))
    page = client.get(f"/workspace/releases/{release_id}", params={"lang": code})
    assert page.status_code == 200
    listed = page.text[page.text.index('<ul class="withheld">'):]
    listed = listed[:listed.index("</ul>")]
    for reason in reasons:
        assert localize(reason, code).replace("'", "&#39;") in listed
    assert "Qurbanjan" not in listed and "sha256" not in listed


@pytest.mark.parametrize("code", ["en", "ru"])
def test_workspace_a_one_person_group_is_asked_for_the_reason_field_not_the_cli_option(tmp_path, code):
    """h-product53: the release approval page said "--reason" to a one-person group approving its own
    draft without a reason; it names the approval form's field now, and the library's refusal (the
    CLI's) still names --reason."""
    from html import unescape

    from guwah.errors import ReviewRequired
    from guwah.releases import approve_release, draft_release
    from guwah.storage import Store
    from guwah.web.i18n import translations
    from tests.conftest import make_settings

    store = Store(make_settings(tmp_path / "data", GUWAH_SINGLE_REVIEWER="1"))
    document = add_document(store, tmp_path, "p.txt", "Public text from Turpan.", "public", "Public account")
    with store.session() as session:
        draft = draft_release(session, document, "eldor").id
    app = create_app(store)
    client, token = client_as(app, store, make_user(store, "eldor", "editor", totp=True))
    own = client.post(f"/workspace/releases/{draft}/approve?lang={code}", data={"csrf_token": token})
    assert own.status_code == 409
    gettext = translations(code).gettext
    said = gettext("approving your own %(what)s needs a written reason (%(option)s)") % {
        "what": gettext("release %(release)s") % {"release": draft}, "option": gettext("the field “Reason”")}
    assert said in unescape(own.text) and "--reason" not in own.text
    with store.session() as session, pytest.raises(ReviewRequired) as cli:
        approve_release(session, draft, "eldor")
    assert cli.value.message == f"approving your own release {draft} needs a written reason (--reason)"
    reasoned = client.post(f"/workspace/releases/{draft}/approve", data={"reason": "the other is away",
                                                                           "csrf_token": token},
                           follow_redirects=False)
    assert reasoned.status_code == 303  # control: with the reason, the one-person group approves it
    store.close()


def test_a_draft_page_says_when_a_later_change_overtook_it(store, tmp_path):
    # Before: a draft showing a name that became a withheld person's afterwards (a later testimony's
    # witness with no naming basis) read as what approval would publish; only the approval was
    # refused. Now its page says it is out of date, in the reader's language. Control: before the change.
    from guwah.releases import draft_release
    from tests.releasing import ingest_text, mark_read

    first = ingest_text(store, tmp_path, "a.txt", "Police arrested my cousin Tursunjan Ablimit in Kashgar in 2017.",
                        "consent: public\n")
    mark_read(store, first)
    with store.session() as session:
        draft = draft_release(session, first, "drafter").id
    editor = make_user(store, "editor1", "editor", totp=True)
    client, _ = client_as(create_app(store), store, editor)
    assert "out of date" not in client.get(f"/workspace/releases/{draft}").text
    ingest_text(store, tmp_path, "b.txt", "I was held in a camp near Kashgar from 2017 to 2018.",
                "consent: public\nwitness: {name: Tursunjan Ablimit, consent: public}\n")
    page = client.get(f"/workspace/releases/{draft}").text
    assert f"release {draft} is out of date (names or consent changed since it was drafted): draft it again" in page
    russian = client.get(f"/workspace/releases/{draft}?lang=ru").text
    assert f"публикация {draft} устарела" in russian


@pytest.mark.parametrize("code", ["en", "ru", "kk", "ug", "zh"])
def test_workspace_says_how_testimonies_come_in(archive, code):
    """The workspace says, in the reader's language, both ways a testimony comes in (h-review65: it
    said only `guwah ingest` … `guwah extract --all`, right under the "Add a testimony" link): for
    an editor the intake form and "Extract facts" on a document's page, the command line for
    batches; a viewer is told an editor does it."""
    from guwah.web.i18n import localize

    store, app, _ = archive
    with fast_hashing():
        viewer, _ = client_as(app, store, make_user(store, "vera"))
        editor, _ = client_as(app, store, make_user(store, "eldor", "editor", totp=True))
    for client, said_here, not_here in ((viewer, INTAKE_VIEWER, INTAKE_EDITOR), (editor, INTAKE_EDITOR, INTAKE_VIEWER)):
        page = client.get(f"/workspace?lang={code}")
        assert page.status_code == 200
        said = localize(said_here, code)
        assert said != said_here or code == "en"  # translated
        assert said in page.text and localize(not_here, code) not in page.text
        assert "<code>guwah ingest</code>" in said and "<code>guwah extract --all</code>" in said
        assert localize("Extract facts", code) in said  # the button's own words, in this language
    assert "/workspace/intake" in editor.get("/workspace").text and "/workspace/intake" not in viewer.get(
        "/workspace").text


INTAKE_EDITOR = ("Add a testimony here, with its consent; then <em>Extract facts</em> on its page proposes the facts "
                 "reviewed here. Many at once are added on the archive's own computer: <code>guwah ingest</code>, each "
                 "with its consent in a sidecar file beside it (see the README), then <code>guwah extract --all</code>.")
INTAKE_VIEWER = ("An editor adds a testimony here, with its consent, and proposes its facts with <em>Extract facts</em> "
                 "on its page. Many at once are added on the archive's own computer: <code>guwah ingest</code>, each "
                 "with its consent in a sidecar file beside it (see the README), then <code>guwah extract --all</code>.")
