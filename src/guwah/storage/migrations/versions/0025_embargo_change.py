"""embargo_change: a testimony's embargo shortened or lifted, with the reason

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-04 15:30:00

An embargo could only be set or extended after ingest. Shortening or lifting one publishes sooner
than the witness asked, so it is the admin role's (`guwah consent embargo DOC --lift --reason …`)
and its written reason is kept sealed in this table, which the audit entry names. A new table;
nothing else changes.
"""

import sqlalchemy as sa
from alembic import op

revision = '0025'
down_revision = '0024'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'embargo_change',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('old', sa.Date(), nullable=False),
        sa.Column('new', sa.Date(), nullable=True),
        sa.Column('reason', sa.LargeBinary(), nullable=False),
        sa.Column('changed_by', sa.String(length=200), nullable=False),
        sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_embargo_change_document_id_document')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_embargo_change')),
    )
    with op.batch_alter_table('embargo_change') as batch:
        batch.create_index(batch.f('ix_embargo_change_document_id'), ['document_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('embargo_change') as batch:
        batch.drop_index(batch.f('ix_embargo_change_document_id'))
    op.drop_table('embargo_change')
