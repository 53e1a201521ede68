"""The demo testimonies as a reader reads them: each opens with its synthetic-example notice as one
sentence-ended paragraph (h-try49 read testimony 2 open with "demo  The people…": a heading with no
full stop and the next line run on after it)."""

import re

import pytest

from guwah.demo import DEMO_HEADER, demo_folder
from guwah.ingest.readers import read_document


def _texts() -> dict[str, str]:
    with demo_folder() as folder:
        return {path.name: read_document(path.name, path.read_bytes(), max_unpacked_bytes=1 << 24).text
                for path in sorted(folder.iterdir()) if not path.name.endswith(".meta.yaml")}


@pytest.mark.parametrize("name", ["01-camp-testimony.txt", "02-relative-disappearance.md",
                                  "05-confidential-interview.txt"])
def test_an_english_demo_text_opens_with_the_registered_header_as_its_own_paragraph(name):
    assert _texts()[name].startswith(DEMO_HEADER + "\n\n")


def test_no_demo_text_runs_a_sentence_on_without_its_full_stop():
    for name, text in _texts().items():
        paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
        opening = paragraphs[0] if not name.endswith(".html") else text.splitlines()[1]
        assert opening.endswith((".", "。")), (name, opening[-40:])
        assert "  " not in opening, name
