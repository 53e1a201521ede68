"""public search index: the facet rows the figures, the map and the facility pages count

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-02 12:30:00

public_search_facet now also holds, per released person entry, the values the public figures and
map count (`guwah.search.public.figure_facets`: the year and the facility and place of each
detention, the place of each hometown), so that those pages count from the index instead of
reading every entry release. No table changes; where approved releases exist, a build of the
index is requested (as migrations 0010, 0013 and 0016 do), which writes the new rows.
"""

import sqlalchemy as sa
from alembic import op

revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None


def _request_build() -> None:
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT count(*) FROM release_snapshot WHERE state = 'approved'")).scalar():
        if not bind.execute(sa.text("SELECT count(*) FROM public_search_state")).scalar():
            bind.execute(sa.text("INSERT INTO public_search_state (built_at) VALUES (CURRENT_TIMESTAMP)"))


def upgrade() -> None:
    _request_build()


def downgrade() -> None:
    _request_build()
