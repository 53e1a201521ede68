"""release snapshots remember the registry act that took them down

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-01 08:10:00

`release_snapshot.withdrawn_for_operation`: the link operation (merge, split, link run) whose
change withdrew an approved release, so that undoing that act can put the same release back.
"""

import sqlalchemy as sa
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('release_snapshot') as batch:
        batch.add_column(sa.Column('withdrawn_for_operation', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('release_snapshot') as batch:
        batch.drop_column('withdrawn_for_operation')
