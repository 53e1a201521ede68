"""`guwah persons`: the registry of persons from the terminal (reads are audited: names are confidential)."""

from __future__ import annotations

from dataclasses import asdict

import typer

from guwah.console import (
    ID_ARGUMENTS,
    archive_session,
    counted,
    err,
    fails_cleanly,
    out,
    print_json,
    reasons_line,
    stage_progress,
)
from guwah.domain import MAX_ID, ReviewState, mention_label

ENTRY_HELP = "Entry number, 7 or E-7"
REJECTED = ReviewState.REJECTED.value
persons_app = typer.Typer(help="The registry: one entry per person, merged, split and judged with history.",
                          no_args_is_help=True)
boilerplate_app = typer.Typer(help="Passages your organisation puts in many testimonies: no evidence of copying.",
                              no_args_is_help=True)


@persons_app.command("list")
@fails_cleanly
def persons_list(
    query: str | None = typer.Option(None, help="Only entries with a name like this, in any script."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Person entries with their names, mentions and status."""
    from guwah.names.inflection import fold
    from guwah.registry import entry_label, list_entries, searching

    with archive_session("read") as (store, session):
        views = list_entries(session, query)
        store.audit(session, store.settings.actor, "read", "entry_list", None, count=len(views),
                    searched=searching(query))
    if as_json:
        print_json([asdict(v) for v in views])
        return
    for view in views:
        # each name once, as the names layer folds it (the first record's writing shown)
        written = {}
        for n in view.names:
            written.setdefault(fold(" ".join(n["name"].split())), n["name"])
        names = " = ".join(written.values()) or "(no name)"
        count = len(view.mentions)
        out.print(f"{entry_label(view.number):>8}  {view.status['status']:<11} {count} mention{'' if count == 1 else 's'}  {names}",
                  highlight=False, markup=False)
    err.print(f"{len(views)} entr{'y' if len(views) == 1 else 'ies'}")


@persons_app.command("show", context_settings=ID_ARGUMENTS)
@fails_cleanly
def persons_show(
    number: str = typer.Argument(..., help=f"{ENTRY_HELP} (a merged number leads to the survivor)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """One entry: names by mention, attributes and violations side by side, status, and the timeline with
    each event's sources and passages, accounts that disagree marked as conflicts."""
    from guwah.registry import entry_label, mention_label, person_number, view_entry
    from guwah.registry.timeline import passage_reads

    number = person_number(number)
    with archive_session("read") as (store, session):
        view = view_entry(session, number)
        store.audit(session, store.settings.actor, "read", "entry", view.number, **passage_reads(session, view.timeline))
    if as_json:
        print_json(asdict(view))
        return
    out.print(f"entry {entry_label(view.number)} (consent {view.consent}); mentions "
              + ", ".join(mention_label(m) for m in view.mentions)
              + (f"; merged from {', '.join(entry_label(n) for n in view.merged_numbers)}" if view.merged_numbers else ""),
              highlight=False)
    status = view.status
    said = {"end": " (the end of a detention)", "own_testimony": " (their own testimony, told after the last "
            "custody it records)", "cannot_tell": " (a reviewer cannot tell which account of this date holds)"}.get(
        status.get("basis"), "")
    out.print(f"status: {status['status']}" + (f" as of {status['date']}" if status["date"] else "")
              + (f" (document {status['document']}){said}" if status["document"] is not None else "")
              + "".join(f"; conflicts with #{index + 1} ({view.timeline[index].event_type} "
                        f"{view.timeline[index].date}): a reviewer judges" for index in status.get("conflicts", ()))
              + "".join(f"; judged {judged['verdict'].replace('_', ' ')} with #{judged['with'] + 1}"
                        for judged in status.get("judged", ())),
              highlight=False)
    rejected = [name for name in view.names if name["state"] == REJECTED]
    sections = {"names": [name for name in view.names if name["state"] != REJECTED],
                "attributes": view.attributes, "violations": view.violations}
    if rejected:  # apart, so that a name a reviewer rejected never reads as one the entry holds
        sections["rejected names"] = rejected
    for section, items in sections.items():
        out.print(f"{section}:", highlight=False)
        for item in items:
            out.print("  " + item_line(item), highlight=False, markup=False)
    out.print("timeline:", highlight=False)
    for index, item in enumerate(view.timeline, 1):
        for line in timeline_lines(index, item, view.timeline, entry_label(view.number)):
            out.print(line, highlight=False, markup=False, soft_wrap=True)


def timeline_lines(index: int, item, timeline: list, entry: str = "N") -> list[str]:
    """One item of `persons show`'s timeline: "#2 2018 detention at facility 4 (...)", its sources
    each with the passage it cites, and each item it conflicts with, by number ("conflict (date)
    with #1: 2017 detention; a reviewer judges"). A date as told: a year stays a year, none is
    "date unknown". `entry`: the entry's label, named in the judge-conflict command it suggests."""
    def when(it) -> str:
        start = it.date or "date unknown"
        return f"{start} to {it.end_date}" if it.end_date else start

    where = []
    if item.facility is not None:
        where.append(f"facility {item.facility}" + (f" ({item.facility_name})" if item.facility_name else ""))
    if item.place is not None:
        where.append(f"place {item.place}" + (f" ({item.place_name})" if item.place_name and
                                              item.place_name != item.place else ""))
    lines = [f"  #{index} {when(item)}  {item.event_type}" + (f" at {', '.join(where)}" if where else "")
             + f"  ({counted(item.corroboration, 'independent source')})"]
    for source in item.sources:
        cited = f': "{source["passage"]}"' if source["passage"] else " (no passage cited)"
        lines.append(f"      document {source['document']}, mention {mention_label(source['mention'])}, "
                     f"event {source['event']}{cited}")
    for violation in item.violations:
        lines.append(f"      violation {violation['code']} (violation:{violation['violation']}, document "
                     f"{violation['document']}, mention {mention_label(violation['mention'])})")
    for conflict in item.conflicts:
        other = timeline[conflict["with"]]
        judged = conflict.get("judgement")
        lines.append(f"      conflict ({conflict['field']}) with #{conflict['with'] + 1}: {when(other)} "
                     f"{other.event_type}; " + (
                         f"judged {judged['verdict'].replace('_', ' ')} by {judged['actor']} at {judged['at'][:16]}: "
                         f"{judged['reason']}" if judged else
                         f"both kept for a reviewer to judge (guwah persons judge-conflict {entry} event:{item.event_id} "
                         f"event:{other.event_id} VERDICT --reason WHY)"))
    return lines


def item_line(item: dict) -> str:
    """One name, attribute or violation of `persons show`: "name=Erkin Tursun, script=Latn,
    mention=M-5, document=1, state=accepted", a mention by the label the other commands print and
    a value the record does not give left out (never "None")."""
    from guwah.registry import mention_label

    return ", ".join(f"mention={mention_label(v)}" if k == "person" else
                     f"waiting for a second reviewer ({v} asserted it)" if k == "second_reviewer" else f"{k}={v}"
                     for k, v in item.items() if v is not None)


def print_release_changes(act) -> None:
    """Say which releases a registry act took down (why, and what to run next) and put back, and, for
    an undo, which "same" judgements it withdrew (so that the next link keeps it), and for a merge, which
    "different" of a split or an undo it withdrew."""
    from guwah.console import print_came_down
    from guwah.registry import mention_label

    for withdrawn in getattr(act, "judgements_withdrawn", ()):
        a, b = mention_label(withdrawn.person_a), mention_label(withdrawn.person_b)
        err.print(f"withdrew judgement {withdrawn.judgement} that mentions {a} and {b} are the same "
                  f"({withdrawn.judged_by}, {withdrawn.judged_at}): the next `guwah link` leaves them apart; "
                  f"`guwah persons judge {withdrawn.person_a} "
                  f"{withdrawn.person_b} same --reason WHY` joins them again", highlight=False, markup=False, soft_wrap=True)
    separation = getattr(act, "separation", None)
    if separation is not None:
        a, b = separation.person_a, separation.person_b
        parted = "the mentions moved out and those left" if separation.act == "split" else "the entries it parted"
        err.print(f"recorded {counted(separation.judgements, 'judgement')} 'different' between {parted} "
                  f"(why: {separation.act}): no `guwah link` joins them again; `guwah persons judge "
                  f"{mention_label(a)} {mention_label(b)} same --replace --reason WHY` joins them if they are one person",
                  highlight=False, markup=False, soft_wrap=True)
    withdrawn_separation = getattr(act, "separation_withdrawn", None)
    if withdrawn_separation is not None:
        err.print(f"withdrew the {counted(withdrawn_separation.judgements, 'judgement')} 'different' that the "
                  f"{withdrawn_separation.act} (operation {withdrawn_separation.operation}) recorded",
                  highlight=False, markup=False, soft_wrap=True)
    for passed in getattr(act, "separations_passed", ()):
        err.print(f"withdrew {counted(len(passed.judgements), 'judgement')} 'different' "
                  f"({', '.join(map(str, passed.judgements))}) that the {passed.act} (operation {passed.operation}) "
                  "recorded between the mentions this merge joins: the merge is the later word; "
                  "`guwah persons undo` parts them again", highlight=False, markup=False, soft_wrap=True)
    print_came_down(act.withdrawn, act.operation)
    # A release put back that the same step's release check took down again (what it shows changed
    # meanwhile: another testimony released since) is said once, as withdrawn, with its redraft.
    again = {change.release for change in act.withdrawn}
    for change in (change for change in act.restored if change.release not in again):
        public = f" (public {change.subject_type} {change.public_number})" if change.public_number else ""
        err.print(f"put back release {change.release} of {change.subject}{public}, "
                  "as approved before", highlight=False, markup=False, soft_wrap=True)


# Why a reviewer joined or parted mentions: kept sealed with the act, for the evidence file.
REASON_HELP = ("Why (kept, sealed): `guwah export evidence` gives it where it says how the entry's mentions "
               "were joined.")


@persons_app.command("merge", context_settings=ID_ARGUMENTS)
@fails_cleanly
def persons_merge(survivor: str = typer.Argument(..., help=f"{ENTRY_HELP}: the entry that stays."),
                  merged: str = typer.Argument(..., help=f"{ENTRY_HELP}: the entry merged into it (it will redirect)."),
                  force: bool = typer.Option(False, "--force", help="Merge although their assertions conflict "
                                             "(gender, birth years far apart); recorded in the audit log."),
                  reason: str | None = typer.Option(None, help=REASON_HELP)) -> None:
    """Merge two entries that are the same person (refused against a 'different' judgement); says which
    public releases the merge took down."""
    from guwah.registry import entry_label, person_number
    from guwah.releases import merge_entries

    survivor, merged = person_number(survivor), person_number(merged)
    with archive_session("edit_records") as (store, session):
        act = merge_entries(session, survivor, merged, store.settings.actor, store=store, force=force, reason=reason)
    err.print(f"entry {entry_label(merged)} merged into {entry_label(survivor)}; `guwah persons undo` reverses it")
    print_release_changes(act)


@persons_app.command("split", context_settings=ID_ARGUMENTS)
@fails_cleanly
def persons_split(number: str = typer.Argument(..., help=f"{ENTRY_HELP}."),
                  mentions: list[str] = typer.Option(..., "--mentions", metavar="MENTION_ID...",
                                                     help="Mention ids, 4 or M-4, to move out: --mentions M-4 M-5."),
                  more: list[str] = typer.Argument(None, hidden=True, metavar="ID"),
                  reason: str | None = typer.Option(None, help=REASON_HELP)) -> None:
    """Move some mentions of an entry into a new entry; says which public releases it took down."""
    from guwah.registry import entry_label, mention_id, person_number
    from guwah.releases import split_entry

    number = person_number(number)

    # `--mentions 4 5`: click gives an option one value, so the ids after the first come as arguments
    ids = list(dict.fromkeys(mention_id(typed) for typed in [*mentions, *(more or [])]))
    with archive_session("edit_records") as (store, session):
        act = split_entry(session, number, ids, store.settings.actor, store=store, reason=reason)
    err.print(f"new entry {entry_label(act.entry)}; `guwah persons undo` reverses it")
    print_release_changes(act)


@persons_app.command("undo")
@fails_cleanly
def persons_undo(reason: str | None = typer.Option(None, help=REASON_HELP)) -> None:
    """Undo the latest merge, split or linker run, putting back the releases it took down."""
    from guwah.registry import latest_act
    from guwah.releases import undo_registry_act

    with archive_session("edit_records") as (store, session):
        what = latest_act(session)
        act = undo_registry_act(session, store.settings.actor, store=store, reason=reason)
    err.print(f"undid {what or f'operation {act.operation}'}", highlight=False)
    print_release_changes(act)


@persons_app.command("judge", context_settings=ID_ARGUMENTS)
@fails_cleanly
def persons_judge(a: str = typer.Argument(..., help="Mention id, 4 or M-4."),
                  b: str = typer.Argument(..., help="Mention id, 4 or M-4."),
                  verdict: str = typer.Argument(..., help="same | different | unsure."),
                  reason: str = typer.Option(..., help="Why the two mentions are, or are not, one person (required; "
                                                        "kept, sealed): a tribunal or a family asks why two records "
                                                        "were joined or kept apart."),
                  replace: bool = typer.Option(False, "--replace", help="Record this judgement over the one that "
                                                                         "stands on the pair (refused without it).")) -> None:
    """Record whether two mentions are one person, and why; 'different' binds every later merge and linker.

    A pair already judged (a split's 'different' too) is refused unless --replace; both are kept.
    """
    from guwah.registry import PairSeen, judge, judgement_next_step, mention_id, mention_label

    a, b = mention_id(a), mention_id(b)

    with archive_session("edit_records") as (store, session):
        judge(session, a, b, verdict, store.settings.actor, reason, PairSeen(replace=replace), store=store)
        next_step = judgement_next_step(session, a, b, verdict)
    err.print(f"judgement recorded: mentions {mention_label(a)} and {mention_label(b)} are {verdict}", highlight=False)
    if next_step:
        err.print(next_step, highlight=False, markup=False, soft_wrap=True)
    if verdict == "unsure":
        # The pair leaves the queue: say where to find it again.
        err.print("`guwah persons pairs --unsure` lists it again, to judge later", highlight=False, markup=False)


@persons_app.command("judge-conflict", context_settings=ID_ARGUMENTS)
@fails_cleanly
def persons_judge_conflict(
    number: str = typer.Argument(..., help=f"{ENTRY_HELP}."),
    first: str = typer.Argument(..., help="An event of one side, event:12 or 12 (as `persons show` lists it)."),
    second: str = typer.Argument(..., help="An event of the other side."),
    verdict: str = typer.Argument(..., help="two-events (both happened) | one-wrong (with --wrong) | cannot-tell."),
    wrong: str | None = typer.Option(None, help="With one-wrong: the wrong side's event; its accounts are rejected."),
    reason: str = typer.Option(..., help="Why (kept, sealed)."),
) -> None:
    """Judge two accounts the entry's timeline marks as conflicting; kept forever, audited."""
    from guwah.registry import entry_label, person_number
    from guwah.registry.timeline import judge_conflict
    from guwah.releases import RegistryAct

    number = person_number(number)
    with archive_session("edit_records") as (store, session):
        row, came_down = judge_conflict(store, session, number, first, second, verdict, store.settings.actor, reason,
                                        wrong=wrong)
        said = {"two_events": "both happened: two events", "cannot_tell": "cannot tell which holds",
                "one_wrong": f"event:{row.wrong_event_id} and the accounts told with it are wrong: rejected"}[row.verdict]
        recorded = row.id
    err.print(f"judgement {recorded} recorded on entry {entry_label(number)}: {said}", highlight=False, markup=False)
    print_release_changes(RegistryAct(0, None, came_down, []))


@persons_app.command("pairs")
@fails_cleanly
def persons_pairs(unsure: bool = typer.Option(False, "--unsure", help="The pairs judged unsure, to judge again."),
                  as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """The linker's review queue: pairs of mentions that may be one person, with its reasons."""
    from guwah.registry import entry_label, mention_label, open_candidates

    with archive_session("read") as (store, session):
        views = open_candidates(session, unsure=unsure)
        store.audit(session, store.settings.actor, "read", "link_candidates", None, count=len(views),
                    **({"verdict": "unsure"} if unsure else {}))
    if as_json:
        print_json([asdict(v) for v in views])
        return
    for view in views:
        why = reasons_line(view.reasons) if view.reasons else "no linker's reasons"
        score = f"probability {view.probability:.2f}; " if view.probability is not None else ""
        judged = f"; judged unsure by {view.judged_by} on {view.judged_at}" if view.judged_by else ""
        out.print(f"mentions {mention_label(view.person_a)} (entry {entry_label(view.entry_a)}) and "
                  f"{mention_label(view.person_b)} (entry {entry_label(view.entry_b)}): "
                  f"{score}{why}{judged}", highlight=False, markup=False)
        out.print(f"  `guwah persons judge {view.person_a} {view.person_b} same|different|unsure --reason WHY"
                  f"{' --replace' if view.judgement is not None else ''}`",
                  highlight=False, markup=False)
    if unsure:
        err.print(f"{counted(len(views), 'pair')} judged unsure, to judge again")
    else:
        err.print(f"{counted(len(views), 'pair')} to review")


def link_command(new: bool = typer.Option(False, "--new", help="Only mentions added since the last run "
                                          "(matched against the whole archive; the rest is not linked again).")) -> None:
    """Link the archive's mentions into person entries (one undoable act; judgements respected)."""
    from guwah.errors import Text
    from guwah.registry import link_archive
    from guwah.releases import LINKER_MERGED, RegistryAct, settle_releases

    with archive_session("edit_records") as (store, session), stage_progress() as progress:
        run = link_archive(session, store.settings.actor, store=store, progress=progress, only_new=new)
        # Taken down now, marked with the run's act, so that `guwah persons undo` puts them back.
        withdrawn = settle_releases(session, Text(LINKER_MERGED), run.operation, joins=True) if run.operation else []
    judged = f" ({run.judged_same} as reviewers judged the same)" if run.judged_same else ""
    err.print(f"{counted(run.mentions, 'mention')}: {counted(run.merges, 'merge')}{judged}, {run.blocked} blocked by "
              f"judgements or conflicts, {counted(len(run.review_pairs), 'pair')} to review", highlight=False)
    print_release_changes(RegistryAct(run.operation or 0, None, withdrawn, []))
    if run.review_pairs:
        err.print("`guwah persons pairs` lists them with the linker's reasons", highlight=False)


@boilerplate_app.command("add")
@fails_cleanly
def boilerplate_add(
    path: str = typer.Argument(..., help="A UTF-8 text file holding the passage (a template's consent paragraph)."),
    name: str = typer.Option(..., "--name", help="What it is, for the list (e.g. 'intake template 2024')."),
) -> None:
    """Register a passage your testimonies share (an intake template's consent paragraph, a standard
    header): sharing it no longer makes two texts copies, near-duplicates or quotations of each other."""
    from pathlib import Path

    from guwah.errors import InputError, Text
    from guwah.registry.corroboration import register_boilerplate
    from guwah.releases import BOILERPLATE_REGISTERED, RegistryAct, releases_coming_down

    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as failed:
        raise InputError(f"cannot read {path} as UTF-8 text", value=path) from failed
    with archive_session("release") as (store, session):
        with releases_coming_down(session, Text(BOILERPLATE_REGISTERED)) as changes:
            row = register_boilerplate(session, name, text, store.settings.actor)
        number = row.id
    err.print(f"boilerplate {number} registered", highlight=False)
    print_release_changes(RegistryAct(0, None, changes, []))


@boilerplate_app.command("list")
@fails_cleanly
def boilerplate_list() -> None:
    """The registered boilerplate passages: number, name, length, who registered them and when."""
    import re

    from sqlalchemy import select

    from guwah.storage.tables import Boilerplate

    with archive_session("read") as (_, session):
        rows = [(b.id, b.name, len(re.findall(r"\w+", b.text)), b.registered_by, b.registered_at.date().isoformat())
                for b in session.scalars(select(Boilerplate).order_by(Boilerplate.id))]
    for number, name, words, who, day in rows:
        out.print(f"{number:>4}  {name}  ({counted(words, 'word')}; registered by {who} on {day})", highlight=False, markup=False)
    err.print(counted(len(rows), "passage"), highlight=False)


@boilerplate_app.command("remove")
@fails_cleanly
def boilerplate_remove(number: int = typer.Argument(..., max=MAX_ID, help="Its number in `guwah boilerplate list`.")) -> None:
    """Remove a registered passage: sharing it counts as evidence of copying again."""
    from guwah.errors import Text
    from guwah.registry.corroboration import remove_boilerplate
    from guwah.releases import BOILERPLATE_REMOVED, RegistryAct, releases_coming_down

    with archive_session("release") as (store, session):
        with releases_coming_down(session, Text(BOILERPLATE_REMOVED)) as changes:
            remove_boilerplate(session, number, store.settings.actor)
    err.print(f"boilerplate {number} removed", highlight=False)
    print_release_changes(RegistryAct(0, None, changes, []))

