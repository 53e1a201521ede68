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
