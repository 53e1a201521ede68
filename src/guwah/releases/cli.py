"""`guwah release`, `guwah naming`, `guwah consent`: publication as a reviewed act, from a terminal.

Every command acts as GUWAH_ACTOR; approvals need an actor other than the drafter (or
GUWAH_SINGLE_REVIEWER=1 and --reason).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import typer
from rich.markup import escape
from rich.text import Text

from guwah import errors
from guwah.console import (
    ID_ARGUMENTS,
    archive_session,
    counted,
    err,
    fails_cleanly,
    number_argument,
    open_archive,
    out,
    print_json,
    saying_releases_taken_down,
)
from guwah.domain import MAX_ID, entry_label, mention_label, subject_label

MENTION_HELP = "Mention id, 12 or M-12 (as `guwah review list` and `persons show` print it)."

release_app = typer.Typer(help="Draft, review, approve and withdraw what the public sees of a testimony.",
                          no_args_is_help=True)
naming_app = typer.Typer(help="Record and review the basis on which a person may be shown by name.",
                         no_args_is_help=True)
consent_app = typer.Typer(help="Change a testimony's consent (raising it waits for a second reviewer).",
                          no_args_is_help=True)


def _document_id(store, session, doc: str) -> int:
    from guwah.storage.queries import get_document

    return get_document(store, session, doc).id


def highlighted(text: str, masks: list[dict], field: str = "text") -> Text:
    """The text with every mask of `field` shown in reverse video, for the reviewer's eye."""
    shown = Text(text or "")
    for mask in masks:
        if mask["field"] == field and mask["end"] > mask["start"]:
            shown.stylize("reverse bold", mask["start"], mask["end"])
    return shown


def release_view(session, release, number: int) -> dict:
    """What `_print_release` shows of a release, read now: printing waits until the draft is
    committed, after the session that held the row is closed. `number` is what its subject goes
    by (`guwah.releases.subject_number`); "people": whose names its masks stand for, and why
    (`guwah.publish.release_masked_people`: counts, never a name)."""
    from guwah.publish import release_masked_people

    people = release_masked_people(session, release)
    return {"id": release.id, "subject_type": release.subject_type, "number": number, "version": release.version,
            "state": release.state, "drafted_by": release.drafted_by, "content": dict(release.content),
            "masks": list(release.masks), "people": people}


def _sources(fact) -> str:
    """The public numbers of the sources a fact of an entry release cites (an
    `guwah.releases.entry_view.EntryFact`), and how many are independent where fewer than cited:
    "source 1", "sources 1, 3 (1 independent)"."""
    from guwah.errors import english_ngettext

    numbers, independent = fact.sources, fact.corroboration
    if not numbers:
        return "no source"
    said = f"{english_ngettext('source', 'sources', len(numbers))} {', '.join(map(str, numbers))}"
    return said + (f" ({independent} independent)" if independent is not None and independent < len(numbers) else "")


def _place(gazetteer_id: str) -> str:
    """A gazetteer id as its English name and id ("Aksu (xj-aksu)"), or the id alone."""
    from guwah.errors import NotFound
    from guwah.places.gazetteer import place_name

    try:
        return f"{place_name(gazetteer_id, 'en')} ({gazetteer_id})"
    except NotFound:
        return gazetteer_id


def _stated(section: str, what: dict) -> str:
    """What one fact of an entry release's `section` states, as a line's words."""
    if section == "names":
        return what["name"] + (f" ({what['script']})" if what.get("script") else "")
    if section == "timeline":
        ended = f" to {what['end_date']}" if what.get("end_date") else ""
        return (f"{what.get('date') or 'undated'}{ended}  {what['event']}"
                + (f" at facility {what['facility']}" if what.get("facility") is not None else "")
                + (f" in {_place(what['place'])}" if what.get("place") else ""))
    if section == "violations":
        return what["code"]
    return f"{what['attribute']}: {what.get('value') or '-'}" + (f" ({_place(what['place'])})" if what.get("place") else "")


def entry_release_lines(view) -> list[str]:
    """An entry release as the lines a reviewer reads (`guwah.releases.entry_view.EntryReleaseView`,
    in the order and with the content the workspace's release page shows): how many facts of a draft
    are held back, as a release today would not publish them as drafted; then names, status,
    timeline, violations and attributes, each fact with the public numbers of its sources."""
    from guwah.errors import english_ngettext

    if view.refused:
        return [f"nothing shown: nothing of this entry may be released today; no fact of this draft is shown "
                f"({counted(view.held_back, 'fact')} held back)"]
    lines = [f"held back: {counted(view.held_back, 'fact')} of this draft "
             f"{english_ngettext('is', 'are', view.held_back)} not shown: a release today would not publish "
             f"{english_ngettext('it', 'them', view.held_back)} as drafted"] if view.held_back else []
    for section in view.sections:
        if section.name == "status":
            lines.extend(f"status: {fact.what.get('status') or 'unknown'}"
                         + (f", {fact.what['date']}" if fact.what.get("date") else "")
                         + (f" — {_sources(fact)}" if fact.sources else "")
                         for fact in section.facts)  # one: the entry's status, or "unknown"
            lines.extend([] if section.facts else ["status:"])
        elif section.facts or section.held_back:
            lines.extend([f"{section.name}:", *(f"  {_stated(section.name, fact.what)} — {_sources(fact)}"
                                                for fact in section.facts)])
        else:
            lines.append(f"{section.name}: none")
        if section.held_back:
            lines.append(f"  {section.held_back} not shown: a release today would not publish "
                         f"{english_ngettext('it', 'them', section.held_back)} as drafted")
    return lines


