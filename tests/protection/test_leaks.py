"""The leak test: fill every confidential and pseudonymous field, name and text with canaries,
then crawl every public page, API endpoint and export: no canary may appear."""

import json
import re
from urllib.parse import urljoin, urlparse

import pytest
from fastapi.testclient import TestClient

from guwah.export.public import export_public
from guwah.ingest import INGESTED, ingest_file
from guwah.releases import approve_release, draft_release
from guwah.storage.tables import Person, PersonAttribute, PersonName
from guwah.web import create_app
from tests.web.routes import flat_routes


class Canaries:
    """Unique strings, each planted in exactly one protected place."""

    def __init__(self):
        self.planted: dict[str, str] = {}

    def __call__(self, where: str) -> str:
        value = f"Zq{len(self.planted):03d}canary{re.sub('[^a-z]', '', where.lower())}"
        self.planted[value] = where
        return value


def _sidecar(consent, canary, kind, witness):
    return (f"consent: {consent}\ntitle: {canary(kind + ' title')}\npublisher: {canary(kind + ' publisher')}\n"
            f"url: https://example.org/{canary(kind + ' url')}\nauthor: {canary(kind + ' author')}\n"
            f"licence: {canary(kind + ' licence')}\nconsent_note: {canary(kind + ' note')}\n"
            f"interviewer: {canary(kind + ' interviewer')}\n"
            f"witness: {{name: {witness}, consent: {consent}, contact: {canary(kind + ' witness contact')}}}\n"
            f"submitter: {canary(kind + ' submitter')}\nsubmitter_contact: {canary(kind + ' submitter contact')}\n")


def _ingest(store, folder, stem, text, sidecar, flags=None):
    path = folder / f"{stem}.txt"
    path.write_text(text, encoding="utf-8")
    (folder / f"{stem}.meta.yaml").write_text(sidecar, encoding="utf-8")
    outcome = ingest_file(store, path, flags)
    assert outcome.status == INGESTED, outcome.reason
    return outcome.document_id


def _person(store, document_id, name, consent, hometown):
    with store.session() as session:
        person = Person(consent=consent)
        session.add(person)
        session.flush()
        session.add(PersonName(person_id=person.id, name=name, evidence_document_id=document_id,
                               asserted_by_kind="user", asserted_by="tester"))
        session.add(PersonAttribute(person_id=person.id, attribute="hometown", value=hometown,
                                    asserted_by_kind="user", asserted_by="tester"))


@pytest.fixture
def archive(store, tmp_path):
    canary = Canaries()
    folder = tmp_path / "inbox"
    folder.mkdir()
    # A confidential testimony: everything about it is secret, its text included.
    witness = canary("confidential witness")
    confidential = _ingest(store, folder, canary("confidential file name"),
                           f"I am {witness}. {canary('confidential text')} happened to my family.",
                           _sidecar("confidential", canary, "confidential", witness))
    _person(store, confidential, canary("confidential relative"), "confidential", canary("confidential hometown"))
    # A pseudonymous testimony, released after review: its text is public but not the names,
    # the village the reviewer masked, or any of its metadata.
    pseudo_witness, village = canary("pseudonymous witness"), canary("pseudonymous village")
    relative = canary("pseudonymous relative")
    pseudonymous = _ingest(store, folder, canary("pseudonymous file name"),
                           f"My name is {pseudo_witness}. My brother {relative} was taken from {village} in 2018.",
                           _sidecar("pseudonymous", canary, "pseudonymous", pseudo_witness))
    _person(store, pseudonymous, relative, "pseudonymous", canary("pseudonymous hometown"))
    with store.session() as session:
        draft = draft_release(session, pseudonymous, "drafter", [village])
    with store.session() as session:
        approve_release(session, draft.id, "reviewer")
    # A public testimony that mentions a person who did not consent to be named.
    # It also names, in other spellings, people the archive knows only from the confidential
    # testimony (archive-wide masks), and carries a withheld name in its metadata.
    bystander = canary("bystander in a public testimony")
    conf_relative = next(v for v, where in canary.planted.items() if where == "confidential relative")
    public = _ingest(store, folder, "public-account",
                     f"A public account. The guard told {bystander} to wait outside. "
                     f"He knew {witness.upper()}, {witness}ning's cousin and {conf_relative}'s son.",
                     f"consent: public\ntitle: A public account\nauthor: {bystander}\n")
    _person(store, public, bystander, "confidential", canary("bystander hometown"))
    with store.session() as session:
        draft = draft_release(session, public, "drafter")
    with store.session() as session:
        approve_release(session, draft.id, "reviewer")
    # A translation of the confidential testimony, itself marked public: consent travels, so it
    # can be neither released nor shown.
    from guwah.storage.tables import Document

    with store.session() as session:
        original_sha = session.get(Document, confidential).sha256
    # A facility named only in a testimony: not public data, so never shown.
    from guwah.storage.tables import Facility

    with store.session() as session:
        named = Facility(name=canary("facility named in a testimony"), facility_type="internment_camp")
        session.add(named)
        session.flush()
        # An accepted detention there, cited from the released public testimony: the map, the
        # figures and the facility pages still never name the site.
        from guwah.storage.tables import Event

        session.add(Event(event_type="detention", facility_id=named.id, date_value="2018", date_precision="year",
                          evidence_document_id=public, asserted_by_kind="user", asserted_by="tester",
                          review_state="accepted"))
    # Its submitter and witness come as `guwah ingest`'s flags and the intake form's fields do
    # (`overrides`, folded into the sidecar's shape), their contacts canaries too.
    translation = _ingest(store, folder, "translation", f"Translated: {canary('translation text')}.",
                          f"consent: public\ntitle: {canary('translation title')}\ntranslation_of: {original_sha}\n",
                          {"submitter": canary("translation submitter"),
                           "submitter_contact": canary("translation submitter contact"),
                           "witness": canary("translation witness"),
                           "witness_contact": canary("translation witness contact")})
    # A family's report: nothing in it is ever public.
    _report(store, canary)
    return canary.planted, {"confidential": confidential, "pseudonymous": pseudonymous, "public": public,
                            "translation": translation}


