from guwah.extract.document import Doc
from guwah.extract.places import find_places


def places(text: str) -> list[tuple[str, str | None]]:
    doc = Doc(text)
    find_places(doc)
    return [(text[s:e], next(p.gazetteer_id for p in doc.places if p.id == pid)) for (s, e), pid in doc.place_spans]


def test_places_gazetteer_names_and_kind_words():
    found = places("She lived in Kashgar Prefecture, then in Almaty, Kazakhstan.")
    assert [surface for surface, _ in found] == ["Kashgar Prefecture", "Almaty", "Kazakhstan"]
    assert all(gazetteer_id for _, gazetteer_id in found)


def test_places_spelling_variant_after_a_preposition():
    [(surface, gazetteer_id)] = places("We drove to Ürümchi at night.")
    assert surface == "Ürümchi" and gazetteer_id == "xj.urumqi"


def test_places_ethnonyms_and_organisations_are_not_places():
    assert places("The Uyghur teacher spoke at Xinjiang University and the Astana Expo.") == []


def test_places_unknown_village_kept_without_gazetteer_entry():
    [(surface, gazetteer_id)] = places("He was born in Qizilbulaqbash Village.")
    assert surface == "Qizilbulaqbash Village" and gazetteer_id is None
