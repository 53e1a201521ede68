"""facility names sealed: facility.name holds ciphertext, like every other free-text name

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-03 18:00:00

A facility named in a confidential testimony is as confidential as the testimony, so its name is
sealed (`SealedText`) like person names. Loses nothing: every existing name, imported or read
from a testimony, is sealed in place; the downgrade opens them again into VARCHAR(500). Only an
archive opened with its key can run it (as migration 0004 does).
"""

import sqlalchemy as sa
from alembic import op

revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None


def _replace_name(new_type: str, convert) -> None:
    """Put `convert(name)` of every facility into a new `name` column of `new_type`.

    Native ALTER TABLE on both databases: SQLite's batch mode would copy the table and drop the old
    one, which its enforced foreign keys refuse while events cite a facility."""
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    # SQLite adds a NOT NULL column only with a default; every row is filled before use.
    default = (" NOT NULL DEFAULT ''" if new_type.startswith("VARCHAR") else " NOT NULL DEFAULT x''") if sqlite else ""
    op.execute(f"ALTER TABLE facility ADD COLUMN name_new {new_type}{default}")
    for facility_id, name in bind.execute(sa.text("SELECT id, name FROM facility ORDER BY id")).all():
        bind.execute(sa.text("UPDATE facility SET name_new = :n WHERE id = :i"), {"n": convert(name), "i": facility_id})
    op.execute("ALTER TABLE facility DROP COLUMN name")
    op.execute("ALTER TABLE facility RENAME COLUMN name_new TO name")
    if not sqlite:
        op.execute("ALTER TABLE facility ALTER COLUMN name SET NOT NULL")


def upgrade() -> None:
    sealer = op.get_bind().dialect.guwah_sealer  # only a keyed store can seal
    binary = "BLOB" if op.get_bind().dialect.name == "sqlite" else "BYTEA"
    _replace_name(binary, lambda name: sealer.seal(name.encode("utf-8")))


def downgrade() -> None:
    sealer = op.get_bind().dialect.guwah_sealer
    _replace_name("VARCHAR(500)", lambda sealed: sealer.open(bytes(sealed)).decode("utf-8"))
