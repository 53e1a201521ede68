"""public search index: each released entry's event types, which the figures count

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-05 06:40:00

The figures' events by type counted every accepted event cited from a released testimony, read
from the review state of facts: one reviewer's accept or reopen changed a public page at once.
They now count released person entries by the types of event their releases froze
(`guwah.search.public.figure_facets`: "event_type" rows). No table changes; where approved
releases exist, a build of the index is requested (as migration 0020 does), which writes them.
"""

import sqlalchemy as sa
from alembic import op

revision = '0027'
down_revision = '0026'
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
