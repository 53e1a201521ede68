"""Uyghur and Chinese verb forms and ways of saying (issue 11, h-ugzh73): a Uyghur prison term told by the
years and the verb "cut" (ئون يىل كېسىلدى, the active كېسىپتۇ, Latin késildi), a Chinese place of custody not
told (没有人告诉我们他被关在什么地方: incommunicado and disappeared), rote learning as a duty and the flag
ceremony (每天必须背法律条文, 参加升旗), and a Chinese future touching the act (将被送去, 即将被判刑) told not
done. Invented names and sentences; each refusal beside a positive control in the same text."""

from __future__ import annotations

from guwah.extract import extract_text


def _result(text: str, language: str) -> dict:
    return extract_text(text, language=language, document_date="2024-03-01")


def _codes(text: str, language: str) -> dict[str, set[str]]:
    return {p["name"]: {v["code"] for v in p["violations"]} for p in _result(text, language)["persons"]}


def _of(codes: dict[str, set[str]], name: str) -> set[str]:
    """The codes of the person whose name starts with `name` (a name may run on into the word after it);
    the person must be there, so that a code's absence is no absence of the person."""
    found = [c for n, c in codes.items() if n.startswith(name)]
    assert found, (name, codes)
    return set().union(*found)


def _events(text: str, language: str) -> set[tuple[str, str | None]]:
    out = _result(text, language)
    names = {p["id"]: p["name"] for p in out["persons"]}
    return {(e["type"], names.get(e["person"])) for e in out["events"]}


# Uyghur: years, then the passive -il- of كەس- (bare years, no -غا/-لىق), its reported and active forms;
# the negative suffix -mi- denies it; كېسىلى ("his illness") is no sentence.
def test_uyghur_bare_years_then_the_passive_cut_is_a_sentence_the_negative_suffix_denies_it():
    text = ("ئىنىم دىلمۇرات قادىر 2018-يىلى تۇتۇلدى، ئۇ ئون ئىككى يىل كېسىلدى.\n"
            "ئۇنىڭ دوستى ئەنۋەرجان ھېيت ئون ئىككى يىل كېسىلمىدى، قويۇپ بېرىلدى.\n")
    codes = _codes(text, "ug")
    assert "detention.prison_sentence" in codes["دىلمۇرات قادىر"], codes
    assert "detention.prison_sentence" not in _of(codes, "ئەنۋەرجان"), codes
    assert ("sentencing", "دىلمۇرات قادىر") in _events(text, "ug")


def test_uyghur_the_active_and_reported_cut_after_years_is_a_sentence_an_illness_of_years_is_not():
    text = ("ئاكام پەرھات مۇسا تۇتۇلۇپتۇ، ساقچىلار ئۇنى سەككىز يىل كېسىپتۇ.\n"
            "ئۇنىڭ دادىسى غەيرەت مۇسا ئۈچ يىل كېسىلى بىلەن ئۆيدە ياتتى.\n")
    codes = _codes(text, "ug")
    assert "detention.prison_sentence" in codes["پەرھات مۇسا"], codes
    assert "detention.prison_sentence" not in _of(codes, "غەيرەت مۇسا"), codes


def test_uyghur_latin_bare_years_then_the_passive_cut_is_a_sentence():
    codes = _codes("Akam Ilhamjan Rozi 2019-yili tutuldi. U on yil késildi.\n", "ug")
    assert "detention.prison_sentence" in codes["Ilhamjan Rozi"], codes


# Chinese: the place of custody not told or not known, of a person (他在哪, 被关在什么地方).
def test_chinese_a_place_of_custody_not_told_is_incommunicado_and_a_disappearance_one_known_is_not():
    text = ("我弟弟艾合买提·热西提2019年被带走，到现在也没有人告诉我们他被关在什么地方。\n"
            "我表哥吐逊江·热西提也被带走了，我们已经知道他关在哪个看守所。\n")
    codes = _codes(text, "zh")
    assert {"detention.incommunicado", "disappearance.enforced"} <= codes["艾合买提·热西提"], codes
    assert "detention.arbitrary_arrest" in codes["吐逊江·热西提"], codes
    assert not {"detention.incommunicado", "disappearance.enforced"} & codes["吐逊江·热西提"], codes


