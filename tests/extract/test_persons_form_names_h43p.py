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
    names = _names("Supplier form\n\nCompany name: ACME, Limited\nContact name: OSMAN, Dilnur\n"
                   "Product name: SUNRISE, Deluxe\n\nPlease send the invoice to Dilnur Osman before Friday.", "en")
    assert "Dilnur Osman" in names, list(names)
    assert len(names) == 1, list(names)  # a company and a product are no one
