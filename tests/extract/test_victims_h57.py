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


# Longer than roles_model.MIN_CHARS, so that the person model reads it too. Our own sentences.
UNCLES_HOUSE = ("Statement of the requester\n\nMy father Tahir Sadikov ran a small bakery in Leeds from 2012. In the "
                "spring of 2018 he flew home to Ghulja for a wedding. The police took his passport at the airport, and "
                "two weeks later he was taken from my uncle's house without any paper. We learned from a cousin that "
                "he was held in a camp in Kuytun, where the men had to sing songs in Chinese every morning. In 2020 he "
                "was given ten years; we never saw a court paper. I ask the bank to keep his account open until he can "
                "come back. My brother Arslan Sadikov lives in Bradford and can sign for the family if needed.")


def test_the_owner_of_the_house_someone_was_taken_from_without_papers_is_no_victim():
    doc = run_pipeline(UNCLES_HOUSE, "en", document_date=date(2022, 1, 1))
    father = person_named(doc, "Tahir Sadikov")
    assert "victim" in father.roles and "detention.arbitrary_arrest" in {v.code for v in father.violations}
    uncles = [p for p in doc.persons if p.kin_of and p.kin_of[1] == "uncle"]
    assert not [p for p in uncles if "victim" in p.roles or p.violations]


# A form whose heading names the account's holder in capitals, then the requester who writes "I". Our own text.
HOLDERS_FORM = ("SUNRISE TELECOM, request to keep a number\n\nACCOUNT HOLDER: MURAT KASIMOV\n"
                "REQUESTER: AIDANA KASIMOVA (daughter)\n\nStatement\n"
                "My father Murat Kasimov opened this account in 2015, when he studied in Manchester. In 2018 he flew "
                "home to Ghulja for a wedding. We learned from a cousin that he was held in a camp in Kuytun, where the "
                "men had to sing songs in Chinese every morning. In 2020 he was given ten years; we never saw a court "
                "paper. I keep paying the contract because his friends still text that number, and I ask you to keep it.")


def test_a_heading_name_the_text_calls_my_father_is_not_the_narrator_and_keeps_his_camp():
    doc = run_pipeline(HOLDERS_FORM, "en", document_date=date(2022, 1, 1))
    father = person_named(doc, "Murat Kasimov")
    assert not father.narrator and "victim" in father.roles
    assert "detention.internment_camp" in {v.code for v in father.violations}
