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
    # a year in an earlier sentence is too often a background year: nothing is counted from it
    found = dates_of("He moved to Almaty in 2015. The next day I was taken.", None)
    assert "The next day" not in found
    # told in the same sentence, a few days, weeks or months after a year stay in that year (no day
    # is guessed); from its late part months may cross into the next: nothing (the control)
    found = dates_of("He was held in 2018 and three months later he was let go.", None)
    assert found["three months later"] == ("2018", "year")
    assert "three months later" not in dates_of("He was held in late 2016 and three months later he was let go.", None)
    found = dates_of("Его задержали в 2015 году, а через десять дней перевели в лагерь.", None, "ru")
    assert found["через десять дней"] == ("2015", "year")


@pytest.mark.parametrize(("text", "language", "phrase", "expected"), [
    # a weekday said alone is the latest such day up to the document's date (14 March 2023, a Tuesday)
    ("His daughter said on Tuesday that he was sentenced.", "en", "Tuesday", ("2023-03-14", "day")),
    ("The family was told on Sunday that he had died.", "en", "Sunday", ("2023-03-12", "day")),
    ("Его увезли в субботу, рано утром.", "ru", "в субботу", ("2023-03-11", "day")),
    ("La prière a eu lieu vendredi dernier à la mosquée.", "fr", "vendredi dernier", ("2023-03-10", "day")),
    ("В прошлую пятницу ему снова позвонили.", "ru", "В прошлую пятницу", ("2023-03-10", "day")),
    # a day of a month "dernier" or "last year" keeps its day
    ("Il est décédé le 2 septembre dernier à Ghulja.", "fr", "2 septembre dernier", ("2022-09-02", "day")),
    ("Elle a écrit le 3 mars dernier au consulat.", "fr", "3 mars dernier", ("2023-03-03", "day")),
    ("He flew to Urumqi on 20 May last year.", "en", "20 May last year", ("2022-05-20", "day")),
    ("Twenty-two years ago he taught his first class.", "en", "Twenty-two years ago", ("2001", "year")),
    ("This morning the police came for my cousin.", "en", "This morning", ("2023-03-14", "day")),
])
def test_days_said_from_the_time_of_writing(text, language, phrase, expected):
    assert dates_of(text, date(2023, 3, 14), language)[phrase] == expected
    assert phrase not in dates_of(text, None, language)  # without a document date: unresolved


def test_today_and_last_night_count_from_the_entry_they_are_written_in():
    # A diary dated entry by entry: "today" is the entry's day, not the day the diary was published.
    text = "2 December 2017\nToday it was my turn at the clinic. Last night they took Ghopur.\n\n9 August 2018\nPerhat came home today."
    doc = run_pipeline(text, "en", document_date=date(2022, 5, 20))
    found = [(doc.text[d.start:d.end], d.value) for d in doc.dates]
    assert found == [("2 December 2017", "2017-12-02"), ("Today", "2017-12-02"), ("Last night", "2017-12-01"),
                     ("9 August 2018", "2018-08-09"), ("today", "2018-08-09")]
    # control: a date in a form's field heads nothing; "today" after it is the document's day
    doc = run_pipeline("Born: 12-06-1986\nToday she was called to the station.", "en", document_date=date(2022, 5, 20))
    assert [(doc.text[d.start:d.end], d.value) for d in doc.dates] == [("12-06-1986", "1986-06-12"), ("Today", "2022-05-20")]


def test_weekdays_of_a_habit_or_of_what_will_be_are_no_dates():
    text = "She is at the centre on Tuesday and Thursday afternoons. On Thursday, she will speak. He was taken on Monday."
    found = dates_of(text, date(2023, 3, 14))
    assert found == {"Monday": ("2023-03-13", "day")}  # the control: a past act on a weekday


def test_numeric_dates_day_first_unless_the_text_writes_month_first():
    assert dates_of("DOB: 11/05/2010. Born: 25-12-1979.", None) == {"11/05/2010": ("2010-05-11", "day"),
                                                                   "25-12-1979": ("1979-12-25", "day")}
    # a text that writes "March 3, 2019" writes its numbers month first (but 25 is never a month)
    assert dates_of("He left on March 3, 2019. Born 04/05/1990, moved 25/12/1995.", None) == {
        "March 3, 2019": ("2019-03-03", "day"), "04/05/1990": ("1990-04-05", "day"), "25/12/1995": ("1995-12-25", "day")}


@pytest.mark.parametrize(("text", "language", "phrase", "expected"), [
    # from the document's date (14 March 2023): a season or month "this" one, once it has begun
    ("She was questioned again this March.", "en", "this March", ("2023-03", "month")),
    ("Her mother was taken again this winter, they say.", "en", "this winter", None),  # not begun by March: nothing
    ("This week he called three times.", "en", "This week", ("2023-03", "month")),
    ("Прошлого лета он работал на ферме.", "ru", "Прошлого лета", ("2022", "year")),
    # a month's part said with "of" or «в конце», from the document's date
    ("It was the end of February when they let him go.", "en", "the end of February", ("2023-02", "month")),
    ("Его задержали в конце февраля.", "ru", "в конце февраля", ("2023-02", "month")),
])
def test_seasons_months_and_weeks_said_from_the_time_of_writing(text, language, phrase, expected):
    found = dates_of(text, date(2023, 3, 14), language)
    assert found.get(phrase) == expected


def test_that_night_and_that_month_count_from_the_date_before():
    found = dates_of("They came on 3 May 2018. That same night he was driven away. I left that September.", None)
    assert found["That same night"] == ("2018-05-03", "day") and found["that September"] == ("2018-09", "month")
    # control: "since that morning" opens a time, it dates no act
    found = dates_of("They came on 3 May 2018. Since that morning we have heard nothing.", None)
    assert "that morning" not in found and "Since that morning" not in found


def test_french_and_russian_number_words_past_ten_count_in_chains():
    found = dates_of("Elle a été arrêtée en avril 2018. Quatorze mois plus tard, elle a été libérée.", None, "fr")
    assert found["Quatorze mois plus tard"] == ("2019-06", "month")
    found = dates_of("Il a été arrêté en avril 2018 à cause d'un poème publié quinze ans plus tôt.", None, "fr")
    assert found["quinze ans plus tôt"] == ("2003", "year")
    found = dates_of("Его задержали 2 марта 2019 года. Через двадцать дней его отпустили.", None, "ru")
    assert found["Через двадцать дней"] == ("2019-03-22", "day")
