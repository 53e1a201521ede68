"""Violation codes that hold on unseen wordings (issue 11, the 0.16.0 round): ways of saying an act
by lemma and parse (other inflections, voices and word orders than the ones written down),
nominalisations, and the traps that gave forbidden codes (a denial verb, a question). Invented
sentences and names in en, fr and ru; each refusal has a positive control in the same text."""

import pytest

from guwah.vocab import parse_acts
from tests.extract.helpers import codes_of, doc_of, person_named


def codes(doc, name: str) -> set[str]:
    return codes_of(person_named(doc, name))


WHEREABOUTS = {"detention.incommunicado", "disappearance.enforced"}


@pytest.mark.parametrize("language, text, name", [
    ("en", "Police arrested Kamil Tursun in 2018. For months nobody in the county office would tell his wife where he was kept.", "Kamil Tursun"),
    ("en", "Police detained Ruqiye Sadir in 2019. Her parents did not know where she was being held.", "Ruqiye Sadir"),
    ("fr", "La police a arrêté Kamil Tursun en 2018. Des mois durant, son épouse ignorait où on le gardait, et personne ne savait où il était détenu.", "Kamil Tursun"),
    ("ru", "Полиция задержала Камиля Турсуна в 2018 году. Его жене не сообщали, где его держат.", "Камиль Турсун"),
    ("ru", "Полиция задержала Камиля Турсуна в 2018 году. Семья долго не знала, где его держат.", "Камиль Турсун"),
])
def test_nobody_knowing_where_the_person_is_held(language, text, name):
    # the one held is the subject of the "where" clause, not the relative who is not told
    assert WHEREABOUTS <= codes(doc_of(text, language), name)


@pytest.mark.parametrize("language, text, name", [
    ("en", "Kamil Tursun knew where the camp was, and drove Alim Sabit there. Officers kept Alim Sabit in a camp for a year.", "Kamil Tursun"),
    ("ru", "Камиль Турсун знал, где находится лагерь. Алима Сабитова держали в лагере под Коргасом.", "Камиль Турсун"),
])
def test_knowing_where_a_place_is_is_no_disappearance(language, text, name):
    doc = doc_of(text, language)
    assert not (WHEREABOUTS | {"detention.internment_camp"}) & codes(doc, name)
    control = "Alim Sabit" if language == "en" else "Алим Сабитов"
    assert "detention.internment_camp" in codes(doc, control)


@pytest.mark.parametrize("language, text, name", [
    ("en", "In 2019 the guards held Merdan Sabit inside a camp by the river.", "Merdan Sabit"),
    ("en", "The officers locked Merdan Sabit up in the camp outside the town in 2019.", "Merdan Sabit"),
    ("en", "His cousin Alim Sabit was sent for a year to a political school.", "Alim Sabit"),
    ("en", "Zohre Ablet drew a map of the camp in which the guards had held her.", "Zohre Ablet"),
    ("fr", "Alim Sabit a été transféré en 2019 vers un centre de formation au sud de la ville.", "Alim Sabit"),
    ("ru", "Мердана Сабитова весной поместили в уездный центр обучения.", "Мердан Сабитов"),
    ("ru", "Алима Сабитова держали в лагере под Коргасом.", "Алим Сабитов"),
])
def test_held_in_a_camp_in_any_voice_and_order(language, text, name):
    assert "detention.internment_camp" in codes(doc_of(text, language), name)


@pytest.mark.parametrize("language, text, name", [
    ("en", "Yusup Qadir lost his job after his arrest in 2017.", "Yusup Qadir"),
    ("fr", "Yusup Qadir a perdu son travail après son arrestation en 2017.", "Yusup Qadir"),
    ("ru", "После его ареста Юсуп Кадыров потерял работу.", "Юсуп Кадыров"),
])
def test_an_arrest_named_by_its_noun(language, text, name):
    assert "detention.arbitrary_arrest" in codes(doc_of(text, language), name)


@pytest.mark.parametrize("language, text, name", [
    ("en", "Since her release Gulzar Memet cannot leave her town without a permit.", "Gulzar Memet"),
    # reporting alone is no house arrest (the 0.16.x round: tests/extract/test_violations_v9_kinds.py)
    ("en", "After his release Tohti Rozi had to stay in his township and check in at the police station each week.", "Tohti Rozi"),
    ("fr", "Depuis sa libération, il est interdit à Gulzar Memet de quitter son domicile.", "Gulzar Memet"),
    ("ru", "После освобождения Гульзар Мамет запрещено покидать село без разрешения.", "Гульзар Мамет"),
])
def test_confined_to_a_place_after_release(language, text, name):
    assert "detention.house_arrest" in codes(doc_of(text, language), name)


def test_a_room_not_to_be_left_is_no_house_arrest():
    doc = doc_of("In the camp Erkin Yasin was not allowed to leave the room at night. "
                 "Since her release Gulzar Memet cannot leave her town without a permit.")
    assert "detention.house_arrest" not in codes(doc, "Erkin Yasin")
    assert "detention.house_arrest" in codes(doc, "Gulzar Memet")  # the control


# Traps (forbidden codes of the tuning sets, by kind): what a person denies, and what a question asks.
@pytest.mark.parametrize("language, text, spared, control", [
    ("en", "Ablet Hoshur denies that he was ever given electric shocks. Guards gave Kamil Hoshur electric shocks.",
     "Ablet Hoshur", "Kamil Hoshur"),
    ("fr", "Ablet Hoshur nie avoir été battu. Les gardiens ont battu Kamil Hoshur.", "Ablet Hoshur", "Kamil Hoshur"),
])
def test_a_denied_act_is_not_coded(language, text, spared, control):
    doc = doc_of(text, language)
    code = "torture.electric_shock" if language == "en" else "torture.beating"
    assert code not in codes(doc, spared)
    assert code in codes(doc, control)


def test_a_question_states_no_act():
    doc = doc_of("Were you given electric shocks, Mr Ablet Hoshur? Guards gave Kamil Hoshur electric shocks.")
    assert "torture.electric_shock" not in codes(doc, "Ablet Hoshur")
    assert "torture.electric_shock" in codes(doc, "Kamil Hoshur")  # the control


def test_reported_speech_gives_the_act_to_whom_it_was_done():
    doc = doc_of("Gulnar Emet said the police had beaten her husband Tursun Rozi.")
    assert "torture.beating" in codes(doc, "Tursun Rozi")
    assert "torture.beating" not in codes(doc, "Gulnar Emet")


def test_a_token_attribute_the_extractor_never_sets_is_refused():
    # LOWER is a lexical attribute: unset in the rebuilt document, a pattern on it matches nothing
    with pytest.raises(ValueError, match="LOWER"):
        parse_acts("- code: torture.beating\n  tokens: [{LOWER: beaten}]\n", "en", "test")
    assert parse_acts("- code: torture.beating\n  tokens: [{LEMMA: beat}]\n", "en", "test")
