"""A Russian CV in a Kyrgyz family's form (issue 11, h-persons41; the spent v18 set's autobiography lost its
narrator and his mother): the self-introduction with the father's name and "уулу" first («Я, Асанбек уулу
Нурбол, …») names the narrator by the whole, and a kin word with a dash for the comma («Отец — X, 1960 г. р.»)
names the narrator's relative. Invented text; the controls: a plain «Я, X Y, …» still names the narrator, and
a dash after a word that is no kin word («Руководитель — X») makes no relative."""

from guwah.extract import roles_model
from guwah.extract.pipeline import run_pipeline

CV = ("Автобиография\n\n"
      "Я, Асанбек уулу Нурбол, родился 2 мая 1988 года в селе Ак-Жар, в семье пастухов.\n"
      "Отец — Асанбек Токоев, 1960 г. р., мать — Айнура Сыдык кызы, 1962 г. р.\n"
      "Руководитель практики — Бакыт Орозов.\n"
      "В 2018 году моего отца задержали в Кашгаре и отправили в лагерь.\n")

PLAIN = ("Я, Нурбол Асанов, родился в Оше. В 2018 году моего отца задержали в Кашгаре и отправили в лагерь.\n")


def _person(doc, name):
    return next((p for p in doc.persons if name in p.names), None)


def test_a_kyrgyz_self_introduction_with_uulu_first_names_the_narrator_and_dashed_kin_lines_his_parents():
    with roles_model.using(None):
        doc = run_pipeline(CV, "ru", None)
    narrator = _person(doc, "Асанбек уулу Нурбол")
    assert narrator is not None and narrator.narrator, [p.names for p in doc.persons]
    relations = {r.relation: doc.person(r.person).names for r in narrator.relations}
    assert "Асанбек Токоев" in relations.get("father", [])
    assert any(name.startswith("Айнура Сыдык") for name in relations.get("mother", []))
    supervisor = _person(doc, "Бакыт Орозов")
    assert supervisor is not None
    assert supervisor.id not in {r.person for r in narrator.relations}


def test_a_plain_self_introduction_still_names_the_narrator():
    with roles_model.using(None):
        doc = run_pipeline(PLAIN, "ru", None)
    narrator = _person(doc, "Нурбол Асанов")
    assert narrator is not None and narrator.narrator