def _report(store, canary):
    """A report from the public form whose every field is a canary; its receipt."""
    from guwah.reports import check_report, submit_report

    report = check_report([canary("reported name"), canary("reported other spelling")], "1980",
                          hometown=canary("reported hometown"), last_seen_when=canary("reported when"),
                          last_seen_where=canary("reported where"), relation=canary("reporter relation"),
                          contact=canary("reporter contact"), what_happened=canary("reported account"))
    with store.session() as session:
        return submit_report(store, session, report)


def leaked(planted: dict[str, str], body: str) -> list[str]:
    folded = body.casefold()
    return [planted[value] for value in planted if value.casefold() in folded]


def crawl(client: TestClient, document_ids) -> dict[str, str]:
    """Every GET route of the app (ids filled in) plus every same-site link found on the way."""
    start = ["/"]
    for route in flat_routes(client.app):
        if "GET" in (getattr(route, "methods", None) or ()):
            if "{" not in route.path:
                start.append(route.path)
            elif route.path.count("{") == 1:
                start.extend(re.sub(r"\{[^}]+\}", str(i), route.path) for i in [*document_ids, 0, 999])
    seen: dict[str, str] = {}
    queue = list(dict.fromkeys(start))
    while queue and len(seen) < 500:
        path = queue.pop(0)
        if path in seen:
            continue
        response = client.get(path, follow_redirects=True)
        seen[path] = response.text + json.dumps(dict(response.headers))
        for href in re.findall(r'(?:href|src|action)="([^"]+)"', response.text):
            target = urlparse(urljoin("http://testserver" + path, href))
            if target.netloc == "testserver" and target.path not in seen:
                queue.append(target.path)
    return seen


def test_no_canary_on_any_public_page_or_api(store, archive):
    planted, ids = archive
    pages = crawl(TestClient(create_app(store)), ids.values())
    assert len(pages) >= 6
    leaks = {path: leaked(planted, body) for path, body in pages.items() if leaked(planted, body)}
    assert leaks == {}
    # The released pseudonymous testimony and the public one are there, masked.
    # Public numbers follow the order of release: the pseudonymous testimony first, then the public one.
    released = pages["/documents/1"]
    assert "was taken from [detail withheld] in 2018" in released
    assert "[name withheld] to wait outside" in pages["/documents/2"]
    # The open data downloads are reached from the open data page, and crawled.
    assert {"/open-data/persons.csv", "/open-data/documents.csv", "/open-data/facilities.csv",
            "/open-data/datapackage.json"} <= set(pages)
    assert "[name withheld] to wait outside" in pages["/open-data/documents.csv"]
    # The report form and the status check are crawled too.
    assert {"/report", "/report/status"} <= set(pages)
    # The map, its GeoJSON and the figures are crawled too (reached from every page's nav).
    assert {"/map", "/api/map", "/figures", "/api/figures"} <= set(pages)
    assert {"/methodology", "/corrections", "/about", "/persons"} <= set(pages)


