"""Chinese names that end before the word written against them (a time word, a future, a negated verb or a
verb of knowing: X明年, X即将, X不知道), and the untold place of custody given to the one held before its
words (我们不知道他被关在哪里) (issue 11, h-zhnames73). Invented names and sentences; each negative beside
a positive control."""

from __future__ import annotations

from guwah.extract import extract_text


def names(text: str) -> list[str]:
    return [p["name"] for p in extract_text(text, language="zh")["persons"]]


def codes(text: str) -> dict[str, set[str]]:
    out = extract_text(text, language="zh", document_date="2024-03-01")
    return {p["name"]: {v["code"] for v in p.get("violations", [])} for p in out["persons"]}


def test_a_transcribed_name_ends_before_a_time_word_a_future_and_a_negated_verb():
    found = names("努尔比耶·卡德尔明年要回来。\n塔依尔江·沙吾提即将被判刑。\n米合热班·阿西木不知道这件事。\n")
    assert "努尔比耶·卡德尔" in found and "塔依尔江·沙吾提" in found and "米合热班·阿西木" in found, found
    assert not any(name.endswith(("明", "即", "不知道", "不")) for name in found), found


def test_a_name_after_a_cue_ends_before_a_time_word_one_that_starts_with_its_character_reads_whole():
    found = names("我的同事叫范琪明天来。\n他的邻居叫范明远，也叫冯即安。\n")
    assert "范琪" in found and "范琪明" not in found, found
    # the control: given names that start with 明 and 即 are no time word nor future
    assert "范明远" in found and "冯即安" in found, found


def test_a_relative_named_without_a_dot_ends_before_a_time_word_and_a_negated_verb():
    found = names("我弟弟艾克拜尔明年毕业。\n我妹妹阿依夏木不知道这件事。\n")
    assert "艾克拜尔" in found and "阿依夏木" in found, found
    assert not any(name.endswith(("明", "不")) for name in found), found


def test_a_name_ending_in_ming_before_a_word_that_nian_starts_reads_whole():
    # 依明 + 年纪 ("age"): no 明年 ("next year") there, the name keeps its last syllable; the control beside it
    found = names("阿不都克热木·依明年纪大了。\n帕提古丽·吐尔地明年回家。\n")
    assert "阿不都克热木·依明" in found, found
    assert "帕提古丽·吐尔地" in found, found


def test_the_untold_place_of_custody_goes_to_the_one_held_named_before_its_words():
    text = ("阿布都米吉提·卡哈尔去年被抓走了。我们不知道他被关在哪里。\n"
            "吐尔洪江·马木提也被带走了。我们不知道她在哪里办手续。\n")
    found = codes(text)
    assert {"detention.incommunicado", "disappearance.enforced"} <= found["阿布都米吉提·卡哈尔"], found
    # the control: the arrest is his, but where someone does an errand is no place of custody
    assert "detention.arbitrary_arrest" in found["吐尔洪江·马木提"], found
    assert not {"detention.incommunicado", "disappearance.enforced"} & found["吐尔洪江·马木提"], found
