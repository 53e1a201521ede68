"""extraction runs

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 23:16:56.888494
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('extraction_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('extractor', sa.String(length=200), nullable=False),
    sa.Column('version', sa.String(length=50), nullable=False),
    sa.Column('ran_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_extraction_run_document_id_document')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_extraction_run')),
    sa.UniqueConstraint('document_id', 'extractor', 'version', name='uq_extraction_run')
    )
    with op.batch_alter_table('extraction_run', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_extraction_run_document_id'), ['document_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('extraction_run', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_extraction_run_document_id'))

    op.drop_table('extraction_run')
