"""Names in forms and letters of everyday life (issue 11, h-persons43): a listed given name before a family
name in capitals is a name whatever the language model says of the capitals («Patient : Ilyas ABDUREHIM»:
it read them as an acronym and the name was lost, and the child's placement went to the therapist); a family
name in capitals, a comma and the given name after a name field ("Full name: KURBANOVA, Shahida"), where the
given name is a listed one or the model's person. Invented texts; each negative beside a positive control."""

from guwah.extract.pipeline import run_pipeline


def _names(text: str, language: str) -> dict:
    doc = run_pipeline(text, language, None)
    return {name: person for person in doc.persons for name in person.names}


def test_a_listed_given_name_before_capitals_is_a_name_and_an_acronym_is_not():
    names = _names("Le patient Dilnur ABLIMIT parle peu en classe. La BANQUE CENTRALE a fermé son compte.", "fr")
    assert "Dilnur Ablimit" in names, list(names)
    assert not any("Banque" in name or "BANQUE" in name for name in names), list(names)


def test_an_inverted_name_after_a_name_field_and_not_a_companys():
    names = _names("Supplier form\n\nCompany name: ACME, Limited\nContact name: KERIMBAY, Dilnur\n"
                   "Product name: SUNRISE, Deluxe\n\nPlease send the invoice to Dilnur Kerimbay before Friday.", "en")
    assert "Dilnur Kerimbay" in names, list(names)
    assert len(names) == 1, list(names)  # a company and a product are no one


FORM = ("Home care plan\n\n"
        "Member name: Dilnur Yusupova\n"
        "Care coordinator: Priya Natarajan\n"
        "Named carers: Joan Ellis (mornings), Kwame Asante (evenings)\n"
        "Trading name: Sunrise Home Help\n\n"
        "About me\n"
        "I am 71 and live alone since my husband died. My daughter lives in Leeds and visits at weekends. I need "
        "help with washing and dressing in the mornings and with my medicines in the evenings. I would like the "
        "carers to know that I do not sleep well: since 2018 I have had no news of my brother, who was taken to a "
        "camp in Ghulja, and some nights I am up until three. Please ring the bell twice before you let yourself "
        "in, and please do not move the photographs on the shelf in the hall.\n")


def test_the_people_of_a_forms_member_coordinator_and_carers_fields_are_kept():
    doc = run_pipeline(FORM, "en", None)
    names = {name for person in doc.persons for name in person.names}
    assert {"Dilnur Yusupova", "Priya Natarajan", "Joan Ellis", "Kwame Asante"} <= names, names
    assert not any("Sunrise" in name for name in names), names  # a trading name is no one's