def _print_release(release: dict) -> None:
    """Print a release: a testimony's fields and text with its masks highlighted, or an entry's
    public view as `entry_release_lines` of its "view" (as `release propose-entry` prints it)."""
    from guwah.publish import ENTRY

    content, masks = release["content"], release["masks"]
    err.print(f"release {release['id']} of {subject_label(release['subject_type'], release['number'])}, "
              f"version {release['version']}: "
              f"[bold]{release['state']}[/bold] (drafted by {escape(release['drafted_by'])})", highlight=False)
    if content.get("erased"):
        err.print("Its testimony was erased at a witness's request: nothing of this release is kept.",
                  highlight=False)
        return
    if release["subject_type"] == ENTRY:
        for line in entry_release_lines(release["view"]):
            out.print(line, highlight=False, markup=False, soft_wrap=True)
        return
    for field in ("title", "publisher", "author", "url", "published_on", "licence", "language", "consent"):
        label = Text(f"{field}: ", style="bold")
        value = content.get(field)
        # a field the testimony does not give reads "(none)", not Python's "None"
        shown = highlighted(value, masks, field) if isinstance(value, str) else Text("(none)" if value is None else str(value))
        out.print(label + shown)
    from guwah.publish import withheld_reasons

    for reason in withheld_reasons(content, masks, release["people"]):
        out.print(f"withheld: {reason}", highlight=False)
    out.rule("text (masks highlighted)")
    out.print(highlighted(content["text"], masks))
    out.rule()
    # a passage masked as shared with a text the public may not read: which document, and why
    for number, mask in enumerate((m for m in masks if m["kind"] == "quotation" and m.get("reason")), 1):
        err.print(f"masked passage {number}: this text {mask['reason']}", highlight=False)
    if not masks:  # the "withheld:" lines above say what is masked and why; here, that nothing is
        err.print("Nothing in it is masked.", highlight=False)


@contextmanager
def _release_session() -> Iterator[tuple]:
    """`archive_session("release")`, saying afterwards which approved releases its commit took down, with
    what brings each back: drafting or approving a testimony's release can make an entry that cites it fail
    the release check (what it shows no longer allowed; a testimony released since with more of the person
    leaves it up, out of date), and the public page of that entry comes down in the same commit."""
    store = open_archive("release")
    try:
        with saying_releases_taken_down(store, "they no longer pass the release check once this commit is "
                                        "made (`guwah release check` says why)"), store.session() as session:
            yield store, session
    finally:
        store.close()


@release_app.command("propose", context_settings=ID_ARGUMENTS)
@fails_cleanly
def release_propose(
    doc: str = typer.Argument(..., help="Document id or SHA-256 prefix."),
    mask: list[str] = typer.Option([], "--mask", help="A further detail to mask (a village, a date); repeatable."),
    title: str | None = typer.Option(None, help="Public title (a pseudonymous testimony's default is neutral)."),
    mask_entry_details: bool = typer.Option(
        False, "--mask-entry-details",
        help="Mask too the details (days, birth year and place, numbered facility) that match the public or "
             "drafted entry of a person the draft withholds (the draft's notes list them)."),
) -> None:
    """Draft what the public would see of a testimony and print it with every mask highlighted."""
    from guwah.releases import draft_release, drafting_notes

    with _release_session() as (store, session):
        draft = draft_release(session, _document_id(store, session, doc), store.settings.actor,
                              list(mask) or None, title, mask_entry_details=mask_entry_details)
        release = release_view(session, draft, draft.subject_id)
        notes = drafting_notes(session, draft)
    # Printed only once committed: a reader that stops early (`| head -1`) no longer rolls the
    # draft back after its number was shown, for the next draft to take.
    _print_release(release)
    for note in notes:
        err.print(str(note), highlight=False, markup=False)
    release_id = release["id"]
    err.print(f"Draft {release_id} stored. Another reviewer approves it with `guwah release approve "
              f"{release_id}`; until then nothing changes on the public site.", highlight=False)


@release_app.command("propose-entry", context_settings=ID_ARGUMENTS)
@fails_cleanly
def release_propose_entry(
    number: str = typer.Argument(..., help="Person entry number, 7 or E-7 (guwah persons list)."),
    as_json: bool = typer.Option(False, "--json", help="Print the draft's public view as JSON."),
) -> None:
    """Draft the public view of a person entry: named mentions only, facts from released testimonies."""
    from guwah.registry import person_number
    from guwah.releases import draft_entry_release, entry_citation_notes, new_name_notes
    from guwah.releases.entry_view import entry_release_view

    number = person_number(number)

    with archive_session("release") as (store, session):
        release = draft_entry_release(session, number, store.settings.actor)
        release_id, content = release.id, dict(release.content)
        # its names no approver of the person's naming has seen, then its testimonies left uncited
        notes = new_name_notes(session, release) + entry_citation_notes(session, release)
    if as_json:
        print_json(content)
    else:  # drafted just now: what a release publishes as it stands
        for line in entry_release_lines(entry_release_view(content)):
            out.print(line, highlight=False, markup=False, soft_wrap=True)
    for note in notes:
        err.print(str(note), highlight=False, markup=False)
    err.print(f"Draft {release_id} stored; another reviewer approves it with `guwah release approve {release_id}`.")