def test_the_report_status_answer_shows_no_report_content(store, archive):
    """Whoever holds a report's reference and secret learns its status, never what it says."""
    import re

    planted, _ = archive
    canary = Canaries()
    receipt = _report(store, canary)
    planted = {**planted, **canary.planted}
    client = TestClient(create_app(store))
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/report/status").text).group(1)
    answer = client.post("/report/status", data={"reference": receipt.reference, "secret": receipt.secret,
                                                 "csrf_token": token})
    assert "Received." in answer.text
    assert leaked(planted, answer.text) == []


@pytest.mark.parametrize("language", ["ug", "zh", "ru", "kk"])
def test_no_canary_on_any_public_page_in_any_language(store, archive, language):
    """The same crawl with the reader's language chosen (the cookie the switcher sets): translated pages
    show no more."""
    from guwah.web.i18n import LANGUAGE_COOKIE

    planted, ids = archive
    client = TestClient(create_app(store))
    client.cookies.set(LANGUAGE_COOKIE, language)
    pages = crawl(client, ids.values())
    assert f'<html lang="{language}"' in pages["/methodology"] and f'<html lang="{language}"' in pages["/"]
    assert {path: leaked(planted, body) for path, body in pages.items() if leaked(planted, body)} == {}


def test_no_canary_in_the_public_export(store, archive):
    planted, ids = archive
    exported = json.dumps(export_public(store), ensure_ascii=False)
    assert leaked(planted, exported) == []
    assert {d["id"] for d in json.loads(exported)["documents"]} == {1, 2}


PRIVATE_PREFIXES = ("/workspace", "/api/workspace", "/admin", "/account", "/login", "/logout")


def test_the_withdraw_forms_answer_page_shows_nothing_to_the_public(store, archive):
    """The withdraw form redirects to the document page with release ids in its query: to someone not
    logged in that page, with any ids, is the login page and holds no canary; a logged-in viewer's
    forged ids (no seal from the form) are refused and show nothing (control: the canaries are on
    the workspace page itself, and on its genuine answer)."""
    from guwah.web.routes.workspace import withdrawal_seal
    from tests.accounts.factories import client_as, fast_hashing, make_user

    planted, ids = archive
    app = create_app(store)
    for document_id in ids.values():
        path = f"/workspace/documents/{document_id}?withdrawn={document_id}&down=1,2,3"
        answer = TestClient(app).get(path, follow_redirects=True)
        assert answer.url.path == "/login" and leaked(planted, answer.text) == [], path
    with fast_hashing():
        client, _ = client_as(app, store, make_user(store, "vera", "viewer"))
    forged = client.get(f"/workspace/documents/{ids['confidential']}?withdrawn=1&down=1,2")
    assert forged.status_code == 400 and leaked(planted, forged.text) == []
    assert "Withdrawn." not in forged.text and "came down with it" not in forged.text
    assert client.get(f"/workspace/documents/{ids['confidential']}?withdrawn=1&down=x").status_code == 400
    seal = withdrawal_seal(store, ids["confidential"], 0, "")
    genuine = client.get(f"/workspace/documents/{ids['confidential']}?withdrawn=0&seal={seal}").text
    assert "Nothing was released for this testimony." in genuine
    assert "confidential text" in [planted[v] for v in planted if v in genuine]


def test_a_logged_in_viewer_sees_no_more_on_public_pages(store, archive):
    """Being logged in must not change what the public pages and public API show."""
    from tests.accounts.factories import client_as, fast_hashing, make_user

    planted, ids = archive
    app = create_app(store)
    with fast_hashing():
        client, _ = client_as(app, store, make_user(store, "vera", "viewer"))
    pages = crawl(client, ids.values())
    public_pages = {path: body for path, body in pages.items() if not path.startswith(PRIVATE_PREFIXES)}
    assert "/documents/2" in public_pages
    assert {path: leaked(planted, body) for path, body in public_pages.items() if leaked(planted, body)} == {}
    # The same viewer does read confidential material in the workspace: the canaries are real.
    workspace = client.get(f"/workspace/documents/{ids['confidential']}").text
    assert "confidential text" in [planted[v] for v in planted if v in workspace]


def test_consent_changes_in_the_workspace_publish_nothing(store, archive):
    """An editor raises the confidential testimony and the translation to public: nothing shows."""
    from tests.accounts.factories import client_as, fast_hashing, make_user

    planted, ids = archive
    app = create_app(store)
    with fast_hashing():
        editor, token = client_as(app, store, make_user(store, "eldor", "editor", totp=True))
        other, other_token = client_as(app, store, make_user(store, "farida", "editor", totp=True))
    for key in ("confidential", "translation"):
        url = f"/workspace/documents/{ids[key]}"
        editor.post(url + "/consent", data={"consent": "public", "reason": "she agreed", "csrf_token": token})
        editor.post(url + "/release", data={"csrf_token": token})
    from guwah.releases import pending_consent_changes

    with store.session() as session:
        pending = [c.id for c in pending_consent_changes(session)]
    for change_id in pending:  # a second editor approves the raise: that only drafts
        other.post(f"/workspace/consent/{change_id}/decide", data={"decision": "approve", "csrf_token": other_token})
    pages = crawl(TestClient(app), ids.values())
    assert {path: leaked(planted, body) for path, body in pages.items() if leaked(planted, body)} == {}
    assert leaked(planted, json.dumps(export_public(store), ensure_ascii=False)) == []


