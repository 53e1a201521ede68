"""Codes the tuning sets v38-v41 lost by kind (issue 11, h-codes72), read as data rows of `vocab/acts/`:
a relative called in, visited or questioned about the one abroad (gold convention 5: `family.reprisal` on
the relative), whereabouts kept from the family (convention 2: `disappearance.enforced`), and a euphemism of
study in quotation marks (`detention.internment_camp`). Invented names and sentences; every negative case
(a denial, a hypothetical, a background sentence naming no one, the teller's own question, a real school)
sits in a text whose positive control fires on the same rule.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def codes(text: str, language: str) -> dict[str | None, set[str]]:
    return {p["name"]: {v["code"] for v in p["violations"]}
            for p in extract_text(text, language=language)["persons"]}


@pytest.mark.parametrize(("language", "text", "asked", "not_asked"), [
    # called in by name and asked whom the teller meets abroad; a denial of the same visit before it
    ("en", "Statement.\n\nThe police never went to my aunt, Hajigul Rozi, to ask about me. Last spring the police "
           "called Merdan Osmanjan in and asked him who I meet abroad.", "Merdan Osmanjan", "Hajigul Rozi"),
    # gone to at home and asked why her son speaks; a hypothetical visit ("might") is none
    ("en", "Statement.\n\nThe police might go to my uncle, Tahirjan Sabit, and ask about me. After I gave an "
           "interview, the police went to my mother, Hajigul Rozi, and asked why her son talks to journalists.",
     "Hajigul Rozi", "Tahirjan Sabit"),
    # asked about a relative who lives abroad; the teller's own question about his brother is none
    ("en", "Statement.\n\nI asked the police about my brother in Turkey. His aunt Buhelchem Tursun went to the "
           "police station for a paper; she was held there for a day, asked about her nephew in Turkey and told "
           "to stop calling him.", "Buhelchem Tursun", None),
    # convoquée et pressée de faire taire son fils ; une convocation niée n'en est pas une
    ("fr", "Note.\n\nLa police n'a jamais convoqué sa tante, Gulnisa Kerim, pour lui faire promettre quoi que ce "
           "soit. Pour le faire taire, la police a convoqué sa mère, Aynisa Kerim, qui vit à Hotan, et lui a fait "
           "promettre que son fils arrêterait de parler.", "Aynisa Kerim", "Gulnisa Kerim"),
    # вызвали и расспрашивали о моих статьях; отрицание того же вызова — нет
    ("ru", "Записка.\n\nПолиция не вызывала мою сестру Гульбахар Ибраимову и не расспрашивала её обо мне. В мае "
           "полиция вызвала моего брата Эркина Ибраимова и расспрашивала его о моих статьях.",
     "Эркин Ибраимов", "Гульбахар Ибраимова"),
])
def test_a_relative_asked_about_the_one_abroad_suffers_a_reprisal(language, text, asked, not_asked):
    found = codes(text, language)
    assert "family.reprisal" in found[asked]
    assert not any("family.reprisal" in c for name, c in found.items() if name != asked)
    if not_asked is not None:
        assert not_asked in found  # the denied or hypothetical one is a person, with no reprisal


def test_a_relative_asked_about_his_own_trips_is_no_reprisal_in_french_and_russian():
    # the positive control of each rule in the same text
    found = codes("Note.\n\nDes policiers ont interrogé son père, Yusup Kerim, sur ses voyages. La police a "
                  "convoqué sa mère, Aynisa Kerim, et lui a fait promettre que son fils arrêterait de parler.", "fr")
    assert "family.reprisal" not in found["Yusup Kerim"]
    assert "family.reprisal" in found["Aynisa Kerim"]
    found = codes("Записка.\n\nПолиция вызвала моего брата Эркина Ибраимова и расспрашивала его о его поездках. "
                  "Полиция вызвала мою сестру Гульбахар Ибраимову и расспрашивала её обо мне.", "ru")
    assert "family.reprisal" not in found["Эркин Ибраимов"]
    assert "family.reprisal" in found["Гульбахар Ибраимова"]


@pytest.mark.parametrize(("language", "text", "kept", "told"), [
    ("fr", "Mon frère Dilshat Ablet a été arrêté en 2018. Depuis, personne ne nous dira dans quel camp on le garde. "
           "Mon cousin Tursun Ablet a été arrêté en 2018. On nous a indiqué la ville de sa prison.",
     "Dilshat Ablet", "Tursun Ablet"),
    ("ru", "Моего брата Дильшата Аблета задержали в 2018 году. Место его заключения семье так и не сообщили. "
           "Моего двоюродного брата Турсуна Аблета задержали в 2018 году. Место его заключения семье сообщили "
           "через месяц.", "Дильшат Аблет", "Турсун Аблет"),
])
def test_whereabouts_kept_from_the_family_is_a_disappearance(language, text, kept, told):
    found = codes("Note.\n\n" + text, language)
    assert "disappearance.enforced" in found[kept]
    assert "disappearance.enforced" not in found[told]


@pytest.mark.parametrize(("language", "text", "held"), [
    ("en", 'Note.\n\nIn 2018 the police took my brother Yasin Omer away "to study".', "Yasin Omer"),
    ("en", 'Note.\n\nMy brother Yasin Omer was arrested in 2018. For a year the family was told he was "in '
           'training".', "Yasin Omer"),
    ("en", 'Note.\n\nMy brother Yasin Omer was held in a "closed-management" centre in Yarkand.', "Yasin Omer"),
    ("fr", "Note.\n\nMon frère Yasin Omer a été emmené par la police en 2018. Ils lui ont dit qu'il partait « à "
           "l'école » pour quelques semaines.", "Yasin Omer"),
    ("ru", "Записка.\n\nМой брат Ясин Омер содержится в «школе» под Яркендом.", "Ясин Омер"),
])
def test_a_quoted_euphemism_of_study_is_the_camp(language, text, held):
    assert "detention.internment_camp" in codes(text, language)[held]


def test_a_quoted_study_denied_or_at_a_real_school_is_no_camp():
    found = codes('Note.\n\nMy daughter Aynur Omer goes to "the school" at Ankara university. My brother Yasin '
                  'Omer was never sent "to study". My cousin Ablet Omer was taken away "to study" in 2018.', "en")
    assert "detention.internment_camp" not in found["Aynur Omer"]
    assert "detention.internment_camp" not in found["Yasin Omer"]
    assert "detention.internment_camp" in found["Ablet Omer"]
    found = codes("Note.\n\nMon frère Yasin Omer n'est jamais parti « à l'école ». Ma sœur Aynur Omer est partie "
                  "« en formation » en 2019, nous a dit la police.", "fr")
    assert "detention.internment_camp" not in found["Yasin Omer"]
    assert "detention.internment_camp" in found["Aynur Omer"]


def test_the_one_who_calls_it_a_school_is_not_the_one_held():
    found = codes('Note.\n\nMy brother Yasin Omer was detained in 2018. He spent two years in what his wife '
                  'called "the school". My cousin Ablet Omer was taken away "to study" in 2019.', "en")
    assert not any("detention.internment_camp" in c for name, c in found.items() if name and "wife" in name)
    assert "detention.internment_camp" in found["Ablet Omer"]


def test_a_background_sentence_naming_no_one_gives_no_code():
    found = codes('Note.\n\nIn many towns the police summon relatives and ask about people abroad, and thousands '
                  'were sent "to study" in 2018. The police called Merdan Osmanjan in and asked him who I meet '
                  'abroad.', "en")
    assert "family.reprisal" in found["Merdan Osmanjan"]
    assert set().union(*(c for name, c in found.items() if name != "Merdan Osmanjan")) <= {"transnational.harassment"}


def test_daily_quoted_courses_at_home_are_no_camp_and_a_quoted_school_is():
    found = codes("Записка.\n\nЕё сестре Мадине Касымовой велели каждый день ходить на «курсы» при местной школе. "
                  "Мой брат Ясин Омер содержится в «школе» под Яркендом.", "ru")
    assert "detention.internment_camp" not in found.get("Мадина Касымова", set())
    assert "detention.internment_camp" in found["Ясин Омер"]


def test_french_visits_refused_by_the_place_of_custody_are_incommunicado():
    found = codes("Note.\n\nMon mari Abdukerim Tohti a été arrêté en 2018. Depuis, toutes nos demandes de visite "
                  "sont refusées. Mon frère Ilyas Tohti a été arrêté en 2019 ; ses visites ne sont pas refusées.", "fr")
    assert "detention.incommunicado" in found["Abdukerim Tohti"]
    assert "detention.incommunicado" not in found["Ilyas Tohti"]
