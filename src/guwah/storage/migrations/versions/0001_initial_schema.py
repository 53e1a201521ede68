"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 23:20:10.283395
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=50), nullable=False),
    sa.Column('record_type', sa.String(length=50), nullable=True),
    sa.Column('record_id', sa.String(length=100), nullable=True),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('mac', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('consent', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("consent IN ('public', 'pseudonymous', 'confidential')", name=op.f('ck_person_consent')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    op.create_table('place',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('gazetteer_id', sa.String(length=100), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('kind', sa.String(length=50), nullable=True),
    sa.Column('lat', sa.Double(), nullable=True),
    sa.Column('lon', sa.Double(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_place')),
    sa.UniqueConstraint('gazetteer_id', name=op.f('uq_place_gazetteer_id'))
    )
    op.create_table('source',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('publisher', sa.LargeBinary(), nullable=True),
    sa.Column('url', sa.LargeBinary(), nullable=True),
    sa.Column('author', sa.LargeBinary(), nullable=True),
    sa.Column('title', sa.LargeBinary(), nullable=True),
    sa.Column('published_on', sa.Date(), nullable=True),
    sa.Column('retrieved_on', sa.Date(), nullable=True),
    sa.Column('language', sa.String(length=35), nullable=True),
    sa.Column('licence', sa.LargeBinary(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_source'))
    )
    op.create_table('user_account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=100), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('totp_secret', sa.LargeBinary(), nullable=True),
    sa.Column('totp_enabled', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('disabled', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("role IN ('viewer', 'editor', 'admin')", name=op.f('ck_user_account_role')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_account')),
    sa.UniqueConstraint('username', name=op.f('uq_user_account_username'))
    )
    op.create_table('api_token',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_used_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_api_token_user_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_api_token')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_api_token_token_hash'))
    )
    with op.batch_alter_table('api_token', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_api_token_user_id'), ['user_id'], unique=False)

    op.create_table('document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('sha256', sa.LargeBinary(), nullable=False),
    sa.Column('original_name', sa.LargeBinary(), nullable=False),
    sa.Column('media_type', sa.String(length=200), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('text', sa.LargeBinary(), nullable=False),
    sa.Column('text_sha256', sa.LargeBinary(), nullable=False),
    sa.Column('text_encoding', sa.String(length=50), nullable=True),
    sa.Column('language', sa.String(length=35), nullable=True),
    sa.Column('pages_needing_ocr', sa.JSON(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], name=op.f('fk_document_source_id_source')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document')),
    sa.UniqueConstraint('fingerprint', name=op.f('uq_document_fingerprint'))
    )
    op.create_table('facility',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('facility_type', sa.String(length=40), nullable=False),
    sa.Column('place_id', sa.Integer(), nullable=True),
    sa.Column('lat', sa.Double(), nullable=True),
    sa.Column('lon', sa.Double(), nullable=True),
    sa.Column('external_ids', sa.JSON(), nullable=False),
    sa.Column('attributes', sa.JSON(), nullable=False),
    sa.Column('dataset', sa.String(length=100), nullable=True),
    sa.Column('dataset_key', sa.String(length=100), nullable=True),
    sa.ForeignKeyConstraint(['place_id'], ['place.id'], name=op.f('fk_facility_place_id_place')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_facility')),
    sa.UniqueConstraint('dataset_key', name=op.f('uq_facility_dataset_key'))
    )
    op.create_table('web_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('second_factor_passed', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_web_session_user_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_web_session')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_web_session_token_hash'))
    )
    with op.batch_alter_table('web_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_web_session_user_id'), ['user_id'], unique=False)

    op.create_table('custody_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('detail', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_custody_event_document_id_document')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_custody_event'))
    )
    with op.batch_alter_table('custody_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_custody_event_document_id'), ['document_id'], unique=False)

    op.create_table('event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_type', sa.String(length=30), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('place_id', sa.Integer(), nullable=True),
    sa.Column('facility_id', sa.Integer(), nullable=True),
    sa.Column('date_value', sa.String(length=10), nullable=True),
    sa.Column('date_precision', sa.String(length=5), nullable=True),
    sa.Column('end_date_value', sa.String(length=10), nullable=True),
    sa.Column('end_date_precision', sa.String(length=5), nullable=True),
    sa.Column('evidence_start', sa.Integer(), nullable=True),
    sa.Column('evidence_end', sa.Integer(), nullable=True),
    sa.Column('asserted_by_kind', sa.String(length=20), nullable=False),
    sa.Column('asserted_by', sa.String(length=200), nullable=False),
    sa.Column('asserted_by_version', sa.String(length=50), nullable=True),
    sa.Column('asserted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('review_state', sa.String(length=20), nullable=False),
    sa.Column('reviewed_by', sa.String(length=200), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('evidence_document_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("review_state IN ('proposed', 'accepted', 'rejected')", name=op.f('ck_event_review_state')),
    sa.CheckConstraint('(evidence_start IS NULL AND evidence_end IS NULL) OR (evidence_start >= 0 AND evidence_end > evidence_start)', name=op.f('ck_event_evidence_span')),
    sa.ForeignKeyConstraint(['evidence_document_id'], ['document.id'], name=op.f('fk_event_evidence_document_id_document')),
    sa.ForeignKeyConstraint(['facility_id'], ['facility.id'], name=op.f('fk_event_facility_id_facility')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_event_person_id_person')),
    sa.ForeignKeyConstraint(['place_id'], ['place.id'], name=op.f('fk_event_place_id_place')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event'))
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_evidence_document_id'), ['evidence_document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_person_id'), ['person_id'], unique=False)

    op.create_table('extraction_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('extractor', sa.String(length=200), nullable=False),
    sa.Column('version', sa.String(length=50), nullable=False),
    sa.Column('ran_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_extraction_run_document_id_document')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_extraction_run')),
    sa.UniqueConstraint('document_id', 'extractor', 'version', name='uq_extraction_run')
    )
    with op.batch_alter_table('extraction_run', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_extraction_run_document_id'), ['document_id'], unique=False)

    op.create_table('person_attribute',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('attribute', sa.String(length=50), nullable=False),
    sa.Column('value', sa.LargeBinary(), nullable=False),
    sa.Column('value_end', sa.LargeBinary(), nullable=True),
    sa.Column('as_of', sa.String(length=10), nullable=True),
    sa.Column('place_id', sa.Integer(), nullable=True),
    sa.Column('evidence_start', sa.Integer(), nullable=True),
    sa.Column('evidence_end', sa.Integer(), nullable=True),
    sa.Column('asserted_by_kind', sa.String(length=20), nullable=False),
    sa.Column('asserted_by', sa.String(length=200), nullable=False),
    sa.Column('asserted_by_version', sa.String(length=50), nullable=True),
    sa.Column('asserted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('review_state', sa.String(length=20), nullable=False),
    sa.Column('reviewed_by', sa.String(length=200), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('evidence_document_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("review_state IN ('proposed', 'accepted', 'rejected')", name=op.f('ck_person_attribute_review_state')),
    sa.CheckConstraint('(evidence_start IS NULL AND evidence_end IS NULL) OR (evidence_start >= 0 AND evidence_end > evidence_start)', name=op.f('ck_person_attribute_evidence_span')),
    sa.ForeignKeyConstraint(['evidence_document_id'], ['document.id'], name=op.f('fk_person_attribute_evidence_document_id_document')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_person_attribute_person_id_person')),
    sa.ForeignKeyConstraint(['place_id'], ['place.id'], name=op.f('fk_person_attribute_place_id_place')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_attribute'))
    )
    with op.batch_alter_table('person_attribute', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_attribute_evidence_document_id'), ['evidence_document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_attribute_person_id'), ['person_id'], unique=False)

    op.create_table('person_name',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.LargeBinary(), nullable=False),
    sa.Column('script', sa.String(length=10), nullable=True),
    sa.Column('language', sa.String(length=35), nullable=True),
    sa.Column('evidence_start', sa.Integer(), nullable=True),
    sa.Column('evidence_end', sa.Integer(), nullable=True),
    sa.Column('asserted_by_kind', sa.String(length=20), nullable=False),
    sa.Column('asserted_by', sa.String(length=200), nullable=False),
    sa.Column('asserted_by_version', sa.String(length=50), nullable=True),
    sa.Column('asserted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('review_state', sa.String(length=20), nullable=False),
    sa.Column('reviewed_by', sa.String(length=200), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('evidence_document_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("review_state IN ('proposed', 'accepted', 'rejected')", name=op.f('ck_person_name_review_state')),
    sa.CheckConstraint('(evidence_start IS NULL AND evidence_end IS NULL) OR (evidence_start >= 0 AND evidence_end > evidence_start)', name=op.f('ck_person_name_evidence_span')),
    sa.ForeignKeyConstraint(['evidence_document_id'], ['document.id'], name=op.f('fk_person_name_evidence_document_id_document')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_person_name_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_name'))
    )
    with op.batch_alter_table('person_name', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_name_evidence_document_id'), ['evidence_document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_name_person_id'), ['person_id'], unique=False)

    op.create_table('public_release',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('redacted_text', sa.LargeBinary(), nullable=False),
    sa.Column('redacted_title', sa.LargeBinary(), nullable=True),
    sa.Column('approved_by', sa.String(length=200), nullable=True),
    sa.Column('approved_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_public_release_document_id_document')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_public_release')),
    sa.UniqueConstraint('document_id', name=op.f('uq_public_release_document_id'))
    )
    op.create_table('relation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('relative_id', sa.Integer(), nullable=False),
    sa.Column('relation', sa.String(length=50), nullable=False),
    sa.Column('evidence_start', sa.Integer(), nullable=True),
    sa.Column('evidence_end', sa.Integer(), nullable=True),
    sa.Column('asserted_by_kind', sa.String(length=20), nullable=False),
    sa.Column('asserted_by', sa.String(length=200), nullable=False),
    sa.Column('asserted_by_version', sa.String(length=50), nullable=True),
    sa.Column('asserted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('review_state', sa.String(length=20), nullable=False),
    sa.Column('reviewed_by', sa.String(length=200), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('evidence_document_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("review_state IN ('proposed', 'accepted', 'rejected')", name=op.f('ck_relation_review_state')),
    sa.CheckConstraint('(evidence_start IS NULL AND evidence_end IS NULL) OR (evidence_start >= 0 AND evidence_end > evidence_start)', name=op.f('ck_relation_evidence_span')),
    sa.ForeignKeyConstraint(['evidence_document_id'], ['document.id'], name=op.f('fk_relation_evidence_document_id_document')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_relation_person_id_person')),
    sa.ForeignKeyConstraint(['relative_id'], ['person.id'], name=op.f('fk_relation_relative_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_relation'))
    )
    with op.batch_alter_table('relation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_relation_evidence_document_id'), ['evidence_document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_relation_person_id'), ['person_id'], unique=False)

    op.create_table('search_term',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('term', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_search_term_document_id_document')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_search_term'))
    )
    with op.batch_alter_table('search_term', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_search_term_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_search_term_term'), ['term'], unique=False)

    op.create_table('testimony',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('witness_id', sa.Integer(), nullable=True),
    sa.Column('interview_date', sa.Date(), nullable=True),
    sa.Column('interviewer', sa.LargeBinary(), nullable=True),
    sa.Column('language', sa.String(length=35), nullable=True),
    sa.Column('translation_of_id', sa.Integer(), nullable=True),
    sa.Column('consent', sa.String(length=20), nullable=False),
    sa.Column('consent_note', sa.LargeBinary(), nullable=True),
    sa.Column('embargo_until', sa.Date(), nullable=True),
    sa.CheckConstraint("consent IN ('public', 'pseudonymous', 'confidential')", name=op.f('ck_testimony_consent')),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_testimony_document_id_document')),
    sa.ForeignKeyConstraint(['translation_of_id'], ['document.id'], name=op.f('fk_testimony_translation_of_id_document')),
    sa.ForeignKeyConstraint(['witness_id'], ['person.id'], name=op.f('fk_testimony_witness_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_testimony')),
    sa.UniqueConstraint('document_id', name=op.f('uq_testimony_document_id'))
    )
    op.create_table('violation_coding',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=100), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=True),
    sa.Column('evidence_start', sa.Integer(), nullable=True),
    sa.Column('evidence_end', sa.Integer(), nullable=True),
    sa.Column('asserted_by_kind', sa.String(length=20), nullable=False),
    sa.Column('asserted_by', sa.String(length=200), nullable=False),
    sa.Column('asserted_by_version', sa.String(length=50), nullable=True),
    sa.Column('asserted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('review_state', sa.String(length=20), nullable=False),
    sa.Column('reviewed_by', sa.String(length=200), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('evidence_document_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("review_state IN ('proposed', 'accepted', 'rejected')", name=op.f('ck_violation_coding_review_state')),
    sa.CheckConstraint('(evidence_start IS NULL AND evidence_end IS NULL) OR (evidence_start >= 0 AND evidence_end > evidence_start)', name=op.f('ck_violation_coding_evidence_span')),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_violation_coding_event_id_event')),
    sa.ForeignKeyConstraint(['evidence_document_id'], ['document.id'], name=op.f('fk_violation_coding_evidence_document_id_document')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_violation_coding_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_violation_coding'))
    )
    with op.batch_alter_table('violation_coding', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_violation_coding_evidence_document_id'), ['evidence_document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_violation_coding_person_id'), ['person_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('violation_coding', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_violation_coding_person_id'))
        batch_op.drop_index(batch_op.f('ix_violation_coding_evidence_document_id'))

    op.drop_table('violation_coding')
    op.drop_table('testimony')
    with op.batch_alter_table('search_term', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_search_term_term'))
        batch_op.drop_index(batch_op.f('ix_search_term_document_id'))

    op.drop_table('search_term')
    with op.batch_alter_table('relation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_relation_person_id'))
        batch_op.drop_index(batch_op.f('ix_relation_evidence_document_id'))

    op.drop_table('relation')
    op.drop_table('public_release')
    with op.batch_alter_table('person_name', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_name_person_id'))
        batch_op.drop_index(batch_op.f('ix_person_name_evidence_document_id'))

    op.drop_table('person_name')
    with op.batch_alter_table('person_attribute', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_attribute_person_id'))
        batch_op.drop_index(batch_op.f('ix_person_attribute_evidence_document_id'))

    op.drop_table('person_attribute')
    with op.batch_alter_table('extraction_run', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_extraction_run_document_id'))

    op.drop_table('extraction_run')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_person_id'))
        batch_op.drop_index(batch_op.f('ix_event_evidence_document_id'))

    op.drop_table('event')
    with op.batch_alter_table('custody_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_custody_event_document_id'))

    op.drop_table('custody_event')
    with op.batch_alter_table('web_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_web_session_user_id'))

    op.drop_table('web_session')
    op.drop_table('facility')
    op.drop_table('document')
    with op.batch_alter_table('api_token', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_api_token_user_id'))

    op.drop_table('api_token')
    op.drop_table('user_account')
    op.drop_table('source')
    op.drop_table('place')
    op.drop_table('person')
    op.drop_table('audit_entry')
