"""A name accepted for a mention after the naming basis it relies on was approved (or after the entry's
last approved release) is one no approver of the person's naming has seen: a reviewer's `guwah review
add --kind name` on the wrong person. The entry's draft marks it, one line a name (`guwah.releases.
new_name_notes`), and approving the draft needs the approver's confirmation (CLI --confirm-new-names, the
release page's checkbox); refused in one line otherwise, nothing stored. Control: names accepted before
the basis are not marked and approval needs nothing more (h-aliaswarn75). Names invented."""

import html
import re
from datetime import UTC, datetime

from typer.testing import CliRunner

from guwah.storage.tables import AuditEntry, Event, Person, PersonName, Release
from tests.releasing import ingest_text, mark_read, name_person, release_document

DETAINEE = "Abduqeyyum Nurtaybek"
WRONG = "Ilhamjan Kerimtoxti"  # someone else the same text names, no mention of his own
TEXT = (f"I am writing about my uncle {DETAINEE}, detained in 2018. His neighbour {WRONG} drove the family to "
        "the county office that week.")
TODAY = datetime.now(UTC).date().isoformat()


def _world(store, tmp_path):
    """A released public testimony; one mention of the detainee with an accepted name and detention,
    named on an approved basis: (document id, mention id, entry number)."""
    document = ingest_text(store, tmp_path, "uncle.txt", TEXT, "consent: public\n")
    mark_read(store, document)
    start = TEXT.index(DETAINEE)
    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        facts = {"evidence_document_id": document, "asserted_by_kind": "user", "asserted_by": "t",
                 "review_state": "accepted", "reviewed_by": "ayshem", "reviewed_at": datetime.now(UTC),
                 "person_id": person.id}
        session.add(PersonName(name=DETAINEE, evidence_start=start, evidence_end=start + len(DETAINEE), **facts))
        session.add(Event(event_type="detention", date_value="2018", date_precision="year", **facts))
        mention, number = person.id, person.entry.number
    name_person(store, mention)
    release_document(store, document)
    return document, mention, number


def _cli(monkeypatch, actor, *args):
    from guwah.cli import app

    monkeypatch.setenv("GUWAH_ACTOR", actor)
    return CliRunner().invoke(app, list(args))


def _draft_id(said: str) -> int:
    return int(re.search(r"Draft (\d+) stored", said).group(1))


def _names_public(store) -> list[str]:
    from guwah.publish import public_entries

    with store.session() as session:
        return sorted(name["name"] for entry in public_entries(session) for name in entry.names)


def test_a_name_added_after_the_basis_is_marked_and_approved_only_when_confirmed(store, tmp_path, monkeypatch):
    from tests.shared import point_cli_at

    document, _, number = _world(store, tmp_path)
    point_cli_at(store, monkeypatch)
    # Control: the name accepted before the basis is not marked; approval needs nothing more.
    drafted = _cli(monkeypatch, "drafter", "release", "propose-entry", f"E-{number}")
    assert drafted.exit_code == 0, drafted.output
    assert "accepted on" not in drafted.stderr and DETAINEE in drafted.stdout
    first = _draft_id(drafted.stderr)
    approved = _cli(monkeypatch, "reviewer", "release", "approve", str(first))
    assert approved.exit_code == 0, approved.output
    assert _names_public(store) == [DETAINEE]

    # A careless reviewer adds another man's name to this entry: accepted at once.
    added = _cli(monkeypatch, "careless", "review", "add", str(document), "--kind", "name", "--passage", WRONG,
                 "--set", f"name={WRONG}", "--person", f"E-{number}")
    assert added.exit_code == 0, added.output
    drafted = _cli(monkeypatch, "drafter", "release", "propose-entry", f"E-{number}")
    assert drafted.exit_code == 0, drafted.output
    second = _draft_id(drafted.stderr)
    said = " ".join(drafted.stderr.split())
    assert (f"name {WRONG} accepted on {TODAY} by careless, after release {first} of {TODAY}, the entry's last "
            "approved: check it is this person's") in said, said
    assert said.count("accepted on") == 1  # the name seen before gets none
    shown = _cli(monkeypatch, "reviewer", "release", "show", str(second))
    assert shown.exit_code == 0, shown.output
    assert f"name {WRONG} accepted on {TODAY} by careless" in " ".join(shown.stderr.split())

    refused = _cli(monkeypatch, "reviewer", "release", "approve", str(second))
    assert refused.exit_code != 0
    assert len(refused.stderr.strip().splitlines()) == 1, refused.stderr
    assert (f"release {second} shows 1 name accepted after the person's naming basis was approved"
            in refused.stderr and "--confirm-new-names" in refused.stderr and WRONG not in refused.stderr)
    with store.session() as session:
        assert session.get(Release, second).state == "draft"
        assert session.get(Release, first).state == "approved"
    assert _names_public(store) == [DETAINEE]

    confirmed = _cli(monkeypatch, "reviewer", "release", "approve", str(second), "--confirm-new-names")
    assert confirmed.exit_code == 0, confirmed.output
    assert _names_public(store) == [DETAINEE, WRONG]
    with store.session() as session:
        [audited] = [row.detail for row in session.query(AuditEntry).filter(AuditEntry.action == "release")
                     if (row.detail or {}).get("release") == second and (row.detail or {}).get("step") == "approved"]
    assert audited["confirmed_new_names"] == 1 and WRONG not in str(audited)


