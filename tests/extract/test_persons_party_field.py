"""A legal form's party field ("Appellant: Mr X", « Requérant : X », «Заявитель: X») names the person
the form is about, as a "Name:" field does: the person model keeps that person whatever their
probability (issue 11, h-x27p: on the spent v13 set a tribunal transcript's appellant, named once in
the header and then only as "you", was dropped by the model). Invented forms; the control in each: the
representative's field, whose label only mentions the party ("Representative for the appellant:"),
is no party field."""

import pytest

from guwah.extract import roles_model
from guwah.extract.persons import named_in_a_field
from guwah.extract.pipeline import run_pipeline

EN = ("UPPER TRIBUNAL (IMMIGRATION AND ASYLUM CHAMBER)\n"
      "Field House, London\n"
      "Appeal No. UI/2021/00318\n\n"
      "Appellant: Mr Bakhyt Serikuly\n"
      "Representative for the appellant: Ms Helen Parry\n"
      "Interpreter: Uyghur, sworn\n\n"
      "EXAMINATION\n\n"
      "Q. Please tell the tribunal where you lived before you came to this country.\n"
      "A. I lived in Ghulja until the spring of 2017. My uncle Tursun Qadir was taken to a camp in Ghulja that "
      "year and the family has heard nothing from him since then.\n"
      "Q. Did the police speak to you before you left?\n"
      "A. Twice. They asked about my trips abroad and kept my passport for a month.\n")

FR = ("COUR NATIONALE DU DROIT D'ASILE\n"
      "Recours n° 21004567\n\n"
      "Requérante : Mme Gulnar Tursun\n"
      "Avocat de la requérante : Me Paul Girard\n\n"
      "Audience du 4 mai 2022. La requérante déclare qu'elle a vécu à Ghulja jusqu'en 2016 et que son frère "
      "Memet Tursun a été arrêté par la police en 2017 puis envoyé dans un camp. Elle précise que sa famille "
      "n'a plus de nouvelles de lui depuis cette date et que la police l'a convoquée deux fois avant son départ. "
      "Elle produit une lettre de sa mère reçue en 2019 et une photographie de son frère prise à Ghulja en "
      "2015.\n")

RU = ("Заявление о предоставлении убежища\n\n"
      "Заявитель: Айгуль Сабитова\n"
      "Представитель заявителя: Ольга Петрова\n\n"
      "Я родилась в Кульдже и жила там до 2017 года. В апреле 2017 года моего брата Ерлана Сабитова задержали "
      "и отправили в лагерь. С тех пор семья ничего о нём не знает. Полиция дважды вызывала меня и спрашивала о "
      "родственниках за границей, а потом забрала мой паспорт. В 2019 году я уехала в Алматы. Прошу рассмотреть "
      "моё заявление и предоставить мне убежище, так как возвращаться в Китай для меня опасно.\n")


@pytest.mark.parametrize("language, text, party, representative", [
    ("en", EN, "Bakhyt Serikuly", "Helen Parry"),
    ("fr", FR, "Gulnar Tursun", "Paul Girard"),
    ("ru", RU, "Айгуль Сабитова", "Ольга Петрова"),
])
def test_a_party_field_names_the_person_of_the_form_and_the_representatives_field_does_not(
        language, text, party, representative):
    assert len(text) >= roles_model.MIN_CHARS  # the model runs on this text
    doc = run_pipeline(text, language, None)
    person = next((p for p in doc.persons if party in p.names), None)
    assert person is not None, [p.names for p in doc.persons]
    assert "field" in roles_model.sure(doc, person)
    fielded = named_in_a_field(doc)
    assert person.id in fielded
    assert not any(representative in p.names for p in doc.persons if p.id in fielded)
