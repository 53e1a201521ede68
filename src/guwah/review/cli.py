"""`guwah review`: accept, edit or reject proposed facts from the terminal.

Acts as GUWAH_ACTOR. Lists show no text; `show` prints the evidence passage (audited when the
document is not public).
"""

from __future__ import annotations

import sys
from dataclasses import asdict

import typer
from rich.markup import escape

from guwah.console import archive_session, counted, err, fails_cleanly, out, print_json
from guwah.domain import MAX_ID, mention_label
from guwah.review import EDITABLE, PAGE_SIZE, flags_text, shown_fields
from guwah.review.addition import REQUIRED, addable_fields

review_app = typer.Typer(help="Accept, edit or reject proposed facts, each shown with its evidence.",
                         no_args_is_help=True)


def _line(proposal) -> str:
    # A name proposal's name too: the reviewer reads it in `review show` and in --json alike.
    fields = ", ".join(f"{k}={v}" for k, v in shown_fields(proposal.fields).items() if v is not None)
    mention = mention_label(proposal.person_id) if proposal.person_id else "-"
    return (f"{proposal.ref:<16} {proposal.state:<9} mention {mention:<7} "
            f"document {proposal.document_id or '-':<5} {fields}  by {_asserter(proposal)}")


def _asserter(proposal) -> str:
    """Who asserted a fact, and where it waits for a reviewer other than its author (four eyes)."""
    return proposal.asserted_by + (" (waiting for a second reviewer)" if proposal.second_reviewer else "")


