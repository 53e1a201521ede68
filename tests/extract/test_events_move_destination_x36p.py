"""A move is placed where it goes, an arrest where it began (`events.move_destination`)."""

from tests.extract.helpers import doc_of, person_named

EN = """Statement of Gulnar Ismail

My brother Ablet Tursun was arrested in Kashgar in May 2018. In 2019 he was transferred from the detention centre in Kashgar to a camp in Aksu.
"""

RU = """Показания Гульнар Исмаил

Мой брат Аблет Турсун был арестован в Кашгаре в мае 2018 года. В 2019 году его перевели из СИЗО в Кашгаре в лагерь в Аксу.
"""


def _places(doc, name: str, event_type: str) -> list[str]:
    person = person_named(doc, name)
    spans = {pid: doc.text[s:e] for (s, e), pid in doc.place_spans}
    return [spans.get(e.place, "") for e in doc.events if e.person == person.id and e.type == event_type]


def test_a_transfer_is_placed_at_its_destination_and_the_arrest_keeps_its_origin():
    doc = doc_of(EN)
    assert _places(doc, "Ablet Tursun", "transfer") == ["Aksu"]
    assert _places(doc, "Ablet Tursun", "arrest") == ["Kashgar"]  # the control: the origin stays the arrest's


def test_a_russian_transfer_goes_to_the_accusative_not_the_locative():
    doc = doc_of(RU, "ru")
    assert _places(doc, "Аблет Турсун", "transfer") == ["Аксу"]
    assert _places(doc, "Аблет Турсун", "arrest") == ["Кашгаре"]


def test_the_destination_is_the_stretch_after_to_and_an_arrest_has_none():
    from guwah.extract.events import move_destination

    doc = doc_of(EN)

    def at(words: str):
        start = doc.text.index(words)
        sentence = next(s for s in doc.sentences if s.start <= start < s.end)
        return move_destination(doc, sentence, (start, start + len(words)))

    start, end = at("transferred")
    assert doc.text[start:end].startswith("to a camp in Aksu")
    assert at("was arrested") is None  # no move: the arrest's place is found as before
