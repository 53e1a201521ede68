"""A table's heading row is no person: a Word table reaches the extractor as tab-separated lines
(`guwah.ingest.readers.docx_blocks`), and its headings are capitalised words (invented rows)."""

import pytest

from tests.extract.helpers import doc_of, person_named

INTRO = "A list a relative typed of people taken from our street in 2018.\n"


@pytest.mark.parametrize(("heading", "language"), [
    ("Surname\tDetained", "en"),
    ("Name\tYear", "en"),
    ("Full Name\tDate of Birth\tStatus", "en"),
    ("Name\tAge\tGender\tHometown", "en"),
    ("Nom\tPrénom\tÂge", "fr"),
    ("Фамилия\tИмя\tВозраст", "ru"),
])
def test_a_heading_row_is_no_person_and_its_rows_are(heading, language):
    # Before: "Surname Detained" (the heading row of a Word table) was proposed as a person.
    rows = ["Memet Tursun\t2018", "Aynur Qadir\t2017"] if language != "ru" else ["Мемет Турсун\t2018",
                                                                              "Айнур Кадыр\t2017"]
    doc = doc_of(INTRO + heading + "\n" + "\n".join(rows) + "\n", language)
    names = [p.names for p in doc.persons if p.names]
    assert not any(set(heading.replace("\t", " ").split()) & set(name.split()) for found in names for name in found), names
    # positive control: the rows under the heading are persons
    for row in rows:
        person_named(doc, row.split("\t")[0])


def test_a_name_split_over_two_cells_is_still_one_person():
    # positive control: a table with given name and surname in two columns
    doc = doc_of(INTRO + "Given name\tSurname\tDetained\nMemet\tTursun\t2018\n")
    person_named(doc, "Memet Tursun")
    assert [p.names for p in doc.persons if p.names] == [["Memet Tursun"]]
