"""releases, public numbers, naming bases and consent changes

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 19:00:00

Moves every old pseudonymous release (`public_release`) into `release`, keeping its approval.
Public testimonies that were live without any release are not: from now on each needs an
approved release, which is the point of this change.
"""

import json

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'release_snapshot',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('subject_type', sa.String(length=20), nullable=False),
        sa.Column('subject_id', sa.Integer(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('state', sa.String(length=20), nullable=False),
        sa.Column('content', sa.LargeBinary(), nullable=False),
        sa.Column('masks', sa.LargeBinary(), nullable=False),
        sa.Column('extra_masks', sa.LargeBinary(), nullable=False),
        sa.Column('drafted_by', sa.String(length=200), nullable=False),
        sa.Column('drafted_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('approved_by', sa.String(length=200), nullable=True),
        sa.Column('approved_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('approval_basis', sa.String(length=30), nullable=True),
        sa.Column('approval_reason', sa.LargeBinary(), nullable=True),
        sa.Column('withdrawn_by', sa.String(length=200), nullable=True),
        sa.Column('withdrawn_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('withdraw_reason', sa.LargeBinary(), nullable=True),
        sa.CheckConstraint("state IN ('draft', 'approved', 'superseded', 'withdrawn')", name=op.f('ck_release_snapshot_state')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_release_snapshot')),
        sa.UniqueConstraint('subject_type', 'subject_id', 'version', name='uq_release_version'),
    )
    with op.batch_alter_table('release_snapshot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_release_snapshot_subject_id'), ['subject_id'], unique=False)
    op.create_table(
        'public_number',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('subject_type', sa.String(length=20), nullable=False),
        sa.Column('subject_id', sa.Integer(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_public_number')),
        sa.UniqueConstraint('subject_type', 'number', name='uq_public_number_number'),
        sa.UniqueConstraint('subject_type', 'subject_id', name='uq_public_number_subject'),
    )
    op.create_table(
        'naming_basis',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('basis', sa.String(length=30), nullable=False),
        sa.Column('note', sa.LargeBinary(), nullable=True),
        sa.Column('document_id', sa.Integer(), nullable=True),
        sa.Column('proposed_by', sa.String(length=200), nullable=False),
        sa.Column('proposed_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('approved_by', sa.String(length=200), nullable=True),
        sa.Column('approved_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('approval_basis', sa.String(length=30), nullable=True),
        sa.Column('approval_reason', sa.LargeBinary(), nullable=True),
        sa.Column('withdrawn_by', sa.String(length=200), nullable=True),
        sa.Column('withdrawn_at', sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("basis IN ('own_consent', 'reporting_relative', 'public_role', 'already_named')",
                           name=op.f('ck_naming_basis_basis')),
        sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_naming_basis_document_id_document')),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_naming_basis_person_id_person')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_naming_basis')),
    )
    with op.batch_alter_table('naming_basis', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_naming_basis_person_id'), ['person_id'], unique=False)
    op.create_table(
        'consent_change',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('old', sa.String(length=20), nullable=False),
        sa.Column('new', sa.String(length=20), nullable=False),
        sa.Column('reason', sa.LargeBinary(), nullable=False),
        sa.Column('requested_by', sa.String(length=200), nullable=False),
        sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('state', sa.String(length=20), nullable=False),
        sa.Column('decided_by', sa.String(length=200), nullable=True),
        sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('decision_basis', sa.String(length=30), nullable=True),
        sa.Column('decision_reason', sa.LargeBinary(), nullable=True),
        sa.CheckConstraint("state IN ('pending', 'approved', 'refused')", name=op.f('ck_consent_change_state')),
        sa.ForeignKeyConstraint(['document_id'], ['document.id'],
                                name=op.f('fk_consent_change_document_id_document')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_consent_change')),
    )
    with op.batch_alter_table('consent_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_change_document_id'), ['document_id'], unique=False)
    _move_old_releases()
    op.drop_table('public_release')


def _move_old_releases() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT document_id, redacted_text, redacted_title, approved_by, approved_at FROM public_release "
        "ORDER BY id")).all()
    if not rows:
        return
    sealer = bind.dialect.guwah_sealer  # old rows are sealed: only a keyed store can move them

    def opened(value):
        return None if value is None else sealer.open(bytes(value)).decode("utf-8")

    def sealed(value):
        return sealer.seal(json.dumps(value, ensure_ascii=False).encode("utf-8"))

    number = 0
    for document_id, text, title, approved_by, approved_at in rows:
        content = {"title": opened(title) or f"Testimony {document_id}", "text": opened(text)}
        state = "approved" if approved_at is not None else "draft"
        bind.execute(sa.text(
            "INSERT INTO release_snapshot (subject_type, subject_id, version, state, content, masks, extra_masks, "
            "drafted_by, drafted_at, approved_by, approved_at, approval_basis) VALUES ('document', :d, 1, :s, "
            ":c, :m, :m, 'migration 0004', CURRENT_TIMESTAMP, :by, :at, :basis)"),
            {"d": document_id, "s": state, "c": sealed(content), "m": sealed([]), "by": approved_by,
             "at": approved_at, "basis": "second_reviewer" if approved_at is not None else None})
        if approved_at is not None:
            number += 1
            bind.execute(sa.text("INSERT INTO public_number (subject_type, subject_id, number) "
                                 "VALUES ('document', :d, :n)"), {"d": document_id, "n": number})


def downgrade() -> None:
    op.create_table(
        'public_release',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('redacted_text', sa.LargeBinary(), nullable=False),
        sa.Column('redacted_title', sa.LargeBinary(), nullable=True),
        sa.Column('approved_by', sa.String(length=200), nullable=True),
        sa.Column('approved_at', sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['document_id'], ['document.id'],
                                name=op.f('fk_public_release_document_id_document')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_public_release')),
        sa.UniqueConstraint('document_id', name=op.f('uq_public_release_document_id')),
    )
    # Releases do not go back: the old table could not hold their frozen metadata.
    with op.batch_alter_table('consent_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_change_document_id'))
    op.drop_table('consent_change')
    with op.batch_alter_table('naming_basis', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_naming_basis_person_id'))
    op.drop_table('naming_basis')
    op.drop_table('public_number')
    with op.batch_alter_table('release_snapshot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_release_snapshot_subject_id'))
    op.drop_table('release_snapshot')
