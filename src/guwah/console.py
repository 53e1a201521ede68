"""What every `guwah` command shares: where output goes, how errors end, how the archive opens.

Data goes to stdout (one JSON document with --json), messages and progress to stderr. A
GuwahError ends a command with its one-line message on stderr and exit status 1; a reader that
closes stdout early (`| head -1`) ends it quietly with status 1, as rich does for what it prints.
"""

from __future__ import annotations

import functools
import json
import logging
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

import typer

from guwah.errors import GuwahError, InputError, counted  # noqa: F401 — counted: the commands' import

log = logging.getLogger(__name__)

# Control characters as their Unicode pictures (ESC as ␛, BEL as ␇, DEL as ␡), C1 controls as �;
# line feeds and tabs are kept.
_CONTROL_PICTURES = {code: 0x2400 + code for code in range(0x20) if code not in (0x09, 0x0A)}
_CONTROL_PICTURES |= {0x7F: 0x2421} | {code: 0xFFFD for code in range(0x80, 0xA0)}


def printable(text: str) -> str:
    """`text` with every control character but line feed and tab shown as its picture (ESC as ␛),
    so that an escape sequence in a testimony, a title or a name is seen, never obeyed, by the
    terminal it is printed on (one could hide a name, rewrite a line or set the clipboard)."""
    return text.translate(_CONTROL_PICTURES)


def _console_class():
    """rich's Console, printing the text of every segment through `printable` (rich's own styles
    and cursor moves are added after, and its control segments are left alone): tables, rules,
    Text and markup alike, as rich strips only some control characters and never ESC."""
    from rich.console import Console
    from rich.segment import Segment

    class PrintableConsole(Console):
        def print(self, *objects, **options) -> None:
            """Console.print; to a pipe or a file, a table at its natural width, so that no value
            (a long path, a title) is cut or folded to fit rich's 80 columns; a rule or a line of text
            keeps the console's width."""
            from rich.measure import Measurement
            from rich.table import Table

            tables = [o for o in objects if isinstance(o, Table)]
            if self.is_terminal or not tables:
                return super().print(*objects, **options)
            unbounded = self.options.update_width(1_000_000)
            natural = max(Measurement.get(self, unbounded, table).maximum for table in tables)
            if natural <= self.width:
                return super().print(*objects, **options)
            kept = self._width
            self.width = natural
            try:
                return super().print(*objects, **options)
            finally:
                self._width = kept

        def _render_buffer(self, buffer):
            return super()._render_buffer(
                segment if segment.control else Segment(printable(segment.text), segment.style, segment.control)
                for segment in buffer)

    return PrintableConsole


class LazyConsole:
    """A rich Console made on first use: rich costs a command that prints plain lines (or
    JSON) a tenth of a second of start-up, so it is imported only when a console is used.
    Every control character of what it prints is shown, not obeyed (`printable`)."""

    def __init__(self, **options) -> None:
        self._options = options
        self._console = None

    @property
    def console(self):
        """The rich Console itself (made now if not yet), for rich objects that take one."""
        if self._console is None:
            self._console = _console_class()(**self._options)
        return self._console

    def __getattr__(self, name: str):
        return getattr(self.console, name)


def escape(text: str) -> str:
    """rich.markup.escape, imported on use."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


_TYPE_WORDS = {"str": "TEXT", "int": "INTEGER", "float": "FLOAT", "bool": "BOOLEAN", "Path": "PATH",
               "datetime": "DATETIME"}


def _type_word(annotation) -> str:
    """A parameter's Python type as click names a value of it in help: str as TEXT, list[Path] as PATH."""
    from typing import get_args, get_origin

    if get_origin(annotation) is list:
        return _type_word(get_args(annotation)[0])
    name = getattr(annotation, "__name__", str(annotation))
    return _TYPE_WORDS.get(name, name.upper())


