"""public_search_version.stamp: the stamp of the code that made the public index's rows

Revision ID: 0033
Revises: 0032
Create Date: 2026-12-06 10:30:00

The public index was built again on opening an archive only when the stamp of the stored name forms
(`guwah.names.compare.forms_stamp`, the names package's code and data) was not the code's; the words
and keys it holds are also made by `guwah.search` (a name part's reduced form, Chinese characters
read as Latin names, the places a text names), so an upgrade that changed only those left testimonies
released before it unfound under the new keys until `guwah reindex`. The index now keeps the stamp of
all that code (`guwah.search.public.index_stamp`) in its version row, written by every build;
`ensure_index` builds it again when the stamp differs. Upgrading adds the column empty: the next open
builds the index once and stamps it. The downgrade drops the column.
"""

import sqlalchemy as sa
from alembic import op

revision = '0033'
down_revision = '0032'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("public_search_version", sa.Column("stamp", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("public_search_version") as batch:
        batch.drop_column("stamp")
