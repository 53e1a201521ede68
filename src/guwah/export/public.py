"""The open-data export: exactly what the public site shows, built only through guwah.publish."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, date, datetime

import guwah
from guwah.publish import public_documents, public_entries, public_figures
from guwah.storage import Store

FORMAT = "guwah-public/1"


def _plain(value):
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def export_public(store: Store) -> dict:
    """Released documents (redacted as the site shows them), released person entries and
    suppressed aggregate figures: built from current releases only."""
    with store.session() as session:
        documents = [_plain(asdict(document)) for document in public_documents(session)]
        persons = [_plain(asdict(entry)) for entry in public_entries(session)]
        figures = _plain(asdict(public_figures(session)))
        store.audit(session, store.settings.actor, "export", None, None, format=FORMAT, documents=len(documents))
    return {
        "format": FORMAT,
        "guwah_version": guwah.__version__,
        "exported_at": datetime.now(UTC).isoformat(),
        "documents": documents,
        "persons": persons,
        "figures": figures,
    }
