"""Who is a victim (issue 11, h-victim57): the role follows the acts told of a person, not the acts
told of another person in the same sentence. Invented names, our own sentences; each negative case
carries a positive control in the same text."""

from datetime import date

from guwah.extract.pipeline import run_pipeline
from tests.extract.helpers import person_named


def _roles(text: str, language: str) -> dict[str, set[str]]:
    doc = run_pipeline(text, language, document_date=date(2022, 1, 1))
    return {name: person_named(doc, name).roles for name in ("Lira Bekova", "Talgat Orman")} if language == "en" \
        else {name: person_named(doc, name).roles for name in ("Майра Сейтказина", "Ерлан Нурдинов")}


def test_a_death_at_home_is_no_victim_when_the_camp_of_the_sentence_is_a_relatives():
    roles = _roles("My name is Dana Orman. My aunt, Lira Bekova, died at home in Ghulja in 2020; my brother could not "
                   "say goodbye to her because he was in a camp. My brother, Talgat Orman, was detained in 2018.", "en")
    assert "victim" not in roles["Lira Bekova"] and "victim" in roles["Talgat Orman"]


def test_a_russian_death_at_home_is_no_victim_when_the_camp_is_the_brothers():
    roles = _roles("Меня зовут Асель Нурдинова. Тётя, Майра Сейтказина, умерла у себя дома в Кульдже в 2020 году; мой "
                   "брат не смог с ней проститься, потому что был в лагере. Брата, Ерлана Нурдинова, задержали в 2018 "
                   "году.", "ru")
    assert "victim" not in roles["Майра Сейтказина"] and "victim" in roles["Ерлан Нурдинов"]


def test_a_death_at_home_after_her_own_camp_stays_a_victims():
    roles = _roles("My name is Dana Orman. My aunt, Lira Bekova, died at home in Ghulja in 2020; she had been held in "
                   "a camp for two years before that. My brother, Talgat Orman, was detained in 2018.", "en")
    assert "victim" in roles["Lira Bekova"] and "victim" in roles["Talgat Orman"]
