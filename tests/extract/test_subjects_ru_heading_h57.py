"""A Russian heading line that names one person gives her the subjectless acts of the paragraphs under
it, until the next heading (h-ru57, issue 11). Invented names, own sentences."""

from tests.extract.helpers import doc_of, person_named


def custody_years(doc, name: str) -> set[tuple[str, str | None]]:
    person = person_named(doc, name)
    return {(e.type, e.date.value if e.date else None) for e in doc.events
            if e.person == person.id and e.type in ("arrest", "detention")}


def test_acts_under_a_name_heading_are_that_persons_not_the_next_headings():
    doc = doc_of("Мы пишем о наших родных.\n\n"
                 "Айгуль Сатыбалдиева, 1985 г.р.\n\n"
                 "В 2018 году задержали и увезли в лагерь. Там избивали.\n\n"
                 "Ержан Абенов, 1979 г.р.\n\n"
                 "Живёт в Алматы. Работает водителем.", language="ru")
    assert ("arrest", "2018") in custody_years(doc, "Айгуль Сатыбалдиева")
    assert custody_years(doc, "Ержан Абенов") == set()
    assert "torture.beating" in {v.code for v in person_named(doc, "Айгуль Сатыбалдиева").violations}


def test_a_later_heading_takes_the_acts_under_it():
    doc = doc_of("Айгуль Сатыбалдиева, 1985 г.р.\n\n"
                 "Живёт в Алматы с детьми.\n\n"
                 "Ержан Абенов, 1979 г.р.\n\n"
                 "В 2019 году задержали и увезли в лагерь.", language="ru")
    assert ("arrest", "2019") in custody_years(doc, "Ержан Абенов")
    assert custody_years(doc, "Айгуль Сатыбалдиева") == set()


def test_a_heading_on_its_own_line_in_the_same_paragraph():
    doc = doc_of("Мы пишем о наших родных.\nАйгуль Сатыбалдиева, 1985 г.р.\n"
                 "В 2018 году задержали и увезли в лагерь.", language="ru")
    assert ("arrest", "2018") in custody_years(doc, "Айгуль Сатыбалдиева")


def test_a_kin_heading_is_the_tellers_relative():
    doc = doc_of("Я живу в Алматы. Моя сестра Айгуль Сатыбалдиева осталась в Кульдже.\n\n"
                 "О сестре\n\n"
                 "В 2018 году задержали и увезли в лагерь.", language="ru")
    assert ("arrest", "2018") in custody_years(doc, "Айгуль Сатыбалдиева")


def test_a_paragraph_about_someone_else_between_stops_the_heading():
    doc = doc_of("Айгуль Сатыбалдиева, 1985 г.р.\n\n"
                 "Её муж Бахыт Нурланов уехал в Алматы.\n\n"
                 "В 2019 году задержали и увезли в лагерь.\n\n"
                 "Ержан Абенов, 1979 г.р.\n\n"
                 "В 2020 году задержали и увезли в лагерь.", language="ru")
    assert ("arrest", "2019") not in custody_years(doc, "Айгуль Сатыбалдиева")
    assert ("arrest", "2020") in custody_years(doc, "Ержан Абенов")  # positive control
