"""Non-persons made persons (issue 11, h-x32p): a title with a possessive name ("Grandma X's Dish") is no
person of its own, a kin word used as a title of address is no part of a name, and a second "my uncle"
in a first-person post credited to its writer is the uncle named before, not a second person, even where
the paragraph reports what the grandmother says. Invented text; the controls: the grandmother and the
uncle stay persons with their own acts."""

from guwah.extract.pipeline import run_pipeline

POST = ("KITCHEN NOTES — a cooking blog\n"
        "Posted 3 March 2024 by Dilnaz R. | Filed under: Soups | 6 comments\n\n"
        "Grandma Aynisa's Chuchure (Little Dumplings)\n\n"
        "This soup is not really mine. It belongs to my grandmother, Aynisa Rozi, who taught me to fold "
        "dumplings in Turpan when I was ten. In 2018 the police took her away and held her in a camp for a "
        "year; she says nobody hit her. My uncle, Tahir Rozi, asked about her at the police station every "
        "week.\n\n"
        "My uncle was less lucky. He was sentenced in 2019 to eight years in prison. I live in Bristol now "
        "and I cook this soup on her birthday.\n")


def test_a_possessive_title_is_no_person_and_my_uncle_is_the_uncle_named():
    doc = run_pipeline(POST, "en", None)
    names = [n for p in doc.persons for n in p.names]
    assert not any("Chuchure" in n or n.startswith("Grandma") for n in names), names
    grandmother = next((p for p in doc.persons if "Aynisa Rozi" in p.names), None)
    assert grandmother is not None and "detention.internment_camp" in {v.code for v in grandmother.violations}
    uncle = next((p for p in doc.persons if "Tahir Rozi" in p.names), None)
    assert uncle is not None, names
    assert "detention.prison_sentence" in {v.code for v in uncle.violations}, [(p.names, p.violations) for p in doc.persons]
    unnamed_uncles = [p for p in doc.persons if not p.names and "detention.prison_sentence" in {v.code for v in p.violations}]
    assert not unnamed_uncles


def test_a_subject_heading_line_makes_no_person():
    text = ("Oral history collection, item 14\n"
            "Interviewee: Tursun Ablimit, born 1961 in Hotan.\n"
            "Summary: he says he was held for a year in a camp near Hotan in 2018 and forced to sing songs.\n"
            "Subjects:\n"
            "Uyghurs — Detention — China — Hotan Diqu Zizhiqu.\n")
    doc = run_pipeline(text, "en", None)
    names = [n for p in doc.persons for n in p.names]
    assert not any("Zizhiqu" in n or "Diqu" in n for n in names), names
    assert any("Tursun Ablimit" in n for n in names), names  # the control


def test_a_relatives_name_after_a_trade_is_the_relative_not_a_second_person():
    text = ("Réfugiée à Almaty, Aynur Kerim attend des nouvelles de son mari, le luthier Abdusalam Qadirjan, "
            "arrêté la même semaine qu'elle en 2017.")
    doc = run_pipeline(text, "fr", None)
    wife = next(p for p in doc.persons if "Aynur Kerim" in p.names)
    husband = next(p for p in doc.persons if "Abdusalam Qadirjan" in p.names)
    assert any(r.relation == "husband" and r.person == husband.id for r in wife.relations), wife.relations
    assert not [p for p in doc.persons if not p.names and "relative" in p.roles]  # no unnamed husband beside him
