"""Alembic environment: runs on the engine handed over by guwah.storage.engine."""

from alembic import context

from guwah.storage.tables import Base

engine = context.config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    context.run_migrations()
