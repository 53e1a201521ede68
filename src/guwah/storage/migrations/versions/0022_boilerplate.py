"""boilerplate: passages an organisation registers as shared by its testimonies

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-03 20:30:00

An intake template's consent paragraph or an organisation's standard header, registered with
`guwah boilerplate add`, is left out of the containment rule, near-duplicates and the quotation
test (`guwah.registry.corroboration`): two testimonies that share only it are independent. A new
table; nothing else changes.
"""

import sqlalchemy as sa
from alembic import op

revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'boilerplate',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('text', sa.LargeBinary(), nullable=False),
        sa.Column('registered_by', sa.String(length=200), nullable=False),
        sa.Column('registered_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_boilerplate')),
    )


def downgrade() -> None:
    op.drop_table('boilerplate')
