"""Date patterns scanned from their first words (guwah.extract.alternation) match as `finditer` does."""

import pytest

from guwah.extract import dates
from guwah.extract.alternation import Text
from tests.shared import REPO

INVENTED = (
    "On MARCH 23rd, 2017 they came; in december last year he was taken. İn May, the following March, "
    "two weeks later, la semaine suivante, «через два дня», le 3 avril 2017, в марте 2017 года, "
    "last Friday, yesterday, four years ago, last spring, October 15 last year, March this year.\n"
    "She may come. Mayday! In Maytime; 1 may 2019; May 5th; mid-may; the month before the trial.")


def _texts() -> list[str]:
    return [INVENTED, *(path.read_text(encoding="utf-8") for path in sorted((REPO / "bench/data/extract-dev").glob("*.txt")))]


@pytest.mark.parametrize("text", _texts())
def test_dates_scanners_find_what_finditer_finds(text):
    scanned = [(kind, scanner) for kind, _pattern, scanner in dates._scanners() if scanner]
    assert len(scanned) >= 10  # most date patterns start with words they name
    prepared = Text(text)
    for kind, pattern, scanner in dates._scanners():
        if scanner is None:
            continue
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in scanner.finditer(prepared)] == expected, kind


def test_dates_scanners_do_find_dates():
    prepared = Text(INVENTED)
    found = {kind: [m.group() for m in scanner.finditer(prepared)] for kind, _p, scanner in dates._scanners() if scanner}
    assert "MARCH 23rd, 2017" in found["mdy"] and "december last year" in found["m_rel"]
