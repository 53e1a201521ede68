"""release snapshots indexed by (subject_type, state, subject_id)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01 02:40:00

An index only: counting and paging the approved entry releases of a large registry (the public
API's person list, the persons CSV) reads it instead of every snapshot's sealed content.
"""

from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_release_snapshot_subject_type_state', 'release_snapshot',
                    ['subject_type', 'state', 'subject_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_release_snapshot_subject_type_state', table_name='release_snapshot')
