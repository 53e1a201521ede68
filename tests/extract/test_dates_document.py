"""Dates by kind (extractor 0.9.0): counted from the document's date, from the previous date, and
written as ISO fields. Invented texts; each relative phrase has a control that stays unresolved."""

from datetime import date

import pytest

from guwah.extract.pipeline import run_pipeline


def dates_of(text: str, document_date: date | None, language: str = "en") -> dict[str, tuple[str, str]]:
    doc = run_pipeline(text, language, document_date=document_date)
    return {doc.text[d.start:d.end]: (d.value, d.precision) for d in doc.dates}


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Last Thursday my sister was called to the police.", "Last Thursday", ("2023-03-09", "day")),
    ("Yesterday a man phoned me from a Chinese number.", "Yesterday", ("2023-03-13", "day")),
    ("Позавчера мне позвонили с китайского номера.", "Позавчера", ("2023-03-12", "day")),
    ("Five years ago today the police took my brother.", "Five years ago today", ("2018-03-14", "day")),
    ("My uncle vanished in Hotan three years ago.", "three years ago", ("2020", "year")),
    ("Two weeks ago someone sent her a threat.", "Two weeks ago", ("2023-02", "month")),
    ("Il a été arrêté il y a quatre ans.", "il y a quatre ans", ("2019", "year")),
    ("Last autumn a former detainee wrote to me.", "Last autumn", ("2022", "year")),
    ("She spoke at a meeting in Oslo last November.", "last November", ("2022-11", "month")),
])
def test_dates_counted_from_the_document_date(text, phrase, expected):
    language = "ru" if "Поза" in text else "fr" if "arrêté" in text else "en"
    assert dates_of(text, date(2023, 3, 14), language)[phrase] == expected
    # without a document date they stay unresolved, never guessed
    assert phrase not in dates_of(text, None, language)


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Record generated 2024-06-05. Detention date: 2018-04 (approx.)", "2024-06-05", ("2024-06-05", "day")),
    ("Record generated 2024-06-05. Detention date: 2018-04 (approx.)", "2018-04", ("2018-04", "month")),
    ("She was arrested on 14 May 2019. Two weeks later she was sent to a camp.", "Two weeks later", ("2019-05", "month")),
    ("He was taken in March 2017. Two days later police searched the house.", "Two days later", ("2017-03", "month")),
    ("He was released at the end of 2019 and, the following March, sent to a factory.", "the following March",
     ("2020-03", "month")),
    ("Ablet was detained on 9 November 2017, the same day as his wife.", "the same day", ("2017-11-09", "day")),
    ("Aynur was taken on 3 February 2018. Her brother was taken a month before.", "a month before", ("2018-01", "month")),
    ("Le 12 août 2018, la police l'a interrogé. Trois semaines après le procès, il est parti.",
     "Trois semaines après", ("2018-09", "month")),
    ("В мае 2018 года у него забрали паспорт, а через неделю его задержали.", "через неделю", ("2018-05", "month")),
])
def test_dates_in_fields_and_chains(text, phrase, expected):
    language = "fr" if "Le 12" in text else "ru" if "В мае" in text else "en"
    assert dates_of(text, None, language)[phrase] == expected


def test_a_day_after_a_month_on_the_next_line_is_not_read_across_the_break():
    found = dates_of("This is the third call since December.\n\n9/9 Please write to me.", date(2025, 2, 3))
    assert found["December"] == ("2024-12", "month")


def test_days_counted_from_a_year_are_not_guessed():
    found = dates_of("He moved to Almaty in 2015. The next day I was taken.", None)
    assert "The next day" not in found
