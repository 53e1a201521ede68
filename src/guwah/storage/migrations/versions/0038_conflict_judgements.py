"""conflict_judgement: a reviewer's judgement on two accounts an entry's timeline marks as conflicting

Revision ID: 0038
Revises: 0037
Create Date: 2026-12-07 18:00:00

An entry's timeline marked two accepted events as conflicting (two detention dates, two statuses as
of one date) and the mark stayed forever: nothing recorded that a reviewer had weighed it. A
judgement is now a row of its own ("two_events", "one_wrong" naming the wrong account, which is
rejected through the review functions, or "cannot_tell"), with who, when and why (sealed), kept
forever (`guwah.registry.timeline.judge_conflict`). The downgrade drops the table.
"""

import sqlalchemy as sa
from alembic import op

revision = '0038'
down_revision = '0037'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'conflict_judgement',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('event_a_id', sa.Integer(), nullable=False),
        sa.Column('event_b_id', sa.Integer(), nullable=False),
        sa.Column('verdict', sa.String(length=20), nullable=False),
        sa.Column('wrong_event_id', sa.Integer(), nullable=True),
        sa.Column('reason', sa.LargeBinary(), nullable=False),
        sa.Column('actor', sa.String(length=200), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("verdict IN ('two_events', 'one_wrong', 'cannot_tell')",
                           name=op.f('ck_conflict_judgement_verdict')),
        sa.CheckConstraint('event_a_id < event_b_id', name=op.f('ck_conflict_judgement_ordered')),
        sa.ForeignKeyConstraint(['event_a_id'], ['event.id'], name=op.f('fk_conflict_judgement_event_a_id_event')),
        sa.ForeignKeyConstraint(['event_b_id'], ['event.id'], name=op.f('fk_conflict_judgement_event_b_id_event')),
        sa.ForeignKeyConstraint(['wrong_event_id'], ['event.id'],
                                name=op.f('fk_conflict_judgement_wrong_event_id_event')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_conflict_judgement')),
    )
    with op.batch_alter_table('conflict_judgement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conflict_judgement_event_a_id'), ['event_a_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_conflict_judgement_event_b_id'), ['event_b_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('conflict_judgement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conflict_judgement_event_b_id'))
        batch_op.drop_index(batch_op.f('ix_conflict_judgement_event_a_id'))
    op.drop_table('conflict_judgement')