@release_app.command("show", context_settings=ID_ARGUMENTS)
@fails_cleanly
def release_show(
    release_id: str = typer.Argument(..., help="Release number (from `guwah release list`)."),
    as_json: bool = typer.Option(False, "--json", help="Print an entry release's content as JSON, as stored "
                                 "(what `release propose-entry --json` printed when it was drafted)."),
) -> None:
    """Print one release with its masks highlighted; an entry's as lines to read (a draft only with
    what a release today would publish as drafted)."""
    release_id = number_argument(release_id, "a release number")
    from guwah.publish import ENTRY
    from guwah.releases import (
        content_today,
        details_note,
        entry_citation_notes,
        get_release,
        new_name_notes,
        out_of_date,
        redraft_command,
        shared_passage_notes,
        subject_number,
    )
    from guwah.releases.entry_view import release_entry_view

    with archive_session("read") as (store, session):
        release = get_release(session, release_id)
        if as_json and release.subject_type != ENTRY:  # refused before anything is read or audited
            raise errors.InputError(f"release {release_id} is a testimony's: --json prints an entry release; "
                                    f"`guwah release show {release_id}` prints this one with its masks highlighted",
                                    value=release_id)
        store.audit(session, store.settings.actor, "read", "release", release.id)
        number = subject_number(session, release.subject_type, release.subject_id)
        shown = release_view(session, release, number)
        notes = shared_passage_notes(session, release) if release.state in ("draft", "approved") else []
        # a draft entry's testimonies left uncited (they would tell a pseudonymous witness's name)
        notes += [str(note) for note in entry_citation_notes(session, release)] if release.state == "draft" else []
        # a draft entry's names accepted after the person's naming was approved: approval asks to confirm them
        notes += [str(note) for note in new_name_notes(session, release)]
        # a pseudonymous testimony's places, dates and facilities left in its text, for the reviewer to read
        notes += details_note(release) if release.state in ("draft", "approved") else []
        # What a release of its subject would show today, read once: a draft a later naming or consent
        # change overtook shows what may no longer be shown, so say so before a reviewer reads it as what
        # approval would publish; an entry's draft shows only what would still be published.
        now = content_today(session, release) if release.state == "draft" else None
        stale = out_of_date(session, release, now) if release.state == "draft" else None
        redraft = redraft_command(session, release.subject_type, release.subject_id) if stale else None
        # an approved entry a testimony's later release overtook: still public, its links as approved
        overtaken = out_of_date(session, release) if release.state == "approved" and release.subject_type == ENTRY \
            else None
        if release.subject_type == ENTRY:
            shown["view"] = release_entry_view(session, release, now) if release.state == "draft" \
                else release_entry_view(session, release)
    if as_json:  # the release's content as stored, as this command printed it before it printed lines
        print_json(shown["content"])
    else:
        _print_release(shown)  # the read is audited even when the reader stops early
    if stale:
        err.print(f"warning: {stale} (`{redraft}`); `guwah release approve {release_id}` is refused",
                  highlight=False, markup=False, soft_wrap=True)
    if overtaken:
        err.print(f"warning: {overtaken}", highlight=False, markup=False, soft_wrap=True)
    for note in notes:
        err.print(note, highlight=False, markup=False, soft_wrap=True)


@release_app.command("approve", context_settings=ID_ARGUMENTS)
@fails_cleanly
def release_approve(
    release_id: str = typer.Argument(..., help="Release number (from `guwah release propose` or `list`)."),
    reason: str | None = typer.Option(None, help="Why (required when approving your own draft, or keeping "
                                      "relatives named with --keep-relative-names)."),
    keep_relative_names: bool = typer.Option(
        False, "--keep-relative-names",
        help="Keep shown the relatives a pseudonymous testimony names on its witness's word (the draft's notes "
             "list them), e.g. as the family asked; recorded with you and the reason."),
    keep_entry_details: bool = typer.Option(
        False, "--keep-entry-details",
        help="Keep shown the details matching a withheld person's public or drafted entry (the draft's notes list "
             "them); recorded with you and the reason."),
    confirm_new_names: bool = typer.Option(
        False, "--confirm-new-names",
        help="Confirm that each name of an entry draft accepted after the person's naming basis was approved (the "
             "draft's notes list them) is this person's; recorded with you."),
) -> None:
    """Approve a drafted release: from now on it is what the public sees."""
    release_id = number_argument(release_id, "a release number")
    from guwah.publish import DOCUMENT, release_embargo
    from guwah.releases import approve_release, out_of_date_entries, subject_number

    with _release_session() as (store, session):
        release = approve_release(session, release_id, store.settings.actor, reason, keep_relative_names,
                                  keep_entry_details, confirm_new_names)
        subject = subject_label(release.subject_type, subject_number(session, release.subject_type, release.subject_id))
        embargo = release_embargo(session, release) if release.subject_type == DOCUMENT else None
    stale = []
    if release.subject_type == DOCUMENT:
        # a testimony released (again): the entries citing it keep the passages they were approved with, and
        # those it tells more of stay up with more to show; read once committed (its public number given)
        with archive_session("read") as (store, session):
            stale = out_of_date_entries(session, release.subject_id)
            session.rollback()
    if embargo is not None and embargo > date.today():
        err.print(f"Approved: release {release_id} of {subject} is embargoed until {embargo.isoformat()}; the "
                  "public sees it from that day, not before.")
    else:
        err.print(f"Released: {subject} is public in the form of release {release_id}.")
    for entry in stale:
        err.print(f"out of date: {entry.line()}", highlight=False, markup=False, soft_wrap=True)


@release_app.command("withdraw", context_settings=ID_ARGUMENTS)
@fails_cleanly
def release_withdraw(
    doc: str = typer.Argument(..., help="Document id or SHA-256 prefix."),
    reason: str = typer.Option(..., help="Why it comes down (kept, sealed)."),
) -> None:
    """Take a testimony off the public site and out of the open data at once; says which entry
    releases that rested on it came down too."""
    from guwah.registry.cli import print_release_changes
    from guwah.releases import RegistryAct, draft_cancelled, waiting_drafts, withdraw_testimony

    with archive_session("release") as (store, session):
        # The testimony's own release is said by "Withdrawn."; the rest came down with it.
        document_id = _document_id(store, session, doc)
        cancelled = waiting_drafts(session, document_id)  # a person's withdrawal cancels them: say so
        release, withdrawn = withdraw_testimony(session, document_id, store.settings.actor, reason)
    err.print("Withdrawn." if release else "Nothing was released for that document.")
    for draft in cancelled:
        err.print(str(draft_cancelled(draft, document_id)), highlight=False, markup=False, soft_wrap=True)
    print_release_changes(RegistryAct(0, None, withdrawn, []))


