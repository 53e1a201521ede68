"""A Babel extraction method for the violation vocabulary: `pybabel extract` (babel.cfg) collects the
English label of every code in violations.yaml, which stays the one source of those labels; pages
translate a label through the gettext catalogues (`guwah.web.i18n.label("violation", code, …)`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

import yaml


def extract_violation_labels(fileobj: IO[bytes], keywords: Any, comment_tags: Any,
                             options: dict) -> Iterator[tuple[int, None, str, list[str]]]:
    """Babel's extraction interface: (line number, no function, the label, a comment naming the code)
    for every code of a violations.yaml file, in file order.

    Raises:
        yaml.YAMLError: the file is not YAML; KeyError: it has no `codes` or a code has no label.
    """
    text = fileobj.read().decode("utf-8")
    lines = text.splitlines()
    for code, entry in yaml.safe_load(text)["codes"].items():
        line = next((number for number, found in enumerate(lines, start=1) if found.lstrip().startswith(f"{code}:")), 0)
        yield line, None, entry["label"], [f"violation code {code}"]