def test_chinese_not_knowing_where_to_do_an_errand_is_no_disappearance():
    text = ("我姐姐古丽娜尔·肉孜不知道在哪里办签证，就去问了邻居。\n"
            "她丈夫阿不来提·肉孜被带走后，社区一直不告诉我们他在哪儿。\n")
    codes = _codes(text, "zh")
    assert "disappearance.enforced" in codes["阿不来提·肉孜"], codes
    assert "disappearance.enforced" not in _of(codes, "古丽娜尔·肉孜"), codes


# Chinese: Mandarin or laws learnt by rote as a duty, the flag ceremony; a course chosen is not.
def test_chinese_rote_learning_as_a_duty_and_the_flag_ceremony_are_indoctrination_a_chosen_course_is_not():
    text = ("我哥哥麦麦提·吾斯曼被送进教培中心，每周参加升旗，每天必须背法律条文。\n"
            "我妹妹阿依努尔·吾斯曼在大学里选修了普通话课程。\n")
    codes = _codes(text, "zh")
    assert "indoctrination.political" in codes["麦麦提·吾斯曼"], codes
    assert "indoctrination.political" not in _of(codes, "阿依努尔·吾斯曼"), codes


# Chinese: a future right before the act (将被, 即将被) is no act; 将 before its object (the formal 把) is done;
# a denial (没有被拘留) is none either.
def test_chinese_a_future_before_the_act_is_not_done_the_formal_ba_is():
    text = ("社区通知说，努尔买买提·亚森明年将被送去教培中心学习。\n"
            "去年警察将他的哥哥肉孜买买提·亚森带走了。\n"
            "他的弟弟买买提江·亚森即将被判刑，他的表弟艾克拜尔·亚森没有被拘留。\n")
    codes = _codes(text, "zh")
    assert "detention.arbitrary_arrest" in codes["肉孜买买提·亚森"], codes
    assert "detention.internment_camp" not in _of(codes, "努尔买买提·亚森"), codes
    assert "detention.prison_sentence" not in _of(codes, "买买提江·亚森"), codes
    assert not {c for c in _of(codes, "艾克拜尔·亚森") if c.startswith("detention.")}, codes


def test_chinese_a_background_sentence_naming_no_one_gives_no_code_a_person_told_of_does():
    text = ("新疆各地都设立了职业技能教育培训中心。\n"
            "2018年，我父亲阿布都热依木·卡斯木被送进职业技能教育培训中心，每天要学国语。\n")
    out = _result(text, "zh")
    codes = {p["name"]: {v["code"] for v in p["violations"]} for p in out["persons"]}
    assert {"detention.internment_camp", "indoctrination.political"} <= codes["阿布都热依木·卡斯木"], codes
    # every code is the father's: the background sentence gave none to anyone else
    assert all(not c for n, c in codes.items() if n != "阿布都热依木·卡斯木"), codes


# Chinese: a narrator who gives her name, then says whose relative she is (我叫Y，是X的妹妹), means X by her kin
# word (我哥哥); a neighbour's introduction names no relative.
def test_chinese_a_narrator_introduced_by_name_as_a_sister_means_the_brother_by_my_brother():
    sister = _result("我叫努尔比亚·艾则孜，是阿力木江·艾则孜的妹妹。我哥哥2018年3月被派出所带走了。\n", "zh")
    neighbour = _result("我叫努尔比亚·艾则孜，是阿力木江·艾则孜的邻居。我哥哥2018年3月被派出所带走了。\n", "zh")
    named = {p["id"]: p["name"] for p in sister["persons"]}
    assert ("arrest", "阿力木江·艾则孜") in {(e["type"], named.get(e["person"])) for e in sister["events"]}, sister
    codes = {p["name"]: {v["code"] for v in p["violations"]} for p in neighbour["persons"]}
    assert "detention.arbitrary_arrest" not in _of(codes, "阿力木江·艾则孜"), codes
