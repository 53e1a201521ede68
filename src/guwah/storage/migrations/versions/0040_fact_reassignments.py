"""fact_reassignment: a fact moved from one person to another, recorded where the fact lives

Revision ID: 0040
Revises: 0039
Create Date: 2026-12-07 21:00:00

A reassignment (`guwah review reassign`) rejected the fact and asserted a copy for the other person,
and the only record of which copy came from which fact was the audit entry of the move (decision
"reassigned", its `copy` and `to_person`): the evidence file read the audit log's JSON to find whom
a fact was about before. The move is now a row of its own (kind, the fact, its copy, from and to
which mention, who and when), written by the review function and read by the export.

The upgrade fills it from those audit entries: who and when are the entry's, "from" the original
fact's mention, "to" the entry's `to_person` (else the copy's mention). An entry whose fact or copy
no longer exists is left to the audit log (the export found nothing for it either). The audit log
is unchanged. The downgrade drops the table (the audit entries still hold every move).
"""

import sqlalchemy as sa
from alembic import op

revision = '0040'
down_revision = '0039'
branch_labels = None
depends_on = None

# The facts a reassignment moves, by the audit entry's record type (`guwah.review.REASSIGNABLE`).
TABLES = {'event': 'event', 'violation': 'violation_coding'}


def upgrade() -> None:
    op.create_table(
        'fact_reassignment',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('fact_id', sa.Integer(), nullable=False),
        sa.Column('copy_id', sa.Integer(), nullable=False),
        sa.Column('from_person_id', sa.Integer(), nullable=False),
        sa.Column('to_person_id', sa.Integer(), nullable=False),
        sa.Column('actor', sa.String(length=200), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['from_person_id'], ['person.id'],
                                name=op.f('fk_fact_reassignment_from_person_id_person')),
        sa.ForeignKeyConstraint(['to_person_id'], ['person.id'], name=op.f('fk_fact_reassignment_to_person_id_person')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_fact_reassignment')),
        sa.UniqueConstraint('kind', 'copy_id', name='uq_fact_reassignment_copy'),
    )
    with op.batch_alter_table('fact_reassignment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fact_reassignment_fact_id'), ['fact_id'], unique=False)
    _fill_from_the_audit_log()


def _fill_from_the_audit_log() -> None:
    connection = op.get_bind()
    audit = sa.table('audit_entry', sa.column('id', sa.Integer), sa.column('at', sa.DateTime(timezone=True)),
                     sa.column('actor', sa.String), sa.column('action', sa.String),
                     sa.column('record_type', sa.String), sa.column('record_id', sa.String),
                     sa.column('detail', sa.JSON))
    moves = sa.table('fact_reassignment', sa.column('kind', sa.String), sa.column('fact_id', sa.Integer),
                     sa.column('copy_id', sa.Integer), sa.column('from_person_id', sa.Integer),
                     sa.column('to_person_id', sa.Integer), sa.column('actor', sa.String),
                     sa.column('at', sa.DateTime(timezone=True)))
    facts = {kind: sa.table(name, sa.column('id', sa.Integer), sa.column('person_id', sa.Integer))
             for kind, name in TABLES.items()}
    rows, seen = [], set()
    for entry in connection.execute(sa.select(audit).where(audit.c.action == 'review',
                                                           audit.c.record_type.in_(list(TABLES)))
                                    .order_by(audit.c.id)):
        detail = entry.detail if isinstance(entry.detail, dict) else {}
        if detail.get('decision') != 'reassigned' or detail.get('copy') is None \
                or not str(entry.record_id or '').isdecimal():
            continue
        kind, fact_id, copy_id = entry.record_type, int(entry.record_id), int(detail['copy'])
        table = facts[kind]
        person = {row.id: row.person_id for row in connection.execute(
            sa.select(table.c.id, table.c.person_id).where(table.c.id.in_([fact_id, copy_id])))}
        if fact_id not in person or copy_id not in person or (kind, copy_id) in seen:
            continue
        seen.add((kind, copy_id))
        to_person = detail.get('to_person')
        rows.append({'kind': kind, 'fact_id': fact_id, 'copy_id': copy_id, 'from_person_id': person[fact_id],
                     'to_person_id': int(to_person) if to_person is not None else person[copy_id],
                     'actor': entry.actor, 'at': entry.at})
    if rows:
        connection.execute(moves.insert(), rows)


def downgrade() -> None:
    with op.batch_alter_table('fact_reassignment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fact_reassignment_fact_id'))
    op.drop_table('fact_reassignment')
