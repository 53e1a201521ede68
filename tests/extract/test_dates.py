from datetime import date

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


def dated(text: str, document_date: date | None, language: str | None = None) -> list[tuple[str, str, str, str | None]]:
    doc = Doc(text, language=language, document_date=document_date)
    find_dates(doc)
    return [(text[d.start:d.end], d.value, d.precision, d.qualifier) for d in doc.dates]


def test_dates_last_year_counts_from_the_document_date_not_a_date_in_the_text():
    text = "Report of May 27, 2018. He was taken on October 15 last year. Early this year he called."
    found = dated(text, date(2019, 6, 2))
    assert [v for _s, v, _p, _q in found] == ["2018-05-27", "2018-10-15", "2019"]
    assert found[-1][3] == "early"


def test_dates_said_from_the_time_of_speaking_stay_unresolved_without_a_document_date():
    doc = Doc("On 4 May 2016 she left.\n\nHe was taken on October 15 last year. In December he died.")
    find_dates(doc)
    # The absolute date (the positive control) resolves; "last year" and "in December" (in a new
    # paragraph, where no date of the narrative gives the year) do not.
    assert [d.value for d in doc.dates] == ["2016-05-04"]
    assert doc.warnings and "no date" in doc.warnings[0]
    assert doc.warnings[0].startswith("2 dates said from the time of speaking")
    one = Doc("On 4 May 2016 she left.\n\nHe was taken on October 15 last year.")
    find_dates(one)
    assert one.warnings[0].startswith("1 date said from the time of speaking")  # h-try62: "1 date(s)"


# Regression, issue 11 case 5: a background date ("since …") is no anchor; "December last year"
# counts from the document's date.
def test_dates_month_last_year_ignores_a_background_date():
    text = ("Camps have held tens of thousands since June 2016. A township cadre said that Dilshat Ruzi "
            "died in November last year after half a year in a camp.")
    assert dated(text, date(2019, 2, 20))[-1][:3] == ("November last year", "2018-11", "month")
    assert [v for _s, v, _p, _q in dated(text, None)] == ["2016-06"]


# Regression, issue 11 case 6: "March this year" after an earlier year is the document's year.
def test_dates_month_this_year_after_an_earlier_year():
    text = "Ruzi came home in late 2016. He died in the camp during the last week of February this year."
    found = dated(text, date(2020, 3, 30))
    assert found[0][1:] == ("2016", "year", "late")
    assert found[-1][1:] == ("2020-02", "month", "late")


# A month alone counts from the document's date, not from a year told in an earlier sentence of its
# paragraph (the tuning sets' writers, v7-v24); a year in its own sentence, the same month named just
# before, or a paragraph with no document date to count from keep the year told.
@pytest.mark.parametrize("text, document_date, expected", [
    ("In 2017 they gave Tohti Imin nine years. He died in the prison in July.", date(2023, 9, 2), "2023-07"),
    ("Ruqiye was taken in 2016. In November her son was called in.", date(2022, 3, 1), "2021-11"),
    ("Ruqiye was taken in 2016, and in November her son was called in.", date(2022, 3, 1), "2016-11"),
    ("The shop has been shut since May last year. He went to Hotan in May and never came back.",
     date(2022, 3, 1), "2021-05"),
    ("In 2017 they gave Tohti Imin nine years. He died in the prison in July.", None, "2017-07"),
    # a story told month by month goes on in its year; a month before the one told does not
    ("Ruqiye reached Aksu on 3 May 2017. In September they moved her.", date(2022, 3, 1), "2017-09"),
    ("Ruqiye was freed in September 2017. In May her son was called in.", date(2022, 3, 1), "2021-05"),
])
def test_dates_month_alone_counts_from_the_document_date(text, document_date, expected):
    found = dated(text, document_date)
    assert found[-1][1:3] == (expected, "month")
    # the control: the year told before resolves as itself
    assert found[0][1][:4] in ("2016", "2017", "2021")


def test_dates_month_of_that_year_and_a_deadline_month():
    # «в ноябре того же года» takes the year told before, even in another paragraph; a month said as a
    # limit to come ("by July") is no date and no anchor, and the day after it keeps the letter's year
    found = dated("В 2016 году Ерлан переехал в Алматы.\n\nВ ноябре того же года брата Ерлана арестовали.",
                  date(2019, 3, 1), "ru")
    assert [v for _s, v, _p, _q in found] == ["2016", "2016-11"]
    found = dated("Thank you for the letter of 3 March 2022. I will settle the bill by July. Please cancel the fine of "
                  "14 February.", date(2022, 3, 20))
    assert [v for _s, v, _p, _q in found] == ["2022-03-03", "2022-02-14"]


@pytest.mark.parametrize("text, language, expected", [
    ("He died in a camp last week.", "en", ("2018-04", "month")),
    ("Il est mort l'année dernière.", "fr", ("2017", "year")),
    ("Elle est rentrée en décembre dernier.", "fr", ("2017-12", "month")),
    ("Его забрали в прошлом году.", "ru", ("2017", "year")),
    ("Её забрали в декабре прошлого года.", "ru", ("2017-12", "month")),
    ("He was released in December.", "en", ("2017-12", "month")),
])
def test_dates_said_from_the_time_of_speaking(text, language, expected):
    found = dated(text, date(2018, 4, 12), language)
    assert [(v, p) for _s, v, p, _q in found] == [expected]


