"""Russian kin nouns read by their lemma (h-ru56, issue 11): a grandchild, a niece taken is a person taken.
Invented names, own sentences."""

from guwah.extract.persons import kin_relation
from tests.extract.helpers import doc_of, person_named


def custody_of(doc, name: str) -> set[tuple[str, str | None]]:
    person = person_named(doc, name)
    return {(e.type, e.date.value if e.date else None) for e in doc.events
            if e.person == person.id and e.type in ("arrest", "detention")}


def test_kin_relation_reads_a_case_form_by_its_lemma():
    assert kin_relation("внука") == ("grandson", "male")
    assert kin_relation("внучку") == ("granddaughter", "female")
    assert kin_relation("племянницу") == ("niece", "female")
    assert kin_relation("бабушкой") == ("grandmother", "female")
    assert kin_relation("машину") is None  # a common noun, no kin


def test_russian_grandson_taken_is_arrested_the_car_taken_is_not():
    doc = doc_of("Я живу в Алматы. В 2018 году полицейские увезли его внука, Бахыта Сериккали. "
                 "Его дядя Ерик Жумабаев жил в Кульдже. В 2019 году у него увезли машину.", language="ru")
    assert ("arrest", "2018") in custody_of(doc, "Бахыт Сериккали")
    assert custody_of(doc, "Ерик Жумабаев") == set()


def test_russian_niece_taken_is_arrested():
    doc = doc_of("Я живу в Алматы. В 2019 году полицейские забрали мою племянницу Динару Сарсенбай. "
                 "Мой сосед Нурлан Ахметов остался дома.", language="ru")
    assert ("arrest", "2019") in custody_of(doc, "Динара Сарсенбай")
    assert custody_of(doc, "Нурлан Ахметов") == set()
