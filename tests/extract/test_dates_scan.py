"""Date patterns scanned from their first words (guwah.extract.alternation) match as `finditer` does."""

import pytest

from guwah.extract import dates
from guwah.extract.alternation import Text
from tests.shared import REPO

INVENTED = (
    "On MARCH 23rd, 2017 they came; in december last year he was taken. İn May, the following March, "
    "two weeks later, la semaine suivante, «через два дня», le 3 avril 2017, в марте 2017 года, "
    "last Friday, yesterday, four years ago, last spring, October 15 last year, March this year.\n"
    "She may come. Mayday! In Maytime; 1 may 2019; May 5th; mid-may; the month before the trial.\n"
    "12 days later, about 3 years ago, more than 2 months ago, a month before, two weeks after the "
    "raid, x3 days later, 4x days later, ٣ weeks later, spent 15 days there; 5 March; 10th of June; "
    "A YEAR LATER, Three Days Ago, over 20 years ago today, 3e jour, 2 ans plus tard.")


def _texts() -> list[str]:
    return [INVENTED, *(path.read_text(encoding="utf-8") for path in sorted((REPO / "bench/data/extract-dev").glob("*.txt")))]


@pytest.mark.parametrize("text", _texts())
def test_dates_scanners_find_what_finditer_finds(text):
    scanned = [(kind, scanner) for kind, _pattern, scanner in dates._scanners() if scanner]
    assert len(scanned) >= 10  # most date patterns start with words they name
    # those that start with a number ("\\d{1,3}" or a number word) too
    assert {"ago", "later", "before", "dm"} <= {kind for kind, _scanner in scanned}
    prepared = Text(text)
    for kind, pattern, scanner in dates._scanners():
        if scanner is None:
            continue
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in scanner.finditer(prepared)] == expected, kind


def test_dates_scanners_do_find_dates():
    prepared = Text(INVENTED)
    found: dict[str, list[str]] = {}
    for kind, _p, scanner in dates._scanners():
        if scanner:
            found.setdefault(kind, []).extend(m.group() for m in scanner.finditer(prepared))
    assert "MARCH 23rd, 2017" in found["mdy"] and "december last year" in found["m_rel"]
    assert "about 3 years ago" in found["ago"] and "Three Days Ago" in found["ago"]
    assert "12 days later" in found["later"] and "٣ weeks later" in found["later"]
    assert "x3 days later" not in found["later"] and "3 days later" not in found["later"]
