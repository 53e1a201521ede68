"""Violation codes in Chinese (h-codes43): the words of vocab/acts/zh.yaml, the one scope test
(negation before the words, hedges) and the person by `han.ActPersons`, a record's subject (姓名：X)
included. Invented texts, names and sentences; each negative beside a positive control in the
same text."""

from guwah.extract.pipeline import run_pipeline


def _codes(text: str) -> dict[str, set[str]]:
    doc = run_pipeline(text, "zh", None)
    return {p.name: {v.code for v in p.violations} for p in doc.persons if p.names}


def test_a_record_subject_is_the_patient_and_the_applicant_not_her_husband():
    codes = _codes("社区随访记录\n姓名：帕提曼·阿不力孜    性别：女\n"
                   "患者之夫买合木提·艾山，2018年3月被送往县教培中心学习，家属至今不能探视。\n"
                   "2016年本人被村里要求上环，患者当时不同意。\n")
    assert "reproductive.forced_contraception" in codes["帕提曼·阿不力孜"], codes
    assert {"detention.internment_camp", "detention.incommunicado"} <= codes["买合木提·艾山"], codes
    # the husband's custody is his, not the record's subject's
    assert "detention.internment_camp" not in codes["帕提曼·阿不力孜"], codes


def test_a_negation_before_the_words_denies_the_act_of_one_and_not_of_the_other():
    codes = _codes("吐尔洪·卡德尔说，他在看守所里从来没有被打。\n他的妹妹米娜瓦尔·卡德尔在那里被打过。\n")
    assert "torture.beating" in codes["米娜瓦尔·卡德尔"], codes
    assert "torture.beating" not in codes["吐尔洪·卡德尔"], codes
    assert "detention.pretrial" in codes["吐尔洪·卡德尔"], codes


def test_a_hedge_makes_no_sentence_and_a_plain_statement_one():
    codes = _codes("艾尔肯·努尔说，听说他的邻居阿不都·肉孜被判处有期徒刑。\n2019年，艾尔肯·努尔被判处有期徒刑八年。\n")
    assert "detention.prison_sentence" in codes["艾尔肯·努尔"], codes
    assert "detention.prison_sentence" not in codes.get("阿不都·肉孜", set()), codes


def test_a_child_placed_in_a_boarding_school_is_separated_one_who_attends_and_comes_home_is_not():
    codes = _codes("阿孜古丽·托合提的儿子伊力亚尔·买买提被社区送入县寄宿学校，与母亲分开已经两年。\n"
                   "她的女儿古再丽努尔·买买提在乡寄宿学校读书，每个周末回家。\n")
    assert "family.separation" in codes["伊力亚尔·买买提"], codes
    assert "family.separation" not in codes.get("古再丽努尔·买买提", set()), codes


def test_a_passport_handed_in_is_confiscated_one_kept_by_its_holder_is_not():
    codes = _codes("2017年，热依汗·司马义被要求把护照上交派出所统一保管。\n"
                   "努尔兰·司马义说，他的护照一直由他本人保管。\n")
    assert "movement.passport_confiscation" in codes["热依汗·司马义"], codes
    assert "movement.passport_confiscation" not in codes.get("努尔兰·司马义", set()), codes


def test_work_in_a_factory_far_away_is_forced_labour_work_in_a_family_shop_is_not():
    codes = _codes("艾山·依明于2019年结业后被乡里安排赴江苏省某纺织厂务工，不得擅自返乡。\n"
                   "他的弟弟买买提·依明一直在自家的小卖部工作。\n")
    assert "labour.forced_labour" in codes["艾山·依明"], codes
    assert "labour.forced_labour" not in codes.get("买买提·依明", set()), codes


def test_a_death_is_in_custody_only_where_the_sentence_tells_custody():
    codes = _codes("努尔古丽·赛买提的父亲阿布拉·赛买提2009年在家中病逝。\n"
                   "她的丈夫库尔班·吾守尔2019年在看守所关押期间死亡。\n")
    assert "death.in_custody" in codes["库尔班·吾守尔"], codes
    assert "death.in_custody" not in codes.get("阿布拉·赛买提", set()), codes


def test_one_posted_to_work_at_a_centre_is_not_held_there_one_sent_there_is():
    codes = _codes("2018年春天，阿迪力·吾守尔被派到县城外的一个“职业技能教育培训中心”值夜班。\n"
                   "同年，古丽·买买提被送到县城外的一个“职业技能教育培训中心”。\n")
    assert "detention.internment_camp" in codes["古丽·买买提"], codes
    assert "detention.internment_camp" not in codes.get("阿迪力·吾守尔", set()), codes
