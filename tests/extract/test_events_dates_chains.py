"""Events and their dates, issue 11 (0.14.0 round): hedged events, undated stays and custody events
dated from the narrative, the document's own date as no anchor, new wordings of custody and
release, and events counted from another event. Invented people, our own words; each refusal has
its positive control in the same text."""

from datetime import date

import pytest

from guwah.extract.pipeline import run_pipeline
from tests.extract.helpers import doc_of, person_named


def events_of(doc, person) -> set[tuple[str, str | None]]:
    return {(e.type, e.date.value if e.date else None) for e in doc.events if e.person == person.id}


def test_events_a_rumoured_arrest_is_no_event_but_a_told_one_is():
    doc = doc_of("Rumours in the bazaar said that Tahir Qasimov had been arrested again in 2020. "
                 "His cousin, Omer Qasimov, was arrested in May 2019.")
    assert not {t for t, _d in events_of(doc, person_named(doc, "Tahir Qasimov"))} & {"arrest"}
    assert ("arrest", "2019-05") in events_of(doc, person_named(doc, "Omer Qasimov"))


def test_events_an_undated_stay_begins_with_the_persons_arrest():
    doc = doc_of("Police arrested Nurgul Ahmetova in March 2018 at the bus station. "
                 "For weeks her husband searched the hospitals.\n\n"
                 "She spent ten months locked in a camp.\n\n"
                 "Her neighbour, Salima Tohtiyeva, was also locked in a camp.")
    assert ("detention", "2018-03") in events_of(doc, person_named(doc, "Nurgul Ahmetova"))
    # the control: no arrest of the neighbour is told, so her stay stays undated
    assert ("detention", None) in events_of(doc, person_named(doc, "Salima Tohtiyeva"))


def test_events_an_undated_custody_event_takes_the_previous_sentences_date():
    doc = doc_of("In June 2019 Aziz Rozimet was summoned by the township. He never came back.\n\n"
                 "Months passed. His brother Kamil Rozimet never came home either.")
    assert ("arrest", "2019-06") in events_of(doc, person_named(doc, "Aziz Rozimet"))
    # the control: in another paragraph, after a sentence with no date, no date is inherited
    assert ("arrest", None) in events_of(doc, person_named(doc, "Kamil Rozimet"))


def test_events_the_documents_own_date_is_no_date_of_the_narrative():
    text = ("Press briefing, 14 March 2023.\n\nTalip Sadiqov said his father was held in a camp.\n\n"
            "On 2 May 2018 the police arrested Erkin Sadiqov. He was held in a prison near Aksu.")
    doc = run_pipeline(text, "en", date(2023, 3, 14))
    talip_father = [e for e in doc.events if e.type == "detention" and e.date and e.date.value == "2023-03-14"]
    assert talip_father == []
    assert ("detention", "2018-05-02") in events_of(doc, person_named(doc, "Erkin Sadiqov"))


@pytest.mark.parametrize("text, name, expected", [
    ("Gulbahar Yusupova says police officers took her from her stall on 3 August 2018.", "Gulbahar Yusupova",
     ("arrest", "2018-08-03")),
    ("Ilyas Mamutov was put into what officials called a re-education school in 2019.", "Ilyas Mamutov",
     ("detention", "2019")),
    ("Zeynep Turdiyeva was brought to a so-called vocational school in March 2018.", "Zeynep Turdiyeva",
     ("detention", "2018-03")),
])
def test_events_more_wordings_of_custody(text, name, expected):
    doc = doc_of(text)
    assert expected in events_of(doc, person_named(doc, name))


def test_events_officers_took_her_is_an_arrest_but_took_her_passport_is_not():
    doc = doc_of("In 2019 officers took Mahire Tursunova's passport. On 3 May 2020 police officers took her from her home.")
    assert {t for t, _d in events_of(doc, person_named(doc, "Mahire Tursunova"))} & {"arrest"} == {"arrest"}
    assert ("arrest", "2019") not in events_of(doc, person_named(doc, "Mahire Tursunova"))
    doc = doc_of("Police took her passport in 2019, said Rena Abdulova.")
    assert ("arrest", "2019") not in events_of(doc, person_named(doc, "Rena Abdulova"))