def _readable_param(param) -> None:
    """Give `param` the metavar its help shows: an argument its upper-case name ("REF..." for a list,
    the name singular), an option its value's type word (TEXT, INTEGER), a flag none."""
    if param.param_type_name == "argument":
        name = param.metavar or param.name.upper()
        if param.nargs != 1 and param.metavar is None and name.endswith("S") and not name.endswith("SS"):
            name = name[:-1]  # refs: each value is one REF
        if param.nargs != 1 and not name.endswith("..."):
            name += "..."
        param.metavar = name if param.required or name.startswith("[") else f"[{name}]"
        # Typer 0.2x draws an argument in braces in the usage line ("{refs}...") and its Python type
        # beside it ("<list[str]>") whatever its metavar: the metavar alone, as click draws it.
        param.get_usage_pieces = lambda ctx, shown=param.metavar: [shown]
        if hasattr(param, "display_type_rich"):
            param.display_type_rich = lambda ctx: None
        return
    if getattr(param, "is_flag", False) or getattr(param, "count", False):
        param.metavar = ""  # a flag takes no value: not "--json <bool>"
    elif param.metavar is None and hasattr(param, "type_descriptor"):  # Typer 0.2x: "<str>", "<list[str]>"
        param.metavar = _type_word(param.type_descriptor.annotation)


def readable_help(command):
    """`command` and every sub-command it holds, with the metavars a reader expects in --help
    (`REF...`, `--reason TEXT`, nothing after a flag) where Typer 0.2x draws Python types
    (`{refs}...`, `<list[str]>`, `--json <bool>`), its line in a group's list one paragraph without
    the docstring's line breaks, and without the shell-completion options Typer
    gives each feature's app (`guwah review --install-completion` would complete `guwah review`
    alone; `guwah` itself offers none). Returns `command`; idempotent, run on each command as
    `guwah` loads it."""
    if getattr(command, "_guwah_readable", False):
        return command
    command._guwah_readable = True
    if command.help and not command.short_help:
        # A group's list of commands shows each one's first paragraph with the docstring's line breaks
        # kept (Typer's rich help): one line, wrapped by the terminal instead.
        import inspect

        command.short_help = " ".join(inspect.cleandoc(command.help).split("\n\n")[0].split())
    ctx = command.context_class(command)
    command.params = [p for p in command.params if p.name not in ("install_completion", "show_completion")]
    help_option = command.get_help_option(ctx)  # made once and kept (click 8.2, Typer 0.2x)
    for param in [*command.params, *([help_option] if help_option is not None else [])]:
        _readable_param(param)
    for sub in getattr(command, "commands", {}).values():
        readable_help(sub)
    return command


out = LazyConsole()  # data
err = LazyConsole(stderr=True)  # messages, progress


# For a command that takes an id: "-1" is read as the argument (and refused by `number_argument` or
# the command's own id parser in one line), not as an unknown option ("No such option: -1").
ID_ARGUMENTS = {"ignore_unknown_options": True}


def number_argument(typed: str, what: str) -> int:
    """A record number typed on the command line ("3", surrounding spaces allowed) as an int.

    what: how the message names it ("a release number"). Raises InputError (one line) for a
    negative number, zero, a non-number or one above MAX_ID."""
    from guwah.domain import MAX_ID

    text = typed.strip()
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= MAX_ID:
        raise InputError(f"{what} is a whole number from 1 to {MAX_ID}, not {printable(text)!r}", value=text)
    return int(text)


def conflict_message(stored_before: int = 0) -> str:
    """What a command says when the database refused its change because another process changed
    the same records at the same time (`guwah.storage.is_conflict`): its transaction was rolled back
    whole. `stored_before`: transactions the command had committed before (a command of many units)."""
    if stored_before:
        return ("another process changed this at the same time; the change in progress was not stored (what "
                "this command stored before it stays), run it again")
    return "another process changed this at the same time; nothing was stored, run it again"


