"""review history: decisions replaced by a reopening or a reassignment

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-01 08:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'review_history',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('fact_id', sa.Integer(), nullable=False),
        sa.Column('state', sa.String(length=20), nullable=False),
        sa.Column('reviewed_by', sa.String(length=200), nullable=True),
        sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('review_note', sa.LargeBinary(), nullable=True),
        sa.Column('replaced_by_step', sa.String(length=20), nullable=False),
        sa.Column('replaced_by', sa.String(length=200), nullable=False),
        sa.Column('replaced_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('reason', sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_review_history')),
    )
    op.create_index(op.f('ix_review_history_fact_id'), 'review_history', ['fact_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_review_history_fact_id'), table_name='review_history')
    op.drop_table('review_history')
