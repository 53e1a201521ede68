"""naming_basis.note_message, approval_message: an erasure's mark as a message; each fact's corrected_id

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-05 21:30:00

An erasure wrote a fixed English "[erased]" over the note and the approval reason of each naming basis
citing the testimony, so a reviewer read "[erased]" with no word of when or why. That mark is now kept
as the message it was written from (`guwah.errors.Text.record`, sealed), as migration 0031 did for the
consent and embargo changes: "erased on DATE under erasure request N", DATE the day (a Term of kind
"date", said in each reader's locale), N the audit entry that recorded the erasure; the words are then
gone (None). Upgrading converts each "[erased]": with the erasure's
audit entry found (action "erase" of the basis's document) into that message, else into the consent
changes' message ("erased with its testimony …"); a person's words stay as they are.

`guwah.review.edit` left the link to the corrected copy that stands in place of a fact only in the
fact's review note ("edited into KIND:ID"), which `corrected_copy` parsed. It is now a column of each
fact table, `corrected_id` (the copy's id, in the same table): upgrading fills it from the notes of
the rejected facts. The downgrades write the English and drop the columns (the notes stay as written).
Only an archive opened with its key can run it (as migration 0021).
"""

import json
import re

import sqlalchemy as sa
from alembic import op

revision = '0032'
down_revision = '0031'
branch_labels = None
depends_on = None

ERASED = "[erased]"
# The messages (`guwah.releases`), frozen here, not imported.
ERASED_ON = "erased on %(date)s under erasure request %(request)s"
REASON_ERASED = "erased with its testimony (the written reason may have quoted the witness)"
BASIS_COLUMNS = (("note", "note_message"), ("approval_reason", "approval_message"))
# Each fact table and its kind, as the review note names it ("edited into event:57").
FACTS = {"person_name": "name", "person_attribute": "attribute", "event": "event",
         "violation_coding": "violation", "relation": "relation"}
_EDITED_INTO = re.compile(r"edited into (\w+):(\d+)")


def _erasure(bind, document_id):
    """(day, audit entry id) of the erasure of `document_id`, or None."""
    if document_id is None:
        return None
    found = bind.execute(sa.text("SELECT id, at FROM audit_entry WHERE action = 'erase' AND record_type = 'document' "
                                 "AND record_id = :d ORDER BY id LIMIT 1"), {"d": str(document_id)}).first()
    return (str(found[1])[:10], found[0]) if found else None


def upgrade() -> None:
    bind = op.get_bind()
    sealer = bind.dialect.guwah_sealer  # only a keyed store can open and seal
    for _, message in BASIS_COLUMNS:
        op.add_column("naming_basis", sa.Column(message, sa.LargeBinary(), nullable=True))
    for table in FACTS:
        op.add_column(table, sa.Column("corrected_id", sa.Integer(), nullable=True))
    for words, message in BASIS_COLUMNS:
        rows = bind.execute(sa.text(f"SELECT id, document_id, {words} FROM naming_basis WHERE {words} IS NOT NULL "
                                    "ORDER BY id")).all()
        for basis_id, document_id, sealed in rows:
            if sealer.open(bytes(sealed)).decode("utf-8") != ERASED:
                continue
            erasure = _erasure(bind, document_id)
            record = ({"message": ERASED_ON, "values": {"date": {"term": "date", "code": erasure[0]},
                                                                 "request": erasure[1]}} if erasure
                      else {"message": REASON_ERASED, "values": {}})
            bind.execute(sa.text(f"UPDATE naming_basis SET {message} = :m, {words} = NULL WHERE id = :i"),
                         {"m": sealer.seal(json.dumps(record).encode("utf-8")), "i": basis_id})
    for table, kind in FACTS.items():
        rows = bind.execute(sa.text(f"SELECT id, review_note FROM {table} WHERE review_state = 'rejected' "
                                    "AND review_note IS NOT NULL ORDER BY id")).all()
        for fact_id, sealed in rows:
            edited = _EDITED_INTO.fullmatch(sealer.open(bytes(sealed)).decode("utf-8"))
            if edited is None or edited.group(1) != kind:  # an edit's copy is of the same kind
                continue
            bind.execute(sa.text(f"UPDATE {table} SET corrected_id = :c WHERE id = :i"),
                         {"c": int(edited.group(2)), "i": fact_id})


def downgrade() -> None:
    bind = op.get_bind()
    sealer = bind.dialect.guwah_sealer
    for words, message in BASIS_COLUMNS:
        rows = bind.execute(sa.text(f"SELECT id FROM naming_basis WHERE {message} IS NOT NULL ORDER BY id")).all()
        for (basis_id,) in rows:
            bind.execute(sa.text(f"UPDATE naming_basis SET {words} = :w WHERE id = :i"),
                         {"w": sealer.seal(ERASED.encode("utf-8")), "i": basis_id})
    # Native on both databases (SQLite ≥ 3.35), as 0021 and 0031.
    for _, message in BASIS_COLUMNS:
        op.execute(f"ALTER TABLE naming_basis DROP COLUMN {message}")
    for table in FACTS:
        op.execute(f"ALTER TABLE {table} DROP COLUMN corrected_id")
