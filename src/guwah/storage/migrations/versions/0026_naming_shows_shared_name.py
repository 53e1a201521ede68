"""naming_basis.shows_shared_name: a reviewer confirmed showing a name a pseudonymous witness shares

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-04 21:00:00

A relative named in a pseudonymous testimony often bears a part of its witness's name (a sister's
surname, a daughter's father's name): shown whole, it told the witness's name. That part now stays
masked in the witness's pseudonymous testimonies unless the reviewer approving the relative's basis
confirms it. Existing bases were approved without that question: they start unconfirmed (the
stricter reading), so a release showing such a part is redrafted at the next commit.
"""

import sqlalchemy as sa
from alembic import op

revision = '0026'
down_revision = '0025'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('naming_basis') as batch:
        batch.add_column(sa.Column('shows_shared_name', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('naming_basis') as batch:
        batch.drop_column('shows_shared_name')
