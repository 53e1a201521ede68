"""Doc.window_start: where a window of sentences before one starts, within its paragraph."""

from __future__ import annotations

import pytest

from guwah.extract.document import Doc, Sentence


def _doc() -> Doc:
    # five sentences of 10 characters: two in paragraph 0, three in paragraph 1
    return Doc("x" * 50, sentences=[Sentence(10 * i, 10 * i + 9, 0 if i < 2 else 1) for i in range(5)])


@pytest.mark.parametrize(("index", "before", "start"), [
    (4, 1, 30),     # one sentence before, same paragraph
    (4, 2, 20),     # two before: the paragraph's first
    (4, 3, 20),     # more than the paragraph holds: stops at its start, not in paragraph 0
    (4, None, 20),  # the whole paragraph
    (1, None, 0),
    (2, 3, 20),     # the first sentence of a paragraph opens its own window
    (3, 0, 30),     # none before: the sentence itself
])
def test_window_start_stays_in_the_paragraph(index, before, start) -> None:
    assert _doc().window_start(index, before) == start