@review_app.command("list")
@fails_cleanly
def review_list(
    state: str = typer.Option("proposed", help="proposed | accepted | rejected."),
    kind: str | None = typer.Option(None, help="name | attribute | event | violation | relation."),
    document: int | None = typer.Option(None, max=MAX_ID, help="Only facts cited from this document."),
    limit: int = typer.Option(PAGE_SIZE, min=1, max=MAX_ID, help="At most this many."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Facts waiting for review (or in another state), without their passages."""
    from guwah.review import read_proposals

    with archive_session("read") as (store, session):
        listed = read_proposals(store, session, store.settings.actor, state, kind, document, limit)
    rows, total = listed.proposals, listed.total
    if as_json:
        print_json([{k: v for k, v in asdict(p).items() if k not in ("evidence", "passage")} for p in rows])
        return
    if rows:
        out.print(_table(rows))
    if total > len(rows):  # not "200 facts proposed" when 365 are
        err.print(f"{len(rows)} of {total} facts {state} shown (--limit {limit}): `--limit {total}`, `--kind` or "
                  "`--document` for the others", highlight=False)
    else:
        err.print(f"{counted(len(rows), 'fact')} {state}")


def _table(rows):
    """The facts of `review list` as a table that fits the terminal as `guwah list` does: what a fact
    asserts, the widest column, folded within its cell at 80 columns rather than each line running
    on under the next fact's (to a pipe, each row one line: `guwah.console`)."""
    from rich.table import Table

    table = Table(box=None, pad_edge=False, show_edge=False)
    for column in ("fact", "state", "mention", "doc", "asserts", "by"):
        table.add_column(column, overflow="fold", no_wrap=column in ("fact", "state", "mention", "doc"))
    for proposal in rows:
        fields = ", ".join(f"{k}={v}" for k, v in shown_fields(proposal.fields).items() if v is not None)
        table.add_row(proposal.ref, proposal.state, mention_label(proposal.person_id) if proposal.person_id else "-",
                      str(proposal.document_id or "-"), escape(fields), escape(_asserter(proposal)))
    return table


@review_app.command("show")
@fails_cleanly
def review_show(
    ref: str = typer.Argument(..., help="KIND:ID, e.g. event:12."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """One fact with the passage that supports it (⟦ ⟧ marks the cited span)."""
    from guwah.review import history, show_proposal

    with archive_session("read") as (store, session):
        proposal = show_proposal(store, session, ref, store.settings.actor)
        earlier = history(session, ref)
    if as_json:
        print_json(asdict(proposal) | {"history": earlier})
        return
    out.print(_line(proposal), highlight=False, markup=False)
    for key, value in shown_fields(proposal.fields).items():
        out.print(f"  {key}: {value}", highlight=False, markup=False)
    if proposal.reviewed_by and proposal.state != "proposed":  # the line names only its author
        out.print(f"  {proposal.state} by: {proposal.reviewed_by}", highlight=False, markup=False)
    if proposal.review_note:
        out.print(f"  note: {proposal.review_note}", highlight=False, markup=False)
    for decision in earlier:
        out.print(f"  earlier: {decision['state']} by {decision['reviewed_by']} at {decision['reviewed_at']}; "
                  f"{decision['replaced_by_step']} by {decision['replaced_by']} at {decision['replaced_at']}: "
                  f"{decision['reason']}", highlight=False, markup=False)
    out.rule("evidence")
    if proposal.erased:
        out.print(f"(document {proposal.document_id} was erased: its words are gone and this fact no longer counts)",
                  highlight=False, markup=False)
    else:
        out.print(proposal.evidence or "(no span: asserted from metadata or by a person)", highlight=False,
                  markup=False)


def _decided(decide) -> list:
    """Run `decide` (a `guwah.review.decide_batch` call); where it refuses some facts, each is
    printed with its reason before the one-line error (nothing was decided)."""
    from guwah.review import BatchRefused, named_once

    try:
        return decide()
    except BatchRefused as refused:
        for ref, error in refused.refused:
            err.print("  " + escape("".join(named_once(ref, error.message))), highlight=False, soft_wrap=True)
        raise


def _interactive() -> bool:
    """Whether a person at a terminal can answer a question (stdin and stderr both terminals)."""
    return sys.stdin.isatty() and sys.stderr.isatty()


@review_app.command("accept")
@fails_cleanly
def review_accept(
    refs: list[str] | None = typer.Argument(None, help="KIND:ID …"),
    document: int | None = typer.Option(None, max=MAX_ID, help="Accept every waiting fact cited from this "
                                        "document (instead of naming them), after saying how many; with four "
                                        "eyes on, those you asserted yourself are left for another reviewer."),
    kind: str | None = typer.Option(None, help="With --document: only facts of this kind (name | attribute | "
                                    "event | violation | relation)."),
    yes: bool = typer.Option(False, "--yes", help="With --document: accept without asking (needed where no one "
                             "can answer, as in a script)."),
    leave_flagged: bool = typer.Option(False, "--leave-flagged", help="With --document: accept the others and "
                                       "leave waiting the facts to read one by one (hedged or negated in their "
                                       "sentence, about a person with no name, a violation of someone neither the "
                                       "witness nor a named victim); without it, any such fact refuses them all."),
) -> None:
    """Accept proposals as stated: those named, or with --document every waiting one of a document,
    except the facts a reviewer must read one by one (listed, and refused unless --leave-flagged).
    All or nothing: a fact decided meanwhile is named with its reason and none is accepted."""
    from guwah.errors import InputError
    from guwah.review import FlaggedRefused, accept_in_bulk, decide_batch, distinct_refs, waiting_refs

    if document is None:
        if kind is not None or yes or leave_flagged:
            raise InputError("--kind, --yes and --leave-flagged go with --document")
        if not refs:
            raise InputError("name the facts to accept (KIND:ID …) or give --document N")
        refs = distinct_refs(refs)
        with archive_session("edit_records") as (store, session):
            _decided(lambda: decide_batch(store, session, refs, store.settings.actor, "accepted"))
        err.print(f"accepted {counted(len(refs), 'fact')}")
        return
    if refs:
        raise InputError("name facts or give --document, not both")
    with archive_session("read") as (store, session):
        refs, own = waiting_refs(session, document, kind, store.settings.actor)
    which = ("other " if own else "") + (f"{kind} facts" if kind else "facts")
    if own:  # four eyes: accept would refuse her own, and with them the whole batch
        err.print(f"{len(own)} of your own ({', '.join(own)}) left for another reviewer", highlight=False)
    if not refs:
        err.print(f"no {which} waiting in document {document}: nothing accepted", highlight=False)
        return
    asked = f"accept {counted(len(refs), 'waiting fact')} of document {document}" + (f" ({kind})" if kind else "")
    if leave_flagged:
        asked += " but those to read one by one"
    if not yes:
        if not _interactive():
            raise InputError(f"would {asked}: give --yes to accept them where no one can be asked")
        if not typer.confirm(f"{asked[0].upper()}{asked[1:]}?", err=True):
            err.print("nothing accepted", highlight=False)
            raise typer.Exit(1)
    with archive_session("edit_records") as (store, session):
        try:
            done = _decided(lambda: accept_in_bulk(store, session, refs, store.settings.actor,
                                                   leave_flagged=leave_flagged))
        except FlaggedRefused as refused:  # the shared message names no flag: say which one does it here
            same = f"--document {document}" + (f" --kind {kind}" if kind else "")  # the same selection
            raise InputError(f"{refused.message} (`guwah review accept {same} --leave-flagged`)") from refused
    for ref, flags in done.left.items():
        err.print(f"  {escape(ref)}: {escape(str(flags_text(flags)))}", highlight=False, soft_wrap=True)
    err.print(f"accepted {counted(len(done.accepted), 'fact')}; {len(done.left)} left for one-by-one review"
              + (f" (`guwah review show KIND:ID` each, `guwah review list --document {document}`)" if done.left else ""),
              highlight=False)


@review_app.command("reject")
@fails_cleanly
def review_reject(
    refs: list[str] = typer.Argument(..., help="KIND:ID …"),
    reason: str = typer.Option(..., help="Why (kept, sealed, shown to reviewers)."),
) -> None:
    """Reject proposals with a reason; they stay visible to reviewers. All or nothing, as accept."""
    from guwah.review import decide_batch, distinct_refs

    refs = distinct_refs(refs)
    with archive_session("edit_records") as (store, session):
        _decided(lambda: decide_batch(store, session, refs, store.settings.actor, "rejected", reason))
    err.print(f"rejected {counted(len(refs), 'fact')}")


# The fields `--set` takes, by kind, from the one table `guwah.review.edit` checks against.
_SET_HELP = ("FIELD=VALUE; repeatable; an empty VALUE clears the field. Fields by kind: "
             + "; ".join(f"{kind}: {', '.join(fields)}" for kind, fields in EDITABLE.items()) + ".")


@review_app.command("edit")
@fails_cleanly
def review_edit(
    ref: str = typer.Argument(..., help="KIND:ID."),
    set_: list[str] = typer.Option([], "--set", help=_SET_HELP),
    place: str | None = typer.Option(None, help="An event's place: a gazetteer id or a name in any script "
                                     "(an ambiguous one lists the candidates); \"\" clears it."),
    facility: str | None = typer.Option(None, help="An event's facility: its entry number or its name "
                                        "(several of that name are listed); \"\" clears it."),
    new_facility: str | None = typer.Option(None, help="An event's facility that no entry holds yet: its name as "
                                            "the event's testimony writes it; registered as a new facility entry "
                                            "(proposed until `guwah facilities accept N`), its source that passage."),
    facility_type: str = typer.Option("other", help="With --new-facility: internment_camp, detention_centre, "
                                      "prison, police_station, hospital_or_clinic or other."),
    facility_place: str | None = typer.Option(None, help="With --new-facility: its place (a gazetteer id or name)."),
    lat: float | None = typer.Option(None, help="With --new-facility: latitude (WGS 84), with --lon."),
    lon: float | None = typer.Option(None, help="With --new-facility: longitude (WGS 84), with --lat."),
    approximate: bool = typer.Option(False, "--approximate", help="With --new-facility: the coordinates are an "
                                     "estimate, and are shown as one."),
) -> None:
    """Correct a proposal: the original is rejected with a note, the corrected copy accepted (it
    cites the same evidence; with four eyes on, `guwah settings`, it waits for another reviewer: its
    author cannot accept it)."""
    from guwah.errors import InputError
    from guwah.facilities.entries import NewFacility
    from guwah.review import edit

    changes = {key: value for key, value in (("place", place), ("facility", facility)) if value is not None}
    site = NewFacility(new_facility, facility_type, facility_place, lat, lon, approximate) if new_facility else None
    changes |= _set_fields(set_)
    if not changes and site is None:
        raise InputError("nothing to change: give --set FIELD=VALUE, --place, --facility or --new-facility")
    with archive_session("edit_records") as (store, session):
        corrected = edit(store, session, ref, store.settings.actor, dict(changes), new_facility=site)
        registered = _facility_entry_of(session, corrected.ref) if site else None
    # What the corrected fact now holds in each field the reviewer changed, as `review list` writes it: a
    # place or facility typed by name is resolved (Kulja County → Yining City), and the reviewer sees to what.
    # A site registered from the testimony is named by its entry number below, not by the testimony's words.
    fields = shown_fields(corrected.fields)
    changed = ", ".join(f"{key} cleared" if fields[key] is None else f"{key}={fields[key]}"
                        for key in fields if key in changes)
    err.print(f"{escape(ref)} edited into {corrected.ref} ({_state_said(corrected)}){': ' + escape(changed) if changed else ''}",
              highlight=False)
    if site:
        err.print(f"registered facility entry {registered} (proposed: `guwah facilities accept {registered}` "
                  "makes it public)")


def _state_said(proposal) -> str:
    """A reviewer's own new fact's state as a line says it: "accepted", or with four eyes on
    "proposed: waiting for a second reviewer"."""
    return "proposed: waiting for a second reviewer" if proposal.second_reviewer else proposal.state


def _set_fields(items: list[str]) -> dict[str, str | None]:
    """`--set FIELD=VALUE …` as field → value (an empty VALUE: None); InputError for another form."""
    from guwah.errors import InputError

    fields = {}
    for item in items:
        field, sep, value = item.partition("=")
        if not sep:
            raise InputError(f"--set takes FIELD=VALUE, got {item!r}")
        fields[field.strip()] = value.strip() or None
    return fields


# The fields `review add` takes, by kind (`guwah.review.addition.addable_fields`), and those it needs.
_ADD_HELP = ("FIELD=VALUE; repeatable. Fields by kind (needed ones first, marked *): " + "; ".join(
    f"{kind}: {', '.join([f + '*' for f in REQUIRED[kind]] + [f for f in addable_fields(kind) if f not in REQUIRED[kind]])}"
    for kind in EDITABLE) + ". An event's place is a gazetteer id or name, its facility an entry number or name; "
    "a relation's relative a mention of the same document.")


@review_app.command("add")
@fails_cleanly
def review_add(
    document: int = typer.Argument(..., min=1, max=MAX_ID, help="The document whose text holds the passage."),
    kind: str = typer.Option(..., help="name | attribute | event | violation | relation."),
    passage: str = typer.Option(..., help="The exact words that support the fact (white space may differ); "
                                "refused if the text does not hold them, or holds them more than once "
                                "without --start. Never printed or logged. \"-\" reads them from standard "
                                "input, so that the confidential words stay out of the shell's history."),
    person: str | None = typer.Option(None, help="Who it is about: a mention of this document (M-12) or an entry "
                                      "(E-7: its mention in this document)."),
    new_person: str | None = typer.Option(None, help="Instead of --person: a person not yet a mention, by the name "
                                          "the passage writes; a new mention is made with that name (accepted, "
                                          "cited there), an entry of its own until linked."),
    start: int | None = typer.Option(None, min=0, help="Where the passage starts in the text (a character "
                                     "offset): which occurrence is meant."),
    end: int | None = typer.Option(None, min=0, help="With --start: where it ends (checked)."),
    set_: list[str] = typer.Option([], "--set", help=_ADD_HELP),
    event: str | None = typer.Option(None, help="With --kind violation: the event it happened in (event:12), one "
                                     "this document tells about the same person (without --person, that "
                                     "event's person): the entry's timeline shows the violation under it."),
) -> None:
    """Add a fact the extractor missed, citing its passage: the reviewer's own assertion, accepted at
    once (as an edit's corrected copy is; with four eyes on, `guwah settings`, it waits for another
    reviewer); it counts in the entry's timeline and corroboration at
    once, and reaches the public only through an approved release. Audited by ids and offsets, never
    the passage. Undo with `guwah review reopen`, then reject."""
    from guwah.errors import InputError
    from guwah.review.addition import add_fact

    if passage == "-":  # a passage typed on the command line stays in the shell's history
        passage = sys.stdin.read(PASSAGE_READ_MAX + 1)
        if len(passage) > PASSAGE_READ_MAX:
            raise InputError(f"the passage on standard input is longer than {PASSAGE_READ_MAX:,} characters")
        passage = passage.strip()  # the line end `echo` or a here-string adds is no part of it
    fields = _set_fields(set_)
    with archive_session("edit_records") as (store, session):
        added = add_fact(store, session, document, kind, passage, store.settings.actor, fields, person=person,
                         new_person=new_person, start=start, end=end, event=event)
    err.print(f"added {added.ref} ({_state_said(added)}) about mention {mention_label(added.person_id)}, citing document "
              f"{document} at {added.evidence_span[0]}–{added.evidence_span[1]}", highlight=False)


def _facility_entry_of(session, ref: str) -> int:
    """The facility entry number of event `ref` (KIND:ID)."""
    from guwah.storage.tables import Event, Facility

    event = session.get(Event, int(ref.partition(":")[2]))
    return session.get(Facility, event.facility_id).entry.number


# The most `review add --passage -` reads from standard input: longer than any one passage a fact cites.
PASSAGE_READ_MAX = 20_000


@review_app.command("reopen")
@fails_cleanly
def review_reopen(
    refs: list[str] = typer.Argument(..., help="KIND:ID …"),
    reason: str = typer.Option(..., help="Why the decision is reopened (kept, sealed)."),
) -> None:
    """Put accepted or rejected facts back to proposed; the old decision stays in the history, and a
    reopened accepted fact leaves the public views until accepted again."""
    from guwah.registry.cli import print_release_changes
    from guwah.releases import RegistryAct
    from guwah.review import distinct_refs, reopen_facts

    refs = distinct_refs(refs)
    with archive_session("edit_records") as (store, session):
        withdrawn = reopen_facts(store, session, refs, store.settings.actor, reason)
    err.print(f"reopened {counted(len(refs), 'fact')}: back to proposed")
    print_release_changes(RegistryAct(0, None, withdrawn, []))


@review_app.command("reassign")
@fails_cleanly
def review_reassign(
    ref: str = typer.Argument(..., help="event:ID or violation:ID."),
    target: str = typer.Argument(..., help="mention:ID (a person row, ID as 12 or M-12) or entry:N (N as 7 or E-7)."),
    reason: str = typer.Option(..., help="Why it concerns another person (kept, sealed)."),
    confirm: bool = typer.Option(False, "--confirm", help="Move it although its evidence and the target's "
                                 "documents are of different consent levels (refused otherwise, saying which)."),
) -> None:
    """Move an event or violation to another mention or entry: the original is rejected with a note,
    a copy citing the same evidence is made for the target (violations on an event follow it), your
    own assertion: with four eyes on (`guwah settings`) a moved accepted fact waits for another reviewer."""
    from guwah.registry.cli import print_release_changes
    from guwah.releases import RegistryAct
    from guwah.review import reassign_fact

    with archive_session("edit_records") as (store, session):
        moved, withdrawn = reassign_fact(store, session, ref, target, store.settings.actor, reason, confirm)
    err.print(f"{escape(ref)} reassigned to mention M-{moved.person_id} as {moved.ref} ({_state_said(moved)})")
    print_release_changes(RegistryAct(0, None, withdrawn, []))
