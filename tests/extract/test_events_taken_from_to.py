""""Taken from his home in Turpan to a camp": the arrest where the taking began, the detention where
it went (`events.move_origin`, `events.move_destination`)."""

from tests.extract.helpers import doc_of, person_named

EN = """Statement of Gulnar Ismail

My brother Ablet Tursun ran a shop in Turpan. In May 2018 he was taken from his home in Turpan to a camp.

My cousin Erkin Rozi was taken to a camp in Aksu in June 2018.
"""


def _events(doc, name: str) -> dict[str, list[str | None]]:
    person = person_named(doc, name)
    spans = {pid: doc.text[s:e] for (s, e), pid in doc.place_spans}
    found: dict[str, list[str | None]] = {}
    for event in doc.events:
        if event.person == person.id:
            found.setdefault(event.type, []).append(spans.get(event.place) if event.place else None)
    return found


def test_a_taking_from_home_to_a_camp_is_an_arrest_at_its_origin_and_a_detention_in_the_camp():
    doc = doc_of(EN)
    events = _events(doc, "Ablet Tursun")
    assert events.get("arrest") == ["Turpan"]
    assert events.get("detention") == [None]  # the camp is not named by place: not Turpan
    assert all(e.date and e.date.value == "2018-05" for e in doc.events if e.person == person_named(doc, "Ablet Tursun").id)
    # The control: a taking with no origin keeps its arrest where the detention is.
    assert _events(doc, "Erkin Rozi") == {"arrest": ["Aksu"], "detention": ["Aksu"]}


def test_the_origin_is_the_stretch_between_from_and_where_the_move_goes():
    from guwah.extract.events import move_origin

    doc = doc_of(EN)

    def at(words: str):
        start = doc.text.index(words)
        sentence = doc.sentences[doc.sentence_index(start)]
        span = move_origin(doc, sentence, (start, start + len(words)))
        return doc.text[span[0]:span[1]].strip() if span else None

    assert at("taken from his home") == "from his home in Turpan"
    assert at("taken to a camp in Aksu") is None  # the control: no origin told


def test_a_russian_taking_from_home_places_its_arrest_at_the_origin():
    doc = doc_of("Мой брат Аблет Турсун жил в Турпане. В 2018 году его увезли из дома в Турпане в лагерь.\n", "ru")
    events = _events(doc, "Аблет Турсун")
    assert events.get("arrest") == ["Турпане"]
    assert events.get("detention") == [None]
