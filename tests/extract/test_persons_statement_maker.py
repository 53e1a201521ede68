"""A statement's maker named in its title or in an exhibit list ("Witness statement of X", "Affidavit
of X", « Témoignage de Mme X », «Показания X») is a person of the text and a witness (issue 11, h-x28p:
an exhibit list names its witnesses once, in the entry's title, and then tells of "the witness"; the
person model, which reads one mention in a list line as a heading's, dropped them). Invented texts; the
control in each: a capitalised thing after the same words ("the Universal Declaration of Human
Rights", « Déclaration des droits de l'homme ») is no person."""

import pytest

from guwah.extract import roles_model
from guwah.extract.persons import named_as_a_statements_maker
from guwah.extract.pipeline import run_pipeline

EN = ("BUNDLE OF EXHIBITS FOR THE HEARING\n\n"
      "E-1 Witness statement of Dariga Sultanbek, dated 9 June 2022, 14 pages.\n"
      "E-2 Affidavit of Murat Zhenis, sworn in Almaty on 2 July 2022.\n"
      "E-3 Statement of Agreed Facts, signed by both parties.\n"
      "E-4 Map of Chapchal county drawn by hand.\n\n"
      "The witness says that she was held in a camp in Chapchal from March to December 2018 and that she "
      "was made to sing songs every morning before breakfast. Her husband was detained in 2017 and nobody "
      "in the family knows where he is. The police kept her passport for three years before she was allowed "
      "to leave for Kazakhstan.\n")

FR = ("PIÈCES PRODUITES\n\n"
      "Pièce 1 : Témoignage de Mme Aynur Qadir, daté du 3 mars 2021.\n"
      "Pièce 2 : Extrait de la Déclaration des droits de l'homme et du citoyen.\n"
      "Pièce 3 : Photographies de la maison familiale à Ghulja.\n\n"
      "Le témoin déclare qu'elle a été détenue dans un camp à Ghulja pendant huit mois en 2018 et que les "
      "gardiens la frappaient lorsqu'elle parlait ouzbek. Son frère a été arrêté en 2017 et la famille n'a "
      "plus de nouvelles de lui. La police lui a retiré son passeport en 2016 et ne le lui a rendu qu'en 2019, "
      "quand elle a pu partir pour la France.\n")

RU = ("ОПИСЬ ПРИЛОЖЕНИЙ\n\n"
      "1. Показания Гульжан Ермековой от 5 мая 2021 года, на шести листах.\n"
      "2. Копия Всеобщей декларации прав человека.\n"
      "3. Фотографии дома семьи в Текесе.\n\n"
      "Свидетельница сообщает, что с марта по ноябрь 2018 года её держали в лагере в Текесе и каждое утро "
      "заставляли петь песни. Её мужа задержали в 2017 году, и с тех пор семья ничего о нём не знает. Полиция "
      "забрала её паспорт в 2016 году и вернула его только в 2019 году, когда ей разрешили уехать в Казахстан "
      "к родственникам, которые живут там с 2010 года.\n")


@pytest.mark.parametrize("language, text, makers, things", [
    ("en", EN, ("Dariga Sultanbek", "Murat Zhenis"), ("Agreed Facts", "Facts")),
    ("fr", FR, ("Aynur Qadir",), ("Déclaration", "Ghulja")),
    ("ru", RU, ("Гульжан Ермекова",), ("Всеобщей декларации",)),
])
def test_a_statements_maker_is_a_witness_kept_by_the_model_and_a_declarations_title_is_no_person(
        language, text, makers, things):
    assert len(text) >= roles_model.MIN_CHARS  # the person model runs on this text
    doc = run_pipeline(text, language, None)
    names = [n for p in doc.persons for n in p.names]
    for maker in makers:
        person = next((p for p in doc.persons if any(n.startswith(maker[:-1]) for n in p.names)), None)
        assert person is not None, names
        assert "witness" in person.roles
        assert "statement" in roles_model.sure(doc, person)
        assert person.id in named_as_a_statements_maker(doc)
    for thing in things:
        assert not any(thing in n for n in names), names
