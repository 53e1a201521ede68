"""family reports: a detained or missing person reported through the public form

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 09:00:00

A new table only; nothing existing changes. Names, places, dates, the relation and the contact
are sealed; the status secret is kept as an argon2id hash.
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'family_report',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('reference', sa.String(length=20), nullable=False),
        sa.Column('secret_hash', sa.String(length=200), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('names', sa.LargeBinary(), nullable=False),
        sa.Column('birth_year', sa.Integer(), nullable=True),
        sa.Column('hometown', sa.LargeBinary(), nullable=True),
        sa.Column('last_seen_when', sa.LargeBinary(), nullable=True),
        sa.Column('last_seen_where', sa.LargeBinary(), nullable=True),
        sa.Column('relation', sa.LargeBinary(), nullable=True),
        sa.Column('contact', sa.LargeBinary(), nullable=True),
        sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('status_changed_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("status IN ('received', 'under_review', 'closed')", name=op.f('ck_family_report_status')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_family_report')),
        sa.UniqueConstraint('reference', name=op.f('uq_family_report_reference')),
    )


def downgrade() -> None:
    op.drop_table('family_report')
