"""Given names in apposition to a plural kin noun with no owner ("The children, Batur and Nurgul, …",
« Les enfants, Batur et Nurgul, … », «Дети, Батур и Нургуль, …») are persons the rules are sure of, as
kin: the person model keeps them (issue 11, h-x27p: on the spent v13 set a school council's minutes
named a family's two children this way and the model dropped both, one-word names with one mention).
Invented texts; the control in each: the teacher named in the same text by her given name alone, with no
kin noun, is not made sure."""

import pytest

from guwah.extract import roles_model
from guwah.extract.pipeline import run_pipeline

FR = ("Conseil d'école du 12 janvier 2021, école élémentaire des Tilleuls.\n\n"
      "Point 3. Situation d'une famille de l'école. Le père, Memet Sawut, a été arrêté à Kashgar en 2018 lors "
      "d'un voyage pour voir sa mère, et la famille n'a plus de nouvelles de lui depuis. Les enfants, Batur et "
      "Nurgul, sont scolarisés dans l'école depuis 2017. Madame Leclerc, leur maîtresse, signale que Nurgul est "
      "souvent absente. Le conseil propose un rendez-vous avec la mère et l'assistante sociale. Le conseil vote "
      "une aide pour la cantine jusqu'à la fin de l'année.\n")
EN = ("Minutes of the school council, 12 January 2021.\n\n"
      "Item 3. A family of the school. The father, Memet Sawut, was arrested in Kashgar in 2018 while visiting "
      "his mother, and the family has had no news of him since. The children, Batur and Nurgul, have been "
      "pupils here since 2017. Their teacher, Ms Leclerc, reports that Nurgul is often absent. The council "
      "proposes a meeting with the mother and the social worker. The council votes to pay for school meals "
      "until the end of the year and a place at the holiday club.\n")


@pytest.mark.parametrize("language, text", [("fr", FR), ("en", EN)])
def test_given_names_apposed_to_a_plural_kin_noun_are_sure_persons(language, text):
    assert len(text) >= roles_model.MIN_CHARS  # the model runs on this text
    doc = run_pipeline(text, language, None)
    by_name = {n: p for p in doc.persons for n in p.names}
    for child in ("Batur", "Nurgul"):
        assert child in by_name, sorted(by_name)
        assert "kin" in roles_model.sure(doc, by_name[child])
    assert "Memet Sawut" in by_name
    teacher = [p for p in doc.persons if any("Leclerc" in n for n in p.names)]
    assert not any("kin" in roles_model.sure(doc, p) for p in teacher)
