"""The `guwah` command: parse options, call one library function, print the result.

Data goes to stdout (JSON with --json), messages and progress to stderr. Exit status 0 on
success, 1 when the input was bad (one line on stderr), 2 for usage errors.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from typer.core import TyperGroup

from guwah.console import (
    ID_ARGUMENTS,
    counted,
    err,
    escape,
    fails_cleanly,
    open_archive,
    out,
    print_json,
    progress_bar,
    readable_help,
    saying_releases_taken_down,
)

# Sub-commands that live with their feature packages, loaded only when called, so that
# `guwah --help` and quick commands do not pay for every package's imports (pypinyin, SQLAlchemy…).
# name: (module, attribute, one-line help shown by `guwah --help`)
FEATURE_COMMANDS: dict[str, tuple[str, str, str]] = {
    "extract": ("guwah.extract.cli", "extract_command",
                "Propose persons, places, dates, events and violations, each with its evidence."),
    "names": ("guwah.names.cli", "names_app",
              "Romanise personal names from any script, give blocking keys, compare two names."),
    "places": ("guwah.places.cli", "places_app", "Look up places (Xinjiang's divisions, towns, countries) in any script."),
    "facilities": ("guwah.facilities.cli", "facilities_app",
                   "Import detention-facility datasets and link them to the gazetteer."),
    "users": ("guwah.accounts.cli", "users_app", "Accounts for the workspace, and API tokens."),
    "keys": ("guwah.protection.cli", "keys_app", "The master key that protects the archive."),
    "audit": ("guwah.protection.cli", "audit_app", "The tamper-evident audit log."),
    "release": ("guwah.releases.cli", "release_app",
                "Draft, review, approve and withdraw what the public sees of a testimony."),
    "naming": ("guwah.releases.cli", "naming_app",
               "Record and review the basis on which a person may be shown by name."),
    "link-records": ("guwah.link.cli", "link_records_command",
                     "Deduplicate a spreadsheet of person mentions with Guwah's linker (never reads the archive)."),
    "link": ("guwah.registry.cli", "link_command",
             "Link the archive's mentions into person entries (one undoable act; judgements respected)."),
    "boilerplate": ("guwah.registry.cli", "boilerplate_app",
                    "Passages your organisation puts in many testimonies: no evidence of copying."),
    "persons": ("guwah.registry.cli", "persons_app",
                "The registry: one entry per person, merged, split and judged with history."),
    "review": ("guwah.review.cli", "review_app",
               "Accept, edit or reject proposed facts, each shown with its evidence."),
    "consent": ("guwah.releases.cli", "consent_app",
                "Change a testimony's consent (raising it waits for a second reviewer)."),
    "settings": ("guwah.policy_cli", "settings_app",
                 "The archive's own settings of how the group reviews (four eyes on facts)."),
    "reports": ("guwah.reports.cli", "reports_app",
                "Reports of detained or missing persons sent through the public form."),
}


def load_feature_command(name: str):
    """The click command of one feature sub-command, importing its package now."""
    import importlib

    import typer.main

    module, attribute, _ = FEATURE_COMMANDS[name]
    target = getattr(importlib.import_module(module), attribute)
    if isinstance(target, typer.Typer):
        command = typer.main.get_command(target)
    else:  # a single command given as a function
        single = typer.Typer(add_completion=False)
        single.command(name)(fails_cleanly(target))
        command = typer.main.get_command(single)
    command.name = name
    return readable_help(command)


class _LazyGroup(TyperGroup):
    """The top-level group: feature sub-commands are imported when called, not when listed."""

    listing = False

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        readable_help(self)  # its own commands; a feature's, as it loads (`load_feature_command`)

    def list_commands(self, ctx) -> list[str]:
        return [*super().list_commands(ctx), *FEATURE_COMMANDS]

    def get_command(self, ctx, name: str):
        if name not in FEATURE_COMMANDS:
            return super().get_command(ctx, name)
        if self.listing:  # the help page needs only the name and one line
            import click

            return click.Command(name, help=FEATURE_COMMANDS[name][2])
        return load_feature_command(name)

    def resolve_command(self, ctx, args):
        # Typer suggests a command only among those loaded (`self.commands`): "guwah reveiw" got
        # "No such command" with no hint, while "guwah review lst" got "Did you mean 'list'?".
        if args and not args[0].startswith("-") and args[0] not in (known := self.list_commands(ctx)):
            from difflib import get_close_matches

            # else a command whose one-line help names the word ("registry": `guwah persons`)
            if matches := get_close_matches(args[0], known) or self._helped(ctx, args[0], known):
                ctx.fail(f"No such command {args[0]!r}. Did you mean {', '.join(map(repr, matches))}?")
        return super().resolve_command(ctx, args)

    def _helped(self, ctx, word: str, known: list[str]) -> list[str]:
        """The commands (at most three) whose one-line help has `word` as a word, for a word of four
        letters or more."""
        import re

        if len(word) < 4 or not word.isalpha():
            return []
        found = []
        for name in known:
            line = FEATURE_COMMANDS[name][2] if name in FEATURE_COMMANDS else (
                (command := super().get_command(ctx, name)) and command.get_short_help_str(200)) or ""
            if word.casefold() in re.findall(r"\w+", line.casefold()):
                found.append(name)
        return found[:3]

    def format_help(self, ctx, formatter) -> None:
        self.listing = True
        try:
            return super().format_help(ctx, formatter)
        finally:
            self.listing = False


app = typer.Typer(
    cls=_LazyGroup,
    help="Guwah: document testimonies of the Xinjiang internment camps.",
    no_args_is_help=True,
    add_completion=False,
)


def _store(operation: str):
    return open_archive(operation)


@app.command()
@fails_cleanly
def init() -> None:
    """Create the data directory and bring the database schema up to date."""
    store = open_archive("manage_keys", create=True)
    err.print(f"Data directory ready: {store.settings.data_dir}")
    err.print(f"Database: {store.engine.url.render_as_string(hide_password=True)}")


@app.command()
@fails_cleanly
def ingest(
    paths: list[Path] = typer.Argument(..., help="Files and folders to ingest; `-` alone: a testimony's text read "
                                             "from standard input (pasted), which needs --consent."),
    consent: str | None = typer.Option(None, help="public | pseudonymous | confidential (default confidential)."),
    title: str | None = typer.Option(None, help="Title of the source."),
    publisher: str | None = typer.Option(None, help="Who published it."),
    url: str | None = typer.Option(None, help="Where it was published."),
    author: str | None = typer.Option(None, help="Author or interviewer of the source."),
    language: str | None = typer.Option(None, help="Language code of the text (detected if not given)."),
    licence: str | None = typer.Option(None, help="Licence or permission to use it."),
    published: str | None = typer.Option(None, help="Publication date, YYYY-MM-DD."),
    retrieved: str | None = typer.Option(None, help="Retrieval date, YYYY-MM-DD."),
    consent_note: str | None = typer.Option(None, help="What the witness agreed to, in words."),
    embargo_until: str | None = typer.Option(None, help="Keep unpublished until this date."),
    translation_of: str | None = typer.Option(
        None, help="The stored original this translates: its document number or SHA-256 (≥ 8 hex digits); "
                   "the translation takes the original's stricter consent."),
    witness: str | None = typer.Option(None, help="The witness's name (stored as a person, never published "
                                                  "without consent)."),
    witness_contact: str | None = typer.Option(None, help="How to reach the witness: stored encrypted, never "
                                                          "published."),
    witness_consent: str | None = typer.Option(None, help="The witness's own consent: public (named), pseudonymous "
                                                          "(shown as a pseudonym) or confidential (withheld; the "
                                                          "default)."),
    submitter: str | None = typer.Option(None, help="Who brought the testimony in: stored encrypted, never "
                                                    "published."),
    submitter_contact: str | None = typer.Option(None, help="How to reach the submitter: stored encrypted, "
                                                            "never published."),
    as_json: bool = typer.Option(False, "--json", help="Print the outcomes as JSON."),
) -> None:
    """Ingest testimonies: .txt, .md, .html, .pdf, .docx (metadata from NAME.meta.yaml or flags), or the text
    of one from standard input (`-`: stored as the web's paste form stores it)."""
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn

    from guwah.ingest import FAILED, interrupted, iter_files

    overrides = {k: v for k, v in dict(
        consent=consent, title=title, publisher=publisher, url=url, author=author,
        language=language, licence=licence, published=published, retrieved=retrieved,
        consent_note=consent_note, embargo_until=embargo_until, translation_of=translation_of,
        witness=witness, witness_contact=witness_contact, witness_consent=witness_consent, submitter=submitter,
        submitter_contact=submitter_contact,
    ).items() if v is not None}  # by sidecar key (`witness_contact`, `witness_consent` folded into `witness`:
    # ingest.metadata.folded)
    store = _store("edit_records")
    pasted = [str(path) for path in paths] == ["-"]
    files = [Path("-")] if pasted else list(iter_files(paths))
    outcomes = []
    # A witness or a copy a new testimony records can make an approved release fail the release
    # check (a name it showed is now also a withheld person's): it comes down at ingest, and is said.
    with saying_releases_taken_down(store, "the testimonies ingested make them fail the release check "
                                    "(`guwah release check` says why)"):
        with progress_bar(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                          disable=len(files) < 2) as progress:
            task = progress.add_task("Ingesting", total=len(files))
            try:
                if pasted:
                    outcomes.append(_ingest_stdin(store, overrides))
                else:
                    _ingest_each(store, files, overrides, outcomes, progress, task)
            except KeyboardInterrupt:
                stopped = interrupted(outcomes, files)
            else:
                stopped = None
        if stopped is not None:
            if outcomes and not as_json:
                _print_ingest_summary(outcomes)
            raise stopped
        if as_json:
            print_json([{"path": str(o.path), "status": o.status, "document_id": o.document_id,
                         "sha256": o.sha256, "reason": o.reason,
                         "pages_needing_ocr": list(o.pages_needing_ocr), "skipped": list(o.skipped)}
                        for o in outcomes])
        else:
            _print_ingest_summary(outcomes)
    if any(o.status == FAILED for o in outcomes):
        raise typer.Exit(1)


def _ingest_stdin(store, overrides: dict):
    """The text on standard input ingested as the web's paste form ingests it (`guwah.ingest.ingest_pasted`),
    the flags its fields; read no further than one byte past GUWAH_MAX_FILE_BYTES (more is refused)."""
    import sys

    from guwah.ingest import FAILED, ingest_pasted

    data = sys.stdin.buffer.read(store.settings.max_file_bytes + 1)
    try:  # past the limit (cut perhaps inside a character) it is refused for its size
        text = data.decode("utf-8", "replace" if len(data) > store.settings.max_file_bytes else "strict")
    except UnicodeDecodeError:
        text = None
    if text is None:
        from guwah.ingest import IngestOutcome

        outcome = IngestOutcome(Path("-"), FAILED, reason="standard input is not UTF-8 text: nothing was stored")
    else:
        outcome = ingest_pasted(store, text, overrides, actor=store.settings.actor)
    if outcome.status == FAILED:
        err.print(f"[red]failed:[/red] -: {escape(outcome.reason)}", highlight=False, soft_wrap=True)
    return outcome


def _ingest_each(store, files, overrides, outcomes, progress, task) -> None:
    """Ingest `files` one by one into `outcomes`, saying each failure and skipped part as it comes."""
    from guwah.ingest import FAILED, ingest_file

    for path in files:
        outcome = ingest_file(store, path, overrides)
        outcomes.append(outcome)
        if outcome.status == FAILED:
            err.print(f"[red]failed:[/red] {escape(str(path))}: {escape(outcome.reason)}",
                      highlight=False, soft_wrap=True)
        elif outcome.skipped:
            err.print(f"[yellow]note:[/yellow] {escape(str(path))}: not read: {escape(', '.join(outcome.skipped))}"
                      " (not part of the stored text: a name there is not proposed for review)",
                      highlight=False, soft_wrap=True)
        progress.advance(task)


def _print_ingest_summary(outcomes) -> None:
    from rich.table import Table

    table = Table(title="Ingest summary")
    for column in ("file", "status", "document", "note"):
        # a path or a reason folded over lines on a narrow terminal, never cut ("…" hid the file's name)
        table.add_column(column, overflow="fold" if column in ("file", "note") else "ellipsis")
    for o in outcomes:
        note = o.reason or ""
        if o.pages_needing_ocr:
            note = f"pages needing OCR: {', '.join(map(str, o.pages_needing_ocr))}"
        if o.skipped:
            note = "; ".join(filter(None, [note, "not read: " + ", ".join(o.skipped)]))
        style = {"ingested": "green", "duplicate": "yellow", "failed": "red"}[o.status]
        table.add_row(escape(str(o.path)), f"[{style}]{o.status}[/{style}]",
                      str(o.document_id or ""), escape(note))
    out.print(table)
    counts = {s: sum(1 for o in outcomes if o.status == s) for s in ("ingested", "duplicate", "failed")}
    out.print(f"ingested {counts['ingested']} · duplicate {counts['duplicate']} · failed {counts['failed']}")


def _document_summary(document) -> dict:
    testimony = document.testimony
    source = document.source
    return {
        "id": document.id, "sha256": document.sha256, "original_name": document.original_name,
        "media_type": document.media_type, "size": document.size, "language": document.language,
        "text_chars": len(document.text), "text_sha256": document.text_sha256,
        "pages_needing_ocr": document.pages_needing_ocr,
        "ingested_at": document.ingested_at.isoformat(),
        "title": source.title if source else None,
        "consent": testimony.consent if testimony else None,
    }


def _with_applied_consent(session, summary: dict, follows: dict[int, list[int]] | None = None) -> dict:
    """`summary` with "consent_applied" (the level a release follows: `publish.applied_consent`,
    None without a testimony record), "consent_through" (the document whose stricter consent applies,
    else None) and "consent_label" ("public (confidential through document 3)"). `follows`: for a
    list, `corroboration.texts_each_follows`, made once."""
    from guwah.publish import applied_consent

    applied = applied_consent(session, summary["id"], follows) if summary["consent"] is not None else None
    summary["consent_applied"] = applied.consent if applied else None
    summary["consent_through"] = applied.source if applied else None
    summary["consent_label"] = applied.label() if applied else None
    return summary


@app.command()
@fails_cleanly
def documents(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """List stored documents."""
    from rich.table import Table

    from guwah.publish import released_document_ids
    from guwah.registry.corroboration import texts_each_follows
    from guwah.storage.queries import list_documents

    store = _store("read")
    with store.session() as session:
        documents = list_documents(session)
        # The copies check reads every text once for the whole list, not once per document.
        follows = texts_each_follows(session)
        rows = [_with_applied_consent(session, _document_summary(d), follows) for d in documents]
        released = released_document_ids(session)
        non_public = sum(d.id not in released for d in documents)
        if non_public:  # the titles of non-public testimonies are themselves confidential
            store.audit(session, store.settings.actor, "read", "document_list", None, count=len(rows),
                        non_public=non_public)
    if as_json:
        print_json(rows)
        return
    table = Table(title=counted(len(rows), "document"))
    for column in ("id", "sha256", "type", "language", "chars", "consent", "title"):
        table.add_column(column, overflow="fold" if column == "title" else "ellipsis")
    for r in rows:
        table.add_row(str(r["id"]), r["sha256"][:12], r["media_type"], escape(r["language"] or ""),
                      str(r["text_chars"]), r["consent_label"] or "", escape(r["title"] or r["original_name"]))
    out.print(table)


@app.command(context_settings=ID_ARGUMENTS)
@fails_cleanly
def show(
    doc: str = typer.Argument(..., help="Document id or SHA-256 prefix (8+ hex digits)."),
    text: bool = typer.Option(True, "--text/--no-text", help="Print the extracted text."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Show one document: metadata, source, consent, custody log and text. A witness's and a
    submitter's contacts only to the roles the role matrix lets read contacts (its row
    "read_contacts", as on the web); anyone else is told they are withheld."""
    from guwah.accounts import may_read_contacts
    from guwah.accounts.permissions import role_for
    from guwah.publish import must_audit_read
    from guwah.storage.queries import get_document, provenance

    store = _store("read")
    with store.session() as session:
        document = get_document(store, session, doc)
        summary = _with_applied_consent(session, _document_summary(document))
        testimony = document.testimony
        origin = provenance(document)  # the evidence file's too (guwah.export.evidence)
        summary["source"] = origin["source"]
        summary["testimony"] = None if testimony is None else {
            "consent": testimony.consent, "consent_note": testimony.consent_note,
            "embargo_until": testimony.embargo_until, **origin["interview"],
            "witness_id": testimony.witness_id, "submitter": testimony.submitter,
        }
        contacts = {} if testimony is None else {
            "witness_contact": testimony.witness.contact if testimony.witness else None,
            "submitter_contact": testimony.submitter_contact}
        withheld = any(contacts.values()) and not may_read_contacts(session, store.settings.actor)
        if any(contacts.values()):  # each decision on the most dangerous field is kept, shown or not
            store.audit(session, store.settings.actor, "read", "testimony_contact", document.id,
                        shown=not withheld)
        if testimony is not None:
            summary["testimony"].update({key: None for key in contacts} if withheld else contacts)
            summary["testimony"]["contacts_withheld"] = withheld
        summary["custody"] = [{"at": e.at.isoformat(), "action": e.action, "actor": e.actor, "detail": e.detail}
                              for e in document.custody]
        if must_audit_read(session, document.id):
            store.audit(session, store.settings.actor, "read", "document", document.id,
                        consent=testimony.consent if testimony else None)
        body = document.text
    if as_json:
        print_json({**summary, "text": body if text else None})
        return
    for key in ("id", "sha256", "original_name", "media_type", "size", "language", "text_chars",
                "pages_needing_ocr", "ingested_at"):
        out.print(f"[bold]{key}[/bold]: {summary[key]}", highlight=False)
    if summary["consent_label"]:
        # the label holds no markup of ours: escaped, not markup=False, which printed "[bold]" as text
        out.print(f"[bold]consent[/bold]: {escape(summary['consent_label'])}", highlight=False)
    for section in ("source", "testimony"):
        if summary[section]:
            out.print(f"[bold]{section}[/bold]:")
            for key, value in summary[section].items():
                if key == "contacts_withheld":
                    if value:
                        out.print("  contacts: withheld (your role may not read contacts: "
                                  f"{role_for('read_contacts')} or admin may)", highlight=False, markup=False)
                elif value is not None:
                    out.print(f"  {key}: {value}", highlight=False, markup=False)
    out.print("[bold]custody[/bold]:")
    for event in summary["custody"]:
        out.print(f"  {event['at']}  {event['action']:<15} {event['actor']}", highlight=False, markup=False)
    if text:
        out.rule("text")
        out.print(body, highlight=False, markup=False)


@app.command(context_settings=ID_ARGUMENTS)
@fails_cleanly
def reread(doc: str = typer.Argument(..., help="Document id or SHA-256 prefix.")) -> None:
    """Read a stored original's text again with the current readers (logged in its custody)."""
    from guwah.ingest import reread_document
    from guwah.storage.queries import get_document

    store = _store("edit_records")
    with store.session() as session:
        document_id = get_document(store, session, doc).id
    changed = reread_document(store, document_id)
    err.print(f"document {document_id}: " + ("text re-read and updated" if changed else "text unchanged"))


@app.command("attach-sidecar", context_settings=ID_ARGUMENTS)
@fails_cleanly
def attach_sidecar(
    doc: str = typer.Argument(..., help="Document id or SHA-256 prefix."),
    sidecar: Path = typer.Argument(..., help="The sidecar (NAME.meta.yaml) ingest missed."),
) -> None:
    """Record the sidecar of a document ingested without one (its name did not match the file's):
    what ingest would have recorded, audited; refused once the document has a recorded consent."""
    from guwah.ingest import attach_sidecar as attach
    from guwah.storage.queries import get_document

    store = _store("change_consent")
    with store.session() as session:
        document_id = get_document(store, session, doc).id
    # A witness it records may share a name that an approved release shows (as at ingest).
    with saying_releases_taken_down(store, "the sidecar recorded makes them fail the release check "
                                    "(`guwah release check` says why)"):
        fields = attach(store, document_id, sidecar)
        err.print(f"document {document_id}: sidecar recorded ({', '.join(fields)})", highlight=False)


@app.command()
@fails_cleanly
def verify() -> None:
    """Re-hash every stored original and text; exit 1 if any differs from its recorded hash."""
    from guwah.storage.verify import verify_archive

    checked, problems, erased = verify_archive(_store("read"))
    for problem in problems:
        err.print(f"[red]document {problem.document_id}:[/red] {escape(problem.what)}",
                  highlight=False, soft_wrap=True)
    if erased:
        err.print(f"erased at a witness's request: documents {', '.join(map(str, erased))}", highlight=False)
    out.print(f"checked {counted(checked, 'document')}, {counted(len(problems), 'problem')}")
    if problems:
        raise typer.Exit(1)


export_app = typer.Typer(help="Export the archive.", no_args_is_help=True)


def _stdout_is_terminal() -> bool:
    return sys.stdout.isatty()
app.add_typer(export_app, name="export")


def _write_confidential(output: Path | None, what: str, make, operation: str = "read") -> tuple[dict, str]:
    """Write `make(store)`'s JSON to `output` (mode 0600, outside the data directory) or to a pipe,
    never to a terminal, where it would sit in the scrollback and in screen recordings; `what` names
    it in that refusal; `operation` is the role matrix's row the actor needs. Returns the data and
    its JSON text."""
    from guwah.errors import InputError
    from guwah.export import check_output_outside, export_interrupted, write_private

    if output is None and _stdout_is_terminal():
        raise InputError(f"{what} holds confidential material: write it with --output FILE "
                         "or pipe it (e.g. into an encrypting tool), not to the terminal")
    store = _store(operation)
    if output is not None:
        check_output_outside(output, store.settings.data_dir)
    with export_interrupted(output):
        data = make(store)
        payload = json.dumps(data, ensure_ascii=False, indent=1)
        if output is None:
            sys.stdout.write(payload + "\n")
        else:
            write_private(output, payload + "\n")
    return data, payload


@export_app.command("json")
@fails_cleanly
def export_json(
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
) -> None:
    """Everything in the database as one JSON document (contains confidential material).

    Written to --output (mode 0600) or to a pipe; never to a terminal, where it would sit in the
    scrollback and in screen recordings."""
    from guwah.export.backup import export_everything

    _, payload = _write_confidential(output, "the full export",
                                     lambda store: export_everything(store, store.settings.actor), "backup")
    if output is not None:
        err.print(f"Wrote {output} ({counted(len(payload), 'character')}). It holds confidential material: keep it safe.")


@export_app.command("evidence")
@fails_cleanly
def export_evidence_json(
    number: str = typer.Argument(..., help="A person entry: 7 or E-7 (a merged number leads to the survivor)."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
) -> None:
    """One entry's evidence file: each accepted fact with its passage, basis and history (the
    extractor's original, each edit, reassignment and reopening), how its mentions were joined (the
    linker's merges with their probability, reviewers' merges with their reason, judgements, splits
    and undos), and the documents cited with their provenance, the original's SHA-256, their text and
    its SHA-256, consent and custody (confidential material).

    Written to --output (mode 0600) or to a pipe, never to a terminal, as the full export."""
    from guwah.export.evidence import export_evidence
    from guwah.registry import person_number

    number = person_number(number)
    data, _ = _write_confidential(output, "an evidence file",
                                  lambda store: export_evidence(store, number, store.settings.actor))
    if output is not None:
        joined = ", with how they were joined" if data["joined"] else ""
        err.print(f"Wrote {output}: entry E-{data['entry']} ({counted(len(data['mentions']), 'mention')}{joined}), "
                  f"{counted(len(data['facts']), 'accepted fact')} from "
                  f"{counted(len(data['documents']), 'document')}; audit head {data['audit_head']}. It holds confidential "
                  "material: keep it safe.", highlight=False)


@export_app.command("public")
@fails_cleanly
def export_public_json(
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
) -> None:
    """Open data: what the public site shows (redacted), as one JSON document."""
    from guwah.export import check_output_outside, export_interrupted, write_private
    from guwah.export.public import export_public

    store = _store("read")
    if output is not None:
        check_output_outside(output, store.settings.data_dir)
    with export_interrupted(output):
        payload = json.dumps(export_public(store), ensure_ascii=False, indent=1)
        if output is None:
            sys.stdout.write(payload + "\n")
        else:
            # Open data, so it ends world-readable — but only once it is whole.
            write_private(output, payload + "\n", mode=0o644)
    if output is not None:
        err.print(f"Wrote {output}.")


@app.command()
@fails_cleanly
def demo(
    facilities: Path | None = typer.Option(
        None, "--facilities", help="Also import this facility dataset (the BuzzFeed News file, "
        "210720_all_locations_BFN.csv; not shipped with Guwah), as `guwah facilities import` does."),
) -> None:
    """Ingest the bundled demo testimonies (synthetic examples with invented people) and release them."""
    from guwah.accounts import list_users
    from guwah.demo import DEMO_REVIEWER, run_demo
    from guwah.ingest import FAILED

    store = _store("edit_records")
    outcomes, done = run_demo(store, facilities)
    with store.session() as session:
        first = not list_users(session)
    _print_ingest_summary(outcomes)
    if facilities is not None:
        err.print(f"Imported {counted(done.facilities, 'new facility', 'new facilities')} from {facilities}.", highlight=False)
    # The way in that `guwah users add` takes: an archive's first account must be an admin.
    account = ("create its first account, an admin: guwah users add NAME --role admin, then export "
               "GUWAH_ACTOR=NAME" if first else "an admin adds an account: guwah users add NAME --role viewer "
               "(or editor)")
    err.print(f"Approved {done.testimonies} testimony and {done.entries} person entry releases as "
              f"{DEMO_REVIEWER!r} (only the demo does this; real "
              "testimonies and entries are released by a reviewer: guwah release propose / approve). For the "
              f"workspace, {account}", highlight=False, soft_wrap=True)
    if any(o.status == FAILED for o in outcomes):
        raise typer.Exit(1)


def _public_hosts_note(host: str, public_hosts: tuple[str, ...]) -> str | None:
    """A line for `serve` when it listens beyond this machine on an address whose readers' Host header
    GUWAH_PUBLIC_HOSTS does not list (their requests would get 400: `guwah.web`'s trusted hosts); None
    when it listens on the loopback only or the address is listed."""
    name = f"[{host}]" if ":" in host else host
    if name in public_hosts or host in ("127.0.0.1", "::1", "localhost"):
        return None
    return (f"It answers only to the host names in GUWAH_PUBLIC_HOSTS ({', '.join(public_hosts)}): add the name "
            "or address readers will use (e.g. GUWAH_PUBLIC_HOSTS=guwah.example.org), or they get 400")


def _check_port_free(host: str, port: int) -> None:
    """Refuse at once, in one line, a port another program holds (before saying "Serving")."""
    import socket

    from guwah.errors import InputError

    try:
        with socket.create_server((host, port)):
            pass
    except OSError as error:
        raise InputError(f"cannot listen on {host}:{port} ({error.strerror or error}): is another server "
                         "running there? Choose another with --port") from error


@app.command("search-forms")
@fails_cleanly
def search_forms() -> None:
    """Make the public search's name forms file and cards file again (`guwah serve` makes them
    when missing or out of date)."""
    from guwah.search.cards import ensure_cards_file
    from guwah.search.forms import ensure_forms_file

    store = _store("read")
    try:
        path = ensure_forms_file(store, force=True)
        cards = ensure_cards_file(store, force=True)
    finally:
        store.close()
    try:
        size = path.stat().st_size if path is not None else None
    except FileNotFoundError:  # removed since: a withdrawal committed meanwhile
        size = None
    if size is None:
        err.print("No forms file: names left the public index while it was made; run it again")
        raise typer.Exit(1)
    out.print(f"Wrote {path} ({size / 1e6:.1f} MB)")
    if cards is None:  # the search reads the cards from the database meanwhile
        err.print("No cards file: entries left the public index while it was made; run it again")
        raise typer.Exit(1)
    out.print(f"Wrote {cards}")


@app.command()
@fails_cleanly
def serve(
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on."),
    workers: int | None = typer.Option(None, min=1, max=64, help="Server processes (default: GUWAH_WEB_WORKERS, "
                                       "else one per CPU core, at most 4)."),
) -> None:
    """Serve the web app."""
    import uvicorn

    from guwah.search.cards import ensure_cards_file
    from guwah.search.forms import ensure_forms_file
    from guwah.web.server import default_workers, run_workers, server_config

    _check_port_free(host, port)
    store = open_archive(None)  # members act as themselves, never as GUWAH_ACTOR
    # The search's name forms and entry cards, once, before any process serves.
    for built in (ensure_forms_file(store), ensure_cards_file(store)):
        if built is not None:
            err.print(f"Made the search file {built.name}")
    workers = workers or store.settings.web_workers or default_workers()
    err.print(f"Serving {store.settings.data_dir} on http://{host}:{port}/ with {workers} "
              f"process{'es' if workers > 1 else ''} (Ctrl+C stops)")
    if note := _public_hosts_note(host, store.settings.public_hosts):
        err.print(note, highlight=False, soft_wrap=True)
    if workers > 1:
        store.close()  # each worker opens the archive itself
        run_workers(store, host, port, workers)
        return
    server = uvicorn.Server(server_config(store, host, port))
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    if not server.started:
        raise typer.Exit(1)  # uvicorn has said why (the port taken, say)


@app.command()
@fails_cleanly
def reindex() -> None:
    """Build both search indexes again: the workspace's blind index of every document and the public
    index of approved releases (after an upgrade that changes how words are indexed; audited)."""
    from guwah.search import reindex_everything

    store = _store("rebuild_indexes")
    documents, releases = reindex_everything(store, store.settings.actor)
    err.print(f"Indexed {counted(documents, 'document')} for the workspace search and "
              f"{counted(releases, 'approved release')} for the "
              "public search")


@app.command()
@fails_cleanly
def search(
    query: str = typer.Argument(..., help="Words to find (every word must occur, in any script)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Find documents containing every word of QUERY, confidential ones included (audited)."""
    from guwah.search import search_documents
    from guwah.storage.tables import Document

    store = _store("read")
    with store.session() as session:
        ids = search_documents(session, store.ring, query)
        store.audit(session, store.settings.actor, "search", None, None, words=len(query.split()), results=len(ids))
        rows = [_document_summary(session.get(Document, i)) for i in ids]
    if as_json:
        print_json(rows)
        return
    for r in rows:
        out.print(f"{r['id']:>5}  {r['consent'] or '':<13} {escape(r['title'] or r['original_name'])}", highlight=False)
    err.print(counted(len(rows), "document"))
