"""Uyghur events and acts (issue 11, h-ug40): before this a Uyghur text, in Arabic script or Uyghur
Latin, gave no event and no violation code. Verb stems of custody and travel in both scripts
(src/guwah/vocab/events/ug.yaml) and ways of saying the commonest acts (src/guwah/vocab/acts/ug.yaml),
the person by `turkic.ActPersons`, the date as in Kazakh, Uyghur negation after the verb (the
suffix -ma-/-me-/-mi-, يوق / yoq, ئەمەس / emes: `lexicon.negated_after`) denying them. Invented
sentences; each refusal with a positive control in the same text.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text
from guwah.extract.lexicon import negated_after, unreal_after


def result(text: str) -> dict:
    return extract_text(text, language="ug", document_date="2022-06-01")


def events(text: str) -> set[tuple[str, str | None, str | None]]:
    out = result(text)
    names = {p["id"]: p["name"] for p in out["persons"]}
    return {(e["type"], names.get(e["person"]), (e["date"] or {}).get("value")) for e in out["events"]}


def codes(text: str) -> dict[str, set[str]]:
    return {p["name"]: {v["code"] for v in p["violations"]} for p in result(text)["persons"]}


@pytest.mark.parametrize(("text", "expected"), [
    # arrested, sent to a camp, released, died, sentenced — Arabic script
    ("ئىنىم مەمەت ئابدۇللا 2018-يىلى 4-ئايدا تۇتۇلدى.", ("arrest", "مەمەت ئابدۇللا", "2018-04")),
    ("ئىنىم مەمەت ئابدۇللا 2018-يىلى لاگېرغا ئەۋەتىلدى.", ("detention", "مەمەت ئابدۇللا", "2018")),
    ("ئىنىم مەمەت ئابدۇللا 2019-يىلى 11-ئايدا قويۇپ بېرىلدى.", ("release", "مەمەت ئابدۇللا", "2019-11")),
    ("ئىنىم مەمەت ئابدۇللا 2020-يىلى ۋاپات بولدى.", ("death", "مەمەت ئابدۇللا", "2020")),
    ("ئىنىم مەمەت ئابدۇللا 2019-يىلى يەتتە يىلغا كېسىلدى.", ("sentencing", "مەمەت ئابدۇللا", "2019")),
    ("ئىنىم مەمەت ئابدۇللا 2019-يىلى باشقا لاگېرغا يۆتكەلدى.", ("transfer", "مەمەت ئابدۇللا", "2019")),
    # the same in Uyghur Latin
    ("Inim Memet Abdulla 2018-yili 4-ayda tutuldi.", ("arrest", "Memet Abdulla", "2018-04")),
    ("Inim Memet Abdulla 2018-yili lagérgha ewetildi.", ("detention", "Memet Abdulla", "2018")),
    ("Inim Memet Abdulla 2019-yili 11-ayda qoyup bérildi.", ("release", "Memet Abdulla", "2019-11")),
    ("Inim Memet Abdulla 2020-yili wapat boldi.", ("death", "Memet Abdulla", "2020")),
    ("Inim Memet Abdulla 2019-yili yette yilgha késildi.", ("sentencing", "Memet Abdulla", "2019")),
    ("Inim Memet Abdulla 2016-yili Türkiyege chiqip ketti.", ("exit", "Memet Abdulla", "2016")),
    # a country's final ە weakened to ى before the suffix (h-events59), and as written in full
    ("ئىنىم مەمەت ئابدۇللا 2016-يىلى تۈركىيىگە كەلدى.", ("exit", "مەمەت ئابدۇللا", "2016")),
    ("ئىنىم مەمەت ئابدۇللا 2016-يىلى تۈركىيەگە كەلدى.", ("exit", "مەمەت ئابدۇللا", "2016")),
    ("ئىنىم مەمەت ئابدۇللا 2017-يىلى گېرمانىيىگە چىقىپ كەتتى.", ("exit", "مەمەت ئابدۇللا", "2017")),
])
def test_an_event_told_in_uyghur_is_read_in_both_scripts(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize(("denied", "told", "kind", "name"), [
    # the negative suffix after the stem
    ("ئىنىم مەمەت ئابدۇللا 2018-يىلى تۇتۇلمىدى.", "ئىنىم مەمەت ئابدۇللا 2018-يىلى تۇتۇلدى.", "arrest", "مەمەت ئابدۇللا"),
    ("Inim Memet Abdulla 2018-yili tutulmidi.", "Inim Memet Abdulla 2018-yili tutuldi.", "arrest", "Memet Abdulla"),
    ("Inim Memet Abdulla 2019-yili qoyup bérilmidi.", "Inim Memet Abdulla 2019-yili qoyup bérildi.", "release",
     "Memet Abdulla"),
    # a negation word after the verb: emes, yoq
    ("ئىنىم مەمەت ئابدۇللا 2018-يىلى تۇتۇلغان ئەمەس.", "ئىنىم مەمەت ئابدۇللا 2018-يىلى تۇتۇلغان.", "arrest",
     "مەمەت ئابدۇللا"),
    ("Inim Memet Abdulla 2018-yili tutulghini yoq.", "Inim Memet Abdulla 2018-yili tutulghan.", "arrest",
     "Memet Abdulla"),
    # a hedge before (belkim, perhaps) or after (dep anglidim, I heard that)
    ("Belkim inim Memet Abdulla 2018-yili tutulghan.", "Inim Memet Abdulla 2018-yili tutulghan.", "arrest",
     "Memet Abdulla"),
    ("Inim Memet Abdulla 2018-yili tutuldi dep anglidim.", "Inim Memet Abdulla 2018-yili tutuldi.", "arrest",
     "Memet Abdulla"),
    # asked about, with the Arabic question mark
    ("ئىنىم مەمەت ئابدۇللا 2018-يىلى تۇتۇلدىمۇ؟", "ئىنىم مەمەت ئابدۇللا 2018-يىلى تۇتۇلدى.", "arrest",
     "مەمەت ئابدۇللا"),
])
def test_a_denied_hedged_or_asked_uyghur_event_is_no_event(denied, told, kind, name):
    # one text: the denied sentence, then (positive control) a sentence that tells it of another person
    other = told.replace("مەمەت ئابدۇللا", "تۇرسۇن ئابدۇللا").replace("Memet Abdulla", "Tursun Abdulla")
    found = events(f"{denied}\n{other}")
    assert not any(k == kind and who == name for k, who, _when in found)
    assert any(k == kind and who in ("تۇرسۇن ئابدۇللا", "Tursun Abdulla") for k, who, _when in found)


def test_no_news_is_a_disappearance_though_it_says_yoq():
    found = events("Inim Memet Abdulla 2018-yili tutuldi. Uningdin hazirghiche xewer yoq.")
    assert ("disappearance", "Memet Abdulla", "2018") in found  # the absence is the event (negative_form)
    assert ("arrest", "Memet Abdulla", "2018") in found


def test_took_away_is_an_arrest_only_with_the_police():
    found = events("Inim Memet Abdulla 2018-yili qoshnisining sömkisini élip ketti.\n"
                   "Ikkinchi inim Tursun Abdulla 2018-yili saqchilar teripidin élip kétildi.")
    assert not any(kind == "arrest" and who == "Memet Abdulla" for kind, who, _when in found)
    assert ("arrest", "Tursun Abdulla", "2018") in found  # the control: taken away, the police named


def test_many_people_sent_to_camps_is_background_for_no_one():
    found = events("Méning ismim Gülnar Qadir. 2018-yili minglighan kishiler lagérgha ewetildi. "
                   "Inim Memet Qadir 2018-yili lagérgha ewetildi.")
    assert ("detention", "Memet Qadir", "2018") in found  # the control
    assert not any(kind == "detention" and who == "Gülnar Qadir" for kind, who, _when in found)


def test_a_relative_named_by_no_one_is_not_the_teller():
    # "Hebibe told me that her brother died in the camp": not the teller's nor the narrator's death
    found = events("Méning ismim Gülnar Qadir. Hebibe isimlik bir ayal manga akisining lagérda ölgenlikini éytti.\n"
                   "Dadam Qadir Tursun 2019-yili türmide öldi.")
    assert not any(kind == "death" and who in ("Gülnar Qadir", "Hebibe") for kind, who, _when in found)
    assert ("death", "Qadir Tursun", "2019") in found  # the control


@pytest.mark.parametrize(("text", "end", "negated"), [
    ("تۇتۇلمىدى", 5, True),           # tutul|midi
    ("تۇتۇلمىغان", 5, True),          # tutul|mighan
    ("تۇتۇلغان ئەمەس", 5, True),      # … emes
    ("تۇتۇلدى", 5, False),
    ("tutulmidi", 5, True),
    ("tutulmaydu", 5, True),
    ("chiqalmidi", 4, True),          # chiq|almidi: could not leave
    ("tutulghini yoq", 5, True),
    ("tutulghan emes", 5, True),
    ("tutuldi", 5, False),
    ("tutulmaq", 5, False),           # the verbal noun, "to be arrested"
    ("tutulmish", 5, False),          # hearsay, not negation
])
def test_uyghur_negation_after_the_stem(text, end, negated):
    assert negated_after(text, end, "ug") is negated


def test_uyghur_hedges_after_the_act():
    assert unreal_after("tutuldi dep anglidim", 5, "ug") is True
    assert unreal_after("تۇتۇلدى دەپ ئاڭلىدىم", 5, "ug") is True
    assert unreal_after("tutuldi", 5, "ug") is False  # the control


def test_uyghur_acts_give_codes_and_denied_ones_none():
    found = codes("Méning ismim Gülnar Qadir. Inim Memet Qadir lagérgha ewetildi. Lagérda uni urdi.\n"
                  "Ikkinchi inim Tursun Qadir tutulmidi, lékin saqchilar uning pasportini éliwaldi.")
    assert {"detention.internment_camp", "torture.beating"} <= found["Memet Qadir"]
    assert "detention.arbitrary_arrest" not in found["Tursun Qadir"]
    assert "movement.passport_confiscation" in found["Tursun Qadir"]  # the control, same sentence


def test_uyghur_acts_are_not_read_in_another_language():
    text = "Inim Memet Qadir lagérgha ewetildi. Lagérda uni urdi."
    assert any(codes(text).values())  # the control: read as Uyghur
    english = extract_text(text, language="en")
    assert not any(p["violations"] for p in english["persons"])


def test_suffering_of_hunger_is_no_torture():
    found = codes("Méning ismim Gülnar Qadir. Inim Memet Qadir lagérda achliqtin qiynaldi.\n"
                  "Ikkinchi inim Tursun Qadir lagérda qiyin-qistaqqa élindi.")
    assert "torture.beating" not in found["Memet Qadir"]
    assert "torture.beating" in found["Tursun Qadir"]  # the control
