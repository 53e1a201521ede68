"""link_change.conflicts: the fields a merge forced over conflicting assertions

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-04 13:10:00

`guwah persons merge --force` merges entries whose assertions conflict (a woman and a man, birth
years far apart: `guwah.registry.merge_conflicts`). The merged entry's history row now keeps the
conflicting fields ("gender", "birth_year"), never their values, so that `guwah persons undo` says
what it reverses and audits it. A new nullable column: earlier merges have none.
"""

import sqlalchemy as sa
from alembic import op

revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('link_change') as batch:
        batch.add_column(sa.Column('conflicts', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('link_change') as batch:
        batch.drop_column('conflicts')
