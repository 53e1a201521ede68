"""registry entries, link history and judgements; every person row becomes a mention of an entry

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 19:40:00

Loses nothing: each existing person row (one per document and extractor version, or a witness
from a sidecar) keeps all its names, attributes, facts and consent, and gets an entry of its own,
numbered in id order; the move is recorded in link_change as "migration". Linking then merges
entries that are the same person, with history.
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'entry',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('merged_into_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('person', 'facility')", name=op.f('ck_entry_kind')),
        sa.ForeignKeyConstraint(['merged_into_id'], ['entry.id'], name=op.f('fk_entry_merged_into_id_entry')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_entry')),
        sa.UniqueConstraint('kind', 'number', name='uq_entry_number'),
    )
    op.create_table(
        'judgement',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('person_a_id', sa.Integer(), nullable=False),
        sa.Column('person_b_id', sa.Integer(), nullable=False),
        sa.Column('verdict', sa.String(length=20), nullable=False),
        sa.Column('reason', sa.LargeBinary(), nullable=True),
        sa.Column('actor', sa.String(length=200), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("verdict IN ('same', 'different', 'unsure')", name=op.f('ck_judgement_verdict')),
        sa.ForeignKeyConstraint(['person_a_id'], ['person.id'], name=op.f('fk_judgement_person_a_id_person')),
        sa.ForeignKeyConstraint(['person_b_id'], ['person.id'], name=op.f('fk_judgement_person_b_id_person')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_judgement')),
    )
    with op.batch_alter_table('judgement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_judgement_person_a_id'), ['person_a_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_judgement_person_b_id'), ['person_b_id'], unique=False)
    op.create_table(
        'link_change',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('operation', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=True),
        sa.Column('entry_id', sa.Integer(), nullable=True),
        sa.Column('from_entry_id', sa.Integer(), nullable=True),
        sa.Column('to_entry_id', sa.Integer(), nullable=True),
        sa.Column('merged_from', sa.Integer(), nullable=True),
        sa.Column('merged_to', sa.Integer(), nullable=True),
        sa.Column('how', sa.String(length=20), nullable=False),
        sa.Column('action', sa.String(length=20), nullable=False),
        sa.Column('score', sa.Double(), nullable=True),
        sa.Column('linker_version', sa.String(length=50), nullable=True),
        sa.Column('actor', sa.String(length=200), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('undone', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['entry_id'], ['entry.id'], name=op.f('fk_link_change_entry_id_entry')),
        sa.ForeignKeyConstraint(['from_entry_id'], ['entry.id'], name=op.f('fk_link_change_from_entry_id_entry')),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_link_change_person_id_person')),
        sa.ForeignKeyConstraint(['to_entry_id'], ['entry.id'], name=op.f('fk_link_change_to_entry_id_entry')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_link_change')),
    )
    with op.batch_alter_table('link_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_link_change_operation'), ['operation'], unique=False)
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('entry_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_person_entry_id'), ['entry_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_person_entry_id_entry'), 'entry', ['entry_id'], ['id'])
    _one_entry_per_person()


def _one_entry_per_person() -> None:
    bind = op.get_bind()
    people = [row[0] for row in bind.execute(sa.text("SELECT id FROM person ORDER BY id"))]
    for number, person_id in enumerate(people, start=1):
        entry_id = bind.execute(sa.text(
            "INSERT INTO entry (kind, number, created_at) VALUES ('person', :n, CURRENT_TIMESTAMP) RETURNING id"),
            {"n": number}).scalar_one()
        bind.execute(sa.text("UPDATE person SET entry_id = :e WHERE id = :p"), {"e": entry_id, "p": person_id})
        bind.execute(sa.text(
            "INSERT INTO link_change (operation, person_id, to_entry_id, how, action, actor, at, undone) "
            "VALUES (0, :p, :e, 'migration', 'link', 'migration 0007', CURRENT_TIMESTAMP, :f)"),
            {"p": person_id, "e": entry_id, "f": False})


def downgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_person_entry_id_entry'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_person_entry_id'))
        batch_op.drop_column('entry_id')
    with op.batch_alter_table('link_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_link_change_operation'))
    op.drop_table('link_change')
    with op.batch_alter_table('judgement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_judgement_person_b_id'))
        batch_op.drop_index(batch_op.f('ix_judgement_person_a_id'))
    op.drop_table('judgement')
    op.drop_table('entry')
