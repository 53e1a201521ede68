"""An entry release's draft says, for every testimony in which an accepted fact of the entry was read
and whose facts it leaves out, why, in one line (`guwah.releases.entry_citation_notes`): a pseudonymous
cellmate's testimony whose release masks the detainee's name, one not released yet, a confidential
one. A testimony it cites gets no note (control). CLI and the workspace's release page alike, by
document id, never a name or the testimony's words (h-propose74)."""

import html
import re
import urllib.request

from typer.testing import CliRunner

from guwah.storage.tables import Event, Person, PersonName
from tests.releasing import ingest_text, mark_read, name_person, release_document

DETAINEE = "Memtimin Qadirjan"
PUBLIC = "I am Sayragul Ebeydulla. My neighbour Memtimin Qadirjan was taken from the bazaar in 2018."
CELLMATE = ("I shared a cell with Memtimin Qadirjan from May 2017; in the autumn he was moved to the county "
            "detention centre.")
UNRELEASED = "My cousin Memtimin Qadirjan was sentenced in 2019, we heard from a guard."
CONFIDENTIAL = "Memtimin Qadirjan was questioned at the police station in 2016."


def _facts(store, person_id, document_id, text, year):
    """An accepted name of `person_id` and a detention in `year`, read in `document_id`."""
    facts = {"evidence_document_id": document_id, "asserted_by_kind": "user", "asserted_by": "t",
             "review_state": "accepted", "person_id": person_id}
    start = text.index(DETAINEE)
    with store.session() as session:
        session.add(PersonName(name=DETAINEE, evidence_start=start, evidence_end=start + len(DETAINEE), **facts))
        session.add(Event(event_type="detention", date_value=year, date_precision="year", **facts))


def _world(store, tmp_path):
    """One mention of the detainee, with facts from four testimonies: public (released), a pseudonymous
    cellmate's (released masking his name as a detail), a public one not released, a confidential one."""
    ids = {}
    for key, text, sidecar in [
            ("public", PUBLIC, "consent: public\nwitness: {name: Sayragul Ebeydulla, consent: public}\n"),
            ("cellmate", CELLMATE, "consent: pseudonymous\nwitness: {name: Rozigul Yasinjan, consent: pseudonymous}\n"),
            ("unreleased", UNRELEASED, "consent: public\n"),
            ("confidential", CONFIDENTIAL, "consent: confidential\n")]:
        folder = tmp_path / key
        folder.mkdir()
        ids[key] = ingest_text(store, folder, f"{key}.txt", text, sidecar)
        mark_read(store, ids[key])
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        person_id, number = person.id, person.entry.number
    for key, text, year in [("public", PUBLIC, "2018"), ("cellmate", CELLMATE, "2017"),
                            ("unreleased", UNRELEASED, "2019"), ("confidential", CONFIDENTIAL, "2016")]:
        _facts(store, person_id, ids[key], text, year)
    name_person(store, person_id)
    release_document(store, ids["public"])
    release_document(store, ids["cellmate"], [DETAINEE])
    return ids, number


def _notes_say(said: str, ids: dict) -> None:
    said = " ".join(said.split())
    assert f"document {ids['cellmate']} is not cited: its release masks this person's name" in said, said
    assert f"document {ids['unreleased']} is not cited: it is not released" in said, said
    assert f"document {ids['confidential']} is not cited: its testimony is confidential" in said, said
    # Control: the testimony it cites gets no note; and no witness's name or testimony's words.
    assert f"document {ids['public']} " not in said, said
    assert "Rozigul" not in said and "Sayragul" not in said and "cell" not in said and "guard" not in said


def test_propose_entry_says_why_each_testimonys_facts_are_left_out(store, tmp_path, monkeypatch):
    from guwah.cli import app
    from tests.shared import point_cli_at

    ids, number = _world(store, tmp_path)
    point_cli_at(store, monkeypatch)
    monkeypatch.setenv("GUWAH_ACTOR", "drafter")
    drafted = CliRunner().invoke(app, ["release", "propose-entry", f"E-{number}"])
    assert drafted.exit_code == 0, drafted.output
    assert "2017" not in drafted.stdout and "2018" in drafted.stdout  # the cellmate's facts out, the public in
    notes = drafted.stderr.split("Draft ")[0]  # before the closing "Draft N stored" line
    _notes_say(notes, ids)
    assert notes.count("Note: ") == 3, notes


def test_the_workspace_release_page_says_the_same(store, tmp_path):
    from guwah.releases import draft_entry_release
    from guwah.web.auth import SESSION_COOKIE
    from tests.accounts.factories import browser_token, fast_hashing, make_user
    from tests.web.conftest import serving

    ids, number = _world(store, tmp_path)
    with store.session() as session:
        draft = draft_entry_release(session, number, "drafter").id
    with fast_hashing():
        token = browser_token(store, make_user(store, "eldor", "editor", totp=True))
    with serving(store) as base:
        request = urllib.request.Request(f"{base}/workspace/releases/{draft}",
                                         headers={"Cookie": f"{SESSION_COOKIE}={token}"})
        with urllib.request.urlopen(request, timeout=30) as answer:  # noqa: S310 (a local test server)
            page = answer.read().decode("utf-8")
    notices = html.unescape(" ".join(re.findall(r"<p class=\"notice\">(.*?)</p>", page, re.S)))
    _notes_say(notices, ids)
