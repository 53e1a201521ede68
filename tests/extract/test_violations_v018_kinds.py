"""Violation codes for the kinds of wording the second writer's act passages (bench/data/acts-train
/*-b.jsonl) showed the rules missing (issue 11, the 0.18.x round): a camp named by its place alone,
a euphemism as destination, blows told by the object, the chair by its material, nails, cold,
hunger, washing, medicine taken, pills under watch, tubes tied, a pregnancy ended, a coil put in, a
language punished, a headscarf cut, work one cannot leave, a term of years, a police station's
cells, crowding, fastening, a room alone, home confinement, passports handed in, a phone searched,
a confession signed, a denunciation on camera; and what these entries must not take (a teacher
posted to a camp, study abroad, a pregnancy carried, a chair of torture as shackling). Invented
sentences and names in en, fr and ru, never a passage's words."""

import pytest

from tests.extract.helpers import codes_of, doc_of, person_named


def codes(doc, name: str) -> set[str]:
    return codes_of(person_named(doc, name))


@pytest.mark.parametrize("language, text, name, code", [
    ("en", "Aygul Tursun spent 2018 in the Ghulja camp.", "Aygul Tursun", "detention.internment_camp"),
    ("en", "In 2017 Nurmemet Rozi was sent for re-education near Aksu.", "Nurmemet Rozi", "detention.internment_camp"),
    ("en", "Nurmemet Rozi was held at the Korla police station, where guards kicked the new arrivals.", "Nurmemet Rozi", "detention.pretrial"),
    ("en", "A guard hit Nurmemet Rozi with an iron pipe.", "Nurmemet Rozi", "torture.beating"),
    ("en", "Aygul Tursun was bolted into a steel chair for a night.", "Aygul Tursun", "torture.tiger_chair"),
    ("en", "Officers used stun batons on Nurmemet Rozi during questioning.", "Nurmemet Rozi", "torture.electric_shock"),
    ("en", "They pushed pins under Nurmemet Rozi's toenails.", "Nurmemet Rozi", "torture.nail_torture"),
    ("en", "In December Aygul Tursun was kept in an unheated cell.", "Aygul Tursun", "torture.exposure"),
    ("en", "Nurmemet Rozi was held in a camp, and in the first week the guards took away his insulin.", "Nurmemet Rozi", "ill_treatment.denied_medical_care"),
    ("en", "Aygul Tursun was made to swallow two tablets while a guard watched.", "Aygul Tursun", "medical.forced_medication"),
    ("en", "In 2019 Aygul Tursun was taken to the county clinic, where doctors tied her tubes.", "Aygul Tursun", "reproductive.forced_sterilization"),
    ("en", "Aygul Tursun was seven months along when officials ended her pregnancy.", "Aygul Tursun", "reproductive.forced_abortion"),
    ("en", "In 2018 a court gave Nurmemet Rozi fourteen years.", "Nurmemet Rozi", "detention.prison_sentence"),
    ("en", "After his release Nurmemet Rozi was confined to his village for two years.", "Nurmemet Rozi", "detention.house_arrest"),
    ("en", "Aygul Tursun was kept by herself in a cell for six weeks.", "Aygul Tursun", "detention.solitary_confinement"),
    ("en", "Nurmemet Rozi signed a confession after three days of questioning.", "Nurmemet Rozi", "coercion.forced_confession"),
    ("en", "Nurmemet Rozi could not speak Kazakh in the dormitory without being punished.", "Nurmemet Rozi", "culture.language_ban"),
    ("fr", "Aygul Tursun est revenue du camp en 2019.", "Aygul Tursun", "detention.internment_camp"),
    ("fr", "Marat Tursun a été envoyé « en formation » en 2017.", "Marat Tursun", "detention.internment_camp"),
    ("fr", "Au camp de Hotan, les gardiens battaient Marat Tursun à coups de ceinture.", "Marat Tursun", "torture.beating"),
    ("fr", "On a enfoncé des échardes sous les ongles de Marat Tursun.", "Marat Tursun", "torture.nail_torture"),
    ("fr", "En 2019, le tribunal a infligé douze années de prison à Marat Tursun.", "Marat Tursun", "detention.prison_sentence"),
    ("fr", "Pendant un an, Aygul Tursun ne pouvait pas sortir de son appartement.", "Aygul Tursun", "detention.house_arrest"),
    ("ru", "Мурат Касымов вернулся из лагеря в 2019 году.", "Мурат Касымов", "detention.internment_camp"),
    ("ru", "Мурата Касымова били палкой по спине.", "Мурат Касымов", "torture.beating"),
    ("ru", "Мурату Касымову вырвали два ногтя.", "Мурат Касымов", "torture.nail_torture"),
    ("ru", "Айгуль Серикова была в лагере, где ей поставили спираль.", "Айгуль Серикова", "reproductive.forced_contraception"),
])
def test_the_second_writers_kinds_in_other_words(language, text, name, code):
    assert code in codes(doc_of(text, language), name)


@pytest.mark.parametrize("language, text, name, code, control, control_code", [
    # a teacher posted to the camp is not held there
    ("en", "Aygul Tursun was ordered to teach in the camp in 2018. Nurmemet Rozi was held in the camp.",
     "Aygul Tursun", "detention.internment_camp", "Nurmemet Rozi", "detention.internment_camp"),
    # study abroad is no euphemism
    ("en", "Aygul Tursun was sent to study abroad in 2011. Nurmemet Rozi was sent to study in Dorbiljin for two years.",
     "Aygul Tursun", "detention.internment_camp", "Nurmemet Rozi", "detention.internment_camp"),
    # fastened to the chair of torture: the chair, not shackles
    ("ru", "В изоляторе Мурата Касымова пристегнули к железному стулу. Серика Ахметова приковали к кровати.",
     "Мурат Касымов", "detention.shackling", "Серик Ахметов", "detention.shackling"),
    # a day counted alone is not a room alone: "одного его не держали" is a denial
    ("ru", "Мурата Касымова одного не держали ни дня. Серика Ахметова посадили одного в тёмную камеру.",
     "Мурат Касымов", "detention.solitary_confinement", "Серик Ахметов", "detention.solitary_confinement"),
])
def test_what_the_new_entries_do_not_take(language, text, name, code, control, control_code):
    doc = doc_of(text, language)
    assert code not in codes(doc, name)
    assert control_code in codes(doc, control)  # control: the entry still reads its own wording


def test_a_disappearance_is_not_by_itself_incommunicado():
    # the second writer labels every disappearance incommunicado too; the tuning gold does not
    doc = doc_of("Police detained Aygul Tursun in 2018. Her whereabouts are unknown.", "en")
    found = codes(doc, "Aygul Tursun")
    assert "disappearance.enforced" in found
    assert "detention.incommunicado" not in found


def test_a_sentence_spelled_with_yo_and_an_unverified_report_in_russian():
    # «осуждён» with ё is the same word as «осужден»; «по непроверенным сведениям» hedges the act
    # told after it, while the person told of plainly beside it keeps the code (positive control).
    doc = doc_of("В 2019 году Мурат Касымов был осуждён на десять лет. По непроверенным сведениям, "
                 "Серик Ахметов тоже был осуждён.", "ru")
    assert "detention.prison_sentence" in codes(doc, "Мурат Касымов")
    assert "detention.prison_sentence" not in codes(doc, "Серик Ахметов")
