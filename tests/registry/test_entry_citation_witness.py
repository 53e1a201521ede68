"""A public entry never cites a pseudonymous testimony whose withheld witness shares a part of the
entry's name that stays masked in that testimony: "Ablinur Sawutjan — source: testimony 1", with
testimony 1 saying "my brother, [name withheld]", tells everyone that its witness is his sibling,
surnamed Sawutjan (h-cite65). A public witness's relative still cites her testimony (control)."""

import csv
import io
import json
import re
import urllib.request

from typer.testing import CliRunner

from guwah.storage.tables import Event, Person, PersonName
from tests.releasing import ingest_text, mark_read, name_person, release_document

PSEUDONYMOUS = "My name is Nurbiye Sawutjan. My brother, Ablinur Sawutjan, was taken from his shop in 2018."
PUBLIC = "I am Gulzire Tohti. My husband, Ablajan Tohti, was taken in the spring of 2019."
CELLMATE = "A cellmate writes: Ablinur Sawutjan shared my cell in the Aksu camp in 2019, thin and silent."


def _fact_rows(store, person_id, document_id, text, name, year):
    """An accepted name and detention of `person_id`, read in `document_id`."""
    facts = {"evidence_document_id": document_id, "asserted_by_kind": "user", "asserted_by": "t",
             "review_state": "accepted", "person_id": person_id}
    start = text.index(name)
    with store.session() as session:
        session.add(PersonName(name=name, evidence_start=start, evidence_end=start + len(name), **facts))
        session.add(Event(event_type="detention", date_value=year, date_precision="year", **facts))


def _mention(store, document_id, text, name, year):
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        person_id, number = person.id, person.entry.number
    _fact_rows(store, person_id, document_id, text, name, year)
    return person_id, number


def _world(store, tmp_path):
    """Testimony 1: pseudonymous, by Nurbiye Sawutjan about her brother; testimony 2: public, by
    Gulzire Tohti about her husband; both released (public numbers 1 and 2)."""
    ids = {}
    for key, text, sidecar in [
            ("pseudonymous", PSEUDONYMOUS, "consent: pseudonymous\nwitness: {name: Nurbiye Sawutjan, consent: pseudonymous}\n"),
            ("public", PUBLIC, "consent: public\nwitness: {name: Gulzire Tohti, consent: public}\n")]:
        folder = tmp_path / key
        folder.mkdir()
        ids[key] = ingest_text(store, folder, f"{key}.txt", text, sidecar)
        mark_read(store, ids[key])
    brother = _mention(store, ids["pseudonymous"], PSEUDONYMOUS, "Ablinur Sawutjan", "2018")
    husband = _mention(store, ids["public"], PUBLIC, "Ablajan Tohti", "2019")
    name_person(store, husband[0])  # before its testimony's release, which then shows his name
    for key in ("pseudonymous", "public"):
        release_document(store, ids[key])
    return ids, brother, husband


def _cli(monkeypatch, actor, *args):
    from guwah.cli import app

    monkeypatch.setenv("GUWAH_ACTOR", actor)
    return CliRunner().invoke(app, list(args))


def _reopen():
    from guwah.config import load_settings
    from guwah.storage import Store

    return Store(load_settings())


def _name_by_cli(monkeypatch, mention, document_id):
    """`guwah naming propose M-n --basis reporting_relative --document d`, then `naming approve`."""
    proposed = _cli(monkeypatch, "drafter", "naming", "propose", f"M-{mention}", "--basis", "reporting_relative",
                    "--document", str(document_id))
    assert proposed.exit_code == 0, proposed.output
    store = _reopen()
    try:
        from guwah.storage.tables import NamingBasis

        with store.session() as session:
            basis = max(b.id for b in session.query(NamingBasis).filter_by(person_id=mention))
    finally:
        store.close()
    approved = _cli(monkeypatch, "reviewer", "naming", "approve", str(basis))
    assert approved.exit_code == 0, approved.output
    return approved