def test_events_let_out_and_sent_home_are_releases():
    doc = doc_of("My name is Rahman Sabirov. In December 2019 the guards let me out, and I signed a paper.")
    assert ("release", "2019-12") in events_of(doc, person_named(doc, "Rahman Sabirov"))
    doc = doc_of("Police arrested Aysu Kerimova in April 2018. She was sent home thirty-one months after her arrest.")
    assert ("release", "2020-11") in events_of(doc, person_named(doc, "Aysu Kerimova"))


def test_events_french_and_russian_custody_wordings():
    doc = doc_of("Je m’appelle Aygul Rozieva. Le 3 juin 2017, des policiers sont venus me chercher au marché.", "fr")
    assert ("arrest", "2017-06-03") in events_of(doc, person_named(doc, "Aygul Rozieva"))
    doc = doc_of("В декабре 2017 года Серика Нурланова поместили в так называемый центр обучения.", "ru")
    assert ("detention", "2017-12") in events_of(doc, person_named(doc, "Серик Нурланов"))


def test_events_an_unconfirmed_transfer_is_no_event_but_a_confirmed_arrest_is():
    doc = doc_of("Officials say, but could not confirm, that Erkin Jalilov was moved to a prison in 2019. "
                 "His brother Tahir Jalilov was arrested in 2018.")
    assert not [e for e in doc.events if e.type == "transfer"]
    assert ("arrest", "2018") in events_of(doc, person_named(doc, "Tahir Jalilov"))


def test_events_a_released_cellmate_unnamed_is_not_the_named_persons_release():
    doc = doc_of("Selon un codétenu libéré, Ablimit Kerimov souffrait beaucoup. "
                 "Ablimit Kerimov a été libéré en mai 2019.", "fr")
    assert events_of(doc, person_named(doc, "Ablimit Kerimov")) == {("release", "2019-05")}


def test_events_leaving_through_a_country_abroad_is_an_exit():
    doc = doc_of("My name is Dilmurat Sopiyev. I was released in March 2019 and left through Kazakhstan in May 2019.")
    assert ("exit", "2019-05") in events_of(doc, person_named(doc, "Dilmurat Sopiyev"))


def test_events_the_same_week_is_the_time_of_the_last_event_of_its_kind_not_the_last_date_written():
    from tests.extract.helpers import doc_of, person_named

    doc = doc_of("My name is Dilbar Hoshur. I live in Almaty.\n\nMy sister Zulfiye Hoshur was detained in November "
                 "2017 and released in the spring of 2019. Her husband, Ekber Yasin, was taken the same week. My "
                 "cousin Alim Yasin was released the same year.")
    dated = lambda name: {(e.type, e.date.value if e.date else None)  # noqa: E731
                          for e in doc.events if e.person == person_named(doc, name).id}
    assert ("arrest", "2017-11") in dated("Ekber Yasin")  # custody began with Zulfiye's, not in 2019
    assert ("arrest", "2019") not in dated("Ekber Yasin")
    assert dated("Alim Yasin") == {("release", "2019")}  # a release the same year as the release told before


def test_events_a_date_of_a_pluperfect_reason_is_not_the_next_sentences_custody_date():
    from tests.extract.helpers import doc_of, person_named

    doc = doc_of("My name is Dilbar Hoshur. I live in Almaty.\n\nOn 3 March 2018 two officers stopped me in Kashgar. "
                 "They said I was on a list because I had studied in Egypt in 2014. I was handcuffed and put in a van."
                 "\n\nIn May 2019 my cousin Alim Tohti was called to the police station. He was handcuffed and put in a car.")
    dated = lambda name: {(e.type, e.date.value if e.date else None)  # noqa: E731
                          for e in doc.events if e.person == person_named(doc, name).id}
    assert ("arrest", "2018-03-03") in dated("Dilbar Hoshur")
    assert ("arrest", "2014") not in dated("Dilbar Hoshur")
    assert ("arrest", "2019-05") in dated("Alim Tohti")  # the sentence before still dates the next one
