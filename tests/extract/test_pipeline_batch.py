"""Several texts analysed in one batch (extract_texts) give what each gives alone (extract_text)."""

import pytest

from guwah.errors import InputError
from guwah.extract import extract_text, extract_texts
from tests.shared import REPO

DEV = REPO / "bench" / "data" / "extract-dev"


def test_extract_texts_are_extract_text_one_by_one():
    texts = [path.read_text(encoding="utf-8") for path in sorted(DEV.glob("*.txt"))][:7]
    texts.append("Kanat Abenov\n\nMy brother was detained in March last year.")
    texts.append("ئابدۇرېھىم 2017-يىلى قەشقەردە تۇتۇلدى.")  # Uyghur: the regional rules, no analysis
    dates = [None] * (len(texts) - 2) + ["2019-04-18", None]
    assert {extract_text(t)["extractor"]["model"] is None for t in texts[:7]} == {False}
    batched = extract_texts(texts, document_dates=dates)
    assert batched == [extract_text(text, document_date=when) for text, when in zip(texts, dates, strict=True)]
    assert any(d["value"] == "2018-03" for d in batched[-2]["dates"])


def test_extract_texts_needs_one_date_per_text():
    with pytest.raises(InputError):
        extract_texts(["a", "b"], document_dates=["2019-01-01"])
