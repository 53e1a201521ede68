"""A letter's addressee named in its greeting («Дорогой Ерлан!», "Dear Dilnur,", « Chère Aynur, ») is
a person of the text, though the greeting is the only place that names them, and no victim for being
greeted (issue 11, h-x30p: a brother's letter lost its addressee). Invented texts; the controls in
each: "Dear Sir or Madam", "Dear Consul", a recipient named only in a formal greeting ("Dear Ms X," of a
letter to a member of parliament) name no one, and a relative the letter tells of
keeps the victim role."""

import pytest

from guwah.extract import roles_model
from guwah.extract.pipeline import run_pipeline

RU = ("Алматы, 2 февраля 2021 года\n\n"
      "Дорогой Ерлан!\n\n"
      "Пишу тебе из Алматы, у нас всё по-старому. Дети ходят в школу, я работаю в магазине у рынка. "
      "О нашем отце Серике Бекове так ничего и не слышно: в 2018 году его забрали в лагерь в Текесе, и "
      "с тех пор нам не дают с ним поговорить. Мама плачет каждый вечер и просит писать в консульство. "
      "Если сможешь, узнай у знакомых в Урумчи, где он сейчас. Соседи говорят, что летом в селе снова "
      "проверяли телефоны у всех, кто ездил в Казахстан. Береги себя и пиши чаще.\n\n"
      "Твоя сестра Айгуль\n")

EN = ("Leeds, 4 April 2022\n\n"
      "Dear Dilnur,\n\n"
      "I hope you and the children are well in Munich. Here everything is the same. Our uncle Tursun "
      "Memet was taken to a camp in Aksu in 2018 and nobody has been allowed to see him since. His wife "
      "calls me every Sunday and cries. If you hear anything from your friends in Istanbul, please write "
      "to me at once. The children send you their love and a drawing of the garden, and they ask when you "
      "will come to visit us in the summer holidays, as you promised last year.\n\n"
      "Your sister,\nNurgul\n")

FORMAL = ("Leeds, 4 April 2022\n\n"
          "Dear Sir or Madam,\n\nDear Consul,\n\n"
          "I am writing about my uncle Tursun Memet, who was taken to a camp in Aksu in 2018. Nobody in "
          "our family has been allowed to see him since, and his wife has had no word of him for three "
          "years. I ask you to raise his case with the authorities of the People's Republic of China and "
          "to let me know what can be done for him and for his family.\n\n"
          "Yours faithfully,\nNurgul Tohti\n")


def _person(doc, word):
    return next((p for p in doc.persons if any(word in n for n in p.names)), None)


@pytest.mark.parametrize("language, text, addressee, relative", [
    ("ru", RU, "Ерлан", "Серик"),
    ("en", EN, "Dilnur", "Tursun Memet"),
])
def test_a_letters_addressee_is_a_person_and_no_victim_for_it(language, text, addressee, relative):
    assert len(text) >= roles_model.MIN_CHARS
    doc = run_pipeline(text, language, None)
    names = [p.names for p in doc.persons]
    person = _person(doc, addressee)
    assert person is not None, names
    assert "victim" not in person.roles
    told = _person(doc, relative)
    assert told is not None and "victim" in told.roles, names  # the control


def test_a_greeting_with_no_name_names_no_one():
    doc = run_pipeline(FORMAL, "en", None)
    names = [n for p in doc.persons for n in p.names]
    assert _person(doc, "Tursun Memet") is not None, names  # positive control
    assert not any(word in n for n in names for word in ("Sir", "Madam", "Consul")), names  # an office, "Sir": no one


def test_a_formal_greetings_recipient_named_nowhere_else_is_no_person_and_one_named_again_is():
    greeting = "Dear Ms Okafor-Lane,\n\n"
    letter = FORMAL.replace("Dear Sir or Madam,\n\nDear Consul,\n\n", greeting)
    doc = run_pipeline(letter, "en", None)
    # (the title rule may still propose "Ms X"; the person model decides on her as before)
    assert not any("addressee" in roles_model.sure(doc, p) for p in doc.persons)
    # the positive control: the same greeting to a woman the letter names again, in its "To:" line
    named = "To: Ayjamal Okafor-Lane\n" + letter
    doc = run_pipeline(named, "en", None)
    her = _person(doc, "Okafor")
    assert her is not None and "addressee" in roles_model.sure(doc, her), [p.names for p in doc.persons]