def fails_cleanly(func: Callable) -> Callable:
    """Turn a GuwahError into one line on stderr and exit status 1, a database conflict with another
    process (`guwah.storage.is_conflict`) into one line saying nothing was stored (`conflict_message`)
    and exit status 1, Ctrl-C into 'interrupted' (with
    guwah.errors.Interrupted's summary) and exit status 130, and a closed stdout into a
    quiet exit with status 1 (rich's Console does the same for what it prints). A command that
    stores something prints it once committed, so what a reader saw before closing the pipe is
    stored."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        storage = sys.modules.get("guwah.storage")  # not imported only for it: most commands start light
        committed = storage.committed_writes() if storage else 0
        try:
            return func(*args, **kwargs)
        except GuwahError as error:
            err.print(f"[red]error:[/red] {escape(error.message)}", highlight=False, soft_wrap=True)
            raise typer.Exit(1) from None
        except BrokenPipeError:
            _silence_stdout()
            raise typer.Exit(1) from None
        except Exception as error:
            from guwah.storage import conflict_stored_before, is_conflict

            if not is_conflict(error):
                raise
            # Never the database's words: they quote the rows' values (names, texts).
            log.info("database conflict: %s", type(error).__name__)
            err.print(f"[red]error:[/red] {conflict_message(conflict_stored_before(error) - committed)}",
                      highlight=False, soft_wrap=True)
            raise typer.Exit(1) from None
        except KeyboardInterrupt as error:  # Ctrl-C: what was done, if the command knows, and 128 + SIGINT
            summary = getattr(error, "summary", None)
            err.print("interrupted" + (f": {escape(summary)}" if summary else ""), highlight=False, soft_wrap=True)
            raise typer.Exit(130) from None

    return wrapper


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that flushing it at exit raises no second BrokenPipeError
    (the recipe of the Python documentation, "Note on SIGPIPE")."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is no file (a test's capture): nothing to flush
        pass


def print_json(value) -> None:
    """Write one JSON document to stdout."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


def reasons_line(reasons: list[dict]) -> str:
    """A linker's comparison reasons ({"field", "level", "detail"} each) as one readable line:
    "name exact; birth_year within 1 (1975/1976)"."""
    return "; ".join(f"{r['field']} {r['level']}" + (f" ({r['detail']})" if r["detail"] else "") for r in reasons)


def open_archive(operation: str | None, create: bool = False):
    """The archive named by the environment, for a command doing `operation`; says so when it had
    to create a new master key.

    A folder that holds no archive is refused (InputError naming it) unless `create`: only
    `guwah init` (and `guwah keys init`) make a new archive, so that a mistyped GUWAH_DATA_DIR
    never starts an empty one unnoticed. `operation` names the command's row of
    `guwah.accounts.permissions.PERMISSIONS` (the table the web's routes check too): the actor
    must be an account allowed to act and whose role may do it (`guwah.accounts.check_cli_actor`:
    AccessDenied in one line for a disabled, locked-out or unknown account or too small a role),
    checked before anything is done. None only for `serve`, whose members act as themselves.
    """
    from guwah.storage import open_store

    store = open_store(create=create)
    if operation is not None:
        from guwah.accounts import check_cli_actor

        try:
            with store.session() as session:
                check_cli_actor(session, store.settings.actor, operation)
        except BaseException:
            store.close()
            raise
    if store.upgraded is not None:
        check_releases_after_upgrade(store)
    if store.created_key:
        err.print(f"Created a new master key at {store.settings.key_file} (mode 0600). Back it up "
                  "somewhere safe and away from the data: without it the archive cannot be read.",
                  highlight=False, soft_wrap=True)
    return store


def check_releases_after_upgrade(store) -> None:
    """After an upgrade, `guwah release check` on stderr: one line per approved release that
    today's rules would no longer let stand (read-only; the next change to the archive withdraws
    and redrafts them). Never fails the command that upgraded: a check that cannot run says so."""
    from guwah.releases import failing_releases

    before, after = store.upgraded
    try:
        with store.session() as session:
            checked, failing = failing_releases(session)
            session.rollback()  # read-only, as `guwah release check`
    except Exception as error:  # (its message may quote a record: only its kind is shown)
        err.print(f"Upgraded the archive from revision {before} to {after}; the release check could not run "
                  f"({type(error).__name__}): run `guwah release check`.", highlight=False, soft_wrap=True)
        return
    for f in failing:
        err.print(f"After the upgrade, {f.line()}", highlight=False, markup=False, soft_wrap=True)
    err.print(f"Upgraded the archive from revision {before} to {after}: {counted(checked, 'approved release')} checked, "
              f"{len(failing)} would no longer pass today's rules"
              + (" (the next change to the archive withdraws and redrafts them; `guwah release check` lists them "
                 "again)" if failing else "") + ".", highlight=False, soft_wrap=True)


