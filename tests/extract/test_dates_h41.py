"""Dates the rules missed on unseen texts (issue 11, "event dates"): Nowruz as a month, Russian
abbreviated months, and the days of a Chinese log's entries across its paragraphs. Every text is
our own invented one; each refusal has a positive control in the same text."""

import pytest

from guwah.extract.pipeline import run_pipeline


def _dates(text: str, language: str) -> dict[str, str]:
    doc = run_pipeline(text, language)
    return {doc.text[d.start:d.end]: d.value for d in doc.dates}


@pytest.mark.parametrize("language, text, surface, value", [
    ("en", "My aunt was held in the camp until the Nauryz holiday of 2020.", "Nauryz holiday of 2020", "2020-03"),
    ("en", "He was released just before Nowruz 2019.", "Nowruz 2019", "2019-03"),
    ("ru", "Мы отмечали Наурыз 2018 года дома.", "Наурыз 2018 года", "2018-03"),
])
def test_dates_nowruz_is_march_of_its_year(language, text, surface, value):
    assert _dates(text, language)[surface] == value


def test_dates_russian_abbreviated_months():
    # «5 мар. 2022 г.» is a day; «Мар» alone (a name) is no month
    dates = _dates("Айгуль · 5 мар. 2022 г. Мой отец сидел с ним. Мар, ты видел? Нурбек · 12 дек. 2021 г.", "ru")
    assert dates["5 мар. 2022 г."] == "2022-03-05"
    assert dates["12 дек. 2021 г."] == "2021-12-12"
    assert not any(surface.startswith("Мар") for surface in dates)


def test_dates_chinese_log_entries_take_the_year_across_paragraphs():
    # a month and day heading its line is of the log's year, and 次日 counts from the entry it is in;
    # a month and day inside a later paragraph's prose gets no year from another paragraph
    text = ("工作日志\n时间：2019年3月4日至3月8日\n\n3月4日 星期一\n上午走访买买提·吐尔逊家。\n\n"
            "3月5日 星期二\n下午开会。\n\n次日上午，入户走访。\n\n她说过3月9日会来。\n")
    dates = _dates(text, "zh")
    assert dates["3月5日"] == "2019-03-05"
    assert dates["次日"] == "2019-03-06"
    assert "3月9日" not in dates
