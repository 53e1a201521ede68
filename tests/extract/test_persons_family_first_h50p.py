"""A family name in capitals first, after a title of address (issue 11, h-persons50): « Madame HOSHUR Reyhan »,
"Mrs TURSUN Aygul" are one name, given name first in its form ("Reyhan Hoshur"), not the given name alone
beside a title read as a given name; "Mme Hoshur" after it is hers, never her brother's. Invented texts; each
beside a control (the given name first, « Mme Aynur SAWUT »)."""

from guwah.extract.pipeline import run_pipeline


def _by_name(doc) -> dict:
    return {name: person for person in doc.persons for name in person.names}


def _mentions(doc, person) -> list[str]:
    return [doc.text[s:e] for s, e in person.mentions]


def test_a_title_before_a_family_name_in_capitals_in_french():
    text = ("POUR : Madame HOSHUR Reyhan, née le 12 juin 1987 à Kachgar, demeurant à Lyon.\n"
            "Son frère, Kudret Hoshur, a été arrêté en 2018. Mme Hoshur a quitté la Chine en 2013.\n")
    doc = run_pipeline(text, "fr")
    names = _by_name(doc)
    assert _mentions(doc, names["Reyhan Hoshur"]) == ["HOSHUR Reyhan", "Hoshur"]  # « Mme Hoshur » is hers
    assert _mentions(doc, names["Kudret Hoshur"]) == ["Son frère", "Kudret Hoshur"]  # the control: her brother
    assert "Reyhan" not in names or names["Reyhan"] is names["Reyhan Hoshur"]


def test_a_title_before_a_family_name_in_capitals_in_english():
    text = "Applicant: Mrs TURSUN Aygul, born 1979 in Hotan. Her husband Ablet Tursun was detained in 2017.\n"
    doc = run_pipeline(text, "en")
    names = _by_name(doc)
    # the field's label introduces the role noun, whatever the title after it (as "Applicant: X" does; h-custody68)
    assert _mentions(doc, names["Aygul Tursun"]) == ["Applicant", "TURSUN Aygul"]
    assert "victim" in names["Ablet Tursun"].roles


def test_the_given_name_first_after_a_title_is_unchanged():
    for title in ("Mme", "Madame"):
        doc = run_pipeline(f"{title} Aynur SAWUT est arrivée en France en 2016.\n", "fr")
        assert [(p.names, _mentions(doc, p)) for p in doc.persons] == [(["Aynur Sawut"], ["Aynur SAWUT"])]
