"""family_report.document_id: the document a family's report became when an editor took it

Revision ID: 0044
Revises: 0043
Create Date: 2026-12-08 00:00:00

An editor who has spoken with the family turns a report into a document of the archive
(`guwah reports take`); the report row stays as it was received, its provenance, and points at the
document it became. A report is taken once: the column is unique. Reports before have none (NULL).
The downgrade drops the column (the documents stay, their custody records naming the report).
"""

import sqlalchemy as sa
from alembic import op

revision = '0044'
down_revision = '0043'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('family_report', schema=None) as batch_op:
        batch_op.add_column(sa.Column('document_id', sa.Integer(), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_family_report_document_id'), ['document_id'])
        batch_op.create_foreign_key(batch_op.f('fk_family_report_document_id_document'), 'document',
                                    ['document_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('family_report', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_family_report_document_id_document'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('uq_family_report_document_id'), type_='unique')
        batch_op.drop_column('document_id')