@contextmanager
def saying_releases_taken_down(store, because: str) -> Iterator[None]:
    """Around a change that may make the release check take approved releases down (`extract
    --all`, `ingest`): afterwards, one stderr line naming those it took down, by subject ids only
    ("document 3", "entry E-2", never what they showed), with `because` as the reason, then each
    with what brings it back (`print_came_down`); nothing when none came down. Nothing is said when
    the change inside fails or is stopped."""
    from guwah.releases import approved_release_ids, taken_down_since

    with store.session() as session:
        released = approved_release_ids(session)
    yield
    with store.session() as session:
        changes = taken_down_since(session, released)
    if changes:
        listed = ", ".join(change.subject for change in sorted(changes, key=lambda c: (c.subject_type, c.number)))
        err.print(f"{counted(len(changes), 'release')} taken down, because {because}: {listed}.",
                  highlight=False, soft_wrap=True)
        print_came_down(changes)


def print_came_down(changes: Iterable, operation: int = 0) -> None:
    """On stderr, for each release a step took down (`guwah.releases.ReleaseChange`): its number,
    subject and public number, why, and the exact commands that bring it back: its redraft's number
    and the command that drafts it by hand (a redraft the release check made is approved only once
    a person drafted it again), or, when nothing of it may be shown now, what stops it (by ids, with
    its own commands) and the command that drafts it once that is settled. `operation`: the
    registry act that took them down, which `guwah persons undo` reverses (0: none)."""
    for change in changes:
        public = f" (public {change.subject_type} {change.public_number})" if change.public_number else ""
        err.print(f"withdrew release {change.release} of {change.subject}{public}: "
                  f"{change.reason}", highlight=False, markup=False, soft_wrap=True)
        if change.redraft is not None:
            err.print(f"  a redraft (release {change.redraft}) waits: check it with `guwah release show "
                      f"{change.redraft}`, draft it yourself (`{change.again}`) and have a second reviewer "
                      "approve that draft", highlight=False, markup=False, soft_wrap=True)
        else:
            why = (f": {change.refused}" if change.refused else
                   " (a confidential testimony, an entry merged away, no released source left, or a mention "
                   "without an approved naming basis: `guwah naming propose PERSON`)")
            first = ""
            if change.rests_on:
                documents = ", ".join(str(document) for document in change.rests_on)
                first = (f"; it rests on document {documents}, taken down here too: approve "
                         f"{'its redraft' if len(change.rests_on) == 1 else 'their redrafts'} first")
            err.print(f"  nothing of it may be shown now{why}{first}; once that is settled, `{change.again}` drafts "
                      "it again" + ("; `guwah persons undo` puts it back as it was" if operation else ""),
                      highlight=False, markup=False, soft_wrap=True)


@contextmanager
def archive_session(operation: str) -> Iterator[tuple]:
    """The archive, opened for `operation` (see `open_archive`), and one transaction on it
    (committed at the end of the block), then closed."""
    store = open_archive(operation)
    try:
        with store.session() as session:
            yield store, session
    finally:
        store.close()


# Seconds between the lines that say how far a long command is when stderr is no terminal (a
# scheduled job's log, a pipe), where no bar is drawn: so that the job shows it is alive.
PROGRESS_LINE_SECONDS = 60.0


