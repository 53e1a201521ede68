"""Ways of telling a custody that were missed on the tuning sets v17 … v20 (h-events42), each in our own
invented words: Russian «помещён в лагерь», a place of custody named in quotes («учебный центр»,
«школе»), a relative taken («мужа забрали»); Kazakh «саяси оқуға» taken away. Each refusal has its
positive control beside it."""

from __future__ import annotations

from guwah.extract import extract_text
from tests.extract.helpers import doc_of, person_named


def events_of(doc, name: str) -> set[tuple[str, str | None]]:
    person = person_named(doc, name)
    return {(e.type, e.date.value if e.date else None) for e in doc.events if e.person == person.id}


def test_russian_placed_in_a_camp_is_a_detention():
    doc = doc_of("Меня зовут Гульнара Омарова. Мой дядя Серик Омаров в 2019 году был помещён в лагерь в Чугучаке. "
                 "Его сосед Болат Кенжеев в 2019 году не был помещён в лагерь.", "ru")
    assert ("detention", "2019") in events_of(doc, "Серик Омаров")
    assert "detention" not in {t for t, _d in events_of(doc, "Болат Кенжеев")}  # denied


def test_russian_taken_to_a_place_of_custody_named_in_quotes():
    doc = doc_of("Меня зовут Гульнара Омарова. В мае 2018 года моего брата Ерлана Омарова увезли в «учебный центр» "
                 "в Кульдже. Его друга Арман Сейтов в 2018 году отвезли в гости к родственникам.", "ru")
    assert ("detention", "2018-05") in events_of(doc, "Ерлан Омаров")
    assert "detention" not in {t for t, _d in events_of(doc, "Арман Сейтов")}  # a visit, no custody


def test_russian_held_in_a_school_in_quotes_is_a_detention():
    doc = doc_of("Меня зовут Гульнара Омарова. Мой муж Данияр Омаров с марта 2019 года, его держат в «школе» за городом.",
                 "ru")
    assert "detention" in {t for t, _d in events_of(doc, "Данияр Омаров")}


def test_kazakh_taken_away_to_political_study_is_an_arrest_and_a_detention():
    out = extract_text("Менің атым Айгүл Болатқызы. Ағам Нұрлан Болатұлы мұғалім еді. 2018 жылы оны «саяси оқуға» алып кетті. "
                       "Інім Ерлан Болатұлы 2019 жылы дүкенге барып, нан алып кетті.", language="kk",
                       document_date="2021-05-01")
    names = {p["id"]: p["name"] for p in out["persons"]}
    found = {(e["type"], names.get(e["person"]), (e["date"] or {}).get("value")) for e in out["events"]}
    assert ("arrest", "Нұрлан Болатұлы", "2018") in found
    assert ("detention", "Нұрлан Болатұлы", "2018") in found
    assert not any(who == "Ерлан Болатұлы" for _kind, who, _when in found)  # bread taken away: no custody


def test_released_half_a_year_later_counts_from_the_arrest():
    doc = doc_of("Меня зовут Гульнара Омарова. Моего отца Серика Омарова задержали в декабре 2018 года. "
                 "Его отпустили через полгода.", "ru")
    assert ("release", "2019-06") in events_of(doc, "Серик Омаров")
    doc = doc_of("My name is Dilnur Qasim. My uncle Ehet Qasim was detained in March 2018. "
                 "Half a year later he was released.")
    assert ("release", "2018-09") in events_of(doc, "Ehet Qasim")


def test_an_event_said_to_be_unconfirmed_after_it_is_no_event():
    doc = doc_of("My name is Dilnur Qasim. My uncle Ehet Qasim was arrested in May 2018. Reports that he was later "
                 "moved to a prison in Kumul could not be confirmed. My cousin Aygul Qasim was moved to a prison in "
                 "Kumul in 2019; a lawyer confirmed it.")
    assert "transfer" not in {t for t, _d in events_of(doc, "Ehet Qasim")}
    assert ("arrest", "2018-05") in events_of(doc, "Ehet Qasim")  # control: the arrest told as known
    assert "transfer" in {t for t, _d in events_of(doc, "Aygul Qasim")}  # control: a move confirmed


def test_an_event_unconfirmed_by_the_next_short_sentence_is_no_event():
    doc = doc_of("My name is Dilnur Qasim. In 2019 a neighbour said that my uncle Ehet Qasim had been sentenced. "
                 "I cannot confirm it. In 2020 my cousin Aygul Qasim was sentenced to ten years.")
    assert "sentencing" not in {t for t, _d in events_of(doc, "Ehet Qasim")}
    assert ("sentencing", "2020") in events_of(doc, "Aygul Qasim")


def test_french_unconfirmed_transfer_is_no_event():
    doc = doc_of("Je m'appelle Aysu Tursun. Des proches disent que mon oncle Ehet Qasim a été transféré à Aksou ; rien ne permet de le "
                 "confirmer. Mon cousin Memet Qasim a été transféré à Aksou en 2019.", "fr")
    assert "transfer" not in {t for t, _d in events_of(doc, "Ehet Qasim")}
    assert ("transfer", "2019") in events_of(doc, "Memet Qasim")


