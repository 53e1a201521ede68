"""Private files and folders: what Guwah writes is readable by its owner only, from the start.

Folders are created 0700 and files 0600 with explicit modes rather than a process-wide umask
(a library should not change its host's umask, and threads share it). A file is written under
a temporary name created 0600 and renamed into place, so it is never readable by others, not
even while it is being written, and a crash never leaves half a file under the real name.
"""

from __future__ import annotations

import logging
import os
import stat
import tempfile
from pathlib import Path

from guwah.errors import InputError

log = logging.getLogger(__name__)

FOLDER_MODE = 0o700
FILE_MODE = 0o600
_OTHERS = stat.S_IRWXG | stat.S_IRWXO


def private_folder(path: Path) -> Path:
    """Create `path` (mode 0700) or, if it exists readable by others, tighten it to 0700.

    Tightening rather than refusing: an archive written by an older Guwah (under the usual
    umask 022) becomes private on its next open without anyone having to act; it is logged.
    """
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    if tighten(path, FOLDER_MODE):
        log.warning("%s was open to other users; made it %o", path, FOLDER_MODE)
    return path


def tighten(path: Path, mode: int) -> bool:
    """Give an existing `path` `mode` if group or others have any access; True if it changed."""
    try:
        current = path.stat().st_mode
    except FileNotFoundError:
        return False
    if not current & _OTHERS:
        return False
    try:
        os.chmod(path, mode)
    except OSError as error:
        raise InputError(f"{path} is open to other users and cannot be made private "
                         f"({error.strerror}): chmod {mode:o} it", value=str(path)) from error
    return True


def tighten_files(paths, mode: int = FILE_MODE) -> None:
    """`tighten` each existing path, logging the ones that were open to other users."""
    for path in paths:
        if tighten(Path(path), mode):
            log.warning("%s was open to other users; made it %o", path, mode)


def create_private_file(path: Path) -> None:
    """Create an empty file at `path`, mode 0600, unless something is already there."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, FILE_MODE)
    except FileExistsError:
        return
    os.close(descriptor)


def write_private_file(path: Path, data: bytes, *, mode: int = FILE_MODE) -> None:
    """Replace `path` with `data`: written to a 0600 temporary file, synced, then renamed.

    The file ends with `mode` (given only after the last byte is on disk). A symbolic link at
    `path` is refused rather than followed, as is anything that is not a plain file.
    """
    path = Path(path)
    try:
        existing = os.lstat(path)
    except FileNotFoundError:
        existing = None
    if existing is not None and stat.S_ISLNK(existing.st_mode):
        raise InputError(f"{path} is a symbolic link; refusing to write through it", value=str(path))
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        raise InputError(f"{path} is not a plain file", value=str(path))
    try:
        # mkstemp opens with O_CREAT|O_EXCL|O_NOFOLLOW and mode 0600.
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise InputError(f"cannot write {path}: {error.strerror}", value=str(path)) from error
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            if mode != FILE_MODE:
                os.fchmod(handle.fileno(), mode)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise InputError(f"cannot write {path}: {error.strerror}", value=str(path)) from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
