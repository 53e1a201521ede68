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
