"""Who is a victim (issue 11, h-victim57): the role follows the acts told of a person, not the acts
told of another person in the same sentence, nor the place an act happened at. Invented names, our own
sentences; each negative case carries a positive control in the same text."""

from datetime import date

from guwah.extract.pipeline import run_pipeline
from tests.extract.helpers import person_named


def _doc(text: str, language: str = "en"):
    return run_pipeline(text, language, document_date=date(2022, 1, 1))


def test_a_death_at_home_is_no_victim_when_the_camp_of_the_sentence_is_a_relatives():
    doc = _doc("My name is Dana Orman. My aunt, Lira Bekova, passed away at home in Ghulja in 2020; my brother "
               "missed her funeral since he sat in a camp then. My brother, Talgat Orman, was detained in 2018.")
    assert "victim" not in person_named(doc, "Lira Bekova").roles
    assert "victim" in person_named(doc, "Talgat Orman").roles


def test_a_russian_death_at_home_is_no_victim_when_the_camp_is_the_brothers():
    doc = _doc("Меня зовут Асель Нурдинова. Тётя, Майра Сейтказина, скончалась дома в Кульдже в 2020 году; мой брат "
               "на похоронах не был, он сидел тогда в лагере. Брата, Ерлана Нурдинова, задержали в 2018 году.", "ru")
    assert "victim" not in person_named(doc, "Майра Сейтказина").roles
    assert "victim" in person_named(doc, "Ерлан Нурдинов").roles


def test_a_death_at_home_after_her_own_camp_stays_a_victims():
    doc = _doc("My name is Dana Orman. My aunt, Lira Bekova, passed away at home in Ghulja in 2020; she had spent "
               "two years in a camp before that. My brother, Talgat Orman, was detained in 2018.")
    assert "victim" in person_named(doc, "Lira Bekova").roles
    assert "victim" in person_named(doc, "Talgat Orman").roles


# Longer than roles_model.MIN_CHARS, so that the person model reads it too. Our own sentences.
AUNTS_FLAT = ("Note for the bank\n\nMy father Tahir Sadikov has run a small bakery in Leeds since 2012. In the spring "
              "of 2018 he went back to Ghulja for a wedding. Officers kept his passport at the border, and a fortnight "
              "on he was seized at my aunt's flat with no warrant. A neighbour wrote to us that he was locked in a "
              "camp in Kuytun, where the men sang Chinese songs at dawn. In 2020 a court gave him ten years; we have "
              "no verdict on paper. Please keep his account open until he is free. My brother Arslan Sadikov lives in "
              "Bradford and can sign for the family.")


def test_the_owner_of_the_flat_someone_was_seized_at_with_no_warrant_is_no_victim():
    doc = _doc(AUNTS_FLAT)
    father = person_named(doc, "Tahir Sadikov")
    assert "victim" in father.roles and "detention.arbitrary_arrest" in {v.code for v in father.violations}
    aunts = [p for p in doc.persons if p.kin_of and p.kin_of[1] == "aunt"]
    assert not [p for p in aunts if "victim" in p.roles or p.violations]


# A form whose heading names the holder in capitals, then the requester who writes "I". Our own text.
HOLDERS_FORM = ("SUNRISE TELECOM, request to keep a number\n\nHOLDER: MURAT KASIMOV\n"
                "REQUESTER: AIDANA KASIMOVA (daughter)\n\nStatement\n"
                "My father Murat Kasimov set up this line in 2015, while he was a student in Manchester. In 2018 he "
                "travelled to Ghulja for a wedding. A neighbour wrote to us that he was locked in a camp in Kuytun, "
                "where the men sang Chinese songs at dawn. In 2020 a court gave him ten years; we have no verdict on "
                "paper. I still pay for the line because his friends write to it, and I ask you not to close it.")


def test_a_heading_name_the_text_calls_my_father_is_not_the_narrator_and_keeps_his_camp():
    doc = _doc(HOLDERS_FORM)
    father = person_named(doc, "Murat Kasimov")
    assert not father.narrator and "victim" in father.roles
    assert "detention.internment_camp" in {v.code for v in father.violations}
