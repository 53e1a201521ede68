"""Places after French « d’ », « du », « pour » and after a French level word (« la préfecture d’Aksou »);
Uyghur names of cities abroad with a case ending (ستوكھولمدا, "in Stockholm"), held by the gazetteer in
Arabic script; a name that is also an everyday word before its own level word (لوپ ناھىيىسى). Issue 11,
h-places57. Invented sentences and names; each negative carries a positive control."""

from guwah.extract import extract_text
from guwah.places.resolve import gazetteer


def places(text: str) -> list[tuple[str, str | None]]:
    out = extract_text(text)
    return [(text[m["start"]:m["end"]], p.get("gazetteer_id")) for p in out["places"] for m in p["mentions"]]


def test_a_place_after_elided_de_is_found_without_the_article():
    found = places("Patigul Rozaxun, originaire d’Artouch, est née dans le district d'Altaï.")
    assert ("Artouch", "xj.kizilsu.artux") in found
    assert any(surface == "Altaï" and gid and gid.startswith("xj.altay") for surface, gid in found)


def test_pour_before_a_place_and_not_before_a_person():
    # « pour Ouroumtchi » is a destination; « pour Dilnur Qasim » a person: no place.
    found = places("Dilnur a pris l'avion pour Ouroumtchi. J'ai acheté un cadeau pour Dilnur Qasim.")
    assert ("Ouroumtchi", "xj.urumqi") in found
    assert all(surface not in ("Dilnur", "Dilnur Qasim") for surface, _ in found)


def test_a_french_level_word_picks_the_level_of_a_shared_name():
    # « la préfecture d’Aksou » is the prefecture; « la ville d’Aksou » its seat city.
    found = places("Il travaillait dans la préfecture d’Aksou. Sa sœur vit dans la ville d’Aksou.")
    assert found == [("Aksou", "xj.aksu"), ("Aksou", "xj.aksu.aksu")]
    found = places("Elle est née dans le comté de Yining, il est né à Yining.")
    assert found == [("Yining", "xj.ili.yining_county"), ("Yining", "xj.ili.yining")]


def test_uyghur_cities_abroad_with_a_case_ending():
    text = ("ئاكام ستوكھولمدا ياشايدۇ. سىڭلىم روتتېردامدا ئوقۇيدۇ. مەن جەنۋەدە بىر يىغىنغا قاتناشتىم. "
            "دادام ئانكاراغا كۆچۈپ كەتتى، ئانام مەككىگە باردى.")
    found = places(text)
    assert ("ستوكھولمدا", "gn.2673730") in found
    assert ("روتتېردامدا", "gn.2747891") in found
    assert ("جەنۋەدە", "city.ch.geneva") in found
    assert ("ئانكاراغا", "city.tr.ankara") in found
    assert ("مەككىگە", "gn.104515") in found


def test_a_uyghur_word_with_a_case_ending_is_no_city_unless_one_is_named():
    # بازاردا "at the market", ئۆيدە "at home": no place; ئىستانبۇلدا is Istanbul.
    found = places("ئۇ بازاردا ئىشلەيدۇ، ئاخشىمى ئۆيدە بولىدۇ. ئىنىم ئىستانبۇلدا تۇرىدۇ.")
    assert found == [("ئىستانبۇلدا", "city.tr.istanbul")]


def test_the_gazetteer_holds_the_uyghur_names_in_arabic_script():
    entries = gazetteer().entries
    assert entries["gn.2673730"].names["ug"] == "ستوكھولم"
    assert entries["gn.2673730"].names["en"] == "Stockholm"  # GeoNames' own name is kept
    assert entries["city.ch.geneva"].names["ug"] == "جەنۋە"
    assert "ئانكارا" in entries["city.tr.ankara"].aliases


def test_a_stop_name_before_its_level_word_is_the_place():
    # لوپ ناھىيىسىدىكى "in Lop County"; باي ئادەم "a rich man" (باي is also Bay County): no place.
    found = places("دادام 2017-يىلى لوپ ناھىيىسىدىكى بىر مەركەزگە ئېلىپ كېتىلدى. قوشنىمىز باي ئادەم.")
    assert found == [("لوپ ناھىيىسىدىكى", "xj.hotan.lop")]
