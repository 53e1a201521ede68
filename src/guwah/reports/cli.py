"""`guwah reports`: the queue of reports from families, from the terminal.

Acts as GUWAH_ACTOR; listing the queue, showing a report and changing a status are audited. A
reporter's contact is shown only by `reports show REF --contact`, to an account allowed to read
it (`guwah.reports.CONTACT_ROLE`), and each such read is audited.
"""

from __future__ import annotations

from dataclasses import asdict

import typer

from guwah.console import archive_session, counted, err, fails_cleanly, out, print_json

reports_app = typer.Typer(help="Reports of detained or missing persons sent through the public form.",
                          no_args_is_help=True, add_completion=False)


def _line(report) -> str:
    born = f"born {report.birth_year}" if report.birth_year else "birth year not given"
    told = "; account given (reports show)" if report.what_happened else ""
    return (f"{report.reference}  {report.status:<12} {report.received_at:%Y-%m-%d}  "
            f"{' = '.join(report.names)}  ({born}; {'contact given' if report.has_contact else 'no contact'}{told})")


@reports_app.command("list")
@fails_cleanly
def reports_list(
    status: str | None = typer.Option(None, help="Only this status: received | under_review | closed."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """The moderation queue, oldest first, without the reporters' contacts."""
    from guwah.reports import list_reports

    with archive_session("read") as (store, session):
        reports = list_reports(store, session, store.settings.actor, status)
    if as_json:
        print_json([{**asdict(report), "received_at": report.received_at.isoformat(),
                     "status_changed_at": report.status_changed_at.isoformat()} for report in reports])
        return
    for report in reports:
        out.print(_line(report), highlight=False, markup=False, soft_wrap=True)
        details = [("hometown", report.hometown), ("last seen", report.last_seen_when),
                   ("where", report.last_seen_where), ("reporter", report.relation)]
        shown = "; ".join(f"{label}: {value}" for label, value in details if value)
        if shown:
            out.print(f"    {shown}", highlight=False, markup=False, soft_wrap=True)
    err.print(counted(len(reports), "report"))


@reports_app.command("show")
@fails_cleanly
def reports_show(
    reference: str = typer.Argument(..., help="The report's reference, e.g. R-7KQ2-M9XD."),
    contact: bool = typer.Option(False, "--contact", help="Also the reporter's contact (editors and admins; "
                                 "GUWAH_ACTOR must name their account; audited)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """One report; with --contact also the reporter's contact, for whoever will write to them."""
    from guwah.reports import read_contact, show_report

    with archive_session("read") as (store, session):
        # The contact first: a refusal then reads nothing else.
        found = read_contact(store, session, reference, store.settings.actor) if contact else None
        report = show_report(store, session, reference, store.settings.actor)
    if as_json:
        shown = {**asdict(report), "received_at": report.received_at.isoformat(),
                 "status_changed_at": report.status_changed_at.isoformat()}
        print_json(shown | ({"contact": found} if contact else {}))
        return
    out.print(_line(report), highlight=False, markup=False, soft_wrap=True)
    for label, value in [("hometown", report.hometown), ("last seen", report.last_seen_when),
                         ("where", report.last_seen_where), ("reporter", report.relation)]:
        if value:
            out.print(f"    {label}: {value}", highlight=False, markup=False, soft_wrap=True)
    if report.what_happened:
        out.print("    what happened:", highlight=False, markup=False)
        for line in report.what_happened.splitlines():
            out.print(f"      {line}", highlight=False, markup=False, soft_wrap=True)
    if contact:
        out.print(f"    contact: {found if found is not None else '(none given)'}", highlight=False, markup=False,
                  soft_wrap=True)
        err.print("this read of the contact is recorded in the audit log", highlight=False)


@reports_app.command("set-status")
@fails_cleanly
def reports_set_status(
    reference: str = typer.Argument(..., help="The report's reference, e.g. R-7KQ2-M9XD."),
    status: str = typer.Argument(..., help="received | under_review | closed."),
) -> None:
    """Move a report to another status (the reporter sees it on /report/status)."""
    from guwah.reports import set_status

    with archive_session("edit_records") as (store, session):
        report = set_status(store, session, reference, status, store.settings.actor)
    err.print(f"{report.reference}: {report.status}")
