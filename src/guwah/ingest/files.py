"""Read a file from the user's disk once, bounded, even if it changes while being read."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from guwah.errors import InputError


def read_regular_file(path: Path, max_bytes: int, *, limit_name: str = "byte limit") -> bytes:
    """The bytes of the regular file at `path`, at most `max_bytes` of them.

    The checks are made on the opened file, not on the name, and the read stops one byte past
    the limit: a file swapped for a FIFO or device, or one still growing (a download in
    progress), cannot hang the run or slip past the limit.

    Raises:
        InputError: missing, not a regular file, over the limit, or unreadable.
    """
    try:
        # O_NONBLOCK: opening a FIFO that replaced the file must not wait for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("not a regular file") from None
    except OSError as error:
        raise InputError(f"cannot read the file ({error.strerror})") from error
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise InputError("not a regular file")
        if info.st_size > max_bytes:
            raise InputError(f"file is {info.st_size:,} bytes, over the {max_bytes:,} {limit_name}")
        try:
            data = file.read(max_bytes + 1)
        except OSError as error:
            raise InputError(f"cannot read the file ({error.strerror})") from error
    if len(data) > max_bytes:
        raise InputError(f"file grew past the {max_bytes:,} {limit_name} while being read")
    return data
