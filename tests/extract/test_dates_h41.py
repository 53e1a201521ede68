"""Dates the rules missed on unseen texts (issue 11, "event dates"): Nowruz as a month, Russian
abbreviated months, and the days of a Chinese log's entries across its paragraphs. Every text is
our own invented one; each refusal has a positive control in the same text."""

import pytest

from guwah.extract.pipeline import run_pipeline


def _dates(text: str, language: str) -> dict[str, str]:
    doc = run_pipeline(text, language)
    return {doc.text[d.start:d.end]: d.value for d in doc.dates}


@pytest.mark.parametrize("language, text, surface, value", [
    ("en", "My aunt came home a week before the Nowruz festival of 2021.", "Nowruz festival of 2021", "2021-03"),
    ("en", "We last saw him at Navruz 2016.", "Navruz 2016", "2016-03"),
    ("ru", "Мы праздновали Наурыз 2015 года у бабушки.", "Наурыз 2015 года", "2015-03"),
])
def test_dates_nowruz_is_march_of_its_year(language, text, surface, value):
    assert _dates(text, language)[surface] == value


def test_dates_russian_abbreviated_months():
    # «17 янв. 2020 г.» is a day; «Мар» alone (a name) is no month
    dates = _dates("Динара · 17 янв. 2020 г. Брат писал мне оттуда. Мар, ты знал? Бахыт · 3 окт. 2019 г.", "ru")
    assert dates["17 янв. 2020 г."] == "2020-01-17"
    assert dates["3 окт. 2019 г."] == "2019-10-03"
    assert not any(surface.startswith("Мар") for surface in dates)


def test_dates_chinese_log_entries_take_the_year_across_paragraphs():
    # a month and day heading its line is of the log's year, and 次日 counts from the entry it is in;
    # a month and day inside a later paragraph's prose gets no year from another paragraph
    text = ("值班记录\n2020年9月14日至9月18日\n\n9月14日 星期一\n去阿不都·卡德尔家。\n\n"
            "9月15日 星期二\n学习。\n\n次日下午，去学校。\n\n他答应9月20日再来。\n")
    dates = _dates(text, "zh")
    assert dates["9月15日"] == "2020-09-15"
    assert dates["次日"] == "2020-09-16"
    assert "9月20日" not in dates
