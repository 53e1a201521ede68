"""public search index: each released person entry's public card (what a search shows of a hit)

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-01 11:00:00

public_search_card holds, per released person entry, exactly the public fields the search page
and API show for a hit (`guwah.search.public.CARD_FIELDS`), as JSON not sealed per value: it is
what the public site already publishes (a decision recorded in docs/benchmarks.md, "Sixth
round"). A search reads it instead of opening each hit's sealed release content. Written when a
release is approved and deleted when it is withdrawn or superseded, like the rest of the index;
here it is filled from the approved releases already there.
"""

import sqlalchemy as sa
from alembic import op

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'public_search_card',
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('card', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('number', name=op.f('pk_public_search_card')),
    )
    from guwah.search.public import fill_cards

    fill_cards(op.get_bind())


def downgrade() -> None:
    op.drop_table('public_search_card')