def test_a_relatives_entry_does_not_cite_the_pseudonymous_testimony_that_masks_their_shared_surname(
        store, tmp_path, monkeypatch):
    from tests.shared import point_cli_at

    ids, (brother, brother_entry), (husband, husband_entry) = _world(store, tmp_path)
    point_cli_at(store, monkeypatch)
    warned = _name_by_cli(monkeypatch, brother, ids["pseudonymous"])
    assert f"pseudonymous testimony {ids['pseudonymous']}" in " ".join(warned.stderr.split())
    # Only testimony 1 names him: citing it is the leak, so the entry cannot be released; why, and what to do.
    refused = _cli(monkeypatch, "drafter", "release", "propose-entry", f"E-{brother_entry}")
    assert refused.exit_code != 0, refused.output
    said = " ".join(refused.output.split())
    assert f"document {ids['pseudonymous']}" in said and "pseudonymous" in said and "--show-shared-name" in said
    assert "Sawutjan" not in said and "Nurbiye" not in said
    # A public source names him too: the entry is released citing that one alone, and the draft says why.
    folder = tmp_path / "cellmate"
    folder.mkdir()
    store = _reopen()
    try:
        cellmate = ingest_text(store, folder, "cellmate.txt", CELLMATE, "consent: public\n")
        mark_read(store, cellmate)
        _fact_rows(store, brother, cellmate, CELLMATE, "Ablinur Sawutjan", "2019")
        release_document(store, cellmate)  # public number 3
    finally:
        store.close()
    drafted = _cli(monkeypatch, "drafter", "release", "propose-entry", f"E-{brother_entry}", "--json")
    assert drafted.exit_code == 0, drafted.output
    content = json.loads(drafted.stdout)
    cited = {n for key in ("names", "timeline") for fact in content[key] for n in fact["sources"]}
    assert cited == {3}, content
    assert content["status"]["source"] == 3 and 1 not in content["status"].get("sources", [])
    note = " ".join(drafted.stderr.split())
    assert f"document {ids['pseudonymous']}" in note and "not cited" in note and "Sawutjan" not in note
    shown = _cli(monkeypatch, "reviewer", "release", "show", re.search(r"Draft (\d+) stored", drafted.stderr).group(1))
    assert shown.exit_code == 0 and "not cited" in shown.stderr, shown.output
    store = _reopen()
    try:
        from guwah.publish import public_entries
        from guwah.releases import approve_release
        from guwah.storage.tables import Release

        with store.session() as session:
            draft = max(r.id for r in session.query(Release).filter_by(subject_type="entry", state="draft"))
        with store.session() as session:
            approve_release(session, draft, "reviewer")
    finally:
        store.close()
    # Control: the public witness's husband, who shares her surname, still cites her testimony.
    drafted = _cli(monkeypatch, "drafter", "release", "propose-entry", f"E-{husband_entry}", "--json")
    assert drafted.exit_code == 0, drafted.output
    assert json.loads(drafted.stdout)["names"][0]["sources"] == [2]
    assert "not cited" not in drafted.stderr
    store = _reopen()
    try:
        with store.session() as session:
            entries = {e.names[0]["name"]: e for e in public_entries(session)}
        assert entries["Ablinur Sawutjan"].names[0]["sources"] == [3]
        assert all(1 not in fact["sources"] for fact in entries["Ablinur Sawutjan"].timeline)
    finally:
        store.close()


