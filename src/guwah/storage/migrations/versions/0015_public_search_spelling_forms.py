"""public search index: each spelling's prepared name forms stored beside it

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01 05:00:00

A search scores tens of candidate spellings with the name matcher; preparing a spelling's forms
(readings, signatures) cost more than scoring it, and random searches rarely meet a spelling twice.
public_search_spelling.forms holds what the matcher needs (`guwah.names.compare.prepared_text`),
made when a spelling is indexed; here it is made for the spellings already indexed.
"""

import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('public_search_spelling', sa.Column('forms', sa.Text(), nullable=True))
    from guwah.search.public import fill_spelling_forms

    fill_spelling_forms(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table('public_search_spelling') as batch:
        batch.drop_column('forms')
