"""Codes the institutional and casework sets lost by kind (issue 11, h-codes74): whereabouts kept from the
family beside a contact cut (gold convention 2: both codes), a relative summoned or questioned and pressed over
the one abroad (convention 3: `family.reprisal`, in English, French, Russian and Uyghur), a family kept apart in
Chinese and Kazakh, and Uyghur's "not let to write" and "forced to work". Invented names and sentences; every
negative case sits in a text whose positive control fires on the same rule.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def codes(text: str, language: str) -> dict[str | None, set[str]]:
    return {p["name"]: {v["code"] for v in p["violations"]}
            for p in extract_text(text, language=language)["persons"]}


@pytest.mark.parametrize(("language", "text", "untold", "known"), [
    ("en", "Note.\n\nPolice arrested Dolkun Sabirjan in 2018. Since then not a single call, and nobody will tell "
           "us where he is.\n\nPolice arrested Abdukerim Nasirov in 2019. He is in the prison in Aksu, and the prison "
           "allows no calls and no visits.", "Dolkun Sabirjan", "Abdukerim Nasirov"),
    ("ru", "Записка.\n\nПолиция задержала Долкуна Сабиржанова в 2018 году. С тех пор связи с ним нет; где он "
           "содержится, семье неизвестно.\n\nПолиция задержала Абдукерима Насирова в 2019 году. Он в тюрьме в "
           "Аксу, и связи с ним нет.", "Долкун Сабиржанов", "Абдукерим Насиров"),
])
def test_a_contact_cut_and_the_place_untold_are_both_codes(language, text, untold, known):
    found = codes(text, language)
    assert {"detention.incommunicado", "disappearance.enforced"} <= found[untold]
    # the place known, the contact cut: incommunicado only (convention 2)
    assert "detention.incommunicado" in found[known]
    assert "disappearance.enforced" not in found[known]


def test_a_relative_summoned_and_told_to_silence_the_one_abroad_suffers_a_reprisal_in_english():
    found = codes("Case note on Zulpiye Hamitova.\n\n- May 2020: Dolkun Sabirjan summoned by police and told to "
                  "stop his sister abroad from talking to journalists.\n- June 2020: Abdukerim Nasirov summoned by "
                  "police and told to stop praying at work.", "en")
    assert "family.reprisal" in found["Dolkun Sabirjan"]
    # told to stop a practice of his own, with no one abroad or speaking out: no reprisal
    assert "family.reprisal" not in found.get("Abdukerim Nasirov", set())


def test_a_relative_summoned_and_pressed_or_asked_about_the_one_abroad_in_french():
    found = codes("Note.\n\nJ'habite à Lyon. Ma tante, Ruqiye Turghun, on l'a convoquée au commissariat et ils lui "
                  "ont demandé pourquoi je parle aux journalistes. Mon oncle, Abdukerim Nasirov, a été convoqué "
                  "à la mairie et sommé de payer une amende.", "fr")
    assert "family.reprisal" in found["Ruqiye Turghun"]
    assert "family.reprisal" not in found.get("Abdukerim Nasirov", set())
    found = codes("Note.\n\nSa mère, Ruqiye Turghun, a été convoquée deux fois et pressée de téléphoner à son fils en "
                  "Allemagne pour lui demander de se taire.", "fr")
    assert "family.reprisal" in found["Ruqiye Turghun"]


def test_a_relative_named_by_a_pronoun_questioned_about_my_posts_in_russian():
    found = codes("Записка.\n\nЯ живу в Алматы. Мой брат Долкун Сабиржанов сказал, что его снова вызвали в участок "
                  "и допрашивали обо мне.", "ru")
    assert "family.reprisal" in found["Долкун Сабиржанов"]
    # questioned about his own trips: no reprisal, by the same entry
    found = codes("Записка.\n\nЯ живу в Алматы. Мой брат Долкун Сабиржанов сказал, что его вызывали в полицию и "
                  "допрашивали про его поездки.", "ru")
    assert "family.reprisal" not in found.get("Долкун Сабиржанов", set())


def test_uyghur_a_relative_questioned_about_doings_abroad_not_let_to_write_and_forced_to_work():
    found = codes("دولقۇن سابىرجان ئۈرۈمچىدە تۇرىدۇ. ساقچىلار ئۇنى ساقچىخانىغا چاقىرىپ، مېنىڭ گېرمانىيەدە نېمە ئىش "
                  "قىلىۋاتقىنىمنى سوراپتۇ.", "ug")
    assert "family.reprisal" in found["دولقۇن سابىرجان"]
    # questioned with nothing asked of anyone abroad: no reprisal
    found = codes("دولقۇن سابىرجان ئۈرۈمچىدە تۇرىدۇ. ساقچىلار ئۇنى ساقچىخانىغا چاقىرىپ، دۇكىنى توغرىسىدا سوراپتۇ.", "ug")
    assert "family.reprisal" not in found.get("دولقۇن سابىرجان", set())
    found = codes("دولقۇن سابىرجان 2018-يىلى تۇتۇلدى. ھازىر تۈرمىدە. ئۇنىڭغا خەت يېزىشقا يول قويۇلمايدۇ.", "ug")
    assert "detention.incommunicado" in found["دولقۇن سابىرجان"]
    found = codes("دولقۇن سابىرجان قويۇپ بېرىلدى، ئەمما بىر زاۋۇتتا ئىشلەشكە مەجبۇر.", "ug")
    assert "labour.forced_labour" in found["دولقۇن سابىرجان"]
    # "forced" denied after the word: none
    found = codes("دولقۇن سابىرجان قويۇپ بېرىلدى، ئۇ زاۋۇتتا ئىشلەشكە مەجبۇر ئەمەس.", "ug")
    assert "labour.forced_labour" not in found.get("دولقۇن سابىرجان", set())


def test_chinese_a_family_kept_apart_by_years_unseen_not_a_trip():
    found = codes("艾尔肯·吐尔逊回不来，他的孩子们已经四年没见过爸爸了。", "zh")
    assert "family.separation" in found["艾尔肯·吐尔逊"]
    # a trip one cannot come back from names no family: none, by the same entry
    found = codes("艾尔肯·吐尔逊去北京出差，因为下雪回不来。", "zh")
    assert "family.separation" not in found.get("艾尔肯·吐尔逊", set())


def test_kazakh_one_who_cannot_come_to_the_family_is_kept_apart():
    found = codes("Долқын Сәбиржанұлы бізге келе алмайды.", "kk")
    assert "family.separation" in found["Долқын Сәбиржанұлы"]
    # who can come: none
    found = codes("Долқын Сәбиржанұлы бізге келе алады.", "kk")
    assert "family.separation" not in found.get("Долқын Сәбиржанұлы", set())
