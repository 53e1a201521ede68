"""release_snapshot.refused: what stopped the release check from drafting a release it took down

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-05 12:30:00

When the release check takes down a release and nothing of its subject may be shown now, the
publication gate's refusal (by ids: "document 4 is confidential …") was printed by the CLI and lost;
it is now kept with the release (`guwah.errors.Text.record`, sealed), so that the workspace's release
page says why. Releases taken down before have none (NULL): nothing is invented for them.
"""

import sqlalchemy as sa
from alembic import op

revision = '0029'
down_revision = '0028'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('release_snapshot', sa.Column('refused', sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    # Native on both databases (SQLite ≥ 3.35), as 0021 and 0028.
    op.execute("ALTER TABLE release_snapshot DROP COLUMN refused")
