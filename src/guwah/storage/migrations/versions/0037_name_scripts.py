"""person_name.script filled: the script of every name recorded before names carried one

Revision ID: 0037
Revises: 0036
Create Date: 2026-12-07 10:30:00

Names read from a testimony or a sidecar were stored with no script (`script` NULL), so the person
page's "script" column and the open data's `detail` of a name were always empty. A name now records
its script when it is made (`guwah.names.detect_script`, the names layer's one detection); this
fills the names recorded before with the same detection, and the names of every entry release
likewise: a release shows exactly what a release of its entry would show today, so filling the
names alone would have taken down every approved entry release at the next commit as changed. A
script a reviewer set is kept. Only an archive opened with its key can run it (names and releases
are sealed), as migration 0021 does. The downgrade keeps the scripts: a name's script was never
wrong, only missing.
"""

import json

import sqlalchemy as sa
from alembic import op

revision = '0037'
down_revision = '0036'
branch_labels = None
depends_on = None


def upgrade() -> None:
    from guwah.names.scripts import detect_script

    bind = op.get_bind()
    names = bind.execute(sa.text("SELECT id, name FROM person_name WHERE script IS NULL ORDER BY id")).all()
    releases = bind.execute(sa.text("SELECT id, content FROM release_snapshot WHERE subject_type = 'entry' "
                                    "ORDER BY id")).all()
    if not names and not releases:
        return
    sealer = bind.dialect.guwah_sealer  # only a keyed store can open and seal
    for name_id, sealed in names:
        bind.execute(sa.text("UPDATE person_name SET script = :s WHERE id = :i"),
                     {"s": detect_script(sealer.open(bytes(sealed)).decode("utf-8")), "i": name_id})
    for release_id, sealed in releases:
        content = json.loads(sealer.open(bytes(sealed)))
        filled = False
        for name in content.get("names") or []:
            if isinstance(name, dict) and name.get("script") is None and isinstance(name.get("name"), str):
                name["script"] = detect_script(name["name"])
                filled = True
        if filled:  # sealed as the column type seals it (`guwah.protection.sealing.SealedJSON`)
            bind.execute(sa.text("UPDATE release_snapshot SET content = :c WHERE id = :i"), {
                "c": sealer.seal(json.dumps(content, ensure_ascii=False, default=str).encode("utf-8")),
                "i": release_id})


def downgrade() -> None:
    pass  # the scripts stay: see above
