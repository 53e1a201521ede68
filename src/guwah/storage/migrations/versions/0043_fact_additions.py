"""fact_addition: a fact a reviewer added, recorded where the fact lives

Revision ID: 0043
Revises: 0042
Create Date: 2026-12-08 00:10:00

A fact the extractor missed and a reviewer added (`guwah review add`) carried the note "added by a
reviewer" until another reviewer accepted it, which clears the note; the only record that stayed was
the audit entry of the addition (decision "added"): the evidence file read the audit log's JSON to
say a fact was added. The addition is now a row of its own (kind, the fact, its document, who and
when), written by `guwah.review.addition.add_fact` and read by the export.

The upgrade fills it from those audit entries (who and when are the entry's, the document its
`document`); an entry whose fact no longer exists is left to the audit log. The audit log is
unchanged. The downgrade drops the table (the audit entries still hold every addition).
"""

import sqlalchemy as sa
from alembic import op

revision = '0043'
down_revision = '0042'
branch_labels = None
depends_on = None

# The facts a reviewer adds, by the audit entry's record type (`guwah.review.KINDS`).
TABLES = {'name': 'person_name', 'attribute': 'person_attribute', 'event': 'event',
          'violation': 'violation_coding', 'relation': 'relation'}


def upgrade() -> None:
    op.create_table(
        'fact_addition',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('fact_id', sa.Integer(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=True),
        sa.Column('actor', sa.String(length=200), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_fact_addition_document_id_document')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_fact_addition')),
        sa.UniqueConstraint('kind', 'fact_id', name='uq_fact_addition_fact'),
    )
    _fill_from_the_audit_log()


def _fill_from_the_audit_log() -> None:
    connection = op.get_bind()
    audit = sa.table('audit_entry', sa.column('id', sa.Integer), sa.column('at', sa.DateTime(timezone=True)),
                     sa.column('actor', sa.String), sa.column('action', sa.String),
                     sa.column('record_type', sa.String), sa.column('record_id', sa.String),
                     sa.column('detail', sa.JSON))
    additions = sa.table('fact_addition', sa.column('kind', sa.String), sa.column('fact_id', sa.Integer),
                         sa.column('document_id', sa.Integer), sa.column('actor', sa.String),
                         sa.column('at', sa.DateTime(timezone=True)))
    documents = sa.table('document', sa.column('id', sa.Integer))
    rows, seen = [], set()
    for entry in connection.execute(sa.select(audit).where(audit.c.action == 'review',
                                                           audit.c.record_type.in_(list(TABLES)))
                                    .order_by(audit.c.id)):
        detail = entry.detail if isinstance(entry.detail, dict) else {}
        if detail.get('decision') != 'added' or not str(entry.record_id or '').isdecimal():
            continue
        kind, fact_id = entry.record_type, int(entry.record_id)
        table = sa.table(TABLES[kind], sa.column('id', sa.Integer))
        if (kind, fact_id) in seen or connection.execute(sa.select(table.c.id).where(table.c.id == fact_id)).first() is None:
            continue
        seen.add((kind, fact_id))
        document = detail.get('document')
        if document is not None and connection.execute(
                sa.select(documents.c.id).where(documents.c.id == int(document))).first() is None:
            document = None
        rows.append({'kind': kind, 'fact_id': fact_id, 'document_id': int(document) if document is not None else None,
                     'actor': entry.actor, 'at': entry.at})
    if rows:
        connection.execute(additions.insert(), rows)


def downgrade() -> None:
    op.drop_table('fact_addition')
