"""facility entries: every facility row becomes a registry entry of kind 'facility'

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 10:15:00

Loses nothing: each existing facility row (an imported site, or one a testimony named) keeps
its columns and gets an entry of its own, numbered in id order after any facility entry that
already exists. Facility and person entries are numbered separately.
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('facility', schema=None) as batch_op:
        batch_op.add_column(sa.Column('entry_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_facility_entry_id'), ['entry_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_facility_entry_id_entry'), 'entry', ['entry_id'], ['id'])
    _one_entry_per_facility()


def _one_entry_per_facility() -> None:
    bind = op.get_bind()
    highest = bind.execute(sa.text("SELECT max(number) FROM entry WHERE kind = 'facility'")).scalar() or 0
    facilities = [row[0] for row in bind.execute(sa.text("SELECT id FROM facility ORDER BY id"))]
    for number, facility_id in enumerate(facilities, start=highest + 1):
        entry_id = bind.execute(sa.text(
            "INSERT INTO entry (kind, number, created_at) VALUES ('facility', :n, CURRENT_TIMESTAMP) RETURNING id"),
            {"n": number}).scalar_one()
        bind.execute(sa.text("UPDATE facility SET entry_id = :e WHERE id = :f"), {"e": entry_id, "f": facility_id})


def downgrade() -> None:
    with op.batch_alter_table('facility', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_facility_entry_id_entry'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_facility_entry_id'))
        batch_op.drop_column('entry_id')
    bind = op.get_bind()
    facility_entries = "SELECT id FROM entry WHERE kind = 'facility'"
    bind.execute(sa.text(
        f"DELETE FROM link_change WHERE entry_id IN ({facility_entries}) OR from_entry_id IN ({facility_entries}) "
        f"OR to_entry_id IN ({facility_entries})"))
    bind.execute(sa.text("UPDATE entry SET merged_into_id = NULL WHERE kind = 'facility'"))
    bind.execute(sa.text("DELETE FROM entry WHERE kind = 'facility'"))
