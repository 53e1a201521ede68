"""Alembic environment: runs on the engine handed over by guwah.storage.engine.

On SQLite a migration that changes a table beyond adding a column rebuilds it (Alembic's batch
mode: copy into a new table, drop the old one, rename), and dropping a table that other rows cite
fails while foreign keys are enforced. So the migrations run as SQLite's own procedure for other
kinds of schema changes says (https://www.sqlite.org/lang_altertable.html, section 7): foreign
keys off for the run (the pragma is ignored inside a transaction, so before it begins), then
`PRAGMA foreign_key_check` before the commit (a migration that broke a reference fails whole),
then on again.
"""

from alembic import context

from guwah.errors import english_ngettext
from guwah.storage.tables import Base

engine = context.config.attributes["engine"]

with engine.connect() as connection:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
    try:
        with connection.begin():
            context.configure(
                connection=connection,
                target_metadata=Base.metadata,
                render_as_batch=sqlite,
                compare_type=True,
            )
            context.run_migrations()
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    raise RuntimeError(f"the migration left {english_ngettext('%d row', '%d rows', len(broken)) % len(broken)} citing rows that do not exist "
                                       f"(first: table {broken[0][0]}, row {broken[0][1]})")
    finally:
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()
