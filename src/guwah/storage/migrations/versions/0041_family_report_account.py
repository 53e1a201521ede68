"""family_report.what_happened: what happened, as far as the reporting relative knows (sealed)

Revision ID: 0041
Revises: 0040
Create Date: 2026-12-07 22:00:00

Relatives who used the public report form had no place to say what happened ("taken from home by
police in March 2018; a cousin saw him in a camp in 2019"). The report now keeps their account,
sealed like every other free-text field of it. Reports before have none (NULL). The downgrade
drops the column, and the accounts with it.
"""

import sqlalchemy as sa
from alembic import op

revision = '0041'
down_revision = '0040'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('family_report', schema=None) as batch_op:
        batch_op.add_column(sa.Column('what_happened', sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('family_report', schema=None) as batch_op:
        batch_op.drop_column('what_happened')
