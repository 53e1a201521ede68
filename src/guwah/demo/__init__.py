"""Demo testimonies bundled with Guwah.

Every one is a SYNTHETIC EXAMPLE written for the demo: the people in them are invented (the
place names are real). They exist to show each consent level and each input format.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path


@contextmanager
def demo_folder() -> Iterator[Path]:
    """The folder of demo testimonies and their sidecars, as a real path."""
    with resources.as_file(resources.files(__package__).joinpath("testimonies")) as path:
        yield Path(path)
