"""A record's field that lists the people it is about or who took part ("Customers: X and Y",
« Présents : X, Y », «Участники: X, Y») names persons of the text, every name on its line: the person
model keeps them (issue 11, h-persons41: on the spent v17–v19 sets names in such "LABEL:" lines were
dropped as bylines are). Invented records; the control in each: a field of the text's frame
("Prepared by:", « Rédigé par : », «Составил:») is no such field."""

import pytest

from guwah.extract import roles_model
from guwah.extract.persons import named_in_a_field
from guwah.extract.pipeline import run_pipeline

EN = ("Harbour Removals Ltd. Job sheet 2291\n"
      "Customers: Gulbahar Toxti and Henrik Sandvik\n"
      "Prepared by: Oskar Lindgren\n"
      "Pick-up: 14 Birch Road, Uppsala. Delivery: flat 3, 9 Mill Street, Uppsala.\n\n"
      "Notes: the customers asked that the box of family papers travel in the cab with the crew. Mrs Toxti "
      "explained that the box holds the letters her father wrote from Ghulja before he was taken to a camp in "
      "2018, and the only photographs of her brother, who has not been heard from since. Two wardrobes, "
      "one piano (upright), fourteen boxes of books. The crew wrapped the piano in blankets and carried it "
      "down the stairs by hand. Payment by bank transfer on delivery.\n")

FR = ("Compte rendu de la réunion du conseil de quartier du 12 mars 2024\n"
      "Présents : Camille Bertin, Mahire Ablet, Luc Ferrand\n"
      "Rédigé par : Anne Vasseur\n\n"
      "La séance s'ouvre à 19 heures. Mme Ablet présente le projet de jardin partagé et remercie les voisins "
      "pour les outils prêtés. Elle rappelle que son frère a été arrêté à Kachgar en 2017 et qu'elle n'a plus "
      "de nouvelles de lui ; elle demande que la fête du jardin soit dédiée aux familles sans nouvelles. "
      "Le conseil approuve à l'unanimité. La prochaine réunion aura lieu le 9 avril à la maison de quartier.\n")

RU = ("Отчёт о поездке в горы, июль 2023 года\n"
      "Участники: Светлана Орлова, Нурлан Касымов, Игорь Белов\n"
      "Составил: Павел Громов\n\n"
      "Мы вышли из Алматы утром 3 июля и к вечеру поднялись к озеру. Погода была хорошей, все участники "
      "прошли маршрут без травм. Нурлан рассказал у костра, что его дядю в 2018 году задержали в Кульдже и "
      "отправили в лагерь, и с тех пор семья почти ничего о нём не знает. На следующий день мы спустились "
      "в долину, купили мёд у пастухов и вернулись в город к ужину. Следующую поездку мы планируем на "
      "август, если позволит погода.\n")


@pytest.mark.parametrize("language, text, listed, frame", [
    ("en", EN, ("Gulbahar Toxti", "Henrik Sandvik"), "Oskar Lindgren"),
    ("fr", FR, ("Camille Bertin", "Mahire Ablet", "Luc Ferrand"), "Anne Vasseur"),
    ("ru", RU, ("Светлана Орлова", "Нурлан Касымов", "Игорь Белов"), "Павел Громов"),
])
def test_every_name_in_a_people_field_is_a_person_of_the_text_and_a_frame_field_is_no_such_field(
        language, text, listed, frame):
    assert len(text) >= roles_model.MIN_CHARS  # the model runs on this text
    doc = run_pipeline(text, language, None)
    fielded = named_in_a_field(doc)
    for name in listed:
        person = next((p for p in doc.persons if name in p.names), None)
        assert person is not None, (name, [p.names for p in doc.persons])
        assert person.id in fielded
        assert "field" in roles_model.sure(doc, person)
    assert not any(frame in p.names for p in doc.persons if p.id in fielded)