def test_an_entry_drafted_before_the_rule_is_refused_at_approval_with_the_reason(store, tmp_path):
    # A draft that cites the testimony (drafted by an older version: its content written as it was)
    # is refused at approval, naming the document and what to do; nothing is published.
    from guwah.errors import GuwahError
    from guwah.publish import public_entries
    from guwah.releases import approve_release, draft_entry_release

    ids, (brother, brother_entry), _ = _world(store, tmp_path)
    folder = tmp_path / "cellmate"
    folder.mkdir()
    cellmate = ingest_text(store, folder, "cellmate.txt", CELLMATE, "consent: public\n")
    mark_read(store, cellmate)
    _fact_rows(store, brother, cellmate, CELLMATE, "Ablinur Sawutjan", "2019")
    name_person(store, brother)
    release_document(store, cellmate)
    with store.session() as session:
        draft = draft_entry_release(session, brother_entry, "drafter")
        content = json.loads(json.dumps(draft.content))
        content["names"][0]["sources"] = [1, 3]  # as drafted before: testimony 1 cited
        draft.content = content
        draft_id = draft.id
    with store.session() as session:
        try:
            approve_release(session, draft_id, "reviewer")
        except GuwahError as refused:
            said = str(refused)
        else:
            said = None
    assert said is not None and f"document {ids['pseudonymous']}" in said and "pseudonymous" in said, said
    with store.session() as session:
        assert public_entries(session) == []
    # One approved so by an older version: the release check names it, and the next settling takes it
    # down and redrafts it without that source.
    from guwah.releases import failing_releases, settle_releases
    from guwah.storage.tables import Release

    with store.session() as session:
        session.get(Release, draft_id).state = "approved"
        session.flush()
        _, failing = failing_releases(session)
        [reasons] = [f.reasons for f in failing if f.release == draft_id]
        assert any(f"it cites document {ids['pseudonymous']}" in r for r in reasons), reasons
        [change] = settle_releases(session)
        assert change.release == draft_id
        redraft = session.get(Release, change.redraft).content
    assert redraft["names"][0]["sources"] == [3], redraft
    with store.session() as session:
        assert session.get(Release, draft_id).state == "withdrawn" and public_entries(session) == []


def test_the_public_site_served_shows_no_citation_of_the_testimony_on_any_door(store, tmp_path):
    """The real server: the person page, search, the API, persons.csv, and the workspace's preview."""
    from guwah.releases import draft_entry_release
    from guwah.web.auth import SESSION_COOKIE
    from tests.accounts.factories import browser_token, fast_hashing, make_user
    from tests.releasing import release_entry
    from tests.web.conftest import serving

    ids, (brother, brother_entry), (husband, husband_entry) = _world(store, tmp_path)
    folder = tmp_path / "cellmate"
    folder.mkdir()
    cellmate = ingest_text(store, folder, "cellmate.txt", CELLMATE, "consent: public\n")
    mark_read(store, cellmate)
    _fact_rows(store, brother, cellmate, CELLMATE, "Ablinur Sawutjan", "2019")
    name_person(store, brother)
    release_document(store, cellmate)  # public 3
    release_entry(store, brother_entry)  # public entry 1
    release_entry(store, husband_entry)  # public entry 2 (control)
    with store.session() as session:
        preview = draft_entry_release(session, brother_entry, "drafter").id  # a draft for the reviewer
    with fast_hashing():
        token = browser_token(store, make_user(store, "eldor", "editor", totp=True))

    def get(url, cookie=None):
        request = urllib.request.Request(url, headers={"Cookie": f"{SESSION_COOKIE}={cookie}"} if cookie else {})
        with urllib.request.urlopen(request, timeout=30) as answer:  # noqa: S310 (a local test server)
            return answer.read().decode("utf-8")

    with serving(store) as base:
        assert "[name withheld]" in get(f"{base}/documents/1")  # it stands, masking the shared part
        page = get(f"{base}/persons/1")
        api = json.loads(get(f"{base}/api/persons/1"))
        control = json.loads(get(f"{base}/api/persons/2"))
        found = get(f"{base}/search?q=Ablinur+Sawutjan")
        rows = list(csv.DictReader(io.StringIO(get(f"{base}/open-data/persons.csv"))))
        review = get(f"{base}/workspace/releases/{preview}", token)
    assert "Ablinur Sawutjan" in page and '/documents/3"' in page
    assert '/documents/1"' not in page, "the person page links the pseudonymous testimony"
    cited = {n for key in ("names", "timeline") for fact in api[key] for n in fact["sources"]}
    assert cited == {3}, api
    assert '/documents/1"' not in found and "Ablinur Sawutjan" in found
    sources = {s for row in rows if row["entry"] == "1" for s in row["sources"].split()}
    assert sources == {"3"}, rows
    assert {s for row in rows if row["entry"] == "2" for s in row["sources"].split()} == {"2"}  # control
    # Control: the public witness's husband cites her public testimony (public 2).
    assert control["names"][0]["sources"] == [2]
    # The reviewer sees, in the preview, which testimony is not cited and why (no name).
    assert f"document {ids['pseudonymous']}" in review and "not cited" in review
