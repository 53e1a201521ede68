"""contacts of witnesses and submitters

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 00:11:01.204625
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('contact', sa.LargeBinary(), nullable=True))

    with op.batch_alter_table('testimony', schema=None) as batch_op:
        batch_op.add_column(sa.Column('submitter', sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column('submitter_contact', sa.LargeBinary(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('testimony', schema=None) as batch_op:
        batch_op.drop_column('submitter_contact')
        batch_op.drop_column('submitter')

    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('contact')

