"""link_change.reason and link_change.pair: why a reviewer joined or parted mentions, and which pair a link rests on

Revision ID: 0042
Revises: 0041
Create Date: 2026-12-08 00:00:00

The evidence file (`guwah export evidence`) says how an entry's mentions were joined; the registry's
history kept who and when, not why. `reason` (sealed) is what a reviewer said of a merge, split or
undo (`guwah persons merge|split|undo --reason`); `pair` the two mentions ([id, id]) whose link made
a merge: for the linker's, the link it took with the probability in `score` (which it now fills);
for a merge a "same" judgement made, the judged pair. Older archives have neither (NULL): the evidence
file says "no reason recorded" and gives the linker's merges made before without a probability or
pair (their version and time were kept). The downgrade drops both columns.
"""

import sqlalchemy as sa
from alembic import op

revision = '0042'
down_revision = '0041'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('link_change') as batch:
        batch.add_column(sa.Column('reason', sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column('pair', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('link_change') as batch:
        batch.drop_column('pair')
        batch.drop_column('reason')
