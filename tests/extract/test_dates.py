import pytest

from guwah.extract.dates import find_dates
from guwah.extract.document import Doc


def dates(text: str) -> list[tuple[str, str, str]]:
    doc = Doc(text)
    find_dates(doc)
    return [(text[d.start:d.end], d.value, d.precision) for d in doc.dates]


@pytest.mark.parametrize("text, value, precision", [
    ("It began on March 23, 2017.", "2017-03-23", "day"),
    ("It began on 28 November 2025.", "2025-11-28", "day"),
    ("It began in July 2009.", "2009-07", "month"),
    ("It began in 2006.", "2006", "year"),
    ("Cela a commencé le 3 avril 2017.", "2017-04-03", "day"),
    ("Это началось 5 марта 2018 года.", "2018-03-05", "day"),
])
def test_dates_absolute(text, value, precision):
    assert [(v, p) for _s, v, p in dates(text)] == [(value, precision)]


def test_dates_relative_resolved_against_the_latest_date():
    found = dates("On May 1, 2018 they came. The next day we left. Two days after, I hid. "
                  "Three months later it ended. On June 9 I wrote.")
    assert [(s, v) for s, v, _p in found] == [
        ("May 1, 2018", "2018-05-01"), ("The next day", "2018-05-02"), ("Two days after", "2018-05-04"),
        ("Three months later", "2018-08"), ("June 9", "2018-06-09")]


def test_dates_last_year_and_this_year():
    found = dates("Report of May 27, 2018. He was taken on October 15 last year. Early this year he called.")
    assert [v for _s, v, _p in found] == ["2018-05-27", "2017-10-15", "2018"]


def test_dates_an_aside_in_parentheses_is_no_anchor():
    found = dates("On March 3, 2017 I flew (the fair ran from June 1 to June 5, 2017). Two days after I left.")
    assert found[-1][1] == "2017-03-05"


def test_dates_numbers_that_are_not_years():
    assert dates("There were 2,000 people and 1990 kg of flour in cell 2019.") == []


@pytest.mark.parametrize("text, value", [
    ("She was held for a year and two months.", "P1Y2M"),
    ("I was held there for eight days.", "P8D"),
    ("He stayed for three months and ten days.", "P3M10D"),
    ("He has been detained for seven months.", "P7M"),
])
def test_dates_durations(text, value):
    doc = Doc(text)
    find_dates(doc)
    assert [d.value for d in doc.durations] == [value]
