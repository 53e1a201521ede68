"""release_snapshot.passages and judgement_withdrawal: what an entry release cited, and a judgement taken back

Revision ID: 0034
Revises: 0033
Create Date: 2026-12-07 04:00:00

An entry's source links went to a passage found afresh at each reading, in whatever release of the
testimony was public then: after the testimony was redrafted and released again they could point at
other words than the reviewers approved. An entry release now keeps, from its approval, each
passage's offsets and the document release they are offsets into (`passages`, sealed); entries
approved before have none (NULL) and keep today's reading until they are drafted again.

Undoing a merge that a reviewer's "same" judgement made (or bore out) lasted only until the next
`guwah link`, which joined the pair again from the standing judgement. The undo now withdraws that
judgement: a new row of `judgement_withdrawal` (the judgement itself is kept, forever). The
downgrade drops both.
"""

import sqlalchemy as sa
from alembic import op

revision = '0034'
down_revision = '0033'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('release_snapshot', sa.Column('passages', sa.LargeBinary(), nullable=True))
    op.create_table(
        'judgement_withdrawal',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('judgement_id', sa.Integer(), nullable=False),
        sa.Column('operation', sa.Integer(), nullable=False),
        sa.Column('undo_operation', sa.Integer(), nullable=False),
        sa.Column('actor', sa.String(length=200), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['judgement_id'], ['judgement.id'],
                                name=op.f('fk_judgement_withdrawal_judgement_id_judgement')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_judgement_withdrawal')),
    )
    with op.batch_alter_table('judgement_withdrawal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_judgement_withdrawal_judgement_id'), ['judgement_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('judgement_withdrawal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_judgement_withdrawal_judgement_id'))
    op.drop_table('judgement_withdrawal')
    # Native on both databases (SQLite ≥ 3.35), as 0021 and 0028.
    op.execute("ALTER TABLE release_snapshot DROP COLUMN passages")
