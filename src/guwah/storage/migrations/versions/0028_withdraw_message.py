"""release_snapshot.withdraw_message: a withdrawal's fixed reason kept as its message and values

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-05 12:00:00

Why a step took a release down (a merge, a lowered consent, the release check) was stored as English
text in `withdraw_reason` and read back by matching templates, so that a page could say it in its
reader's language. It is now kept as the message it was written from and its values
(`guwah.errors.Text.record`: {"message": the English template, which is its gettext id, "values": …}),
sealed like the reason. Upgrading converts each stored English reason one of the templates below wrote
(as they were written up to this revision: frozen here, not imported); a person's own words, and any
English no template wrote, stay in `withdraw_reason` as they are. The downgrade writes the English again.
Only an archive opened with its key can run it (as migration 0021).
"""

import json
import re

import sqlalchemy as sa
from alembic import op

revision = '0028'
down_revision = '0027'
branch_labels = None
depends_on = None

# Every fixed reason a step stored in `withdraw_reason` before this revision, as the release module's
# message ids say them; "level" is a consent level (a Term of kind "consent").
TEMPLATES = (
    "what it shows changed: redraft and review",
    "its source testimony was withdrawn",
    "entry %(merged)s was merged into entry %(survivor)s: the merged entry must be reviewed again "
    "(a merge takes the stricter consent of its mentions and shows all their facts)",
    "entry %(number)s was split: each entry must be reviewed again",
    "registry act %(operation)s was undone: the entry must be reviewed again",
    "the consent of document %(document)s was lowered to %(level)s",
    "the naming bases of person %(person)s were withdrawn",
    "the embargo of document %(document)s was changed",
    "the witness withdrew consent",
    "a copy of a testimony whose witness withdrew consent",
    "the linker merged entries: each merged entry must be reviewed again (a merge takes the stricter consent)",
    "a boilerplate passage was registered",
    "a boilerplate passage was removed",
    "a source testimony was erased",
    "naming basis %(basis)s now names person %(person)s, whom it masked",
    "%(refs)s reopened for review: it is no longer accepted",
    "%(ref)s was reassigned to another person",
)


def _record(reason: str) -> dict | None:
    """The Text record of an English reason one of TEMPLATES wrote, or None."""
    for template in TEMPLATES:
        pattern = re.sub(r"%\\\(([a-z]+)\\\)s", r"(?P<\1>.+?)", re.escape(template))
        if found := re.fullmatch(pattern, reason):
            values = {key: {"term": "consent", "code": value} if key == "level"
                      else int(value) if value.isdigit() else value for key, value in found.groupdict().items()}
            return {"message": template, "values": values}
    return None


def _english(record: dict) -> str:
    values = {key: value["code"] if isinstance(value, dict) else value
              for key, value in (record.get("values") or {}).items()}
    return record["message"] % values


def _rows(bind, column: str):
    return bind.execute(sa.text(f"SELECT id, {column} FROM release_snapshot WHERE {column} IS NOT NULL "
                                "ORDER BY id")).all()


def upgrade() -> None:
    bind = op.get_bind()
    sealer = bind.dialect.guwah_sealer  # only a keyed store can open and seal
    op.add_column('release_snapshot', sa.Column('withdraw_message', sa.LargeBinary(), nullable=True))
    for release_id, sealed in _rows(bind, "withdraw_reason"):
        record = _record(sealer.open(bytes(sealed)).decode("utf-8"))
        if record is not None:
            bind.execute(sa.text("UPDATE release_snapshot SET withdraw_message = :m, withdraw_reason = NULL "
                                 "WHERE id = :i"),
                         {"m": sealer.seal(json.dumps(record, ensure_ascii=False).encode("utf-8")), "i": release_id})


def downgrade() -> None:
    bind = op.get_bind()
    sealer = bind.dialect.guwah_sealer
    for release_id, sealed in _rows(bind, "withdraw_message"):
        english = _english(json.loads(sealer.open(bytes(sealed))))
        bind.execute(sa.text("UPDATE release_snapshot SET withdraw_reason = :r WHERE id = :i"),
                     {"r": sealer.seal(english.encode("utf-8")), "i": release_id})
    # Native on both databases (SQLite ≥ 3.35), as 0021: batch mode would copy the table.
    op.execute("ALTER TABLE release_snapshot DROP COLUMN withdraw_message")
