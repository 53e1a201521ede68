"""Issue 11, h-codes66: ways of saying an act that the spent v38 writer used and the extractor did not
know, written as data (vocab/acts/*.yaml) in general form. Each kind has an invented sentence per
language that now gets its code and a negative control in the same text (the same words negated, or
told of no named person) beside it. Invented names, our own sentences.

Kinds: what a custody or a punishment was *for* (a faith practice: the religious ban; speaking one's
own language: the language ban; a relative's life abroad: the reprisal), by the parse; being kept in
one's flat; no contact since; a place the officials named a «school»; Uyghur: in which camp or prison
unknown."""

import pytest

from guwah.extract.pipeline import run_pipeline

RELIGION = "culture.religious_ban"
LANGUAGE = "culture.language_ban"
REPRISAL = "family.reprisal"


def _codes(text: str, language: str) -> dict[str, set[str]]:
    doc = run_pipeline(text, language, None)
    return {name: {v.code for v in p.violations} for p in doc.persons for name in p.names}


# ------------------------------------------------------------------------- what the custody was for

@pytest.mark.parametrize(("language", "text", "held", "control", "code"), [
    ("en", "Arzigul Mamattursun was detained in 2018 after an informer told the police that she had a Koran in her "
           "kitchen. Her cousin Sadiye Mamattursun was detained in 2019, but not because she prayed.",
     "Arzigul Mamattursun", "Sadiye Mamattursun", RELIGION),
    ("en", "A guard hit Rozigul Qeyyumova because she replied in Kazakh. A guard hit Erkinay Qeyyumova, although "
           "not because she replied in Kazakh.",
     "Rozigul Qeyyumova", "Erkinay Qeyyumova", LANGUAGE),
    ("fr", "Nurbiye Ablajan a été arrêtée en 2018 parce qu'elle était allée en pèlerinage à La Mecque. Sa sœur "
           "Gulbostan Ablajan a été arrêtée en 2019, mais pas parce qu'elle avait prié.",
     "Nurbiye Ablajan", "Gulbostan Ablajan", RELIGION),
    ("fr", "Tursunay Eliqar a été arrêtée en 2018 parce que son fils vivait en Allemagne. Sa voisine Mahire "
           "Qadirova a été arrêtée en 2018, mais pas parce que son fils vivait en Allemagne.",
     "Tursunay Eliqar", "Mahire Qadirova", REPRISAL),
    ("ru", "Гулбахор Эмиршаеву задержали в 2018 году за то, что она хранила дома Коран. Её соседку Мухаббат "
           "Эмиршаеву задержали в 2019 году не за молитву.",
     "Гулбахор Эмиршаева", "Мухаббат Эмиршаева", RELIGION),
    ("ru", "Айнагуль Турдахунову арестовали в 2019 году, потому что её дочь жила в Турции. Её соседку Зумрат "
           "Турдахунову арестовали в 2019 году не потому, что её дочь жила в Турции.",
     "Айнагуль Турдахунова", "Зумрат Турдахунова", REPRISAL),
])
def test_the_cause_of_a_custody_or_a_punishment_is_its_own_act_and_a_cause_denied_is_none(language, text, held,
                                                                                          control, code):
    codes = _codes(text, language)
    assert code in codes[held], codes
    assert code not in codes.get(control, set()), codes


# ------------------------------------------------------------------------- held at home, held apart

def test_en_not_allowed_to_leave_her_flat_is_house_arrest_of_her_not_of_the_neighbour_who_tells_of_others():
    codes = _codes("Since coming back in 2020 Hurnisa Yaqupova is not permitted to leave her own apartment, and a "
                   "cadre checks on her daily. Her neighbour Patime Yaqupova visits her on Sundays and says that some "
                   "tenants are not permitted to leave their own apartment either.", "en")
    assert "detention.house_arrest" in codes["Hurnisa Yaqupova"], codes
    assert "detention.house_arrest" not in codes.get("Patime Yaqupova", set()), codes


def test_en_no_contact_with_him_since_is_incommunicado_contact_had_is_not():
    codes = _codes("Mirzat Ablikimov was taken away in 2018, and his wife has had no communication with him since the "
                   "winter. Ekrem Ablikimov was taken away in 2018, and his wife has had communication with him since the "
                   "winter.", "en")
    assert "detention.incommunicado" in codes["Mirzat Ablikimov"], codes
    assert "detention.incommunicado" not in codes.get("Ekrem Ablikimov", set()), codes


def test_ru_held_in_a_place_officials_called_a_school_is_the_camp_a_school_attended_is_not():
    codes = _codes("С 2018 по 2020 год Турсунали Максутов содержался в здании, которое чиновники называли «школой "
                   "перевоспитания». Его сын Азамат Максутов учился в школе в Алматы.", "ru")
    assert "detention.internment_camp" in codes["Турсунали Максутов"], codes
    assert "detention.internment_camp" not in codes.get("Азамат Максутов", set()), codes


# ------------------------------------------------------------------------- Uyghur

def test_ug_which_camp_unknown_is_the_disappearance_which_camp_known_is_not():
    codes = _codes("مېنىڭ ئىنىم ئابدۇسالام نىياز 2018-يىلى تۇتۇلدى. ئابدۇسالام نىيازنىڭ ھازىر قايسى لاگېردا "
                   "ئىكەنلىكى بىزگە نامەلۇم.\n\nقوشنىمىز ئەخمەتجان تۇردى 2019-يىلى تۇتۇلدى. ئەخمەتجان "
                   "تۇردىنىڭ قايسى لاگېردا ئىكەنلىكى بىزگە مەلۇم.", "ug")
    assert "disappearance.enforced" in codes["ئابدۇسالام نىياز"], codes
    assert "disappearance.enforced" not in codes.get("ئەخمەتجان تۇردى", set()), codes
