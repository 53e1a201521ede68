"""release_snapshot.approval_message: an undo's reason for putting a release back, as its message and values

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-05 13:00:00

An undo of a registry act that puts a release back up (`guwah.releases.restore_releases`) stored why as
English ("undo of registry act 4 put back release 2") in `approval_reason`, the column of a reviewer's
own words. It is now kept as the message it was written from and its values (`guwah.errors.Text.record`,
sealed), as migration 0028 did for the withdrawals' reasons, so that a page says it in its reader's
language. Upgrading converts each such English reason of a release approved as "restored" (the template
frozen here, not imported); a reviewer's words stay as they are. The downgrade writes the English again.
Only an archive opened with its key can run it (as migration 0021).
"""

import json
import re

import sqlalchemy as sa
from alembic import op

revision = '0030'
down_revision = '0029'
branch_labels = None
depends_on = None

TEMPLATE = "undo of registry act %(operation)s put back release %(release)s"
_WRITTEN = re.compile(r"undo of registry act (\d+) put back release (\d+)")


def upgrade() -> None:
    bind = op.get_bind()
    sealer = bind.dialect.guwah_sealer  # only a keyed store can open and seal
    op.add_column('release_snapshot', sa.Column('approval_message', sa.LargeBinary(), nullable=True))
    rows = bind.execute(sa.text("SELECT id, approval_reason FROM release_snapshot WHERE approval_reason IS NOT NULL "
                                "AND approval_basis = 'restored' ORDER BY id")).all()
    for release_id, sealed in rows:
        found = _WRITTEN.fullmatch(sealer.open(bytes(sealed)).decode("utf-8"))
        if found is None:
            continue
        record = {"message": TEMPLATE, "values": {"operation": int(found[1]), "release": int(found[2])}}
        bind.execute(sa.text("UPDATE release_snapshot SET approval_message = :m, approval_reason = NULL WHERE id = :i"),
                     {"m": sealer.seal(json.dumps(record, ensure_ascii=False).encode("utf-8")), "i": release_id})


def downgrade() -> None:
    bind = op.get_bind()
    sealer = bind.dialect.guwah_sealer
    rows = bind.execute(sa.text("SELECT id, approval_message FROM release_snapshot WHERE approval_message IS NOT NULL "
                                "ORDER BY id")).all()
    for release_id, sealed in rows:
        record = json.loads(sealer.open(bytes(sealed)))
        english = record["message"] % record.get("values", {})
        bind.execute(sa.text("UPDATE release_snapshot SET approval_reason = :r WHERE id = :i"),
                     {"r": sealer.seal(english.encode("utf-8")), "i": release_id})
    # Native on both databases (SQLite ≥ 3.35), as 0021 and 0028.
    op.execute("ALTER TABLE release_snapshot DROP COLUMN approval_message")