def test_a_name_added_after_the_basis_before_any_release_cites_the_basis(store, tmp_path):
    from guwah.releases import draft_entry_release, new_name_notes
    from guwah.review.addition import add_fact

    document, mention, number = _world(store, tmp_path)
    with store.session() as session:
        draft = draft_entry_release(session, number, "drafter")
        assert new_name_notes(session, draft) == []  # control: accepted before the basis
    with store.session() as session:
        add_fact(store, session, document, "name", WRONG, "careless", {"name": WRONG}, person=f"M-{mention}")
    with store.session() as session:
        draft = draft_entry_release(session, number, "drafter")
        notes = [str(note) for note in new_name_notes(session, draft)]
    assert notes == [f"Note: name {WRONG} accepted on {TODAY} by careless, after the naming basis of {TODAY}: check "
                     "it is this person's"]


def test_the_release_page_marks_the_name_and_asks_to_confirm_it(store, tmp_path):
    from guwah.releases import draft_entry_release
    from guwah.review.addition import add_fact
    from guwah.web import create_app
    from tests.accounts.factories import client_as, make_user

    document, mention, number = _world(store, tmp_path)
    client, token = client_as(create_app(store), store, make_user(store, "eldor", "editor", totp=True))
    # Control: a draft whose names were all accepted before the basis: no note, no box, approved as it is.
    with store.session() as session:
        plain = draft_entry_release(session, number, "drafter").id
    page = client.get(f"/workspace/releases/{plain}")
    assert page.status_code == 200 and "accepted on" not in page.text and 'name="confirm_new_names"' not in page.text
    assert client.post(f"/workspace/releases/{plain}/approve", data={"csrf_token": token},
                       follow_redirects=False).status_code == 303
    with store.session() as session:
        add_fact(store, session, document, "name", WRONG, "careless", {"name": WRONG}, person=f"M-{mention}")
    with store.session() as session:
        draft = draft_entry_release(session, number, "drafter").id
    page = client.get(f"/workspace/releases/{draft}")
    notices = html.unescape(" ".join(re.findall(r"<p class=\"notice\">(.*?)</p>", page.text, re.S)))
    assert f"name {WRONG} accepted on {TODAY} by careless, after release {plain} of {TODAY}" in notices, notices
    assert 'name="confirm_new_names"' in page.text

    refused = client.post(f"/workspace/releases/{draft}/approve", data={"csrf_token": token})
    assert refused.status_code == 409
    said = html.unescape(refused.text)
    assert (f"release {draft} shows 1 name accepted after the person's naming basis was approved" in said
            and "the box “The new names are this person's”" in said and 'id="release-refused"' in refused.text)
    with store.session() as session:
        assert session.get(Release, draft).state == "draft"
    assert _names_public(store) == [DETAINEE]

    confirmed = client.post(f"/workspace/releases/{draft}/approve",
                            data={"csrf_token": token, "confirm_new_names": "1"}, follow_redirects=False)
    assert confirmed.status_code == 303
    assert _names_public(store) == [DETAINEE, WRONG]
