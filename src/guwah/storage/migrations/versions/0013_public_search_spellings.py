"""public search index: spellings stored once (key -> spelling -> entries) and an index version

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01 02:30:00

public_search_key and public_search_name are replaced: keys now point at distinct spellings
(public_search_spelling), and public_search_name links a spelling to the entries that carry it,
so a search scores tens of spellings instead of reading one row per namesake. public_search_version
holds one number, raised whenever the indexed entries change, so that every server process knows
when its in-memory facet table is stale. The index holds released content only and is rebuilt
from approved releases: where any exist, a build is requested (as migration 0010 does).
"""

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def _request_build() -> None:
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT count(*) FROM release_snapshot WHERE state = 'approved'")).scalar():
        if not bind.execute(sa.text("SELECT count(*) FROM public_search_state")).scalar():
            bind.execute(sa.text("INSERT INTO public_search_state (built_at) VALUES (CURRENT_TIMESTAMP)"))


def upgrade() -> None:
    op.drop_index('ix_public_search_name_number_name', table_name='public_search_name')
    op.drop_table('public_search_name')
    op.drop_index(op.f('ix_public_search_key_number'), table_name='public_search_key')
    op.drop_table('public_search_key')
    op.create_table(
        'public_search_spelling',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_public_search_spelling')),
        sa.UniqueConstraint('name', name=op.f('uq_public_search_spelling_name')),
    )
    op.create_table(
        'public_search_key',
        sa.Column('key', sa.String(length=200), nullable=False),
        sa.Column('spelling_id', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('key', 'spelling_id', name=op.f('pk_public_search_key')),
    )
    op.create_index(op.f('ix_public_search_key_spelling_id'), 'public_search_key', ['spelling_id'], unique=False)
    op.create_table(
        'public_search_name',
        sa.Column('spelling_id', sa.Integer(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('spelling_id', 'number', name=op.f('pk_public_search_name')),
    )
    op.create_index(op.f('ix_public_search_name_number'), 'public_search_name', ['number'], unique=False)
    op.create_table(
        'public_search_version',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_public_search_version')),
    )
    op.get_bind().execute(sa.text("INSERT INTO public_search_version (id, version) VALUES (1, 0)"))
    _request_build()


def downgrade() -> None:
    op.drop_table('public_search_version')
    op.drop_index(op.f('ix_public_search_name_number'), table_name='public_search_name')
    op.drop_table('public_search_name')
    op.drop_index(op.f('ix_public_search_key_spelling_id'), table_name='public_search_key')
    op.drop_table('public_search_key')
    op.drop_table('public_search_spelling')
    op.create_table(
        'public_search_key',
        sa.Column('key', sa.String(length=200), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('key', 'number', name=op.f('pk_public_search_key')),
    )
    op.create_index(op.f('ix_public_search_key_number'), 'public_search_key', ['number'], unique=False)
    op.create_table(
        'public_search_name',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_public_search_name')),
    )
    op.create_index('ix_public_search_name_number_name', 'public_search_name', ['number', 'name'], unique=False)
    _request_build()
