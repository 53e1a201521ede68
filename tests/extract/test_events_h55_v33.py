"""Events lost on the spent v33 (issue 11, h-v33events): general causes, invented names, our own sentences.

- Kazakh custody told in the active voice, the person its object («әкемді ұстап, лагерьге жіберді»): an arrest
  and a detention; a summons by the police («полиция … шақырды») and «тергелді»: an interrogation.
- "left the country" (« a quitté le pays ») with a place abroad named after it in its clause: an exit, for the
  companions named too, though the text never told the person held in China.
Each refusal has a positive control in the same text.
"""

from __future__ import annotations

from guwah.extract import extract_text


def events(text: str, language: str) -> set[tuple[str, str, str | None]]:
    out = extract_text(text, language=language, document_date="2023-05-01")
    names = {p["id"]: p["name"] for p in out["persons"]}
    return {(e["type"], names.get(e["person"]), (e["date"] or {}).get("value")) for e in out["events"]}


def test_kazakh_held_and_sent_to_a_centre_in_the_active_voice_is_an_arrest_and_a_detention():
    found = events("Менің атым Айгерім Сапарқызы. Ағамды, Болат Сапарұлын, 2018 жылы наурызда ешқандай "
                   "құжатсыз ұстап, «оқу орталығына» жіберді.", "kk")
    assert ("arrest", "Болат Сапарұлы", "2018-03") in found
    assert ("detention", "Болат Сапарұлы", "2018-03") in found


def test_kazakh_holding_a_hand_or_sending_a_child_to_school_is_no_custody():
    found = events("Менің атым Айгерім Сапарқызы. Ағам Болат Сапарұлы 2019 жылы қолымнан ұстап, үйге апарды. "
                   "Мен 2020 жылы ұлымды оқуға жібердім. Ағам 2021 жылы ұсталып, түрмеге қамалды.", "kk")
    assert not any(kind == "arrest" and when == "2019" for kind, _who, when in found)
    assert not any(kind == "detention" and when == "2020" for kind, _who, when in found)
    # positive control: the passive custody of the same brother
    assert ("arrest", "Болат Сапарұлы", "2021") in found


def test_kazakh_called_in_by_the_police_is_an_interrogation_but_calling_the_police_is_not():
    found = events("Менің атым Айгерім Сапарқызы. 2020 жылы мен көршіме бола полицияны шақырдым. "
                   "2022 жылы полиция Болат Сапарұлын шақырып, оның қызы туралы сұрады.", "kk")
    assert ("interrogation", "Болат Сапарұлы", "2022") in found
    assert not any(kind == "interrogation" and when == "2020" for kind, _who, when in found)


def test_left_the_country_for_a_place_abroad_is_an_exit_for_the_traveller_and_the_companion():
    found = events("Je m'appelle Zaynura Kamil. Mon père, Obul Rozi, a quitté le pays en 2014 avec ma mère, "
                   "Gulnisa Ablet, quand nous sommes venues en Belgique.", "fr")
    assert ("exit", "Obul Rozi", "2014") in found
    assert ("exit", "Gulnisa Ablet", "2014") in found
    found = events("My name is Zaynura Kamil. My father, Obul Rozi, left the country in 2014 and settled in Belgium.", "en")
    assert ("exit", "Obul Rozi", "2014") in found


def test_left_the_country_with_no_place_named_and_never_held_is_still_no_exit():
    found = events("Je m'appelle Zaynura Kamil. Mon père, Obul Rozi, a quitté le pays en 2014. "
                   "Mon oncle, Tahir Rozi, a quitté le pays en 2016 pour s'installer en Belgique.", "fr")
    assert not any(kind == "exit" and who == "Obul Rozi" for kind, who, _when in found)
    # positive control: the uncle's departure names where to
    assert ("exit", "Tahir Rozi", "2016") in found


def test_chinese_he_after_i_is_the_one_named_before_not_the_narrator():
    found = events("本人古丽娜·热合曼。我丈夫买买提·阿不都是维吾尔族，在和田开饭馆。2017年5月，他被派出所带走了。"
                   "过了很久我才知道，他被送进了“教育培训中心”。2019年他被转到库尔勒的一个工厂。", "zh")
    assert ("detention", "买买提·阿不都", "2017-05") in found
    assert ("transfer", "买买提·阿不都", "2019") in found
    assert not any(who == "古丽娜·热合曼" and kind in ("detention", "transfer") for kind, who, _when in found)
    # positive control: 我 itself is still the narrator
    found = events("本人古丽娜·热合曼。我丈夫买买提·阿不都是维吾尔族，在和田开饭馆。2018年3月我被派出所带走了。", "zh")
    assert ("arrest", "古丽娜·热合曼", "2018-03") in found


def test_chinese_a_record_of_a_caller_her_after_the_caller_is_the_caller():
    # 来电人 "the caller" is a record's third-person word for its subject: 她 after it is the caller
    found = events("来电人：古丽娜·热合曼。其丈夫买买提·阿不都是维吾尔族，2017年5月被派出所带走了。"
                   "来电人还说，2018年3月她也被派出所带走了。", "zh")
    assert ("arrest", "古丽娜·热合曼", "2018-03") in found
    # positive control: the husband named before keeps his own arrest
    assert ("arrest", "买买提·阿不都", "2017-05") in found
    assert ("arrest", "买买提·阿不都", "2018-03") not in found
