"""public search index: each released person entry's public card (what a search shows of a hit),
and a log of the entries changed at each index version

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-01 11:00:00

public_search_card holds, per released person entry, exactly the public fields the search page
and API show for a hit (`guwah.search.public.CARD_FIELDS`), as JSON not sealed per value: it is
what the public site already publishes (a decision recorded in docs/benchmarks.md, "Sixth
round"). A search reads it instead of opening each hit's sealed release content. Written when a
release is approved and deleted when it is withdrawn or superseded, like the rest of the index;
here it is filled from the approved releases already there.

public_search_change logs which entries changed at each index version, so that a server process
whose in-memory facet table is older reads only those entries, not every facet row again. It starts
with one row of number 0 ("every entry") at the current version: tables built before it are built
whole once more.
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
    op.create_table(
        'public_search_change',
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('version', 'number', name=op.f('pk_public_search_change')),
    )
    bind = op.get_bind()
    bind.execute(sa.text("INSERT INTO public_search_change (version, number) "
                         "SELECT version, 0 FROM public_search_version WHERE id = 1"))
    from guwah.search.public import fill_cards

    fill_cards(bind)


def downgrade() -> None:
    op.drop_table('public_search_change')
    op.drop_table('public_search_card')
