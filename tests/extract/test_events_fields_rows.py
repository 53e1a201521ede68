"""Events told in a record's fields and a table's rows (issue 11, h-events76): a field whose label names
an act and whose value is a date ("Date of arrest: …"), of the person the record's name fields name,
a name told in parts ("Family name:" over "First name:"); a place of detention said to be unknown; a
register's dated column under a name column; a row's act dated by its own cell, never by another
field of the row; year-first dotted dates. Invented names and texts; each refusal with a positive
control in the same text.
"""

from __future__ import annotations

from guwah.extract import extract_text


def events(text: str, language: str = "en", document_date: str = "2024-01-10") -> set[tuple[str, str | None, str | None]]:
    out = extract_text(text, language=language, document_date=document_date)
    names = {p["id"]: p["name"] for p in out["persons"]}
    return {(e["type"], names.get(e["person"]), (e["date"] or {}).get("value")) for e in out["events"]}


def dated(found: set, kind: str, when: str) -> set:
    return {who for k, who, w in found if k == kind and w == when}


_APPEAL = (
    "CASE SUBMISSION\n"
    "Submitted by: Parwin Esmatulla, caseworker\n\n"
    "I. IDENTITY\n"
    "1. Family name: QORAMAN\n"
    "2. First name: Ilyasjan\n"
    "3. Sex: male\n\n"
    "II. ARREST\n"
    "1. Date of arrest: 14 March 2019\n"
    "2. Place of arrest: his workshop in Aksu\n\n"
    "III. DETENTION\n"
    "1. Date of detention: 14 March 2019\n"
    "2. Place of detention: not known; since the spring of 2021 no news\n\n"
    "IV. CIRCUMSTANCES\n"
    "Ilyasjan Qoraman repaired motorcycles. His cousin, Sewde Qoraman, has lived in Almaty since 2015.\n"
)


def test_a_dated_field_is_the_act_of_the_person_whose_name_the_fields_give_in_parts():
    found = events(_APPEAL)
    assert ("arrest", "Ilyasjan Qoraman", "2019-03-14") in found
    assert ("detention", "Ilyasjan Qoraman", "2019-03-14") in found
    # the cousin who shares the family name has a given name of her own: the fields are not hers
    assert not any(who == "Sewde Qoraman" for _k, who, _w in found)


def test_a_place_of_detention_said_to_be_unknown_is_a_disappearance():
    found = events(_APPEAL)
    assert ("disappearance", "Ilyasjan Qoraman", "2021") in found
    # the control: the field of a known place is no disappearance
    assert not any(k == "disappearance" and w == "2019-03-14" for k, _who, w in found)


def test_a_field_that_names_no_act_tells_none():
    text = ("Family name: TOXTI\nGiven name: Mahinur\nDate of birth: 3 May 1980\nDate of submission: 2 June 2023\n"
            "Date of detention: 12 January 2018\n")
    found = events(text)
    assert not {k for k, _who, w in found if w in ("1980-05-03", "2023-06-02")}
    assert dated(found, "detention", "2018-01-12")  # the control: the act's field in the same record


def test_a_record_whose_name_is_no_person_gives_its_dates_to_no_one_else():
    found = events("Name: Nurmemet AYUP\nSex: M\nDate of arrest: 9 May 2017\n\n"
                   "Name: (withheld)\nSex: F\nDate of arrest: 21 October 2018\n")
    assert ("arrest", "Nurmemet Ayup", "2017-05-09") in found  # the control: the first record's own
    assert not dated(found, "arrest", "2018-10-21") - {None}


_REGISTER = (
    "Register of persons admitted (page 3)   Date: 2019.05.20\n\n"
    "No. | Name | Sex | Born | Village | Entered | Outcome | Remarks\n"
    "1 | Abdukerim SEYPULLA | M | 1975 | Yengi | 2017.09 | transfer → county prison | sentenced 8 yrs, County Ct. 2018.11\n"
    "2 | Rahima OSMAN | F | 1988 | Yengi | 2018.02 | released | —\n"
)


def test_a_registers_entry_column_dates_each_rows_detention():
    found = events(_REGISTER)
    assert ("detention", "Abdukerim Seypulla", "2017-09") in found
    # the birth year's column dates nothing
    assert not dated(found, "detention", "1975") and not dated(found, "detention", "1988")


def test_a_rows_act_is_dated_by_its_own_cell_not_by_another_field():
    found = events(_REGISTER)
    assert ("sentencing", "Abdukerim Seypulla", "2018-11") in found
    assert ("sentencing", "Abdukerim Seypulla", "1975") not in found
    assert ("sentencing", "Abdukerim Seypulla", "2017-09") not in found


def test_a_table_without_a_name_column_is_no_register():
    found = events("Zulpiye Tilla told us about her interviews.\n\n"
                   "Session | Place | Entered | Length\n"
                   "A-1 | Almaty | 2019.06 | 2 h\n"
                   "A-2 | Bishkek | 2019.08 | 1 h\n\n"
                   "Her husband Mirzahid Tilla was detained in March 2018.\n")
    assert not dated(found, "detention", "2019-06") and not dated(found, "detention", "2019-08")
    assert ("detention", "Mirzahid Tilla", "2018-03") in found  # the control


def test_year_first_dotted_dates_are_dates_and_version_numbers_are_not():
    out = extract_text("Kamil Rozi was detained on 2018.03.14 in Ghulja. The form is version 2.1.3 of the app.",
                       language="en", document_date="2024-01-10")
    values = {d["value"] for d in out["dates"]}
    assert "2018-03-14" in values
    assert not any(v.startswith("2.1") for v in values)


def test_uyghur_a_passive_denied_by_its_suffix_tells_no_custody():
    found = events("ئەخمەتجان تۇرسۇن 2018-يىلى ساقچىلار تەرىپىدىن تۇتۇپ كېتىلدى. ئۇنىڭ ئىنىسى ئابلىكىم تۇرسۇن "
                   "2019-يىلى ساقچىخانىغا چاقىرىلدى، ئەمما تۇتۇپ كېتىلمىدى.", "ug")
    assert ("arrest", "ئەخمەتجان تۇرسۇن", "2018") in found  # the control: the same verb, not denied
    assert not any(k in ("arrest", "detention") and who == "ئابلىكىم تۇرسۇن" for k, who, _w in found)


def test_uyghur_latin_a_passive_denied_by_its_suffix_tells_no_custody():
    found = events("Exmetjan Tursun 2018-yili saqchilar teripidin tutup kétildi. "
                   "Uning inisi Ablikim Tursun 2019-yili tutup kétilmidi.", "ug")
    assert ("arrest", "Exmetjan Tursun", "2018") in found  # the control
    assert not any(who == "Ablikim Tursun" for _k, who, _w in found)
