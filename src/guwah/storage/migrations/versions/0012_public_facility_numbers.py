"""public facility numbers: facilities get a public number at first publication, as persons do

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 03:00:00

No schema change: rows in public_number with subject_type 'facility'. Public pages numbered
facilities by their internal entry number, which also counts sites named only in testimonies
the public cannot read, so a gap in the public numbers told that such a site existed. Every
facility public now (a standing facility entry with a row from the public dataset, merges
followed) gets a number in the order of its entry number; later ones get theirs at first
publication (guwah.publish.number_public_facilities). Where no testimony-named site came before
an imported one, the numbers stay as they were; where they change, the release check withdraws
each entry release that froze an old number, for review.
"""

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

# The public facility dataset as of this revision (guwah.publish.PUBLIC_FACILITY_DATASETS).
PUBLIC_DATASETS = ('bfn-2021-07-20',)


def upgrade() -> None:
    bind = op.get_bind()
    entries = {entry_id: (number, merged_into) for entry_id, number, merged_into in bind.execute(sa.text(
        "SELECT id, number, merged_into_id FROM entry WHERE kind = 'facility'"))}

    def standing(entry_id: int) -> int:
        seen = set()
        while entries[entry_id][1] is not None and entry_id not in seen:
            seen.add(entry_id)
            entry_id = entries[entry_id][1]
        return entry_id

    public = {standing(entry_id) for entry_id, dataset in bind.execute(sa.text(
        "SELECT entry_id, dataset FROM facility WHERE entry_id IS NOT NULL")) if dataset in PUBLIC_DATASETS}
    numbered = {row[0] for row in bind.execute(sa.text(
        "SELECT subject_id FROM public_number WHERE subject_type = 'facility'"))}
    highest = bind.execute(sa.text(
        "SELECT max(number) FROM public_number WHERE subject_type = 'facility'")).scalar() or 0
    for number, entry_id in enumerate(sorted(public - numbered, key=lambda e: entries[e][0]), start=highest + 1):
        bind.execute(sa.text("INSERT INTO public_number (subject_type, subject_id, number) VALUES ('facility', :e, :n)"),
                     {"e": entry_id, "n": number})


def downgrade() -> None:
    op.get_bind().execute(sa.text("DELETE FROM public_number WHERE subject_type = 'facility'"))
