"""A relation to a form's filer written in brackets after a name (h-spouse62, issue 11): "X (the applicant's
husband)", «X (супруг заявителя)», « X (époux de la demandeuse) », «X (өтініш берушінің жұбайы)». The filer is the
form's writer, so the writer's later "my husband" / «мой муж» / « mon mari » / «күйеуім» is X, not a new unnamed
relative. And a Kazakh name in a form's capitals, family name first («ТОҚТАРОВА Айгүл …»), is the same person as
the prose's «Тоқтарова Айгүл …». Invented names and sentences; each negative beside a positive control."""

from __future__ import annotations

from guwah.extract import extract_text

DOC_DATE = "2025-03-01"


def _out(text: str, language: str) -> dict:
    return extract_text(text, language=language, document_date=DOC_DATE)


def _names(out: dict) -> dict[str, str | None]:
    return {p["id"]: p["name"] for p in out["persons"]}


def _victims(out: dict) -> set[str]:
    """The written names of the named victims (an unnamed relative's display name, "X's husband", left out)."""
    return {p["name"] for p in out["persons"] if "victim" in p["roles"] and p["names"]}


def _unnamed_husbands(out: dict) -> list[dict]:
    husbands = {r["person"] for p in out["persons"] for r in p["relations"] if r["relation"] == "husband"}
    return [p for p in out["persons"] if not p["names"] and p["id"] in husbands]


def test_english_applicants_husband_in_brackets_is_my_husband():
    text = ("Application for hardship support\n\nApplicant: Mariam Tohtiyeva\n"
            "Household member: Ablet Qasimjan (the applicant's husband)\n"
            "Referee: Daniel Orwell (the applicant's caseworker)\n\n"
            "I ask for help with the rent. My husband was detained by the police in Kashgar in 2018 and sent to a "
            "camp. Daniel Orwell has read this form.\n")
    out = _out(text, "en")
    assert "Ablet Qasimjan" in _victims(out)
    assert not _unnamed_husbands(out)
    # the control: a bracket that names no kin ("the applicant's caseworker") makes no relative of the writer
    assert "Daniel Orwell" not in _victims(out)
    names = _names(out)
    writer = next(p for p in out["persons"] if p["name"] == "Mariam Tohtiyeva")
    assert {(names[r["person"]], r["relation"]) for r in writer["relations"]} >= {("Ablet Qasimjan", "husband")}


def test_english_husband_of_another_named_person_is_no_filers_kin():
    # negative: "(husband of Ms Rahima Nur)" is not the filer's husband, so "my husband" stays unnamed
    text = ("Application for hardship support\n\nApplicant: Mariam Tohtiyeva\n"
            "Witness: Ablet Qasimjan (husband of Ms Rahima Nurbek)\n\n"
            "My husband was detained by the police in Kashgar in 2018 and sent to a camp.\n")
    out = _out(text, "en")
    assert "Ablet Qasimjan" not in _victims(out)
    assert _unnamed_husbands(out)  # control: the husband is still read, unnamed


def test_russian_spouse_of_the_applicant_in_brackets_is_my_husband():
    text = ("Заявление\n\nЗаявитель: Айнура Турсунбекова\nСобственник: Касымбеков Даурен (супруг заявителя)\n"
            "Представитель: Петров Игорь (юрист заявителя)\n\n"
            "Прошу помочь с оплатой. Мой муж был задержан полицией в Кульдже в 2018 году и отправлен в лагерь.\n")
    out = _out(text, "ru")
    assert any(name and "Даурен" in name for name in _victims(out))
    assert not _unnamed_husbands(out)
    assert not any(name and "Игорь" in name for name in _victims(out))  # control: a lawyer is no kin


def test_french_husband_of_the_applicant_in_brackets_is_my_husband():
    text = ("Demande d'aide\n\nDemandeuse : Mme Gulnara TOHTIBEK\n"
            "Membre du foyer : M. Erkinjan ABLETOV (époux de la demandeuse)\n\n"
            "Je demande une aide pour le loyer. Mon mari a été arrêté à Kachgar en 2018 et envoyé dans un camp.\n")
    out = _out(text, "fr")
    assert any(name and "Erkinjan" in name for name in _victims(out))
    assert not _unnamed_husbands(out)


def test_french_my_husband_without_the_bracket_names_no_one():
    # the control for the rule above: the same form with no bracket leaves "mon mari" unnamed
    text = ("Demande d'aide\n\nDemandeuse : Mme Gulnara TOHTIBEK\n"
            "Membre du foyer : M. Erkinjan ABLETOV\n\n"
            "Je demande une aide pour le loyer. Mon mari a été arrêté à Kachgar en 2018 et envoyé dans un camp.\n")
    out = _out(text, "fr")
    assert not any(name and "Erkinjan" in name for name in _victims(out))


