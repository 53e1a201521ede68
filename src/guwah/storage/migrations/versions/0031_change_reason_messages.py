"""consent_change.reason_message, decision_message, embargo_change.reason_message: a fixed reason as its message

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-05 13:10:00

An erasure replaced the written reasons of the testimony's consent changes and embargo changes (which may
quote the witness) with a fixed English "[erased]", and refused a raise still waiting with "the testimony
was erased". Such a fixed reason is now kept as the message it was written from (`guwah.errors.Text.record`,
sealed), as migrations 0028 and 0030 did for the releases' reasons, so that it is said in each reader's
language; the written reason is then empty. Upgrading converts those English words (frozen here, not
imported); a person's words stay as they are. The downgrade writes the English again. Only an archive
opened with its key can run it (as migration 0021).
"""

import json

import sqlalchemy as sa
from alembic import op

revision = '0031'
down_revision = '0030'
branch_labels = None
depends_on = None

# (table, column of the words, column of the message): what each English fixed reason was written into.
COLUMNS = (("consent_change", "reason", "reason_message"), ("consent_change", "decision_reason", "decision_message"),
           ("embargo_change", "reason", "reason_message"))
# The English each fixed reason was stored as, and its message now (`guwah.releases`).
WRITTEN = {"[erased]": "erased with its testimony (the written reason may have quoted the witness)",
           "the testimony was erased": "the testimony was erased"}
NOT_NULL = {("consent_change", "reason"), ("embargo_change", "reason")}


def upgrade() -> None:
    bind = op.get_bind()
    sealer = bind.dialect.guwah_sealer  # only a keyed store can open and seal
    for table, _, message in COLUMNS:
        op.add_column(table, sa.Column(message, sa.LargeBinary(), nullable=True))
    for table, words, message in COLUMNS:
        rows = bind.execute(sa.text(f"SELECT id, {words} FROM {table} WHERE {words} IS NOT NULL ORDER BY id")).all()
        for row_id, sealed in rows:
            written = sealer.open(bytes(sealed)).decode("utf-8")
            if written not in WRITTEN:
                continue
            record = {"message": WRITTEN[written], "values": {}}
            # A reason the table requires stays, empty; an optional one is gone.
            left = sealer.seal(b"") if (table, words) in NOT_NULL else None
            bind.execute(sa.text(f"UPDATE {table} SET {message} = :m, {words} = :w WHERE id = :i"),
                         {"m": sealer.seal(json.dumps(record).encode("utf-8")), "w": left, "i": row_id})


def downgrade() -> None:
    bind = op.get_bind()
    sealer = bind.dialect.guwah_sealer
    english = {message: written for written, message in WRITTEN.items()}
    for table, words, message in COLUMNS:
        rows = bind.execute(sa.text(f"SELECT id, {message} FROM {table} WHERE {message} IS NOT NULL ORDER BY id")).all()
        for row_id, sealed in rows:
            record = json.loads(sealer.open(bytes(sealed)))
            said = english.get(record["message"], record["message"] % record.get("values", {}))
            bind.execute(sa.text(f"UPDATE {table} SET {words} = :w WHERE id = :i"),
                         {"w": sealer.seal(said.encode("utf-8")), "i": row_id})
    # Native on both databases (SQLite ≥ 3.35), as 0021 and 0028.
    for table, _, message in COLUMNS:
        op.execute(f"ALTER TABLE {table} DROP COLUMN {message}")
