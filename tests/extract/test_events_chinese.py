"""Chinese events (issue 11, h-events42): before this a Chinese testimony gave no event at all. The
verbs of custody of src/guwah/vocab/events/zh.yaml (read by `events.find_vocab_events`), the person by
`han.ActPersons` (the subject of 被, the object of 将 / 把, a pronoun, the narrator), the date as in
the other languages read without a parse. Invented sentences and names; each refusal with a positive
control in the same text.
"""

from __future__ import annotations

from guwah.extract import extract_text


def events(text: str, document_date: str = "2020-06-30") -> set[tuple[str, str | None, str | None]]:
    out = extract_text(text, language="zh", document_date=document_date)
    names = {p["id"]: p["name"] for p in out["persons"]}
    return {(e["type"], names.get(e["person"]), (e["date"] or {}).get("value")) for e in out["events"]}


def test_taken_away_sent_to_a_centre_transferred_and_released():
    found = events("我叫吐尔洪·阿不都拉，1975年出生。2018年5月6日，几名警察到我家把我带走，当天送到县里的“教培中心”。"
                   "2019年1月我被转到阿克苏的看守所，2019年9月被释放。")
    assert ("arrest", "吐尔洪·阿不都拉", "2018-05-06") in found
    assert ("detention", "吐尔洪·阿不都拉", "2018-05-06") in found
    assert ("transfer", "吐尔洪·阿不都拉", "2019-01") in found
    assert ("release", "吐尔洪·阿不都拉", "2019-09") in found
    assert not any(when == "1975" for _kind, _who, when in found)  # a birth year dates no event


def test_the_object_of_jiang_and_the_subject_of_bei():
    found = events("2017年12月，民警王建军把阿迪力·热合曼带走，又将其送到看守所。其妻子古丽巴哈·依明于2018年3月被判处有期徒刑八年。")
    assert ("arrest", "阿迪力·热合曼", "2017-12") in found
    assert ("detention", "阿迪力·热合曼", "2017-12") in found
    assert ("sentencing", "古丽巴哈·依明", "2018-03") in found
    assert not any(who == "王建军" for _kind, who, _when in found)  # the policeman is the doer


def test_a_pronoun_and_a_given_name_alone_refer_to_the_person_named_before():
    found = events("租户买合木提·吐尔逊住在这里。2018年4月，社区干部将买合木提带走。据邻居讲，他后来被送往一所监狱。")
    assert ("arrest", "买合木提·吐尔逊", "2018-04") in found
    assert ("detention", "买合木提·吐尔逊", "2018-04") in found


def test_a_negated_custody_is_no_event():
    found = events("我的妹妹热娜·艾山没有被带走。我的弟弟艾克热木·艾山2019年3月被带走了。")
    assert not any(kind == "arrest" and who == "热娜·艾山" for kind, who, _when in found)
    assert ("arrest", "艾克热木·艾山", "2019-03") in found  # the control, same text


def test_a_custody_heard_of_or_unsure_is_no_event():
    found = events("听说阿依努尔·卡德尔也被带走了。她丈夫托合提·卡德尔2018年被关押，我不确定。"
                   "她哥哥麦麦提·卡德尔2018年被关押。")
    assert not any(who in ("阿依努尔·卡德尔", "托合提·卡德尔") for _kind, who, _when in found)
    assert ("detention", "麦麦提·卡德尔", "2018") in found  # the control, same text


def test_a_question_and_we_are_no_ones_event():
    found = events("问：你是什么时候被带走的？\n答：2018年11月，我被带走了。\n我叫伊明·托合提。我们全村的人都被带去开会。")
    assert ("arrest", "伊明·托合提", "2018-11") in found
    assert len([kind for kind, _who, _when in found if kind == "arrest"]) == 1  # not the question's


def test_a_labour_transfer_and_a_boarding_school_are_no_custody():
    found = events("阿卜杜拉·托合提2019年转移就业到内地工厂，其子由社区送入寄宿制学校。"
                   "阿卜杜拉·托合提2020年被转到监狱。")
    assert {(kind, who) for kind, who, _when in found} == {("transfer", "阿卜杜拉·托合提")}
    assert ("transfer", "阿卜杜拉·托合提", "2020") in found


def test_a_stay_over_a_range_starts_at_its_first_date_and_ends_in_a_release():
    found = events("二、努尔古丽·买买提，女，1990年出生。2018年3月至2019年1月在县职业技能教育培训中心学习，结业后回家。")
    assert ("detention", "努尔古丽·买买提", "2018-03") in found
    assert ("release", "努尔古丽·买买提", "2019-01") in found


def test_a_table_row_dates_its_act_from_its_own_cell():
    found = events("序号｜姓名｜出生年月｜备注\n1｜阿曼古丽·吐尔逊｜1996年5月｜曾在县教培中心学习半年，2019年6月结业。")
    assert ("release", "阿曼古丽·吐尔逊", "2019-06") in found
    assert not any(when == "1996-05" for _kind, _who, when in found)  # the birth column is no event's date


def test_the_place_of_custody_asked_for_is_no_detention():
    # h-events47: a family's request for the place of custody (说明关押的地点) tells no stay; the control, a
    # stay told (被关押在看守所)
    found = events("其丈夫买买提·吐尔逊于2017年5月被带走。家属要求：说明他关押的地点。其弟艾力·吐尔逊2019年3月被关押在看守所。")
    assert ("arrest", "买买提·吐尔逊", "2017-05") in found
    assert not any(kind == "detention" and who == "买买提·吐尔逊" for kind, who, _when in found)
    assert ("detention", "艾力·吐尔逊", "2019-03") in found