@pytest.mark.parametrize("text, expected", [
    # Regression, issue 11 case 8: a chain counts from the previous event's date.
    ("2 марта 2019 года Нурбол Касым уехал в Кульджу. Через три дня его задержали.", "2019-03-05"),
    ("Le 10 juin 2018, elle est convoquée. La semaine suivante, elle est internée.", "2018-06-17"),
    ("On 3 May 2017 he was taken. A month later he was moved.", "2017-06"),
])
def test_dates_chains_count_from_the_previous_date(text, expected):
    assert dates(text)[-1][1] == expected


@pytest.mark.parametrize("text, value, precision, qualifier", [
    # Regression, issue 11 case 14.
    ("Arzu was freed in mid-2020.", "2020", "year", "mid"),
    ("In the spring of 2018 they came.", "2018", "year", "spring"),
    ("They came in late March 2018.", "2018-03", "month", "late"),
    ("Elle a été arrêtée début 2017.", "2017", "year", "early"),
    ("Il est parti à la fin de l'année 2016.", "2016", "year", "late"),
    ("Её задержали в конце 2017 года.", "2017", "year", "late"),
    ("Его забрали весной 2019 года.", "2019", "year", "spring"),
    ("He was held in 2017.", "2017", "year", None),
])
def test_dates_qualifiers_are_kept(text, value, precision, qualifier):
    assert [(v, p, q) for _s, v, p, q in dated(text, None)] == [(value, precision, qualifier)]


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


def test_dates_the_following_season_is_the_next_one_after_the_anchor():
    found = dated("He was detained in May 2018 and released the following spring. In December 2018 she "
                  "was held and let go the following summer.", None)
    assert [(v, p, q) for _s, v, p, q in found] == [("2018-05", "month", None), ("2019", "year", "spring"),
                                                      ("2018-12", "month", None), ("2019", "year", "summer")]


def test_dates_a_day_of_that_year_takes_the_previous_dates_year():
    text = "In 2017 she left.\n\nOn 14 November of that year police came.\n\nOn 14 November she wrote."
    found = dated(text, date(2020, 1, 10))
    assert [(s, v) for s, v, _p, _q in found] == [
        ("2017", "2017"), ("14 November of that year", "2017-11-14"),
        # the control: a day without "of that year" in a new paragraph counts from the document's date
        ("14 November", "2019-11-14")]


@pytest.mark.parametrize("text, expected", [
    ("We reached Almaty in the summer of 2020 and moved on that winter.", ("that winter", "2020", "year", "winter")),
    ("He was taken on 3 December 2017. His cousin was taken the same week.", ("the same week", "2017-12", "month", None)),
])
def test_dates_a_season_or_week_of_the_previous_date(text, expected):
    assert dated(text, None)[-1] == expected


def test_dates_compound_numbers_count():
    from guwah.extract.dates import _number

    assert (_number("twenty-three"), _number("seven"), _number("three-seven")) == (23, 7, None)


@pytest.mark.parametrize("text, expected", [
    ("Задержан 07.11.2018, освобождён позже.", ("07.11.2018", "2018-11-07", "day")),
    ("Arrêté le 3.4.2019 à Korla.", ("3.4.2019", "2019-04-03", "day")),
])
def test_dates_day_first_with_dots(text, expected):
    assert dates(text) == [expected]


def test_dates_numbers_with_dots_that_are_no_dates():
    # no 13th month; a longer dotted number is no date
    assert dates("Room 31.13.2020 and code 4.12.10.2019 on the form.") == []


def test_dates_a_diary_entry_headed_by_a_day_takes_the_previous_entrys_year():
    text = "12 October 2016\n\nWe waited.\n\n30 December\n\nNo news.\n\n8 February\n\nA letter.\n\nOn 8 February he wrote."
    found = dated(text, date(2022, 5, 1))
    assert [(s, v) for s, v, _p, _q in found] == [
        ("12 October 2016", "2016-10-12"), ("30 December", "2016-12-30"), ("8 February", "2017-02-08"),
        # the control: a day inside a sentence of a new paragraph counts from the document's date
        ("8 February", "2022-02-08")]


@pytest.mark.parametrize("text, expected", [
    ("Его задержали в марте 2017 года. Зимой того же года его перевели.", ("Зимой того же года", "2017", "year", "winter")),
    ("She left in May 2016. In the winter of that year she wrote.", ("the winter of that year", "2016", "year", "winter")),
])
def test_dates_a_season_of_that_year(text, expected):
    assert dated(text, None)[-1] == expected


@pytest.mark.parametrize("text, expected", [
    ("Двадцать первого марта 2019 года его увезли.", ("Двадцать первого марта 2019 года", "2019-03-21", "day")),
    ("On the twelfth of July 2018 he left.", ("the twelfth of July 2018", "2018-07-12", "day")),
    # the control: a month and year with no ordinal day stays a month
    ("Он уехал в июле 2018 года.", ("июле 2018 года", "2018-07", "month")),
])
def test_dates_a_day_written_as_an_ordinal_word(text, expected):
    assert dates(text) == [expected]


def test_dates_the_first_day_or_month_of_a_range_takes_the_month_and_year_told_after():
    # "22-23 October 2025", "between March and June 2025", "November to January 2024", and the
    # second year of a life span; the control: a span of years with no parentheses is no date.
    from guwah.extract import extract_text

    text = ("The conference met in Vilnius, 22-23 October 2025. She was questioned between March and June 2025, "
            "and held from November to January 2024. Her grandfather Hakim (1931-2009) farmed grapes. "
            "Examinations: 7 and 14 May 2024. The 2018-2019 school year was hard.")
    values = [d["value"] for d in extract_text(text)["dates"]]
    for value in ("2025-10-22", "2025-10-23", "2025-03", "2025-06", "2023-11", "2024-01", "1931", "2009",
                  "2024-05-07", "2024-05-14"):
        assert value in values, value
    assert "2019" not in values
