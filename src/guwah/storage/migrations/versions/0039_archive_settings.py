"""archive_setting: settings of the archive's way of working that an admin changes (four eyes on facts)

Revision ID: 0039
Revises: 0038
Create Date: 2026-12-07 21:00:00

A reviewer's own edit or added fact was accepted at once by its author. A group that works to a
tribunal's standard wants a second reviewer on every fact: `guwah settings set four_eyes on` keeps
such copies proposed until another reviewer accepts them (`guwah.policy`). The setting is a row of
its own, with who changed it and when (every change audited); an archive without the row has the
default, off, so nothing changes for it. The downgrade drops the table.
"""

import sqlalchemy as sa
from alembic import op

revision = '0039'
down_revision = '0038'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'archive_setting',
        sa.Column('name', sa.String(length=50), nullable=False),
        sa.Column('value', sa.String(length=50), nullable=False),
        sa.Column('changed_by', sa.String(length=200), nullable=False),
        sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('name', name=op.f('pk_archive_setting')),
    )


def downgrade() -> None:
    op.drop_table('archive_setting')
