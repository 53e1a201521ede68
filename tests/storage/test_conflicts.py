"""Two processes at once (h-fix45): a command whose change the database refuses because another
process changed the same records at the same time (a row it stored first, a lock it held) says so in
one line, stores nothing of its change and exits 1; the web answers 409 with a page that says so.
Neither ever quotes the database's words, which hold the rows' values. Other database errors (bugs)
are not dressed up as conflicts."""

import pytest
from sqlalchemy import func, insert, select, text
from typer.testing import CliRunner

from guwah.cli import app
from guwah.storage import is_conflict
from guwah.storage.tables import AuditEntry, Entry, Facility, NamingBasis, Person, PersonName, Release
from tests.releasing import ingest_text, mark_read
from tests.shared import point_cli_at

SECRET = "Tursun Ehmet"
CONFLICT = "error: another process changed this at the same time; nothing was stored, run it again"


def _collide(session, person_id: int) -> None:
    """What another process did first: it stored a row under the id this transaction writes too
    (a real UNIQUE failure, quoting the row's values: a name)."""
    session.execute(insert(PersonName.__table__).values(
        id=session.scalar(select(func.max(PersonName.id))), person_id=person_id, name=SECRET, script="Latn",
        asserted_by_kind="user", asserted_by="other", review_state="proposed"))


def _state(store) -> dict:
    """Everything the four commands below change (rows, states, merges, the audit chain)."""
    with store.session() as session:
        return {"audit": session.scalar(select(func.count(AuditEntry.id))),
                "bases": [(b.id, b.approved_at) for b in session.scalars(select(NamingBasis))],
                "releases": [(r.id, r.state) for r in session.scalars(select(Release))],
                "entries": [(e.id, e.merged_into_id) for e in session.scalars(select(Entry))],
                "names": session.scalar(select(func.count(PersonName.id)))}


def _archive(store, tmp_path) -> dict:
    """A released testimony naming a man, a naming basis proposed for him, a draft release of a
    second testimony, two person entries and two facility entries to merge."""
    text_ = f"My brother {SECRET} was detained in 2018."
    first = ingest_text(store, tmp_path, "a.txt", text_, "consent: public\n")
    second = ingest_text(store, tmp_path, "b.txt", "Nothing about anyone.", "consent: public\n")
    for document_id in (first, second):
        mark_read(store, document_id)
    from guwah.releases import draft_release, propose_basis

    with store.session() as session:
        people = []
        for _ in range(2):
            person = Person()
            session.add(person)
            session.flush()
            session.add(PersonName(person_id=person.id, name=SECRET, evidence_document_id=first,
                                   asserted_by_kind="user", asserted_by="t"))
            people.append(person)
        session.add_all([Facility(name="Site A", facility_type="internment_camp"),
                         Facility(name="Site B", facility_type="prison")])
        session.flush()
        basis = propose_basis(session, people[0].id, "own_consent", "drafter").id
        draft = draft_release(session, second, "drafter").id
        persons = [p.entry.number for p in people]
        facilities = sorted(session.scalars(select(Entry.number).where(Entry.kind == "facility")))
    return {"person": people[0].id, "naming": ["naming", "approve", str(basis)],
            "release": ["release", "approve", str(draft)],
            "persons": ["persons", "merge", str(persons[0]), str(persons[1])],
            "facilities": ["facilities", "merge", str(facilities[0]), str(facilities[1])]}


# Each command, and the library function it calls (where the other process's row collides).
COMMANDS = [("naming", "guwah.releases", "approve_naming"), ("release", "guwah.releases", "approve_release"),
            ("persons", "guwah.releases", "merge_entries"),
            ("facilities", "guwah.facilities.entries", "merge_facilities")]


@pytest.mark.parametrize(("command", "module", "function"), COMMANDS)
def test_a_command_beaten_by_another_process_says_so_and_stores_nothing(store, tmp_path, monkeypatch,
                                                                       command, module, function):
    import importlib

    made = _archive(store, tmp_path)
    before = _state(store)
    target = importlib.import_module(module)
    real = getattr(target, function)

    def beaten(session, *args, **kwargs):
        done = real(session, *args, **kwargs)  # all of its change made and flushed, then refused
        _collide(session, made["person"])
        return done

    monkeypatch.setattr(target, function, beaten)
    point_cli_at(store, monkeypatch)
    monkeypatch.setenv("GUWAH_ACTOR", "reviewer")
    result = CliRunner().invoke(app, made[command])
    assert result.exit_code == 1, (result.output, result.exception)
    assert result.output.strip() == CONFLICT, result.output
    assert "Tursun" not in result.output and "UNIQUE" not in result.output
    reopened = type(store)(store.settings)
    try:
        assert _state(reopened) == before  # nothing of its change is stored
    finally:
        reopened.close()
    monkeypatch.setattr(target, function, real)  # control: run again, it is stored
    again = CliRunner().invoke(app, made[command])
    assert again.exit_code == 0, again.output
    reopened = type(store)(store.settings)
    try:
        assert _state(reopened) != before
    finally:
        reopened.close()


def test_only_a_conflict_with_another_writer_is_called_one(store):
    from sqlalchemy.exc import IntegrityError, OperationalError

    with store.session() as session:
        person = Person()
        session.add(person)
        session.flush()
        person_id = person.id
    with pytest.raises(IntegrityError) as unique, store.session() as session:
        session.execute(insert(Person.__table__).values(id=person_id, consent="public"))
    with pytest.raises(IntegrityError) as not_null, store.session() as session:
        session.execute(insert(PersonName.__table__).values(person_id=person_id))
    with pytest.raises(OperationalError) as missing, store.session() as session:
        session.execute(text("SELECT * FROM no_such_table"))
    assert is_conflict(unique.value)
    assert not is_conflict(not_null.value) and not is_conflict(missing.value)  # bugs stay bugs
    assert not is_conflict(ValueError("UNIQUE constraint failed"))


def test_the_web_answers_a_conflict_with_409_in_the_readers_words_never_the_databases(store, monkeypatch):
    from fastapi.testclient import TestClient

    import guwah.publish as public
    from guwah.web import create_app

    def beaten(*_args, **_kwargs):
        with store.session() as session:
            person = Person()
            session.add(person)
            session.flush()
            session.execute(insert(PersonName.__table__).values(
                id=1, person_id=person.id, name=SECRET, asserted_by_kind="user", asserted_by="t"))
            session.execute(insert(PersonName.__table__).values(
                id=1, person_id=person.id, name=SECRET, asserted_by_kind="user", asserted_by="t"))

    monkeypatch.setattr(public, "public_figures", beaten)
    client = TestClient(create_app(store), raise_server_exceptions=False)
    page = client.get("/figures")
    assert page.status_code == 409, page.status_code
    assert "at the same time, so nothing was stored" in page.text and "Tursun" not in page.text
    assert client.get("/figures", headers={"Accept-Language": "ru"}).text.count("ничего не сохранено") == 1
    with store.session() as session:
        assert session.scalar(select(func.count(PersonName.id))) == 0  # rolled back whole
    monkeypatch.setattr(public, "public_figures", lambda *_a, **_k: 1 / 0)  # control: a bug is a 500
    assert client.get("/figures").status_code == 500
