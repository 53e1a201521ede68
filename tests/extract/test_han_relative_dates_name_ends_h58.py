"""Chinese dates counted from the document's date and transcribed names that end before an adverb
(issue 11, h-zh58). Invented names and sentences; each negative beside a positive control."""

from __future__ import annotations

from guwah.extract import extract_text


def dates(text: str, document_date: str | None = "2021-05-20") -> dict[str, tuple[str, str | None]]:
    out = extract_text(text, language="zh", document_date=document_date)
    return {text[d["start"]:d["end"]]: (d["value"], d.get("qualifier")) for d in out["dates"]}


def names(text: str) -> list[str]:
    return [p["name"] for p in extract_text(text, language="zh")["persons"]]


def test_year_end_and_season_count_from_the_document_date():
    found = dates("他去年年底被带走，前年秋季她也失踪了。")
    assert found["去年年底"] == ("2020", "late")
    assert found["前年秋季"] == ("2019", "autumn")


def test_three_years_back_and_no_plan_for_next_year():
    found = dates("大前年他被抓走。我们打算明年再去问。")
    assert found["大前年"] == ("2018", None)  # not 前年 inside it, two years back
    assert "明年" not in found  # a plan's date, no event


def test_relative_dates_stay_unresolved_without_a_document_date():
    found = dates("今年4月他被转走。去年年底她被带走。2017年5月他被抓，当年8月被判刑。", document_date=None)
    assert "今年4月" not in found and "去年年底" not in found
    assert found["当年8月"] == ("2017-08", None)  # the control: counted from the date before, not the document


def test_the_spring_festival_is_the_start_of_the_year_not_spring():
    found = dates("去年春节他被带走，今年春天她被判刑。")
    assert found["去年春节"] == ("2020", "early")
    assert found["今年春天"] == ("2021", "spring")


def test_a_year_word_inside_another_word_is_no_date():
    found = dates("他以前年纪很大，过去年轻人都走了。从前年轻时他当过兵。他去年被抓。")
    assert set(found) == {"去年"}  # the control: 去年 standing alone
    assert found["去年"] == ("2020", None)


def test_a_transcribed_name_ends_before_an_adverb():
    assert names("吐尔洪·卡迪尔原来在阿克苏工作。") == ["吐尔洪·卡迪尔"]
    assert names("艾山·努尔麦提现在下落不明。") == ["艾山·努尔麦提"]
    assert names("帕提古丽·沙吾提目前还在看守所。") == ["帕提古丽·沙吾提"]


def test_a_long_last_part_keeps_its_last_syllable_before_an_adverb():
    # 热合曼 ends the name; 已经 and 一直 are cut, no syllable of the name
    assert names("亚森·阿不都热合曼已经被带走，他的妻子一直没有消息。") == ["亚森·阿不都热合曼"]
    assert names("亚森·阿不都热合曼被带走。") == ["亚森·阿不都热合曼"]
