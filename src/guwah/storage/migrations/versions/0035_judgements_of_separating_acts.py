"""judgement.act and judgement.operation: the "different" a reviewer's split or undo records

Revision ID: 0035
Revises: 0034
Create Date: 2026-12-07 05:00:00

A reviewer's split, or undo of a merge, lasted only until the next `guwah link`, which scored the
pair again above its threshold and joined it back. The act now records "different" judgements
between the sides it separated, marked with the act ("split", "undone") and its operation, so that
undoing a split withdraws its own, and a later "same" across the sides lifts them. Rows before
have neither (NULL: a judgement given pair by pair). The downgrade drops both.
"""

import sqlalchemy as sa
from alembic import op

revision = '0035'
down_revision = '0034'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('judgement', schema=None) as batch_op:
        batch_op.add_column(sa.Column('act', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('operation', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_judgement_operation'), ['operation'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('judgement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_judgement_operation'))
        batch_op.drop_column('operation')
        batch_op.drop_column('act')
