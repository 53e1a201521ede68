"""person.consent_recorded: whether a mention's consent is a recorded decision

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-04 13:15:00

An entry takes the stricter consent of its mentions (`guwah.registry.entry_consent`), but a
mention extracted from a text has no decision at all: its default "confidential" made a witness's
explicit public consent (from the ingest sidecar) show as confidential once the two mentions
merged. The new column tells a recorded decision from that default. Existing rows: a consent
other than the default was recorded by someone, and a testimony's witness had theirs from the
sidecar, so both count as recorded (a witness whose sidecar left it out keeps confidential: the
stricter reading).
"""

import sqlalchemy as sa
from alembic import op

revision = '0024'
down_revision = '0023'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('person') as batch:
        batch.add_column(sa.Column('consent_recorded', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.execute("UPDATE person SET consent_recorded = TRUE WHERE consent <> 'confidential' "
               "OR id IN (SELECT witness_id FROM testimony WHERE witness_id IS NOT NULL)")


def downgrade() -> None:
    with op.batch_alter_table('person') as batch:
        batch.drop_column('consent_recorded')
