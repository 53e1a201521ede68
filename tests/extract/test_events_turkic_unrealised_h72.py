"""Kazakh and Uyghur events (issue 11, h-kkug72): a move or an act only intended, wished, asked for or
owed (the verb's mood after its stem: Kazakh -мақшы, -ғысы келді, -сын, -ыңыздар, -уы керек; Uyghur
-ماقچى / -maqchi, -غۇسى كەلدى, -سۇن / -sun, -ىڭلار / -inglar, -ىشى كېرەك) is not told as done
(`lexicon.unreal_after`, the scope test with the negation after the verb, `lexicon.negated_after`); the
person of a Kazakh act with none in its sentence goes on from the paragraph; «мені» / مېنى before such a
sentence is the narrator; exits to a city abroad or out of a place in China, returns by a plain "went to" a place in China, releases
out of a camp, interrogations in the active voice and sentences told as heard (-пты) (vocab/events/kk.yaml, ug.yaml). Invented sentences and
names; each refusal with the done form as its positive control.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text
from guwah.extract.lexicon import negated_after, unreal_after

KK_NAME = "Нұрдәулет Бейсенғалиұлы"
UG_NAME = "پەرھاتجان ئوسمانقۇل"
KK = f"Інім {KK_NAME} "
UG = f"ئىنىم {UG_NAME} "


def events(text: str, language: str) -> set[tuple[str, str | None, str | None]]:
    out = extract_text(text, language=language, document_date="2022-06-01")
    names = {p["id"]: p["name"] for p in out["persons"]}
    return {(e["type"], names.get(e["person"]), (e["date"] or {}).get("value")) for e in out["events"]}


def kinds(text: str, language: str) -> set[str]:
    return {kind for kind, _name, _date in events(text, language)}


@pytest.mark.parametrize(("language", "unrealised", "done", "kind"), [
    # Uyghur: the intention (-maqchi, on the converb's auxiliary too), the wish, the optative, the imperative,
    # the obligation
    ("ug", UG + "2017-يىلى قازاقىستانغا چىقماقچى بولدى.", UG + "2017-يىلى قازاقىستانغا چىقتى.", "exit"),
    ("ug", UG + "2017-يىلى تۈركىيەگە كۆچۈپ كەلمەكچى.", UG + "2017-يىلى تۈركىيەگە كۆچۈپ كەلدى.", "exit"),
    ("ug", UG + "2017-يىلى قازاقىستانغا چىققۇسى كەلدى.", UG + "2017-يىلى قازاقىستانغا چىقتى.", "exit"),
    ("ug", UG + "2017-يىلى تۇتۇلدى. ئۇ قويۇپ بېرىلسۇن.", UG + "2017-يىلى تۇتۇلدى. ئۇ قويۇپ بېرىلدى.", "release"),
    ("ug", UG + "2017-يىلى تۇتۇلدى. ئۇنى قويۇپ بېرىڭلار.", UG + "2017-يىلى تۇتۇلدى. ئۇنى قويۇپ بەردى.", "release"),
    ("ug", UG + "2017-يىلى تۇتۇلدى. ئۇ قويۇپ بېرىلىشى كېرەك.", UG + "2017-يىلى تۇتۇلدى. ئۇ قويۇپ بېرىلدى.", "release"),
    # Kazakh: the intention, the wish, the optative, the polite imperative, the obligation
    ("kk", KK + "2017 жылы Қазақстанға өтпекші болды.", KK + "2017 жылы Қазақстанға өтті.", "exit"),
    ("kk", KK + "2017 жылы Қазақстанға көшіп келмекші болды.", KK + "2017 жылы Қазақстанға көшіп келді.", "exit"),
    ("kk", KK + "2017 жылы Қазақстанға кеткісі келді.", KK + "2017 жылы Қазақстанға кетті.", "exit"),
    ("kk", KK + "2017 жылы ұсталды. Ол босатылсын.", KK + "2017 жылы ұсталды. Ол босатылды.", "release"),
    ("kk", KK + "2017 жылы ұсталды. Оны босатыңыздар.", KK + "2017 жылы ұсталды. Оны босатты.", "release"),
    ("kk", KK + "2017 жылы ұсталды. Ол босатылуы керек.", KK + "2017 жылы ұсталды. Ол босатылды.", "release"),
])
def test_an_intended_wished_or_asked_for_act_is_no_event(language, unrealised, done, kind):
    assert kind not in kinds(unrealised, language)
    assert kind in kinds(done, language)


def test_the_mood_is_read_on_the_auxiliary_after_a_converb():
    intended, done, denied = "көшіп келмекші болды", "көшіп келді", "көшіп келмеді"
    end = len("көшіп")  # an act's words that stop at the converb
    assert unreal_after(intended, end, "kk") and not unreal_after(done, end, "kk")
    assert negated_after(denied, end, "kk") and not negated_after(done, end, "kk")
    intended, done, denied = "كۆچۈپ كەلمەكچى", "كۆچۈپ كەلدى", "كۆچۈپ كەلمىدى"
    end = len("كۆچۈپ")
    assert unreal_after(intended, end, "ug") and not unreal_after(done, end, "ug")
    assert negated_after(denied, end, "ug") and not negated_after(done, end, "ug")


def test_an_intended_arrest_gives_no_violation_code():
    def codes(text):
        return {v["code"] for p in extract_text(text, language="kk")["persons"] for v in p["violations"]}

    assert "detention.arbitrary_arrest" not in codes(KK + "2018 жылы ұсталмақшы болды.")
    assert "detention.arbitrary_arrest" in codes(KK + "2018 жылы ұсталды.")


def test_a_kazakh_act_with_no_person_goes_on_with_the_paragraph():
    text = (KK + "2018 жылы ұсталды. Ол жерде көп адам болды. Тамақ аз берді. Түнде ұйықтатпады. 2019 жылы босатты."
            "\n\n2020 жылы босатты.")
    found = events(text, "kk")
    assert ("release", KK_NAME, "2019") in found  # four sentences after the name, in its paragraph
    assert not any(kind == "release" and date == "2020" for kind, _name, date in found)  # another paragraph


def test_me_before_a_sentence_with_no_person_is_the_narrator():
    text = ("مېنىڭ ئىسمىم دىلنۇر ئابلىكىمقىزى. مېنى 2018-يىلى لاگېرغا قامىدى. مېنى سوتقا چىقارمىدى. "
            "2019-يىلى 3-ئايدا قويۇپ بەردى.")
    found = events(text, "ug")
    assert any(kind == "detention" for kind, _name, _date in found)  # the narrator is read for "me"
    releases = [(name, date) for kind, name, date in found if kind == "release"]
    assert releases and releases[0][1] == "2019-03"
    assert releases[0][0] == next(name for kind, name, _date in found if kind == "detention")


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ug", UG + "2016-يىلى ئىستانبۇلغا كۆچۈپ كەلدى.", ("exit", UG_NAME, "2016")),
    ("kk", KK + "2016 жылы Қазақстанға көшіп келді. Ол 2018 жылы Құлжаға барды.", ("return", KK_NAME, "2018")),
    ("ug", UG + "ئىستانبۇلدا تۇرىدۇ. ئۇ 2018-يىلى قەشقەرگە باردى.", ("return", UG_NAME, "2018")),
    ("kk", KK + "2018 жылы ұсталды. Ол 2019 жылы лагерьден шықты.", ("release", KK_NAME, "2019")),
    ("kk", KK + "2018 жылы ұсталды. Полиция оны екі күн тергеді.", ("interrogation", KK_NAME, "2018")),
    ("ug", UG + "2018-يىلى تۇتۇلدى. ساقچىلار ئۇنى ئۈچ قېتىم سوراق قىلدى.", ("interrogation", UG_NAME, "2018")),
    ("kk", KK + "2018 жылы ұсталды. Ол 2021 жылы лагерьден шығарылды.", ("release", KK_NAME, "2021")),
    ("kk", KK + "2018 жылы ұсталды. 2019 жылы сот оны он жылға соттапты.", ("sentencing", KK_NAME, "2019")),
    # out of a place in China, the ablative (`origin`)
    ("kk", KK + "2009 жылы Қытайдан көшіп келген.", ("exit", KK_NAME, "2009")),
    ("ug", UG + "2009-يىلى جۇڭگودىن كۆچۈپ كەلدى.", ("exit", UG_NAME, "2009")),
])
def test_a_journey_a_release_and_a_questioning_told_plainly(language, text, expected):
    found = events(text, language)
    assert any(kind == expected[0] and date == expected[2] and name and name.startswith(expected[1].split()[0])
               for kind, name, date in found), found


@pytest.mark.parametrize(("language", "text", "kind"), [
    # denied: the same rows with the negative suffix
    ("kk", KK + "2016 жылы Қазақстанға көшіп келді. Ол 2018 жылы Құлжаға бармады.", "return"),
    ("ug", UG + "ئىستانبۇلدا تۇرىدۇ. ئۇ 2018-يىلى قەشقەرگە بارمىدى.", "return"),
    ("kk", KK + "2018 жылы ұсталды. Ол лагерьден шықпады.", "release"),
    ("kk", KK + "2018 жылы ұсталды. Полиция оны тергеген жоқ.", "interrogation"),
    ("ug", UG + "2018-يىلى تۇتۇلدى. ساقچىلار ئۇنى سوراق قىلمىدى.", "interrogation"),
    ("ug", UG + "2016-يىلى ئىستانبۇلغا كۆچۈپ كەلمەكچى بولدى.", "exit"),
    ("kk", KK + "2018 жылы ұсталды. Ол лагерьден шығарылмады.", "release"),
    # a journey that began abroad crosses out of China nowhere
    ("kk", KK + "2009 жылы Түркиядан көшіп келген.", "exit"),
    ("ug", UG + "2009-يىلى تۈركىيەدىن كۆچۈپ كەلدى.", "exit"),
    # a journey inside China of one the text puts living there is no return
    ("kk", KK + "Құлжада тұрады. Ол 2018 жылы Үрімжіге барды.", "return"),
    ("ug", UG + "قەشقەردە تۇرىدۇ. ئۇ 2018-يىلى ئۈرۈمچىگە باردى.", "return"),
])
def test_the_same_rows_denied_or_at_home_give_no_event(language, text, kind):
    assert kind not in kinds(text, language)


@pytest.mark.parametrize(("language", "doubted", "told", "kind"), [
    ("kk", KK + "2019 жылы сотталды, бірақ отбасы оны растамайды.", KK + "2019 жылы сотталды, отбасы оны растайды.",
     "sentencing"),
    ("kk", KK + "2019 жылы түрмеде қайтыс болды дейді, бірақ мен сенбеймін.", KK + "2019 жылы түрмеде қайтыс болды.",
     "death"),
    ("ug", UG + "2019-يىلى باشقا لاگېرغا يۆتكەلگەن، ئەمما بۇنى ھېچكىم ئىسپاتلاپ بېرەلمىدى.",
     UG + "2019-يىلى باشقا لاگېرغا يۆتكەلگەن.", "transfer"),
])
def test_an_act_its_teller_does_not_believe_or_confirm_is_no_event(language, doubted, told, kind):
    assert kind not in kinds(doubted, language)
    assert kind in kinds(told, language)
