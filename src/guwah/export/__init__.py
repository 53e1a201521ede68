"""Exports of the archive."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from guwah.errors import InputError, Interrupted
from guwah.protection.files import write_private_file


def check_output_outside(path: Path, data_dir: Path) -> None:
    """Refuse an export file inside the data directory (InputError, one line), before anything is
    exported: there it could replace the keyring or the database (the archive would never open
    again), and it would leave readable content in the folder that holds only sealed data."""
    target = Path(path).expanduser().resolve()
    folder = Path(data_dir).expanduser().resolve()
    if target.is_relative_to(folder):
        raise InputError(f"{path} is inside the data directory {folder}: write the export elsewhere",
                         value=str(path))


def write_private(path: Path, text: str, *, mode: int = 0o600) -> None:
    """Write `text` (UTF-8) to `path`, never readable by others while it is being written.

    The bytes go to a temporary file created 0600 in the same folder, are synced, and the file
    is renamed over `path`, ending with `mode` — so a file that was world-readable before ends
    0600, and a symbolic link at `path` is refused rather than followed.
    """
    write_private_file(Path(path), text.encode("utf-8"), mode=mode)


@contextmanager
def export_interrupted(output: Path | None) -> Iterator[None]:
    """Turn Ctrl-C while an export is built or written into `Interrupted` with a one-line summary.

    A file export is written whole or not at all (`write_private`: a temporary file, renamed into
    place last and removed on Ctrl-C), so `output` is as it was. What went to stdout may have
    stopped part-way, so its reader is told to discard it.
    """
    try:
        yield
    except KeyboardInterrupt:
        raise Interrupted(f"nothing exported: {output} was not written (it is as it was)" if output is not None
                          else "the export was stopped: discard what stdout received, if anything (incomplete)") from None
