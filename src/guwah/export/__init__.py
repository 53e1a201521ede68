"""Exports of the archive."""

from __future__ import annotations

from pathlib import Path

from guwah.errors import InputError
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
