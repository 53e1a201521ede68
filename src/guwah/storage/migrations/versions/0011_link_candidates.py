"""link candidates: the linker's review queue (pairs between its two thresholds, with reasons)

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 21:00:00

A new table; nothing existing changes.
"""

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'link_candidate',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('person_a_id', sa.Integer(), nullable=False),
        sa.Column('person_b_id', sa.Integer(), nullable=False),
        sa.Column('probability', sa.Double(), nullable=False),
        sa.Column('reasons', sa.JSON(), nullable=False),
        sa.Column('linker', sa.String(length=100), nullable=False),
        sa.Column('found_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('judgement_id', sa.Integer(), nullable=True),
        sa.CheckConstraint('person_a_id < person_b_id', name=op.f('ck_link_candidate_ordered')),
        sa.ForeignKeyConstraint(['judgement_id'], ['judgement.id'],
                                name=op.f('fk_link_candidate_judgement_id_judgement')),
        sa.ForeignKeyConstraint(['person_a_id'], ['person.id'], name=op.f('fk_link_candidate_person_a_id_person')),
        sa.ForeignKeyConstraint(['person_b_id'], ['person.id'], name=op.f('fk_link_candidate_person_b_id_person')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_link_candidate')),
        sa.UniqueConstraint('person_a_id', 'person_b_id', name='uq_link_candidate_pair'),
    )
    with op.batch_alter_table('link_candidate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_link_candidate_person_a_id'), ['person_a_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_link_candidate_person_b_id'), ['person_b_id'], unique=False)


def downgrade() -> None:
    op.drop_table('link_candidate')
