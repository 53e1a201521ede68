"""A full JSON export of every table, for backup and scripts.

This export contains confidential material: it is for the archive's operators, not the public.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select

import guwah
from guwah.domain import CustodyAction
from guwah.storage import Store
from guwah.storage.tables import Base, CustodyEvent, Document, ReadText, as_stored

FORMAT = "guwah-backup/1"


def _plain(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def export_everything(store: Store, actor: str) -> dict:
    """Every row of every table, keyed by table name; records an `exported` custody event."""
    tables: dict[str, list[dict]] = {}
    with store.session() as session:
        for table in Base.metadata.sorted_tables:
            # Values as stored (a text's form feeds kept, as its recorded hash covers them).
            columns = [as_stored(c) if isinstance(c.type, ReadText) else c for c in table.columns]
            rows = session.execute(select(*columns).order_by(*table.primary_key.columns)).mappings()
            tables[table.name] = [{k: _plain(v) for k, v in row.items()} for row in rows]
        exported_at = datetime.now(UTC)
        for document_id in session.scalars(select(Document.id)):
            session.add(CustodyEvent(document_id=document_id, action=CustodyAction.EXPORTED.value,
                                     actor=actor, at=exported_at, detail={"format": FORMAT}))
        store.audit(session, actor, "export", None, None, format=FORMAT, documents=len(tables["document"]))
    return {
        "format": FORMAT,
        "guwah_version": guwah.__version__,
        "exported_at": exported_at.isoformat(),
        "tables": tables,
    }
