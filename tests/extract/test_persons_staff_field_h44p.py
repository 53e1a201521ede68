"""A form's staff field ("Checked by: X", "Assessor: X", «Принял: мастер-приёмщик X», « Enseignante : Mme X »)
names who handled the form for the office that keeps it: a person of the text whatever the person model says,
and never a victim (issue 11, h-persons44). Invented texts; each negative beside a positive control."""

from guwah.extract import roles_model
from guwah.extract.pipeline import run_pipeline


def _by_name(doc) -> dict:
    return {name: person for person in doc.persons for name in person.names}


def test_a_russian_work_orders_receiver_is_staff_and_no_victim():
    doc = run_pipeline("Заказ-наряд № 118 от 3 марта 2024 года\nЗаказчик: Турсунов Ильхам Рахимович\n"
                       "Принял: мастер-приёмщик Д. Ахметов\n"
                       "Примечание: брата заказчика, Тахира Турсунова, задержали в Урумчи в 2018 году.", "ru", None)
    names = _by_name(doc)
    assert "staff" in roles_model.sure(doc, names["Д. Ахметов"])
    assert "staff" not in roles_model.sure(doc, names["Турсунов Ильхам Рахимович"])  # the customer's field
    assert not roles_model.standing(doc, names["Тахир Турсунов"]).official
    assert roles_model.standing(doc, names["Д. Ахметов"]).official  # stands as an official: never a victim
    assert "victim" not in names["Д. Ахметов"].roles
    assert "victim" in names["Тахир Турсунов"].roles  # the control: the detained brother


def test_an_english_checker_and_a_french_teacher_are_staff():
    doc = run_pipeline("Photo restoration order\nCustomer: Rahile Osman\nPhoto: my grandfather Tursun Osman, "
                       "who was detained in 2017.\nChecked by: Oliver Mensah, Branch Manager\n", "en", None)
    names = _by_name(doc)
    assert "staff" in roles_model.sure(doc, names["Oliver Mensah"])
    assert "victim" in names["Tursun Osman"].roles and "victim" not in names["Oliver Mensah"].roles
    doc = run_pipeline("Carnet de liaison\nÉlève : Aysu Kerim\nEnseignante : Mme Lefort\n"
                       "Son oncle, Memet Kerim, a été arrêté en 2018.", "fr", None)
    names = _by_name(doc)
    assert "staff" in roles_model.sure(doc, names["Lefort"])
    assert "staff" not in roles_model.sure(doc, names["Aysu Kerim"])  # the pupil's field
