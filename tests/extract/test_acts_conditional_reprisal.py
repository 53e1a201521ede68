"""A reprisal told as a condition (issue 11, h-x30c): a relative warned that harm comes to them or
theirs if someone abroad goes on speaking or does not come back (`family.reprisal`, rules only).

The largest kind of undetected code on the spent sets (v7 … v14: family.reprisal not detected or
given as another code, 29 in English): the rules read a reprisal only after a cause ("because I
spoke"), never a condition ("if her son keeps giving interviews"). Invented sentences; each refusal
has a positive control in the same form.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def codes(text: str, language: str | None = None) -> dict[str, set[str]]:
    out = extract_text(text, language=language) if language else extract_text(text)
    return {p["name"]: {v["code"] for v in p["violations"]} for p in out["persons"]}


@pytest.mark.parametrize(("text", "victim"), [
    ("In March an official from the county rang Aygul Tursun and warned her that her brother's prison term "
     "would get longer if her son in Berlin kept giving interviews.", "Aygul Tursun"),
    ("Last week a caller from the Hotan police said that Nurlan Seitov would have problems if I went on "
     "speaking at rallies.", "Nurlan Seitov"),
    ("Her mother, Zohre Imin, was warned by two officers that the family would face more trouble if her "
     "daughter went on talking to reporters.", "Zohre Imin"),
    ("Officers warned Kamil Yasin in 2019 that he would lose his pension unless his daughter came back.",
     "Kamil Yasin"),
])
def test_a_relative_warned_of_harm_if_someone_speaks_or_stays_away(text, victim):
    assert "family.reprisal" in codes(text)[victim]


def test_a_condition_without_speaking_out_or_the_state_is_no_reprisal():
    # a family's own promise, a weather remark: no one of the state, no speaking out
    found = codes("Dilbar Omer told her nephew Ilham Omer that he would get a bicycle if he came home early. "
                  "Aygul Tursun told her friend Meryem Kerim that the bus would be late if it kept raining.")
    assert not any("family.reprisal" in c for c in found.values())
    # positive control: the same promise made by the police about speaking out
    found = codes("The township police warned Ilham Omer that he would lose his stall if his aunt kept talking "
                  "to reporters.")
    assert "family.reprisal" in found["Ilham Omer"]


def test_the_one_abroad_told_of_a_condition_on_himself_is_not_the_relative():
    # "told him … if he stopped": he is the one abroad, pressed (not a relative punished)
    found = codes("Memet Ablet lives in Munich. An officer told him that he would have trouble if he kept "
                  "talking to journalists.")
    assert "family.reprisal" not in found.get("Memet Ablet", set())
    # positive control: the condition on someone else
    found = codes("Memet Ablet lives in Kashgar. An officer told him that he would have trouble if his "
                  "daughter kept talking to journalists.")
    assert "family.reprisal" in found["Memet Ablet"]


def test_russian_a_named_relative_promised_harm_if_someone_speaks():
    found = codes("Анвару Тохти позвонил полицейский и сказал, что Гульнаре станет хуже, если он продолжит выступать.")
    assert "family.reprisal" in found["Гульнара"]
    assert "family.reprisal" not in found.get("Анвару Тохти", set())  # the one abroad: pressed, not a relative
    # control: a condition with no speaking out
    found = codes("Айгерим Касымова сказала, что Гульнаре будет плохо, если погода не изменится.")
    assert not any("family.reprisal" in c for c in found.values())


def test_french_a_relative_promised_harm_if_someone_speaks():
    found = codes("Selon Mme Gulnar Ablet, un policier l'a appelée et a dit que son frère Kamil aurait des ennuis "
                  "si elle continuait à parler aux journalistes.")
    assert "family.reprisal" in found["Kamil"]
    assert "family.reprisal" not in found["Gulnar Ablet"]
    # control: a condition with no speaking out and no one of the state
    found = codes("Gulnar Ablet dit que son frère Kamil aurait froid s'il sortait sans manteau.")
    assert not any("family.reprisal" in c for c in found.values())


def test_a_relative_told_to_ring_the_one_abroad():
    # British "ring" beside "call" and "phone" (h-x30c: v14's lost reprisal)
    found = codes("Gulnar Ablet lives in Yining. In May the police came to her flat and told her to ring him "
                  "in Oslo and make him stop his campaign.")
    assert "family.reprisal" in found["Gulnar Ablet"]
    # control: told to ring a doctor, no one of hers
    found = codes("Gulnar Ablet lives in Yining. In May the police came to her flat and told her to ring a doctor.")
    assert "family.reprisal" not in found.get("Gulnar Ablet", set())


def test_russian_a_place_in_the_locative_is_not_the_relative():
    found = codes("Анвару Тохти позвонил полицейский и сказал, что в Кульдже будет плохо, если он продолжит выступать.")
    assert not any("family.reprisal" in c for c in found.values())
    # control: a named relative in the dative
    found = codes("Анвару Тохти позвонил полицейский и сказал, что Гульнаре в Кульдже будет плохо, если он "
                  "продолжит выступать.")
    assert "family.reprisal" in found["Гульнара"]