def test_russian_arrest_denied_after_the_verb_is_no_event():
    doc = doc_of("Меня зовут Гульнара Омарова. Мой дядя, Серик Омаров, задержан не был; он умер дома в 2020 году. "
                 "Мой брат, Ерлан Омаров, был задержан в 2019 году.", "ru")
    assert not {"arrest", "detention"} & {t for t, _d in events_of(doc, "Серик Омаров")}
    assert ("arrest", "2019") in events_of(doc, "Ерлан Омаров")  # control


def test_unverified_reports_after_an_event_hedge_what_they_report_not_the_event():
    doc = doc_of("My name is Dilnur Qasim. My uncle Ehet Qasim was arrested in Kashgar in May 2019 and released after "
                 "three months; unverified reports say that he was re-arrested in 2023.")
    assert ("arrest", "2019-05") in events_of(doc, "Ehet Qasim")
    doc = doc_of("My name is Dilnur Qasim. My uncle Ehet Qasim was moved to a prison in Kumul in 2020, which remains "
                 "unverified.")
    assert "transfer" not in {t for t, _d in events_of(doc, "Ehet Qasim")}  # said of the move itself


def test_contact_lost_is_a_disappearance():
    doc = doc_of("My name is Dilnur Qasim. My uncle Ehet Qasim was detained in May 2018, and in 2019 we lost all "
                 "contact with him. My aunt Aygul Qasim was detained too, but we never lost contact with her.")
    assert "disappearance" in {t for t, _d in events_of(doc, "Ehet Qasim")}
    assert "disappearance" not in {t for t, _d in events_of(doc, "Aygul Qasim")}  # denied


def test_french_russian_and_kazakh_families_without_news():
    doc = doc_of("Je m'appelle Aysu Tursun. Mon oncle Ehet Qasim a été arrêté en mai 2018. Depuis, la famille est sans "
                 "nouvelles de lui.", "fr")
    assert "disappearance" in {t for t, _d in events_of(doc, "Ehet Qasim")}
    doc = doc_of("Меня зовут Гульнара Омарова. Моего брата Ерлана Омарова задержали в мае 2018 года. С июня 2018 года "
                 "связь с ним полностью прервана.", "ru")
    assert "disappearance" in {t for t, _d in events_of(doc, "Ерлан Омаров")}
    out = extract_text("Менің атым Айгүл Болатқызы. Ағам Нұрлан Болатұлы 2019 жылы ұсталды, қазір қай жерде отырғаны "
                       "белгісіз.", language="kk", document_date="2021-05-01")
    names = {p["id"]: p["name"] for p in out["persons"]}
    assert ("disappearance", "Нұрлан Болатұлы") in {(e["type"], names.get(e["person"])) for e in out["events"]}


def test_a_release_asked_for_is_no_release():
    doc = doc_of("My name is Dilnur Qasim. My uncle Ehet Qasim was detained in May 2018. We ask for three things: proof "
                 "that he is alive, a lawyer, and his release. My aunt Aygul Qasim was detained in 2018; after her "
                 "release in 2019 she came home.")
    assert "release" not in {t for t, _d in events_of(doc, "Ehet Qasim")}
    assert ("release", "2019") in events_of(doc, "Aygul Qasim")  # control: a release told as done
    doc = doc_of("Меня зовут Гульнара Омарова. Моего брата Ерлана Омарова задержали в 2018 году. Мы требуем его "
                 "освобождения.", "ru")
    assert "release" not in {t for t, _d in events_of(doc, "Ерлан Омаров")}
    # a release told as a verb after a demand is one
    doc = doc_of("My name is Dilnur Qasim. In 2019 the police demanded that my aunt Aygul Qasim sign a pledge and released her.")
    assert ("release", "2019") in events_of(doc, "Aygul Qasim")


def test_a_release_referred_back_to_is_not_a_second_release():
    doc = doc_of("My name is Dilnur Qasim. I was detained in May 2018 and released on 3 March 2019. After my release the "
                 "police visited me every week, and on 9 June 2019 they told me to sign a pledge.")
    told = sorted(d for t, d in events_of(doc, "Dilnur Qasim") if t == "release")
    assert told == ["2019-03-03"]
    doc = doc_of("My name is Dilnur Qasim. I was detained in May 2018. After my release on 3 March 2019 the police "
                 "visited me every week.")
    assert ("release", "2019-03-03") in events_of(doc, "Dilnur Qasim")  # control: told only as a noun, it is the release


def test_an_unconfirmed_report_after_a_footnote_mark_is_of_what_follows_it():
    doc = doc_of("Ehet Qasim is a poet. He was arrested in Kashgar in May 2019 and released in June 2020; he has not "
                 "been tried.[3] Reports that he was arrested again in 2023 have not been confirmed.")
    assert ("arrest", "2019-05") in events_of(doc, "Ehet Qasim")
    assert ("release", "2020-06") in events_of(doc, "Ehet Qasim")
    assert ("arrest", "2023") not in events_of(doc, "Ehet Qasim")  # the report said to be unconfirmed
