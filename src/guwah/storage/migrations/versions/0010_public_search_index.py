"""public search index: names, name keys, facets and words of approved releases only

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 10:00:00

New tables; nothing existing changes. They start empty: release content is sealed, so where
approved releases exist a build is requested (a row in public_search_state) and the library builds
the index on the next open of the archive (guwah.search.public.ensure_index).
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'public_search_facet',
        sa.Column('facet', sa.String(length=20), nullable=False),
        sa.Column('value', sa.String(length=200), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('facet', 'value', 'number', name=op.f('pk_public_search_facet')),
    )
    op.create_index('ix_public_search_facet_number_facet', 'public_search_facet', ['number', 'facet', 'value'],
                    unique=False)
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
    op.create_table(
        'public_search_state',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('built_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_public_search_state')),
    )
    op.create_table(
        'public_search_word',
        sa.Column('word', sa.String(length=200), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('word', 'number', name=op.f('pk_public_search_word')),
    )
    op.create_index(op.f('ix_public_search_word_number'), 'public_search_word', ['number'], unique=False)
    # Release content is sealed: an archive with approved releases asks the library to build it.
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT count(*) FROM release_snapshot WHERE state = 'approved'")).scalar():
        bind.execute(sa.text("INSERT INTO public_search_state (built_at) VALUES (CURRENT_TIMESTAMP)"))


def downgrade() -> None:
    op.drop_index(op.f('ix_public_search_word_number'), table_name='public_search_word')
    op.drop_table('public_search_word')
    op.drop_table('public_search_state')
    op.drop_index('ix_public_search_name_number_name', table_name='public_search_name')
    op.drop_table('public_search_name')
    op.drop_index(op.f('ix_public_search_key_number'), table_name='public_search_key')
    op.drop_table('public_search_key')
    op.drop_index('ix_public_search_facet_number_facet', table_name='public_search_facet')
    op.drop_table('public_search_facet')
