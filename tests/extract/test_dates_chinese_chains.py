"""Chinese dates named from another date (issue 11, h-events42): a chain counts from the narrative's
date before it, never from a birth date or a date of what someone had once done; a year word is read
with its month and day (同年4月8日) and its qualifier (今年4月初, 去年冬天); that day (当晚) keeps the
precision of the date it follows; last month (上个月) counts from the document's date; a log's first
entry headed by its month and day takes the document's year. Invented texts, each with a control.
"""

from __future__ import annotations

from guwah.extract import extract_text


def dates(text: str, document_date: str | None = "2020-06-30") -> dict[str, tuple[str, str | None]]:
    out = extract_text(text, language="zh", document_date=document_date)
    return {text[d["start"]:d["end"]]: (d["value"], d.get("qualifier")) for d in out["dates"]}


def test_the_same_year_with_its_month_and_day_counts_from_the_narrative_not_a_birth_or_an_aside():
    found = dates("2018年3月2日，艾力·买买提被带走。他1969年出生。\n\n其父已于前一年10月病故。\n\n同年4月8日，他被送往教培中心。")
    assert found["同年4月8日"] == ("2018-04-08", None)  # not 1969, not the aside's 2017
    assert found["前一年10月"] == ("2017-10", None)  # the aside itself, counted back from 2018


def test_a_year_word_after_a_date_of_what_had_once_been_done():
    found = dates("2018年6月，法院判处其有期徒刑十年。他2015年曾去土耳其探亲。次年3月他被转到监狱。")
    assert found["次年3月"] == ("2019-03", None)  # from 2018, not from 2015
    assert found["2015年"] == ("2015", None)  # the control: that date is still read


def test_a_year_word_keeps_its_qualifier():
    found = dates("今年4月初他被转到这里。去年冬天她没有回来。")
    assert found["今年4月初"] == ("2020-04", "early")
    assert found["去年冬天"] == ("2019", "winter")


def test_that_night_keeps_the_precision_of_the_date_before():
    found = dates("2018年11月3日晚上，警察把他带走，当晚就送到看守所。2017年5月的一天她被叫走，那天没有回家。")
    assert found["当晚"] == ("2018-11-03", None)
    assert found["那天"] == ("2017-05", None)


def test_the_next_day_of_a_month_is_only_of_its_year():
    assert dates("2018年3月他被带走，次日送往县教培中心。")["次日"] == ("2018", None)
    assert dates("2018年3月5日他被带走，次日送往看守所。")["次日"] == ("2018-03-06", None)  # control: of a day, a day


def test_last_month_counts_from_the_document_date_and_stays_unresolved_without_one():
    assert dates("本人上个月接到他的电话。")["上个月"] == ("2020-05", None)
    assert "上个月" not in dates("本人上个月接到他的电话。", document_date=None)


def test_a_logs_first_entry_takes_the_documents_year_not_a_birth_year():
    found = dates("走访记录\n\n热依汗·艾力，1985年生。\n\n6月26日　走访热依汗·艾力家。\n\n6月28日　再次走访。",
                  document_date="2018-06-29")
    assert found["6月26日"] == ("2018-06-26", None)
    assert found["6月28日"] == ("2018-06-28", None)
    assert found["1985年"] == ("1985", None)