@pytest.mark.parametrize("query", [
    "Mahinur",             # a given name alone (found through name parts)
    "Махинур",             # the same in Cyrillic
    "Qasimova",            # a family name alone
    "brother",             # a word only in the confidential testimony
    "бротхер taken",       # words only there, one in another script's reading
    "Mahinur Qasimova",
])
def test_a_word_or_given_name_only_in_non_public_material_changes_no_answer(tmp_path, query):
    """The word search (words under their Latin readings) and the given-name search (name parts):
    an archive that holds the word or name only in non-public records answers exactly, byte for
    byte, as one that never saw it (search page, API, facets and counts)."""
    from urllib.parse import quote

    from tests.test_releases import _archive

    holding, clean = _archive(tmp_path / "a", "Mahinur Qasimova"), _archive(tmp_path / "b", None)
    paths = [f"/search?q={quote(query)}", f"/api/search?q={quote(query)}",
             f"/search?q={quote(query)}&gender=female", f"/api/search?q={quote(query)}&year=2018",
             "/api/search?q=Tursun", "/api/search?q=Ghulja"]
    try:
        answers = [[TestClient(create_app(s)).get(path).content for path in paths] for s in (holding, clean)]
        assert answers[0] == answers[1]
        # The released entry is found by its given name alone, so the search paths are live.
        found = json.loads(answers[0][4])
        assert found["persons"]["count"] == 1
    finally:
        holding.close()
        clean.close()


def test_no_quoted_sentence_of_a_confidential_testimony_on_any_public_page(store, tmp_path):
    """A public report quotes two sentences of a confidential testimony (under the share that makes
    it a copy): no page, API answer, search answer or export shows either (`guwah.publish.quoted_in`:
    every output reads the release the one function masked), and the report's own words are there
    (control). Before, the crawl found both canaries on the report's page, its API answer, the
    open-data CSV and the export."""
    from urllib.parse import quote

    canary = Canaries()
    first, second, own = canary("quoted sentence one"), canary("quoted sentence two"), canary("report's own words")
    arrest = (f"They took me from the bakery on the corner by the river at dawn and the officer called {first} "
              "wrote my name in a green book before the van left.")
    room = (f"In the second building we were forty women and {second} was the one who taught us the songs we had "
            "to sing before every meal and every lesson.")
    testimony = " ".join([arrest, "I had two sons, then nine and eleven, and they stayed with their grandmother "
                          "in the old house while their father was away for work.", room,
                          "When they let me out I was told to say nothing about what I had seen and to report to "
                          "the office on Mondays; I crossed the border the next spring and have not been back."])
    report = " ".join([f"A report of a rights group, {own}, on detentions in one county, from several interviews.",
                       "A woman described her arrest:", arrest, "Of the camp she said:", room,
                       "We ask that every person still held be released and that families may write to them."])
    folder = tmp_path / "inbox"
    folder.mkdir()
    confidential = _ingest(store, folder, "testimony", testimony, "consent: confidential\n")
    public = _ingest(store, folder, "report", report, "consent: public\ntitle: A county report\n")
    from tests.releasing import mark_read, release_document

    for document_id in (confidential, public):
        mark_read(store, document_id)
    release_document(store, public)
    planted = {value: where for value, where in canary.planted.items() if where != "report's own words"}
    client = TestClient(create_app(store))
    pages = crawl(client, [confidential, public])
    searched = {}
    for word in (first, second, "bakery", own):
        for path in (f"/search?q={quote(word)}", f"/api/search?q={quote(word)}"):
            searched[path] = client.get(path).text
            pages[path] = searched[path].replace(word, "")  # the page says what was asked
    assert {path: leaked(planted, body) for path, body in pages.items() if leaked(planted, body)} == {}
    assert all("bakery" not in body for body in pages.values())
    assert own in pages["/documents/1"] and "[quoted passage withheld]" in pages["/documents/1"]
    assert json.loads(searched[f"/api/search?q={quote(own)}"])["documents"]["count"] == 1  # the search is live
    assert json.loads(searched[f"/api/search?q={quote(first)}"])["documents"]["count"] == 0
    exported = json.dumps(export_public(store), ensure_ascii=False)
    assert leaked(planted, exported) == [] and own in exported