@release_app.command("list")
@fails_cleanly
def release_list(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Drafts waiting for review, and what is released now."""
    from sqlalchemy import select

    from guwah.publish import DOCUMENT
    from guwah.releases import subject_number
    from guwah.storage.tables import Release

    with archive_session("read") as (store, session):
        # "document" holds a testimony release's document id, "entry" an entry release's registry
        # number (`guwah persons show N`); never an entry's row id.
        rows = [{"release": r.id, "subject": r.subject_type,
                 "document": r.subject_id if r.subject_type == DOCUMENT else None,
                 "entry": None if r.subject_type == DOCUMENT else subject_number(session, r.subject_type, r.subject_id),
                 "version": r.version, "state": r.state,
                 "drafted_by": r.drafted_by, "approved_by": r.approved_by, "masks": len(r.masks)}
                for r in session.scalars(select(Release).where(Release.state.in_(("draft", "approved")))
                                         .order_by(Release.id))]
    if as_json:
        print_json(rows)
        return
    for r in rows:
        subject = subject_label(r["subject"], r["document"] or r["entry"])
        out.print(f"{r['release']:>5}  {subject:<14} v{r['version']:<3} {r['state']:<9} "
                  f"drafted by {r['drafted_by']}  masks {r['masks']}", highlight=False, markup=False)
    err.print(counted(len(rows), "release"))


@release_app.command("check")
@fails_cleanly
def release_check(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Check every approved release against today's rules (masks, consent through copies and
    translations, embargoes carried from copies) and list those that would no longer pass, each
    with its reasons; changes nothing (run it after an upgrade). Exit 1 when any fails; the next
    change to the archive withdraws and redrafts them (or `guwah release withdraw DOC` now). Entry
    releases out of date (a testimony they cite was released again since) are listed too: they pass; so is a
    testimony release approved before approval asked for a choice on a relative named on its
    pseudonymous witness's word (a note)."""
    from dataclasses import asdict

    from guwah.releases import failing_releases, out_of_date_entries, relative_lines, shared_passage_lines

    with archive_session("read") as (store, session):
        checked, failing = failing_releases(session)
        notes = shared_passage_lines(session) + relative_lines(session)
        stale = out_of_date_entries(session)
        session.rollback()  # read-only: whatever computing today's form touched is not kept
    if as_json:
        print_json({"checked": checked, "failing": [asdict(f) for f in failing], "notes": notes,
                    "out_of_date": [{**asdict(entry), "reason": str(entry.reason)} for entry in stale]})
    else:
        for f in failing:
            out.print(f.line(), highlight=False, markup=False, soft_wrap=True)
        for entry in stale:  # they pass and stay public, their links as approved: a reviewer drafts them again
            out.print(f"out of date: {entry.line()}", highlight=False, markup=False, soft_wrap=True)
        for note in notes:  # they pass: a reviewer looks
            err.print(f"note: {note}", highlight=False, markup=False, soft_wrap=True)
        err.print(f"{counted(checked, 'approved release')} checked; {len(failing)} would no longer pass"
                  + (": the next change to the archive withdraws and redrafts them" if failing else ""),
                  highlight=False, soft_wrap=True)
    if failing:
        raise typer.Exit(1)


@naming_app.command("propose", context_settings=ID_ARGUMENTS)
@fails_cleanly
def naming_propose(
    person: str = typer.Argument(..., help=MENTION_HELP),
    basis: str = typer.Option(..., help="own_consent | reporting_relative | public_role | already_named."),
    note: str | None = typer.Option(None, help="Where the consent is recorded, or the role held (sealed)."),
    document: int | None = typer.Option(None, max=MAX_ID, help="The testimony carrying the consent or earlier naming."),
) -> None:
    """Propose the basis on which a person may be named (they stay withheld until approved)."""
    from guwah.registry import mention_id
    from guwah.releases import propose_basis

    person = mention_id(person)

    from guwah.releases import testimonies_sharing_name

    with archive_session("release") as (store, session):
        row = propose_basis(session, person, basis, store.settings.actor, note, document)
        basis_id = row.id
        sharing = testimonies_sharing_name(session, person)
    err.print(f"Naming basis {basis_id} proposed; another reviewer approves it with `guwah naming approve {basis_id}`.")
    _warn_shared_name(person, sharing, basis_id, shown=False)


def _warn_shared_name(person: int, documents: list[int], basis_id: int, shown: bool) -> None:
    """The naming review's warning that a person's name shares a part with the withheld witness of
    pseudonymous testimonies (`guwah.publish.shared_witness_parts`): ids only, never the name."""
    if not documents:
        return
    listed = ", ".join(str(document_id) for document_id in documents)
    which = f"pseudonymous testimon{'y' if len(documents) == 1 else 'ies'} {listed}"
    if shown:
        err.print(f"Warning: a part of person {mention_label(person)}'s name is also the name of the withheld witness "
                  f"of {which}; approved with --show-shared-name, it is shown there whole, and a reader may learn "
                  "the witness's name from it.", highlight=False, markup=False, soft_wrap=True)
        return
    err.print(f"Warning: a part of person {mention_label(person)}'s name is also the name of the withheld witness of "
              f"{which}: it stays masked there, as a reader would learn the witness's name from it. To show it "
              f"anyway, approve with `guwah naming approve {basis_id} --show-shared-name`.",
              highlight=False, markup=False, soft_wrap=True)


def _naming_approved(basis_id: int, done) -> str:
    """The first line of `naming approve`: what the public may now read of the person's name. A name
    written as the name of someone no basis names (a namesake, or a mention with no basis of its own)
    stays masked wherever it is written so (`guwah.redaction.build_masking`); ids only, never names."""
    person = mention_label(done.person)
    alike = ("written as the name of someone no basis names (a namesake, or a mention of this person with no basis "
             "of its own), and a reader could not tell them apart")
    if not done.masked_names:
        said = f"Naming basis {basis_id} approved: person {person} may now be shown by name."
        if done.masked_parts:  # the whole name is shown; some part of it written alone is not
            count = done.masked_parts
            said += (f" {count} part{'s' if count > 1 else ''} of the name written alone (without the rest of it) "
                     f"stay{'s' if count == 1 else ''} masked: {'it is' if count == 1 else 'each is'} also another "
                     "form of a withheld person's name (an inflected case, a feminine ending or another spelling: a "
                     "sister's surname may be the genitive of her withheld brother's), and a reader could not tell "
                     "whose. The whole name, written as it stands, is shown.")
        return said
    if done.masked_names < done.names:
        return (f"Naming basis {basis_id} approved: person {person} may now be shown by name, but {done.masked_names} "
                f"of the {done.names} names recorded for them stay{'s' if done.masked_names == 1 else ''} masked "
                f"wherever written so: {alike}.")
    return (f"Naming basis {basis_id} approved, but person {person}'s name stays masked wherever it is written: it "
            f"is {alike}.")


# What `naming approve` says of each draft it drafted again (`NamingApproval`'s `redrafted`, `plain`
# and `revived`: (subject, old, new, again)), per group: (nothing of it may be shown now, or None
# where that cannot be; a draft that differs only by the names approved, which a second reviewer
# approves as it is; one drafted by the system, which no one may approve: a member drafts it again
# by hand, `guwah.releases._second_reviewer`).
REDRAFTS_TOLD = {
    "redrafted": (
        "Redraft {old} of {subject}, which waited for review, is dropped: nothing of it may be shown now.",
        "Redraft {old} of {subject}, which waited for review, is drafted again as {new} to follow this approval "
        "too; it differs only by the names approved: check it with `guwah release show {new}`; a reviewer other "
        "than {reviewer} puts it back with `guwah release approve {new}`.",
        "Redraft {old} of {subject}, which waited for review, no longer follows this approval: run `{again}` to "
        "draft it again, and have a second reviewer approve that draft (release {new}, redrafted automatically, "
        "cannot be approved)."),
    "plain": (
        "Draft {old} of {subject}, which waited for review, is set aside: nothing of it may be shown now.",
        "Draft {old} of {subject}, drafted before this approval, is drafted again as {new} to follow it; it "
        "differs only by the names approved: check it with `guwah release show {new}`; a reviewer other than "
        "{reviewer} approves it with `guwah release approve {new}`.",
        "Draft {old} of {subject}, drafted before this approval, no longer follows it: run `{again}` to draft it "
        "again, and have a second reviewer approve that draft (release {new}, redrafted automatically, cannot be "
        "approved)."),
    "revived": (
        None,
        "Release {old} of {subject}, which the release check took down with nothing to show then, may be shown "
        "again: its redraft {new} shows exactly what it showed; check it with `guwah release show {new}`; a "
        "reviewer other than {reviewer} puts it back with `guwah release approve {new}`.",
        "Release {old} of {subject}, which the release check took down with nothing to show then, may be shown "
        "again: run `{again}` to draft it again, and have a second reviewer approve that draft (release {new}, "
        "redrafted automatically, cannot be approved)."),
}


def _redraft_told(told: tuple[str | None, str, str], subject: str, old: int, new: int | None, again: str,
                  done) -> str:
    """One line of REDRAFTS_TOLD for a draft `naming approve` drafted again (`done`: its NamingApproval)."""
    dropped, same, by_hand = told
    if new is None and dropped is not None:
        message = dropped
    else:
        message = same if new in done.pending else by_hand
    return message.format(subject=subject, old=old, new=new, again=again, reviewer=done.reviewer)


@naming_app.command("approve", context_settings=ID_ARGUMENTS)
@fails_cleanly
def naming_approve(
    basis_id: str = typer.Argument(..., help="Naming basis number."),
    reason: str | None = typer.Option(None, help="Why (required when approving your own proposal)."),
    show_shared_name: bool = typer.Option(False, "--show-shared-name",
                                          help="Show the whole name even in a pseudonymous testimony whose "
                                               "withheld witness shares a part of it (masked there otherwise)."),
) -> None:
    """Approve a naming basis: releases drafted from now on show the person's name. Says which public
    releases masked the person and came down, and which approval each waits for."""
    basis_id = number_argument(basis_id, "a naming basis number")
    from guwah.releases import approve_naming

    with archive_session("release") as (store, session):
        done = approve_naming(session, basis_id, store.settings.actor, reason, show_shared_name)
    refused = done.person in done.still_withheld  # `guwah.publish.refused_by_their_entry`
    if refused:
        err.print(f"Naming basis {basis_id} approved, but person {mention_label(done.person)} is still not shown by "
                  f"name: another mention of entry {entry_label(done.entry)} records the person's own refusal (a "
                  "witness's confidential or pseudonymous consent, or a withdrawal), which no basis overrides. If "
                  f"they are two people, split them (`guwah persons split {entry_label(done.entry)} --mentions …`).",
                  highlight=False, markup=False, soft_wrap=True)
    else:
        err.print(_naming_approved(basis_id, done), highlight=False, markup=False, soft_wrap=True)
    _warn_shared_name(done.person, done.shares_witness_name, basis_id, done.shows_shared_name)
    still_withheld = [mention for mention in done.still_withheld if mention != done.person]
    if still_withheld and not refused:
        others = ", ".join(mention_label(mention) for mention in still_withheld)
        may_propose = [mention for mention in still_withheld if mention not in done.refusing]
        refusing = ", ".join(mention_label(mention) for mention in done.refusing)
        err.print(f"  Entry {entry_label(done.entry)} also has mentions {others} that no basis names: their names "
                  "stay masked in every text until each has a basis (this person's name too, where it is written alike "
                  "and such a mention is read in a text the public may read or records a refusal; the first line says "
                  "what shows now)." + (f" {refusing} record{'s' if len(done.refusing) == 1 else ''} the person's own refusal "
                              "to be named: no basis is suggested for it, as one would publish the name withheld."
                              if done.refusing else "")
                  + (" A basis shows every name recorded for that mention in every released text: propose one "
                     f"(`guwah naming propose {mention_label(may_propose[0])} --basis …`) only where that person may "
                     "be named." if may_propose else ""),
                  highlight=False, markup=False, soft_wrap=True)
    for group, told in REDRAFTS_TOLD.items():
        for subject, old, new, again in getattr(done, group):
            err.print(_redraft_told(told, subject, old, new, again, done), highlight=False, markup=False,
                      soft_wrap=True)
    for change in done.withdrawn:
        public = f" (public {change.subject_type} {change.public_number})" if change.public_number else ""
        err.print(f"Took down release {change.release} of {change.subject}{public}: it "
                  "masked this person; nothing is shown again until a second reviewer approves.",
                  highlight=False, markup=False, soft_wrap=True)
        if change.redraft in done.pending:
            err.print(f"  Its redraft {change.redraft} differs only by this person's name: check it with "
                      f"`guwah release show {change.redraft}`; a reviewer other than {done.reviewer} puts it back "
                      f"with `guwah release approve {change.redraft}`.", highlight=False, markup=False, soft_wrap=True)
        else:
            automatic = (f" (release {change.redraft}, redrafted automatically, cannot be approved)"
                         if change.redraft is not None else "")
            err.print(f"  Draft it again (`{change.again}`) and have a second reviewer approve that draft{automatic}.",
                      highlight=False, markup=False, soft_wrap=True)


@naming_app.command("withdraw", context_settings=ID_ARGUMENTS)
@fails_cleanly
def naming_withdraw(person: str = typer.Argument(..., help=MENTION_HELP)) -> None:
    """Withdraw every basis for naming a person (every mention of their registry entry); every
    release showing their name comes down."""
    from guwah.registry import mention_id
    from guwah.registry.cli import print_release_changes

    person = mention_id(person)
    from guwah.releases import BASES_WITHDRAWN, RegistryAct, releases_coming_down, withdraw_bases

    with archive_session("release") as (store, session), \
            releases_coming_down(session, errors.Text(BASES_WITHDRAWN, {"person": mention_label(person)})) as withdrawn:
        count = withdraw_bases(session, person, store.settings.actor)
    err.print(f"{count} naming {'basis' if count == 1 else 'bases'} withdrawn.")
    print_release_changes(RegistryAct(0, None, withdrawn, []))


@naming_app.command("list")
@fails_cleanly
def naming_list(as_json: bool = typer.Option(False, "--json", help="Print JSON."),
                notes: bool = typer.Option(False, "--notes", help="Also print each basis's note and approval "
                                           "reason (sealed; the read is audited).")) -> None:
    """Every naming basis with its state (no names printed; notes only with --notes)."""
    from guwah.releases import naming_bases

    with archive_session("read") as (store, session):
        rows = naming_bases(session)
        if notes:
            store.audit(session, store.settings.actor, "read", "naming_notes", None, count=len(rows))
    for r in rows:
        note, reason = r.pop("note"), r.pop("approval_reason")
        if notes:  # a person's words, or an erasure's mark said in English
            r["note"], r["approval_reason"] = (None if v is None else str(v) for v in (note, reason))
    if as_json:
        print_json(rows)
        return
    for r in rows:
        out.print(f"{r['id']:>5}  person {mention_label(r['person']):<7} {r['basis']:<19} {r['state']:<9} "
                  f"proposed by {r['proposed_by']}", highlight=False, markup=False)
        for key, said in (("note", "note"), ("approval_reason", "approval reason")):
            if r.get(key) is not None:
                out.print(f"       {said}: {r[key]}", highlight=False, markup=False, soft_wrap=True)


@consent_app.command("set", context_settings=ID_ARGUMENTS)
@fails_cleanly
def consent_set(
    doc: str = typer.Argument(..., help="Document id or SHA-256 prefix."),
    level: str = typer.Argument(..., help="public | pseudonymous | confidential."),
    reason: str | None = typer.Option(None, help="What the witness agreed to, and when (needed to raise)."),
) -> None:
    """Lower a testimony's consent now, or ask a second reviewer to approve raising it."""
    from guwah.registry.cli import print_release_changes
    from guwah.releases import (
        CONSENT_LOWERED,
        RegistryAct,
        bases_gone,
        pending_consent_changes,
        releases_coming_down,
        request_consent_change,
        standing_bases,
        testimony_consent,
        witness_withheld,
    )

    with archive_session("change_consent") as (store, session):
        document_id = _document_id(store, session, doc)
        lowered = errors.Text(CONSENT_LOWERED, {"document": document_id, "level": errors.Term("consent", level)})
        with releases_coming_down(session, lowered) as withdrawn:
            old = testimony_consent(session, document_id)
            waiting = {c.id for c in pending_consent_changes(session) if c.document_id == document_id}
            standing = standing_bases(session, [document_id])
            change = request_consent_change(session, document_id, level, store.settings.actor, reason)
            change_id = change.id if change else None
            refused = sorted(waiting - {c.id for c in pending_consent_changes(session)})
            gone = bases_gone(session, standing)
            witness = witness_withheld(session, document_id) if change_id is not None else None
    if refused:
        err.print(f"Refused the raise{'s' if len(refused) > 1 else ''} still waiting ({', '.join(map(str, refused))}): "
                  f"document {document_id} was set to {level} after {'they were' if len(refused) > 1 else 'it was'} asked.")
    if old == level:
        err.print(f"Document {document_id} is already {level}" + (": it stays so." if refused else ": nothing changed."))
    elif change_id is None:
        err.print(f"Consent changed; {counted(len(withdrawn), 'release')} that no longer {'fits' if len(withdrawn) == 1 else 'fit'} "
                  f"it {'was' if len(withdrawn) == 1 else 'were'} withdrawn.")
        _printbases_gone(gone)
        print_release_changes(RegistryAct(0, None, withdrawn, []))
    else:
        err.print(f"Request {change_id} waits for a second reviewer: `guwah consent approve {change_id}`; "
                  "approving it only drafts a release, which another reviewer approves.", highlight=False)
        _print_witness_withheld(witness, document_id)


def _print_witness_withheld(witness, document_id: int) -> None:
    """Say, by ids, that a raise leaves its testimony's witness withheld, and what names her
    (`guwah.releases.witness_withheld`)."""
    from guwah.publish import OWN_WORD

    if witness is None:
        return
    mention = mention_label(witness.mention)
    own = f"her own recorded consent: {witness.own_consent}" if witness.own_consent else "no consent of her own recorded"
    gone = (f"; her naming basis {', '.join(map(str, witness.bases_withdrawn))}, withdrawn, is not restored"
            if witness.bases_withdrawn else "")
    err.print(f"The witness, {mention}, stays withheld: releases show {witness.shown} ({own}){gone}. A raise names "
              f"no one: naming her needs a basis of her own consent, `guwah naming propose {mention} --basis "
              f"{OWN_WORD} --document {document_id} --note …`, approved by a second reviewer "
              "(`guwah naming approve N`).", highlight=False, markup=False, soft_wrap=True)


def _printbases_gone(gone: list[tuple[int, int, int | None]]) -> None:
    """Say, by ids, which naming bases went with the consent taken back (`basis_gone_note`)."""
    from guwah.releases import basis_gone_note

    for basis, person_id, document_id in gone:
        err.print(str(basis_gone_note(basis, person_id, document_id)), highlight=False, soft_wrap=True)


@consent_app.command("embargo", context_settings=ID_ARGUMENTS)
@fails_cleanly
def consent_embargo(
    doc: str = typer.Argument(..., help="Document id or SHA-256 prefix."),
    until: str | None = typer.Option(None, "--until", help="Keep it off the public site until this day (YYYY-MM-DD); "
                                     "an earlier day than the one set is the admin role's, with --reason."),
    lift: bool = typer.Option(False, "--lift", help="Lift the embargo (the admin role's, with --reason)."),
    reason: str | None = typer.Option(None, "--reason", help="Why it is shortened or lifted: whose word, and when "
                                      "(needed for those; kept, sealed, and named by the audit log)."),
) -> None:
    """Set or extend a testimony's embargo (it applies at once; releases that no longer fit come
    down); an admin may shorten or lift it, giving a reason."""
    from guwah.errors import InputError
    from guwah.registry.cli import print_release_changes
    from guwah.releases import EMBARGO_CHANGED, RegistryAct, releases_coming_down, set_embargo

    if lift == (until is not None):
        raise InputError("give either --until DAY or --lift")
    with archive_session("change_consent") as (store, session):
        document_id = _document_id(store, session, doc)
        with releases_coming_down(session, errors.Text(EMBARGO_CHANGED, {"document": document_id})) as withdrawn:
            old = set_embargo(session, document_id, None if lift else until, store.settings.actor, reason)
    was = f" (was until {old.isoformat()})" if old else ""
    if lift:
        err.print(f"Document {document_id}'s embargo is lifted{was}: its approved release, if any, is public now.",
                  highlight=False)
    else:
        err.print(f"Document {document_id} is embargoed until {until.strip()}{was}: the public site does not show it "
                  "until then.", highlight=False)
    print_release_changes(RegistryAct(0, None, withdrawn, []))


@consent_app.command("pending")
@fails_cleanly
def consent_pending(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Consent raises waiting for a second reviewer."""
    from guwah.releases import pending_consent_changes

    with archive_session("read") as (store, session):
        rows = [{"id": c.id, "document": c.document_id, "old": c.old, "new": c.new,
                 "requested_by": c.requested_by} for c in pending_consent_changes(session)]
    if as_json:
        print_json(rows)
        return
    for r in rows:
        out.print(f"{r['id']:>5}  document {r['document']:<5} {r['old']} → {r['new']}  by {r['requested_by']}",
                  highlight=False, markup=False)


def _decide(change_id: int, approve: bool, reason: str | None):
    """Decide a consent change: (its document id, the release draft the decision made, if any, and its
    witness left withheld: `guwah.releases.witness_withheld`, None when refused)."""
    from sqlalchemy import func, select

    from guwah.releases import decide_consent_change, witness_withheld
    from guwah.storage.tables import Release

    with archive_session("change_consent") as (store, session):
        last = session.scalar(select(func.max(Release.id))) or 0
        change = decide_consent_change(session, change_id, store.settings.actor, approve, reason)
        session.flush()
        draft = session.scalar(select(Release.id).where(
            Release.id > last, Release.subject_type == "document", Release.subject_id == change.document_id,
            Release.state == "draft"))
        return change.document_id, draft, witness_withheld(session, change.document_id) if approve else None


@consent_app.command("approve", context_settings=ID_ARGUMENTS)
@fails_cleanly
def consent_approve(
    change_id: str = typer.Argument(..., help="Request number (from `guwah consent pending`)."),
    reason: str | None = typer.Option(None, help="Why (required when approving your own request)."),
) -> None:
    """Approve a consent raise; a release is drafted for review (nothing is published yet)."""
    change_id = number_argument(change_id, "a request number")
    document_id, draft, witness = _decide(change_id, True, reason)
    if draft is not None:
        err.print(f"Consent change {change_id} approved; nothing is published: release draft {draft} of document "
                  f"{document_id} waits for review (`guwah release show {draft}`, then `guwah release approve {draft}` "
                  "by another reviewer).", highlight=False)
    else:
        # decide_consent_change drafts nothing for a text whose names were never read, one that still
        # takes a confidential text's consent, or one whose title or author names someone no extraction read.
        err.print(f"Consent change {change_id} approved, but no release was drafted: `guwah release propose "
                  f"{document_id}` says why (its names not extracted yet, a name in its title or author, or the "
                  "consent of a text it copies).", highlight=False)
    _print_witness_withheld(witness, document_id)


@consent_app.command("refuse", context_settings=ID_ARGUMENTS)
@fails_cleanly
def consent_refuse(
    change_id: str = typer.Argument(..., help="Request number."),
    reason: str | None = typer.Option(None, help="Why."),
) -> None:
    """Refuse a consent raise."""
    change_id = number_argument(change_id, "a request number")
    _decide(change_id, False, reason)
    err.print(f"Consent change {change_id} refused.")


@consent_app.command("withdraw", context_settings=ID_ARGUMENTS)
@fails_cleanly
def consent_withdraw(
    person: str = typer.Argument(..., help=f"The witness's {MENTION_HELP[0].lower()}{MENTION_HELP[1:]} (every mention of its entry follows)."),
    reason: str = typer.Option(..., help="The witness's request, as recorded (sealed)."),
    erase: bool = typer.Option(False, "--erase", help="Also destroy their testimonies' originals and content."),
) -> None:
    """A witness withdraws consent: every release showing them comes down, open data follows."""
    from guwah.protection.erasure import erase_testimony
    from guwah.registry import mention_id
    from guwah.registry.cli import print_release_changes
    from guwah.releases import (
        WITNESS_WITHDREW,
        RegistryAct,
        bases_gone,
        copies_of,
        releases_coming_down,
        standing_bases,
        testimonies_given_by,
        withdraw_witness_consent,
    )

    person = mention_id(person)

    # With --erase the erasure's role is asked before consent changes, so that a member who may
    # not erase is refused before anything is done.
    with archive_session("erase" if erase else "change_consent") as (store, session):
        with releases_coming_down(session, errors.Text(WITNESS_WITHDREW)) as withdrawn:
            standing = standing_bases(session, None)
            documents = withdraw_witness_consent(session, person, store.settings.actor, reason)
            gone = bases_gone(session, standing)
        # Erasure cannot be undone: it destroys only the testimonies this person id gave (and their
        # translations), never those of another mention the registry (perhaps the linker) put in
        # the same entry.
        own = set(testimonies_given_by(session, [person]))
        copies = copies_of(session, documents)
    erased = [d for d in documents if d in own] if erase else []
    if erased:
        with archive_session("erase") as (store, session):
            for document_id in erased:
                erase_testimony(store, session, document_id, store.settings.actor, reason)
    err.print(f"Consent withdrawn: {len(documents)} {'testimony' if len(documents) == 1 else 'testimonies'} made confidential"
              + (f" (documents {', '.join(map(str, documents))}: every testimony given by a mention of the "
                 "witness's entry, and their translations)" if documents else "")
              + (f"; erased: documents {', '.join(map(str, erased))}" if erased else "")
              + "; every release naming the witness is withdrawn.", highlight=False, soft_wrap=True)
    if copies:
        err.print(f"Also made confidential: documents {', '.join(map(str, copies))} (copies of the text of those "
                  "testimonies, near-duplicates, and their translations)" + (", not erased: check each with `guwah show DOC`, then erase it with "
                                                "`guwah consent erase-document DOC --reason R`" if erase else "")
                  + ".", highlight=False, soft_wrap=True)
    others = [d for d in documents if d not in own]
    if erase and others:
        err.print(f"Not erased: documents {', '.join(map(str, others))}, given by other mentions of the same entry. "
                  "Check that they are the witness's (`guwah persons show`), then erase each with "
                  "`guwah consent withdraw MENTION --reason R --erase`.", highlight=False, soft_wrap=True)
    _printbases_gone(gone)
    print_release_changes(RegistryAct(0, None, withdrawn, []))


@consent_app.command("erase-document", context_settings=ID_ARGUMENTS)
@fails_cleanly
def consent_erase_document(
    doc: str = typer.Argument(..., help="Document id or SHA-256 prefix (a confidential one)."),
    reason: str = typer.Option(..., help="Why it is erased, as recorded (sealed)."),
) -> None:
    """Erase one confidential document by key destruction (a copy of an erased witness's testimony,
    or a document no witness gave): its original and sealed content go, as with `consent withdraw
    --erase`. Refused for a document that is not confidential; cannot be undone."""
    from guwah.protection.erasure import erase_testimony, is_erased
    from guwah.storage.tables import Document

    with archive_session("erase") as (store, session):
        document_id = _document_id(store, session, doc)
        already = is_erased(session.get(Document, document_id))
        erase_testimony(store, session, document_id, store.settings.actor, reason)
    err.print(f"Document {document_id} was already erased." if already else
              f"Erased: document {document_id} (its original and sealed content; `guwah verify` lists it).",
              highlight=False, soft_wrap=True)
