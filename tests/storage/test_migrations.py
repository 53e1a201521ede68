"""Migrations build the schema from empty on SQLite and PostgreSQL, and match the models."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from guwah.storage.engine import downgrade_schema, make_engine, upgrade_schema
from guwah.storage.tables import Base


def test_upgrade_from_empty_creates_every_table(database_url):
    engine = make_engine(database_url)
    assert inspect(engine).get_table_names() == []
    upgrade_schema(engine)
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables
    engine.dispose()


def test_migrations_match_the_models(database_url):
    engine = make_engine(database_url)
    upgrade_schema(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == [], "models changed without a migration: write one"


def test_downgrade_to_empty_and_up_again(database_url):
    engine = make_engine(database_url)
    upgrade_schema(engine)
    downgrade_schema(engine, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    upgrade_schema(engine)
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_sqlite_runs_in_wal_mode(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'wal.sqlite3'}")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_migration_0021_seals_facility_names_and_loses_nothing(database_url):
    # Before 0021 a facility's name sat in a plain VARCHAR column (in clear in a dump). Upgrading
    # seals every existing name, one an event cites included; downgrading opens them again.
    from sqlalchemy import text

    from guwah.protection.keys import KeyRing
    from guwah.protection.sealing import MAGIC, Sealer

    sealer = Sealer(KeyRing(b"k" * 32))
    engine = make_engine(database_url, sealer=sealer)
    upgrade_schema(engine, "0020")
    named = {1: "Township Boarding School camp", 2: "Aksu – 看守所 No. 1"}
    with engine.begin() as connection:
        for facility_id, name in named.items():
            connection.execute(text("INSERT INTO facility (id, name, facility_type, external_ids, attributes) "
                                    "VALUES (:i, :n, 'internment_camp', '{}', '{}')"), {"i": facility_id, "n": name})
        connection.execute(text(
            "INSERT INTO event (id, event_type, facility_id, asserted_by_kind, asserted_by, asserted_at, review_state) "
            "VALUES (1, 'detention', 1, 'user', 'tester', CURRENT_TIMESTAMP, 'accepted')"))
    upgrade_schema(engine)
    with engine.connect() as connection:
        stored = dict(connection.execute(text("SELECT id, name FROM facility")).all())
        cited = connection.execute(text("SELECT facility_id FROM event WHERE id = 1")).scalar()
    assert all(bytes(value).startswith(MAGIC) for value in stored.values())
    assert {i: sealer.open(bytes(value)).decode("utf-8") for i, value in stored.items()} == named
    assert cited == 1
    downgrade_schema(engine, "0020")
    with engine.connect() as connection:
        assert dict(connection.execute(text("SELECT id, name FROM facility")).all()) == named
    engine.dispose()


OLD_ARCHIVE = [  # an archive as revision 0001 wrote it: a place, two facilities, two people, events citing them
    "INSERT INTO place (id, gazetteer_id, name, kind, lat, lon) VALUES (1, 'xj.aksu', 'Aksu', 'prefecture', 41.17, 80.26)",
    "INSERT INTO facility (id, name, facility_type, place_id, lat, lon, external_ids, attributes, dataset, dataset_key) "
    "VALUES (1, 'North road camp', 'internment_camp', 1, 41.2, 80.3, '{}', '{}', NULL, NULL)",
    "INSERT INTO facility (id, name, facility_type, place_id, lat, lon, external_ids, attributes, dataset, dataset_key) "
    "VALUES (2, 'County detention centre No. 2', 'detention_centre', NULL, NULL, NULL, '{}', '{}', NULL, NULL)",
    "INSERT INTO person (id, consent, created_at) VALUES (1, 'confidential', CURRENT_TIMESTAMP)",
    "INSERT INTO person (id, consent, created_at) VALUES (2, 'public', CURRENT_TIMESTAMP)",
    "INSERT INTO event (id, event_type, person_id, place_id, facility_id, date_value, date_precision, "
    "asserted_by_kind, asserted_by, asserted_at, review_state) "
    "VALUES (1, 'detention', 1, 1, 1, '2018-03', 'month', 'user', 'tester', CURRENT_TIMESTAMP, 'accepted')",
    "INSERT INTO event (id, event_type, person_id, place_id, facility_id, date_value, date_precision, "
    "asserted_by_kind, asserted_by, asserted_at, review_state) "
    "VALUES (2, 'release', 2, NULL, 2, '2019', 'year', 'extractor', 'guwah.extract', CURRENT_TIMESTAMP, 'proposed')",
]


def _kept(connection) -> dict:
    from sqlalchemy import text

    def rows(query):
        return [tuple(row) for row in connection.execute(text(query)).all()]

    return {
        "place": rows("SELECT id, gazetteer_id, name, kind FROM place ORDER BY id"),
        "facility": rows("SELECT id, facility_type, place_id, external_ids, dataset FROM facility ORDER BY id"),
        "person": rows("SELECT id, consent FROM person ORDER BY id"),
        "event": rows("SELECT id, event_type, person_id, place_id, facility_id, date_value, date_precision, "
                      "asserted_by, review_state FROM event ORDER BY id"),
    }


def test_an_old_archive_whose_events_cite_facilities_upgrades_to_head_and_loses_nothing(database_url):
    # Migrations that rebuild a table on SQLite (Alembic's batch mode copies it and drops the old
    # one) were refused there while events cited facilities or people (enforced foreign keys);
    # 0021 worked round it alone. From the oldest revision (0001) to head: every row and value kept,
    # facility names sealed and readable, every event still citing its facility, place and person.
    from sqlalchemy import text

    from guwah.protection.keys import KeyRing
    from guwah.protection.sealing import Sealer

    sealer = Sealer(KeyRing(b"k" * 32))
    engine = make_engine(database_url, sealer=sealer)
    upgrade_schema(engine, "0001")
    with engine.begin() as connection:
        for statement in OLD_ARCHIVE:
            connection.execute(text(statement))
        before = _kept(connection)
        names = dict(connection.execute(text("SELECT id, name FROM facility")).all())
    upgrade_schema(engine)
    with engine.connect() as connection:
        assert _kept(connection) == before
        sealed = dict(connection.execute(text("SELECT id, name FROM facility")).all())
        assert {i: sealer.open(bytes(v)).decode("utf-8") for i, v in sealed.items()} == names
        # every fact still cites rows that exist (SQLite checks only when asked)
        if engine.dialect.name == "sqlite":
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert connection.execute(text("SELECT count(*) FROM entry WHERE kind = 'facility'")).scalar() == 2
    engine.dispose()


def test_migration_0028_keeps_a_withdrawals_reason_as_its_message_and_values(database_url):
    # Before 0028 a step's reason for taking a release down was stored as English text and read back
    # by matching templates. Upgrading keeps each English reason a known template wrote as its message
    # and values (`withdraw_message`, what the release module now writes), a consent level as a Term;
    # a person's own words, and English no template wrote, stay as they are. Downgrading writes the
    # English again.
    import json

    from sqlalchemy import text

    from guwah.errors import Term, Text
    from guwah.protection.keys import KeyRing
    from guwah.protection.sealing import Sealer
    from guwah.releases import CONSENT_LOWERED, MERGE_REASON, STALE

    sealer = Sealer(KeyRing(b"k" * 32))
    engine = make_engine(database_url, sealer=sealer)
    upgrade_schema(engine, "0027")
    recorded = {
        1: "entry E-3 was merged into entry E-1: the merged entry must be reviewed again (a merge takes the "
           "stricter consent of its mentions and shows all their facts)",
        2: "the consent of document 5 was lowered to confidential",
        3: "what it shows changed: redraft and review",
        4: "her lawyer asked us to take it down",  # a person's own words
        5: None,
    }
    with engine.begin() as connection:
        for release_id, reason in recorded.items():
            connection.execute(text(
                "INSERT INTO release_snapshot (id, subject_type, subject_id, version, state, content, masks, "
                "extra_masks, drafted_by, drafted_at, withdrawn_by, withdraw_reason) VALUES (:i, 'document', :i, 1, "
                "'withdrawn', :c, :m, :m, 'tester', CURRENT_TIMESTAMP, 'tester', :r)"),
                {"i": release_id, "c": sealer.seal(b"{}"), "m": sealer.seal(b"[]"),
                 "r": sealer.seal(reason.encode("utf-8")) if reason else None})
    upgrade_schema(engine)

    def stored() -> dict:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT id, withdraw_reason, withdraw_message FROM release_snapshot"))
            return {i: (sealer.open(bytes(r)).decode("utf-8") if r is not None else None,
                        json.loads(sealer.open(bytes(m))) if m is not None else None) for i, r, m in rows}

    after = stored()
    assert after[1] == (None, Text(MERGE_REASON, {"merged": "E-3", "survivor": "E-1"}).record())
    assert after[2] == (None, Text(CONSENT_LOWERED, {"document": 5, "level": Term("consent", "confidential")}).record())
    assert after[3] == (None, Text(STALE).record())
    assert after[4] == (recorded[4], None) and after[5] == (None, None)  # control: kept as they are
    assert str(Text.recorded(after[2][1])) == recorded[2]
    downgrade_schema(engine, "0027")
    with engine.connect() as connection:
        back = {i: sealer.open(bytes(r)).decode("utf-8") if r is not None else None
                for i, r in connection.execute(text("SELECT id, withdraw_reason FROM release_snapshot"))}
    assert back == recorded
    engine.dispose()


def test_migration_0030_keeps_a_restored_releases_reason_as_its_message_and_values(database_url):
    # Before 0030 an undo that put a release back stored why as English ("undo of registry act 4 put back
    # release 2") in `approval_reason`, beside a person's own words. Upgrading keeps that English as its
    # message and values (`approval_message`, what `restore_releases` now writes); a person's words, and
    # English of another form, stay as they are. Downgrading writes the English again.
    import json

    from sqlalchemy import text

    from guwah.errors import Text
    from guwah.protection.keys import KeyRing
    from guwah.protection.sealing import Sealer
    from guwah.releases import RESTORED

    sealer = Sealer(KeyRing(b"k" * 32))
    engine = make_engine(database_url, sealer=sealer)
    upgrade_schema(engine, "0029")
    recorded = {
        1: ("restored", "undo of registry act 4 put back release 2"),
        2: ("second_reviewer", "undo of registry act 4 put back release 2"),  # a person's words, whatever they say
        3: ("single_reviewer", "her lawyer agreed"),
        4: ("second_reviewer", None),
    }
    with engine.begin() as connection:
        for release_id, (basis, reason) in recorded.items():
            connection.execute(text(
                "INSERT INTO release_snapshot (id, subject_type, subject_id, version, state, content, masks, "
                "extra_masks, drafted_by, drafted_at, approved_by, approval_basis, approval_reason) VALUES (:i, "
                "'document', :i, 1, 'approved', :c, :m, :m, 'tester', CURRENT_TIMESTAMP, 'rev', :b, :r)"),
                {"i": release_id, "c": sealer.seal(b"{}"), "m": sealer.seal(b"[]"), "b": basis,
                 "r": sealer.seal(reason.encode("utf-8")) if reason else None})
    upgrade_schema(engine)

    with engine.connect() as connection:
        rows = connection.execute(text("SELECT id, approval_reason, approval_message FROM release_snapshot"))
        after = {i: (sealer.open(bytes(r)).decode("utf-8") if r is not None else None,
                     json.loads(sealer.open(bytes(m))) if m is not None else None) for i, r, m in rows}
    assert after[1] == (None, Text(RESTORED, {"operation": 4, "release": 2}).record())
    assert str(Text.recorded(after[1][1])) == recorded[1][1]
    assert {i: after[i] for i in (2, 3, 4)} == {i: (recorded[i][1], None) for i in (2, 3, 4)}  # control
    downgrade_schema(engine, "0029")
    with engine.connect() as connection:
        back = {i: (b, sealer.open(bytes(r)).decode("utf-8") if r is not None else None) for i, b, r in
                connection.execute(text("SELECT id, approval_basis, approval_reason FROM release_snapshot"))}
    assert back == recorded
    engine.dispose()


def test_migration_0031_keeps_an_erasures_fixed_reasons_as_their_message(database_url):
    # Before 0031 an erasure wrote a fixed English "[erased]" over the reasons of the testimony's consent
    # and embargo changes, and "the testimony was erased" as the refusal of a raise still waiting.
    # Upgrading keeps them as their message (`reason_message`, `decision_message`: what the erasure now
    # writes), the words left empty (a required reason) or gone; a person's words stay as they are.
    # Downgrading writes the English again.
    import json

    from sqlalchemy import text

    from guwah.errors import Text
    from guwah.protection.keys import KeyRing
    from guwah.protection.sealing import Sealer
    from guwah.releases import REASON_ERASED, TESTIMONY_WAS_ERASED

    sealer = Sealer(KeyRing(b"k" * 32))
    engine = make_engine(database_url, sealer=sealer)
    upgrade_schema(engine, "0030")
    consent = {1: ("[erased]", "[erased]"), 2: ("[erased]", "the testimony was erased"),
               3: ("she agreed on the phone", None)}  # a person's words
    embargo = {1: "[erased]", 2: "the hearing is in May"}

    def sealed(words):
        return sealer.seal(words.encode("utf-8")) if words is not None else None

    with engine.begin() as connection:
        connection.execute(text("INSERT INTO document (id, fingerprint, sha256, original_name, media_type, size, text, "
                                "text_sha256, pages_needing_ocr, ingested_at) VALUES (1, 'f', :s, :n, 'text/plain', 1, "
                                ":t, :s, '[]', CURRENT_TIMESTAMP)"),
                           {"s": sealer.seal(b"x"), "n": sealer.seal(b"a.txt"), "t": sealer.seal(b"")})
        for change_id, (reason, decision) in consent.items():
            connection.execute(text(
                "INSERT INTO consent_change (id, document_id, old, new, reason, requested_by, requested_at, state, "
                "decision_reason) VALUES (:i, 1, 'confidential', 'public', :r, 'tester', CURRENT_TIMESTAMP, "
                "'refused', :d)"), {"i": change_id, "r": sealed(reason), "d": sealed(decision)})
        for change_id, reason in embargo.items():
            connection.execute(text(
                "INSERT INTO embargo_change (id, document_id, old, new, reason, changed_by, changed_at) VALUES "
                "(:i, 1, '2030-01-01', NULL, :r, 'tester', CURRENT_TIMESTAMP)"), {"i": change_id, "r": sealed(reason)})
    upgrade_schema(engine)

    def opened(value, as_json=False):
        if value is None:
            return None
        plain = sealer.open(bytes(value))
        return json.loads(plain) if as_json else plain.decode("utf-8")

    erased, refused = Text(REASON_ERASED).record(), Text(TESTIMONY_WAS_ERASED).record()
    with engine.connect() as connection:
        after = {i: (opened(r), opened(m, True), opened(d), opened(dm, True)) for i, r, m, d, dm in connection.execute(
            text("SELECT id, reason, reason_message, decision_reason, decision_message FROM consent_change"))}
        embargoes = {i: (opened(r), opened(m, True)) for i, r, m in connection.execute(
            text("SELECT id, reason, reason_message FROM embargo_change"))}
    assert after == {1: ("", erased, None, erased), 2: ("", erased, None, refused),
                     3: ("she agreed on the phone", None, None, None)}  # 3: the control
    assert embargoes == {1: ("", erased), 2: ("the hearing is in May", None)}
    downgrade_schema(engine, "0030")
    with engine.connect() as connection:
        back = {i: (opened(r), opened(d)) for i, r, d in
                connection.execute(text("SELECT id, reason, decision_reason FROM consent_change"))}
        back_embargo = {i: opened(r) for i, r in connection.execute(text("SELECT id, reason FROM embargo_change"))}
    assert back == consent and back_embargo == embargo
    engine.dispose()


def test_migration_0032_keeps_an_erasures_mark_as_its_message_and_links_corrected_copies(database_url):
    # h-product51: before 0032 an erasure wrote "[erased]" over a naming basis's note and approval reason,
    # and an edit left the link to its corrected copy only in the review note ("edited into event:2").
    # Upgrading keeps "[erased]" as the message "erased on DATE under erasure request N" (N the audit
    # entry of the erasure; without one, the consent changes' message), the words gone, and fills
    # `corrected_id` from the notes; a person's words, and a note of another kind, stay as they are.
    import json

    from sqlalchemy import text

    from guwah.errors import Term, Text
    from guwah.protection.keys import KeyRing
    from guwah.protection.sealing import Sealer
    from guwah.releases import ERASED_ON, REASON_ERASED

    sealer = Sealer(KeyRing(b"k" * 32))
    engine = make_engine(database_url, sealer=sealer)
    upgrade_schema(engine, "0031")
    bases = {1: (1, "[erased]", "[erased]"), 2: (2, "[erased]", None), 3: (1, "she agreed in May", "checked")}
    notes = {1: "edited into event:2", 2: "edit of event:1", 3: "edited into name:9"}

    def sealed(words):
        return sealer.seal(words.encode("utf-8")) if words is not None else None

    with engine.begin() as connection:
        for document_id in (1, 2):
            connection.execute(text(
                "INSERT INTO document (id, fingerprint, sha256, original_name, media_type, size, text, text_sha256, "
                "pages_needing_ocr, ingested_at) VALUES (:d, :f, :s, :n, 'text/plain', 1, :t, :s, '[]', "
                "CURRENT_TIMESTAMP)"), {"d": document_id, "f": f"f{document_id}", "s": sealer.seal(b"x"),
                                        "n": sealer.seal(b"a.txt"), "t": sealer.seal(b"")})
        connection.execute(text("INSERT INTO audit_entry (id, at, actor, action, record_type, record_id, detail, mac) "
                                "VALUES (7, '2026-03-04 10:00:00', 'ed', 'erase', 'document', '1', '{}', 'm')"))
        connection.execute(text("INSERT INTO person (id, consent, consent_recorded, created_at) VALUES (1, 'confidential', false, "
                                "CURRENT_TIMESTAMP)"))
        for basis_id, (document_id, note, reason) in bases.items():
            connection.execute(text(
                "INSERT INTO naming_basis (id, person_id, basis, note, document_id, proposed_by, proposed_at, "
                "approval_reason, shows_shared_name) VALUES (:i, 1, 'own_consent', :n, :d, 'ed', CURRENT_TIMESTAMP, "
                ":r, false)"), {"i": basis_id, "n": sealed(note), "d": document_id, "r": sealed(reason)})
        for event_id, note in notes.items():
            connection.execute(text(
                "INSERT INTO event (id, person_id, event_type, asserted_by_kind, asserted_by, asserted_at, "
                "review_state, review_note) VALUES (:i, 1, 'detention', 'user', 'ed', CURRENT_TIMESTAMP, "
                ":s, :n)"), {"i": event_id, "s": "accepted" if event_id == 2 else "rejected", "n": sealed(note)})
    upgrade_schema(engine)

    def opened(value, as_json=False):
        if value is None:
            return None
        plain = sealer.open(bytes(value))
        return json.loads(plain) if as_json else plain.decode("utf-8")

    on = Text(ERASED_ON, {"date": Term("date", "2026-03-04"), "request": 7}).record()
    with engine.connect() as connection:
        after = {i: (opened(n), opened(nm, True), opened(r), opened(rm, True)) for i, n, nm, r, rm in connection.execute(
            text("SELECT id, note, note_message, approval_reason, approval_message FROM naming_basis"))}
        links = dict(connection.execute(text("SELECT id, corrected_id FROM event")).all())
    assert after == {1: (None, on, None, on), 2: (None, Text(REASON_ERASED).record(), None, None),
                     3: ("she agreed in May", None, "checked", None)}  # 3: a person's words, the control
    assert links == {1: 2, 2: None, 3: None}  # 3: a note naming another kind links nothing
    downgrade_schema(engine, "0031")
    with engine.connect() as connection:
        back = {i: (d, opened(n), opened(r)) for i, d, n, r in
                connection.execute(text("SELECT id, document_id, note, approval_reason FROM naming_basis"))}
    assert back == bases
    engine.dispose()


def test_migration_0037_fills_name_scripts_and_keeps_approved_entry_releases_up(store, tmp_path):
    # Before: a name read from a testimony or a sidecar was stored with no script, so the person page's
    # "script" column and the open data's `detail` were always empty. 0037 fills the names recorded
    # before with the names layer's detection, and the names of entry releases alike: an approved
    # release whose names got a script would otherwise differ from what a release shows today and be
    # taken down at the next commit. A script a reviewer set is kept (control: not overwritten).
    from sqlalchemy import select

    from guwah.ingest import ingest_file
    from guwah.publish import public_entries
    from guwah.releases import draft_entry_release
    from guwah.storage.tables import Person, PersonName, Release
    from tests.releasing import name_person, release_document, release_entry

    path = tmp_path / "p.txt"
    path.write_text("My brother Qurbanjan Toxtibek was detained in 2018.", encoding="utf-8")
    (tmp_path / "p.meta.yaml").write_text("consent: public\n", encoding="utf-8")
    document_id = ingest_file(store, path).document_id
    facts = {"evidence_document_id": document_id, "asserted_by_kind": "user", "asserted_by": "t",
             "review_state": "accepted"}
    with store.session() as session:  # as names were recorded before: no script
        people = [Person(), Person()]
        session.add_all(people)
        session.flush()
        session.add(PersonName(person_id=people[0].id, name="Qurbanjan Toxtibek", script=None, **facts))
        session.add(PersonName(person_id=people[1].id, name="Sawut Ilham", script="Cyrl", **facts))
        first, second = people[0].id, people[1].id
        number = people[0].entry.number
    name_person(store, first)
    release_document(store, document_id)
    release_entry(store, number)
    with store.session() as session:
        [entry] = public_entries(session)
        assert entry.names[0]["script"] is None
    downgrade_schema(store.engine, "0036")
    upgrade_schema(store.engine)
    with store.session() as session:
        scripts = dict(session.execute(select(PersonName.person_id, PersonName.script)).all())
        assert scripts == {first: "Latn", second: "Cyrl"}
        [entry] = public_entries(session)
        assert entry.names[0]["script"] == "Latn"
        # a commit that touches names runs the release check: the release shows what it would today
        session.add(PersonName(person_id=second, name="Sawut", **facts))
    with store.session() as session:
        [entry] = public_entries(session)
        assert entry.names == [{"name": "Qurbanjan Toxtibek", "script": "Latn", "sources": [1], "corroboration": 1}]
        states = [r.state for r in session.scalars(select(Release).where(Release.subject_type == "entry"))]
        assert states == ["approved"]
        draft = draft_entry_release(session, number, "drafter")  # what a release of it shows today
        assert draft.content == session.scalars(select(Release).where(Release.state == "approved",
                                                                      Release.subject_type == "entry")).one().content


def test_an_archive_a_newer_version_migrated_is_refused_in_one_line(database_url):
    # h-newcomer74: an archive that a newer Guwah had migrated (schema 0038), opened by a worktree of
    # an older branch, printed a page of Alembic traceback ending "Can't locate revision identified by
    # '0038'". Now it is one InputError naming both revisions, and nothing is changed; the archive's
    # own revision (control) opens as before.
    import pytest
    from sqlalchemy import text

    from guwah.errors import InputError
    from guwah.storage.engine import head_revision, schema_revision

    engine = make_engine(database_url)
    upgrade_schema(engine)
    assert upgrade_schema(engine) == (head_revision(), head_revision())
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(InputError, match=rf"newer version of Guwah .*schema is 9999.* up to {head_revision()}"):
        upgrade_schema(engine)
    assert schema_revision(engine) == "9999"
    engine.dispose()
