"""People in forms and registers (issue 11, h-form61): a family name asked in a field of its own and the given
names in the next ("Surname:" / "Given name(s):", « NOM : … Prénom : … », «Фамилия:» / «Имя:»), or in one field
whose label puts the family name first («Фамилия, имя: …»), is one person named given names first; an inverted
"FAMILY, Given" goes on to the next field on its line, takes an initial, and a title in brackets tells a person;
a firm named after its owner ("… Trading", "trading as …", «ИП …») and a form's own label ("… Licence:") are
no one. Invented names and sentences; each negative beside a positive control."""

from guwah.extract.pipeline import run_pipeline


def _persons(text: str, language: str) -> list[tuple[list[str], list[str]]]:
    doc = run_pipeline(text, language, None)
    return [(person.names, [text[s:e] for s, e in person.mentions]) for person in doc.persons]


def _named(persons, name: str):
    found = [mentions for names, mentions in persons if name in names]
    assert found, persons
    return found[0]


def test_a_surname_field_and_a_given_name_field_on_two_lines_are_one_person():
    text = ("Visitor registration\n\nSurname: Qasimjanov\nGiven name(s): Ilham\nDate of birth: 04.09.1986\n\n"
            "Reason for visit: my father was detained in Kashgar in 2018 and I need a letter for the embassy.\n")
    persons = _persons(text, "en")
    mentions = _named(persons, "Ilham Qasimjanov")
    assert {"Qasimjanov", "Ilham"} <= set(mentions), persons
    # one person, not a family name and a given name apart
    assert sum(1 for names, _ in persons if any("Qasimjanov" in n or n == "Ilham" for n in names)) == 1, persons


def test_french_nom_and_prenom_on_one_line_and_a_blank_field_is_no_one():
    text = ("Fiche de liaison\n\nNOM : TURDIBEKOVA   Prénom : Mahire\nPersonne à prévenir : —\n"
            "Garant : néant\n\nSon mari a été arrêté à Aksou en 2017.\n")
    persons = _persons(text, "fr")
    assert "TURDIBEKOVA" in _named(persons, "Mahire Turdibekova"), persons
    assert all(names for names, _ in persons if names) and not any("—" in m or "néant" in m.casefold()
                                                                  for _, ms in persons for m in ms), persons


def test_russian_family_first_fields_one_and_two():
    one = _persons("Анкета\n\nФамилия, имя: Абдрахманова Зульфия\nГод рождения: 1979\n\n"
                   "Моего брата задержали в Кульдже в 2018 году.\n", "ru")
    assert "Абдрахманова" in _named(one, "Зульфия Абдрахманова"), one
    two = _persons("Анкета\n\nФамилия: Абдрахманова\nИмя: Зульфия\nГод рождения: 1979\n\n"
                   "Моего брата задержали в Кульдже в 2018 году.\n", "ru")
    assert {"Абдрахманова", "Зульфия"} <= set(_named(two, "Зульфия Абдрахманова")), two
    assert len([names for names, _ in two if names]) == 1, two


def test_an_inverted_name_before_the_next_field_on_its_line_and_with_a_title_or_an_initial():
    text = ("Permit application\n\nApplicant: MIJIT, Perizat Date of birth: 11.02.1984\n"
            "Second contact: ABLIKIM, Rozigul (Ms)\nCountersigned: HAMUT, K.\n"
            "Status: PENDING, Review\n\nMs Mijit says her husband was taken to a camp in 2018.\n")
    persons = _persons(text, "en")
    assert "MIJIT, Perizat" in _named(persons, "Perizat Mijit"), persons
    assert "ABLIKIM, Rozigul" in _named(persons, "Rozigul Ablikim"), persons
    assert "HAMUT, K." in _named(persons, "K. Hamut"), persons
    assert not any("Pending" in n or "Review" in n for names, _ in persons for n in names), persons


def test_a_firm_named_after_its_owner_is_no_one_and_the_owner_is():
    text = ("Supplier record\n\nSupplier: Osman Trading\nProprietor: Dilyar Osman trading as Golden Apricot\n\n"
            "Mr Osman asked for a later delivery date because his brother was detained in Ghulja in 2019.\n")
    persons = _persons(text, "en")
    assert "Dilyar Osman" in _named(persons, "Dilyar Osman"), persons
    assert not any("Trading" in n or "Apricot" in n for names, _ in persons for n in names), persons
    assert not any("Osman Trading" in m for _, ms in persons for m in ms), persons


def test_a_russian_sole_traders_firm_is_no_mention_of_the_man():
    text = ("Арендатор: ИП Нурахметов\n\nБрат арендатора, Ильхам Нурахметов, задержан в Кульдже в 2018 году.\n")
    persons = _persons(text, "ru")
    mentions = _named(persons, "Ильхам Нурахметов")
    assert "Ильхам Нурахметов" in mentions and "Нурахметов" not in mentions, persons


def test_a_forms_licence_label_is_no_one_and_the_applicant_is():
    text = ("Taxi Operator Licence: renewal after lapse\nApplicant: Gulbahar Nasirova\n\n"
            "I could not renew in time because my husband was detained in Urumqi in 2019.\n")
    persons = _persons(text, "en")
    assert _named(persons, "Gulbahar Nasirova"), persons
    assert not any("Licence" in n or "Operator" in n for names, _ in persons for n in names), persons


def test_children_listed_with_their_ages_in_a_household_line_and_not_rooms():
    persons = _persons("Household: 1 adult, 2 children (Mihray, 8; Ilyar, 5)\n"
                       "Rooms: 2 rooms (Kitchen, 9; Hall, 6)\n\nMy husband was detained in Aksu in 2018.\n", "en")
    names = {n for names, _ in persons for n in names}
    assert {"Mihray", "Ilyar"} <= names, persons
    assert not {"Kitchen", "Hall"} & names, persons


def test_french_children_in_apposition_each_with_an_age():
    persons = _persons("Mme Sabirova vit seule avec ses deux enfants, Nurgul (12 ans) et Batur (7 ans). "
                       "Son mari a été arrêté à Kachgar en 2018, et la salle (Bureau 4) est fermée.\n", "fr")
    names = {n for names, _ in persons for n in names}
    assert {"Nurgul", "Batur"} <= names, persons
    assert "Bureau" not in names, persons
