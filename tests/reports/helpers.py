"""Small helpers for report tests: a report by hand, counts of what is stored."""

from __future__ import annotations

from sqlalchemy import func, select

from guwah.reports import check_report, submit_report
from guwah.storage.tables import AuditEntry, FamilyReport

CONTACT = "Zq-contact-canary-amina@example.org"


def report_fields(**changes) -> dict:
    """A full, acceptable report; `changes` replace fields."""
    fields = {"names": ["Ablikim Turdi", "ئابلىكىم تۇردى", "Абликим Турди"], "birth_year": "1979",
              "hometown": "Ghulja", "last_seen_when": "spring 2018", "last_seen_where": "a police station in Ghulja",
              "relation": "sister", "contact": CONTACT}
    fields.update(changes)
    return fields


def submit(store, **changes):
    """Check and queue a report in one transaction, as the web form does; returns the receipt."""
    fields = report_fields(**changes)
    report = check_report(fields.pop("names"), fields.pop("birth_year"), **fields)
    with store.session() as session:
        return submit_report(store, session, report)


def stored(store) -> tuple[int, int]:
    """(reports, audit entries) in the archive."""
    with store.session() as session:
        return (session.scalar(select(func.count()).select_from(FamilyReport)),
                session.scalar(select(func.count()).select_from(AuditEntry)))