class LineProgress:
    """The part of rich's Progress the commands use (`add_task`, `update`, `advance`), for a stderr
    that is no terminal: a plain line when a task starts, then at most one every
    PROGRESS_LINE_SECONDS while it moves, and one when it is done ("Extracting: 120/3,000")."""

    def __init__(self) -> None:
        self._tasks: dict[int, dict] = {}

    def __enter__(self) -> LineProgress:
        return self

    def __exit__(self, *exc) -> None:
        return None

    def add_task(self, description: str, total: float | None = None, **_) -> int:
        task = len(self._tasks)
        self._tasks[task] = {"description": description, "completed": 0, "total": total, "said": None}
        self._say(task)
        return task

    def update(self, task: int, completed: float | None = None, total: float | None = None, **_) -> None:
        state = self._tasks[task]
        if total is not None:
            state["total"] = total
        if completed is not None:
            state["completed"] = completed
        done = state["total"] is not None and state["completed"] >= state["total"]
        if done or time.monotonic() - state["said"] >= PROGRESS_LINE_SECONDS:
            self._say(task)

    def advance(self, task: int, advance: float = 1) -> None:
        self.update(task, completed=self._tasks[task]["completed"] + advance)

    def _say(self, task: int) -> None:
        state = self._tasks[task]
        done, total = state["completed"], state["total"]
        if state["said"] is not None and done == state.get("said_at"):
            return  # nothing moved since the last line
        if isinstance(total, float) and total == 1.0:
            shown = f"{done:.0%}"
        else:
            shown = f"{int(done):,}" + (f"/{int(total):,}" if total is not None else "")
        err.print(f"{state['description'].strip()}: {shown}", highlight=False, markup=False, soft_wrap=True)
        state["said"], state["said_at"] = time.monotonic(), done


def progress_bar(*columns, disable: bool = False):
    """A progress display on stderr: rich's bar with these columns (transient) on a terminal, else
    `LineProgress`'s lines. Use it as rich's Progress (`with …:`, add_task, update, advance)."""
    from rich.progress import Progress

    if disable or err.console.is_terminal:
        return Progress(*columns, console=err.console, transient=True, disable=disable)
    return LineProgress()


@contextmanager
def stage_progress() -> Iterator[Callable[[str, float], None]]:
    """A progress display on stderr with one line per stage (`progress_bar`); yields
    `progress(stage, fraction_done)`."""
    from rich.progress import BarColumn, TextColumn, TimeElapsedColumn

    with progress_bar(TextColumn("{task.description:<12}"), BarColumn(), TimeElapsedColumn()) as bar:
        tasks: dict[str, int] = {}

        def progress(stage: str, done: float) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=1.0)
            bar.update(tasks[stage], completed=done)

        yield progress


def write_json_line(value: dict) -> None:
    """Write one compact JSON document and a newline to stdout."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False) + "\n")


def bulk(lines: Iterable[str], fields: int, describe: Callable[..., dict]) -> Iterator[dict]:
    """Describe each non-blank input line, in order; a bad line yields {"line", "error"}.

    Args:
        lines: input lines, tab-separated when fields > 1.
        fields: values expected per line (2 for a pair, 1 for a name).
        describe: the single-query function, given the line's values.
    """
    for number, line in enumerate(lines, start=1):
        line = line.rstrip("\r\n")
        if not line.strip():
            continue
        values = line.split("\t") if fields > 1 else [line]
        if len(values) != fields:
            yield {"line": number, "error": f"expected {fields} tab-separated values"}
            continue
        try:
            yield describe(*values)
        except InputError as error:
            yield {"line": number, "error": error.message}


# The help's one line on it: the contract (docs/cli-json.md) writes one JSON object of the single
# query's shape a line, and a blank line has no answer of that shape, so it gets no line.
STDIN_BLANK_LINES = "Note: blank lines are skipped, so answers follow the input's order, not its line numbers."


def run_bulk(fields: int, describe: Callable[..., dict], as_json: bool,
             render: Callable[[dict], str]) -> None:
    """Answer one query a line from stdin, the one reading of every `--stdin` command (names
    keys and compare, places resolve): blank lines skipped, a bad line answered in its place by
    {"line", "error"}, and InputError (one line on stderr, exit 1 under `fails_cleanly`) after the
    last line if any line was bad."""
    bad = 0
    for result in bulk(sys.stdin, fields, describe):
        bad += "error" in result
        if as_json:
            write_json_line(result)
        elif "error" in result:
            sys.stdout.write(f"line {result['line']}: {result['error']}\n")
        else:
            sys.stdout.write(render(result) + "\n")
    if bad:
        raise InputError(f"{counted(bad, 'input line')} could not be read", value=bad)
