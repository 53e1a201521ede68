"""public search index: name parts (a given name alone finds its entries) and words under their
Latin readings (a word search in one script finds a testimony written in another)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01 08:00:00

public_search_part holds each distinct word of a released spelling of two or more words, with its
prepared name forms; public_search_part_key its blocking keys; public_search_part_name the entries
that carry it. public_search_word now also holds the Latin readings of each word
(`guwah.search.public.word_forms`). The index holds released content only and is rebuilt from
approved releases: where any exist, a build is requested (as migrations 0010 and 0013 do).
"""

import sqlalchemy as sa
from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def _request_build() -> None:
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT count(*) FROM release_snapshot WHERE state = 'approved'")).scalar():
        if not bind.execute(sa.text("SELECT count(*) FROM public_search_state")).scalar():
            bind.execute(sa.text("INSERT INTO public_search_state (built_at) VALUES (CURRENT_TIMESTAMP)"))


def upgrade() -> None:
    op.create_table(
        'public_search_part',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('part', sa.String(length=200), nullable=False),
        sa.Column('forms', sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_public_search_part')),
        sa.UniqueConstraint('part', name=op.f('uq_public_search_part_part')),
    )
    op.create_table(
        'public_search_part_key',
        sa.Column('key', sa.String(length=200), nullable=False),
        sa.Column('part_id', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('key', 'part_id', name=op.f('pk_public_search_part_key')),
    )
    op.create_index(op.f('ix_public_search_part_key_part_id'), 'public_search_part_key', ['part_id'], unique=False)
    op.create_table(
        'public_search_part_name',
        sa.Column('part_id', sa.Integer(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('part_id', 'number', name=op.f('pk_public_search_part_name')),
    )
    op.create_index(op.f('ix_public_search_part_name_number'), 'public_search_part_name', ['number'], unique=False)
    _request_build()


def downgrade() -> None:
    op.drop_index(op.f('ix_public_search_part_name_number'), table_name='public_search_part_name')
    op.drop_table('public_search_part_name')
    op.drop_index(op.f('ix_public_search_part_key_part_id'), table_name='public_search_part_key')
    op.drop_table('public_search_part_key')
    op.drop_table('public_search_part')
    _request_build()