KK_FORM = ("ӨТІНІШ\n\nӨтініш беруші: ЖАНАТОВА Гүлшат Серікқызы\n"
           "Құқық иесі: ОМАРОВ Бауыржан Ерланұлы{bracket}\n\n"
           "Мен, Жанатова Гүлшат Серікқызы, үйді менің атыма тіркеуді сұраймын. Күйеуім өзі келе алмайды. "
           "Ол 2018 жылы Құлжаға барды, полиция оны ұстап, лагерьге жіберді.\n\nҚолы: Г. Жанатова\n")


def test_kazakh_applicants_spouse_in_brackets_is_my_husband():
    out = _out(KK_FORM.format(bracket=" (өтініш берушінің жұбайы)"), "kk")
    victims = _victims(out)
    assert any(name and "Бауыржан" in name for name in victims)
    assert not any(name and "Гүлшат" in name for name in victims)


def test_kazakh_without_the_bracket_the_husband_is_not_the_named_owner():
    # the control: without «(өтініш берушінің жұбайы)» «күйеуім» names no one, the owner is no victim
    out = _out(KK_FORM.format(bracket=""), "kk")
    assert not any(name and "Бауыржан" in name for name in _victims(out))


def test_kazakh_capitals_family_first_and_prose_are_one_person():
    out = _out(KK_FORM.format(bracket=" (өтініш берушінің жұбайы)"), "kk")
    applicant = [p for p in out["persons"] if p["names"] and "Гүлшат" in p["name"]]
    assert len(applicant) == 1
    # the positive control: two different persons of the form stay two
    assert any(p["names"] and "Бауыржан" in p["name"] for p in out["persons"])


def test_kazakh_same_family_name_other_given_name_stays_two():
    # negative: «ЖАНАТОВА Гүлшат» and «Жанатова Әсел» share only the family name: two persons
    text = ("ӨТІНІШ\n\nӨтініш беруші: ЖАНАТОВА Гүлшат Серікқызы\n\n"
            "Мен, Жанатова Гүлшат Серікқызы, сұраймын. Қызым Жанатова Әсел Талғарда тұрады.\n")
    out = _out(text, "kk")
    assert len([p for p in out["persons"] if p["names"] and "Гүлшат" in p["name"]]) == 1
    assert any(p["names"] and "Әсел" in p["name"] for p in out["persons"])


def test_english_husband_of_the_applicant_after_a_comma_is_my_husband():
    text = ("Application for hardship support\n\nApplicant: Mariam Tohtiyeva\n"
            "Name: Ablet Qasimjan, husband of the applicant\n\n"
            "My husband was detained by the police in Kashgar in 2018 and sent to a camp.\n")
    out = _out(text, "en")
    assert "Ablet Qasimjan" in _victims(out)
    assert not _unnamed_husbands(out)
    assert "Mariam Tohtiyeva" not in _victims(out)  # control: the writer is no victim


def test_relationship_to_applicant_field_with_a_bare_kin_word():
    for language, text, name in [
        ("en", "Applicant: Mariam Tohtiyeva\nName: Ablet Qasimjan\nRelationship to applicant: husband\n\n"
               "My husband was detained by the police in 2018.\n", "Ablet"),
        ("ru", "Заявитель: Айнура Турсунбекова\nФИО: Касымбеков Даурен\nКем приходится заявителю: супруг\n\n"
               "Мой муж был задержан полицией в 2018 году.\n", "Даурен"),
        ("fr", "Demandeuse : Gulnara Tohtibek\nNom : Erkinjan Abletov\nLien avec la demandeuse : époux\n\n"
               "Mon mari a été arrêté par la police en 2018.\n", "Erkinjan"),
    ]:
        out = _out(text, language)
        assert any(name in victim for victim in _victims(out)), language
        assert not _unnamed_husbands(out), language


def test_relationship_field_of_a_lawyer_is_no_kin():
    # negative: "Relationship to applicant: lawyer" makes no relative; control: the husband is still read, unnamed
    text = ("Applicant: Mariam Tohtiyeva\nName: Daniel Orwell\nRelationship to applicant: lawyer\n\n"
            "My husband was detained by the police in 2018.\n")
    out = _out(text, "en")
    assert "Daniel Orwell" not in _victims(out)
    assert _unnamed_husbands(out)
