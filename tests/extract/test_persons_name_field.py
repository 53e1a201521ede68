"""A form's name field ("Name: X") and a table's name column ("| No. | Name | … |") name the persons
the form or the table is about: the person model keeps them whatever their probability (issue 11,
h-x26p: on the unseen-writer sets, intake and referral forms lost the person of their "Name:" line,
and a report annex the person of a table row, to the model). Invented form and table; the controls
in the same texts: a name in another field (who took the call) is still no person, and another
column's cells are not made sure."""

from guwah.extract import roles_model
from guwah.extract.pipeline import run_pipeline

FORM = ("Community support line — intake record\n"
        "Reference: 2023/118\n"
        "Name: Gulbahar Turdi\n"
        "Year of birth: 1987\n"
        "Place of residence: Leiden, Netherlands\n"
        "Contact: by e-mail only\n"
        "Taken by: Marieke de Vries\n\n"
        "Summary of the call\n"
        "The caller said that a former colleague, Ablet Hoshur, a retired teacher from Ghulja, was detained by the "
        "county police in April 2018 and has not been heard from since. She last spoke with Ablet Hoshur in March "
        "2018. Officials in Ghulja have asked about the caller's work abroad. "
        "The caller asked for help writing to the foreign ministry. A volunteer will call back next week.\n")


def test_the_person_of_a_name_field_is_kept_and_the_call_takers_name_is_not():
    assert len(FORM) >= roles_model.MIN_CHARS  # the model runs on this text
    doc = run_pipeline(FORM, "en", None)
    names = [n for p in doc.persons for n in p.names]
    assert "Gulbahar Turdi" in names and "Ablet Hoshur" in names
    assert not any("Vries" in n or "Marieke" in n for n in names)
    person = next(p for p in doc.persons if "Gulbahar Turdi" in p.names)
    assert "field" in roles_model.sure(doc, person)


TABLE = ("Annex 2. Cases reported to the association in 2022\n\n"
         "The association recorded the following cases from relatives living abroad. Each entry was told by a "
         "relative and checked against a second source where one could be found; dates are those the relatives "
         "gave.\n\n"
         "| No. | Name | Born | Home | What the family reported | Reported by |\n"
         "|---|---|---|---|---|---|\n"
         "| A-1 | Rozigul Hoshur | 1969 | Ghulja | Taken to a camp in May 2018; no news since. | Dilshat Hoshur |\n"
         "| A-2 | Memet Sawut | 1958 | Kashgar | Preacher at a village mosque. Sentenced in 2019 to twelve years. | "
         "a nephew |\n"
         "| A-3 | Tursun Qadir | 1950 | Aksu | Retired baker. The family has not reached him since 2019. | a niece |\n\n"
         "Each case was taken down by Aysel Demir, the association's volunteer.\n")


def test_the_names_of_a_tables_name_column_are_kept_and_other_cells_are_not_made_sure():
    doc = run_pipeline(TABLE, "en", None)
    names = [n for p in doc.persons for n in p.names]
    assert {"Rozigul Hoshur", "Memet Sawut", "Tursun Qadir"} <= set(names)  # the model dropped the third
    for person in doc.persons:
        in_column = bool({"Rozigul Hoshur", "Memet Sawut", "Tursun Qadir"} & set(person.names))
        assert ("field" in roles_model.sure(doc, person)) == in_column
