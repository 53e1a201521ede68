"""A journey's home side read from the document, and Kazakh and Uyghur travellers (issue 11, h-home65).

A letter's head (letterhead, address block, the issuing office) names where it is written; its own people
(those the head names, their spouses, the narrator) live there unless the text says otherwise, so a journey
of theirs to a place in China, told with no side of its start, is a return (`events.document_home`). Stated
beats implied: one the text puts living in China keeps that side, and the journey of someone the head does not
name is read as before. In Kazakh and Uyghur a journey's traveller is its subject, never a person named in the
genitive or an oblique case in its clause. Invented names and sentences; a control beside each negative."""

from __future__ import annotations

from guwah.extract import extract_text
from guwah.extract.events import document_home
from guwah.extract.pipeline import run_pipeline

_PROSE = ("We are writing about the savings account described above, which has had no activity for several years, "
          "and we would be grateful for any information you can give us about it.")

_LETTER = (
    "HARBOURLINE BUILDING SOCIETY\n"
    "Member Services, 12 Quay Street, Bristol BS1 4DJ\n\n"
    "Mr Tursunjan Ablet\n"
    "8 Elm Row\n"
    "Cardiff CF10 1AA\n\n"
    "3 March 2024\n\n"
    "Dear Mr Ablet,\n\n"
    f"{_PROSE}\n\n"
    "Reply from the family\n\n"
    "In May 2018 Tursunjan flew to Kashgar to sell a shop. The police detained him there in June 2018. "
    "His cousin Memet Sadir, who lives in Aksu, went to Kashgar in 2019. "
    "Their neighbour Abla Kerim went to Hotan in 2019. "
    "Last year an officer who claimed he works for the Kashgar police rang us.\n"
)


def journeys(text: str, language: str = "en", kind: str = "return") -> set[tuple[str | None, str | None]]:
    out = extract_text(text, language=language, document_date="2024-05-01")
    names = {p["id"]: p["name"] for p in out["persons"]}
    return {(names.get(e["person"]), (e["date"] or {}).get("value")) for e in out["events"] if e["type"] == kind}


def test_a_journey_into_china_of_the_letters_own_person_is_a_return():
    # the addressee's flight is a return; the cousin whom the text puts living in Aksu and the neighbour the
    # head does not name travel inside China, no return of theirs
    assert journeys(_LETTER) == {("Tursunjan Ablet", "2018-05")}


def test_the_head_tells_the_side_and_the_documents_people():
    doc = run_pipeline(_LETTER, language="en")
    side, people = document_home(doc)
    names = {doc.person(p).names[0] for p in people}
    assert side is False
    assert "Tursunjan Ablet" in names and "Abla Kerim" not in names and "Memet Sadir" not in names


def test_a_head_in_china_gives_no_return():
    # the same body under a head in Kashgar: a notice written in China; its journey is no crossing
    head_in_china = _LETTER.replace("Bristol BS1 4DJ", "Kashgar").replace("Cardiff CF10 1AA", "Kashgar")
    doc = run_pipeline(head_in_china, language="en")
    assert document_home(doc)[0] is True
    assert journeys(head_in_china) == set()


def test_without_a_head_the_side_stays_untold():
    body = _LETTER.split("Reply from the family\n\n", 1)[1]
    # control: the same sentence with the home stated is a return
    stated = "Tursunjan Ablet lives in Cardiff. " + body
    assert journeys(body) == set()
    assert journeys(stated) == {("Tursunjan Ablet", "2018-05")}


def test_a_journey_abroad_of_the_letters_person_stays_an_exit():
    letter = _LETTER.replace("In May 2018 Tursunjan flew to Kashgar to sell a shop. The police detained him there in "
                             "June 2018. ", "In May 2016 Tursunjan came to Cardiff from Ghulja. ")
    assert journeys(letter, kind="exit") == {("Tursunjan Ablet", "2016-05")}
    assert journeys(letter) == set()


def test_a_kazakh_journey_to_a_relatives_funeral_is_the_subjects():
    text = ("Менің әкем Серікбай Оспанов Алматыда тұрады. Әкем 2015 жылы Шәуешектен Қазақстанға көшіп келді. "
            "2018 жылдың көктемінде інісі Бекзаттың жаназасына Шәуешекке қайта барды.")
    found = journeys(text, "kk")
    assert ("Серікбай Оспанов", "2018") in found
    assert not any(name and name.startswith("Бекзат") for name, _ in found)


def test_a_uyghur_journey_to_fetch_a_wife_is_the_subjects():
    # the wife, in the accusative, is whom he went to fetch («ئايالىنى»): his return, not hers
    text = ("ئىنىم ئابلەت قاسىمنىڭ ئايالى مەرىيەم تۇرسۇن ئۈرۈمچىدە تۇرىدۇ. ئىنىم ئابلەت قاسىم 2017-يىلى يازدا ئايالىنى ۋە "
            "ئىككى قىزىنى ئېلىپ كېلىش ئۈچۈن ئۈرۈمچىگە قايتتى.")
    found = journeys(text, "ug")
    assert ("ئابلەت قاسىم", "2017") in found
    assert not any(name and name.startswith("مەرىيەم") for name, _ in found)


def test_a_move_told_in_the_passive_is_no_return():
    # "was moved to Aksu": the authorities moved him; the flight before it stays the return
    letter = _LETTER.replace("The police detained him there in June 2018. ",
                             "The police detained him there in June 2018. In 2019 he was moved to Aksu. ")
    assert journeys(letter) == {("Tursunjan Ablet", "2018-05")}


def test_a_kazakh_mother_taken_along_travels():
    # «анасы Гүлжанды алып … көшіп келді»: the mother taken along crosses; control: one sought («досы Ерланды іздеу
    # үшін», to look for a friend) stays behind, the subject crosses
    taken = "Менің ағам Бекзат Нұрланов 2016 жылы анасы Гүлжанды алып Қазақстанға көшіп келді."
    sought = "Менің ағам Бекзат Нұрланов 2016 жылы досы Ерланды іздеу үшін Қазақстанға көшіп келді."
    assert ("Гүлжан", "2016") in journeys(taken, "kk", kind="exit")
    assert journeys(sought, "kk", kind="exit") == {("Бекзат Нұрланов", "2016")}
