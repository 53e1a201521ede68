"""release_snapshot.chosen_title: the public title a reviewer chose for a testimony not pseudonymous

Revision ID: 0036
Revises: 0035
Create Date: 2026-12-07 09:45:00

A testimony that is not pseudonymous released under a title of the reviewer's choice (`guwah release
propose DOC --title T`, the draft form's title) could never be approved: the checks drafted it again
under the source's title, found it different and called the draft out of date. The chosen title is
now kept (sealed) with the release. Rows before have none (NULL: the source's title, as before). The
downgrade drops it.
"""

import sqlalchemy as sa
from alembic import op

revision = '0036'
down_revision = '0035'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('release_snapshot', schema=None) as batch_op:
        batch_op.add_column(sa.Column('chosen_title', sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('release_snapshot', schema=None) as batch_op:
        batch_op.drop_column('chosen_title')
