"""A Russian (or Kazakh-in-Russian) name beside a Turkic patronymic read in an oblique case is stored
in the nominative (h-cases42): «Ерлана Нурболулы» (accusative) was stored as written, so a family's
search for "Yerlan Nurboluly" missed it. The patronymic (-улы, -ұлы, -оглы, -кызы, -қызы) does not
decline; the given name does. Invented names and sentences; each refusal beside its positive control."""

import pytest

from guwah.extract import extract_person_names

CASES = [
    # (text, the name the extractor stores)
    ("Жена Ерлана Нурболулы рассказала нам, что его задержали в 2018 году.", "Ерлан Нурболулы"),  # genitive
    ("Полиция задержала ЕРЛАНА НУРБОЛУЛЫ в Кульдже в 2018 году.", "Ерлан Нурболулы"),  # accusative, capitals
    ("Я передал письмо Ерлану Нурболулы в 2019 году.", "Ерлан Нурболулы"),               # dative
    ("Я сидел в одной камере с Ерланом Нурболулы в 2018 году.", "Ерлан Нурболулы"),      # instrumental
    ("Нам рассказали о Ерлане Нурболулы, которого забрали ночью.", "Ерлан Нурболулы"),   # prepositional
    ("Мы искали Гульнару Ерланкызы везде.", "Гульнара Ерланкызы"),                       # accusative
    ("Мы писали о Гульнаре Ерланкызы в 2019 году.", "Гульнара Ерланкызы"),               # prepositional
    ("Я была в лагере с Гульнарой Ерланкызы.", "Гульнара Ерланкызы"),                   # instrumental
    ("Я передал письмо Тимуру Сабитову в 2019 году.", "Тимур Сабитов"),                  # dative, a Russian surname
    ("Полиция задержала Никиту Кузьмина в 2018 году.", "Никита Кузьмин"),                # a man's name in -а
    # nominatives stay as they are
    ("Ерлан Нурболулы был задержан в 2018 году.", "Ерлан Нурболулы"),
    ("Айгуль Ерланкызы была задержана в 2018 году.", "Айгуль Ерланкызы"),
    ("Сын Айгуль Ерланкызы рассказал нам о лагере.", "Айгуль Ерланкызы"),               # a woman's name in a consonant
    ("Муса Нурболулы был задержан в 2018 году.", "Муса Нурболулы"),                      # a man's nominative in -а
    ("Мать Сауле Ерланкызы рассказала нам о лагере.", "Сауле Ерланкызы"),               # a woman's nominative in -е
    ("Никита Кузьмин был задержан в 2018 году.", "Никита Кузьмин"),
]


@pytest.fixture(scope="module")
def stored() -> list[list[str]]:
    return extract_person_names([text for text, _ in CASES], ["ru"] * len(CASES))


@pytest.mark.parametrize("index", range(len(CASES)), ids=[name for _, name in CASES])
def test_a_name_beside_a_turkic_patronymic_is_stored_in_the_nominative(stored, index):
    text, name = CASES[index]
    assert name in stored[index], (text, stored[index])
    # no other form of the name is stored beside it (the declined one as written, or a wrong nominative)
    assert [found for found in stored[index] if found.split()[-1][:4] == name.split()[-1][:4]] == [name]
