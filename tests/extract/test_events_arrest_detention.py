"""An arrest opens a detention (docs/cli-json.md; `events.arrests_open_detentions`)."""

from tests.extract.helpers import doc_of, person_named

TEXT = """Statement of Gulnar Ismail

Police arrested my cousin Rahila Osman on 4 March 2019 at her shop in Turpan. Her husband, Tursun Kadir, was arrested on 6 March 2019 and released the same evening.

Officers arrested Anar Sabit in May 2018. In June 2018 he was sent to a camp in Aksu.
"""


def _events(doc, name: str) -> list[tuple[str, str | None]]:
    person = person_named(doc, name)
    return sorted((e.type, e.date.value if e.date else None) for e in doc.events if e.person == person.id)


def test_an_arrest_with_no_detention_told_opens_one_from_its_date_with_its_evidence():
    doc = doc_of(TEXT)
    assert _events(doc, "Rahila Osman") == [("arrest", "2019-03-04"), ("detention", "2019-03-04")]
    person = person_named(doc, "Rahila Osman")
    [arrest] = [e for e in doc.events if e.person == person.id and e.type == "arrest"]
    [detention] = [e for e in doc.events if e.person == person.id and e.type == "detention"]
    assert detention.evidence == arrest.evidence


def test_an_arrest_let_go_the_same_day_opens_no_detention():
    doc = doc_of(TEXT)
    assert _events(doc, "Tursun Kadir") == [("arrest", "2019-03-06"), ("release", "2019-03-06")]


def test_a_detention_told_separately_is_not_told_twice():
    doc = doc_of(TEXT)
    assert _events(doc, "Anar Sabit") == [("arrest", "2018-05"), ("detention", "2018-06")]


def test_the_gold_rule_adds_what_the_extractor_adds():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "bench" / "arrest_detentions.py"
    spec = importlib.util.spec_from_file_location("arrest_detentions", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    day = lambda v: {"value": v, "precision": "day" if len(v) == 10 else "month"}  # noqa: E731
    events = [{"type": "arrest", "person": "a", "date": day("2019-03-04")},
              {"type": "arrest", "person": "b", "date": day("2019-03-06")},
              {"type": "release", "person": "b", "date": day("2019-03-06")},
              {"type": "arrest", "person": "c", "date": day("2018-05")},
              {"type": "detention", "person": "c", "date": day("2018-06")}]
    assert module.opened_detentions(events) == [{"type": "detention", "person": "a", "date": day("2019-03-04")}]


TAKINGS = """My name is Dilbar Hoshur. I live in Almaty.

My uncle Ekber Tohti had been taken from his workshop in Hotan in March 2018. Police arrested my aunt Meryem Tohti on 2 May 2019 and later took her to a camp in Karakax.

In April 2019 they took me to the police station in Hotan for the night.
"""


def test_had_been_taken_from_is_an_arrest():
    doc = doc_of(TAKINGS)
    assert ("arrest", "2018-03") in _events(doc, "Ekber Tohti")


def test_a_phone_taken_is_no_arrest_of_its_owner():
    doc = doc_of("My name is Dilbar Hoshur. My aunt Meryem Tohti lives in Karakax. Her phone had been taken at a "
                 "checkpoint in 2017. Her son Alim Tohti had been taken from his shop in March 2018.")
    assert "arrest" not in {t for t, _d in _events(doc, "Meryem Tohti")}
    assert ("arrest", "2018-03") in _events(doc, "Alim Tohti")  # control


def test_taken_to_a_police_station_is_an_arrest_of_the_one_taken():
    doc = doc_of(TAKINGS)
    assert {("arrest", "2019-04"), ("detention", "2019-04")} <= set(_events(doc, "Dilbar Hoshur"))


def test_a_taking_to_a_camp_after_an_arrest_told_first_is_no_second_arrest():
    doc = doc_of(TAKINGS)
    assert [t for t, _d in _events(doc, "Meryem Tohti")].count("arrest") == 1


def test_a_taking_to_a_camp_with_no_arrest_told_is_also_the_arrest():
    doc = doc_of("My name is Dilbar Hoshur. I live in Almaty. My cousin Alim Tohti was taken to a camp in "
                 "Karakax in June 2018. My aunt Meryem Tohti was held in a camp in Karakax in 2019.")
    assert {("arrest", "2018-06"), ("detention", "2018-06")} <= set(_events(doc, "Alim Tohti"))
    assert "arrest" not in {t for t, _d in _events(doc, "Meryem Tohti")}  # held, not taken: no arrest told


def test_french_police_came_for_him_with_the_clitic_read_as_a_determiner():
    doc = doc_of("Mon frère Alim Yasin tenait une boutique à Kachgar. Selon sa femme, des policiers sont venus le "
                 "chercher à la boutique le 4 mai 2018. Sa sœur Amina Yasin travaillait à la poste. Des policiers "
                 "viennent la chercher au bureau en juin 2018.", language="fr")
    assert ("arrest", "2018-05-04") in _events(doc, "Alim Yasin")
    assert ("arrest", "2018-06") in _events(doc, "Amina Yasin")
    assert "arrest" not in {e.type for e in doc.events if e.person is None}


def test_brought_to_a_police_station_after_the_arrest_told_is_no_second_arrest():
    doc = doc_of("My name is Dilbar Hoshur. I live in Almaty.\n\nPolice arrested my brother Alim Hoshur on 3 May "
                 "2019. He was brought to the police station in Hotan and put in a cell.")
    assert [t for t, _d in _events(doc, "Alim Hoshur")].count("arrest") == 1


def test_the_camp_someone_was_sent_to_after_an_arrest_is_the_detention_s_not_the_arrest_s():
    # Before: in "police arrested him in Ghulja and sent him to the camp at Yengihayat" the arrest took
    # the first facility after its verb, the camp, as where it happened; the camp is where the
    # detention the same sentence tells ("sent him to") was. Control: an arrest at a place with no
    # camp keeps its place.
    doc = doc_of("Statement of Gulnar Ismail\n\n"
                 "My brother Tursun Ehmet lived in Ghulja. In March 2018 the police arrested him in Ghulja and "
                 "sent him to the camp at Yengihayat.\n\n"
                 "Her neighbour Memet Sabir was arrested in Kashgar in May 2019 and has not been heard from.\n")
    brother = person_named(doc, "Tursun Ehmet")
    [arrest] = [e for e in doc.events if e.person == brother.id and e.type == "arrest"]
    [detention] = [e for e in doc.events if e.person == brother.id and e.type == "detention"]
    camp = next(f for f in doc.facilities if f.id == detention.facility)
    assert camp.facility_type == "internment_camp" and arrest.facility is None
    assert next(p for p in doc.places if p.id == arrest.place).gazetteer_id == "xj.ili.yining"  # Ghulja
    neighbour = person_named(doc, "Memet Sabir")
    [control] = [e for e in doc.events if e.person == neighbour.id and e.type == "arrest"]
    kashgar = next(p for p in doc.places if p.id == control.place)
    assert kashgar.gazetteer_id.startswith("xj.kashgar") and control.facility is None
