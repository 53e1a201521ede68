"""A place's level as the text gives it (issue 11, h-places75): the bare Uyghur and Kazakh nouns after a
name ("Ghulja sheher", «Қашқар қала», قەشقەر شەھەردە), Chinese 市 after a name already read, and a
prefecture's name read as its seat city where the words around it say so (the city of X, a street in
X, "the city" taken up after it, the city named in the same document). Invented sentences and names;
each case has a control that keeps today's reading."""

import pytest

from guwah.extract import extract_text


def places(text: str, language: str) -> list[tuple[str, str | None]]:
    out = extract_text(text, language=language)
    return sorted((text[m["start"]:m["end"]], p.get("gazetteer_id"))
                  for p in out["places"] for m in p["mentions"])


@pytest.mark.parametrize(("text", "language", "expected"), [
    # the bare noun "city" after a name: the city, its span taken with it
    ("Qeyser Tomurbek was taken to a camp in Ghulja sheher in 2018.", "en", [("Ghulja sheher", "xj.ili.yining")]),
    ("Nurbiye Arslanova rented a room in Kashgar sheher that winter.", "en",
     [("Kashgar sheher", "xj.kashgar.kashgar")]),
    ("Nurbiye Arslanova rented a room in Kashgar shahri that winter.", "en",
     [("Kashgar shahri", "xj.kashgar.kashgar")]),
    ("Akam Qeshqer sheherde turatti.", "ug", [("Qeshqer sheherde", "xj.kashgar.kashgar")]),
    ("ئاكام قەشقەر شەھەردە تۇراتتى.", "ug", [("قەشقەر شەھەردە", "xj.kashgar.kashgar")]),
    ("Ағам Қашқар қала маңында тұрды.", "kk", [("Қашқар қала", "xj.kashgar.kashgar")]),
    ("Ағам Қашқар қаласында тұрды.", "kk", [("Қашқар қаласында", "xj.kashgar.kashgar")]),
    ("我哥哥住在喀什 市。", "zh", [("喀什 市", "xj.kashgar.kashgar")]),
    ("Nurbiye Arslanova rented a room in Kashgar 市 that winter.", "en", [("Kashgar 市", "xj.kashgar.kashgar")]),
])
def test_a_bare_level_noun_after_a_name_names_the_city(text, language, expected):
    assert places(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # controls: the same name without a level word stays the prefecture (rule 4)
    ("Nurbiye Arslanova rented a room in Kashgar that winter.", "en", [("Kashgar", "xj.kashgar")]),
    ("ئاكام قەشقەردە تۇراتتى.", "ug", [("قەشقەردە", "xj.kashgar")]),
    ("ئاكام قەشقەر ۋىلايىتىدە تۇراتتى.", "ug", [("قەشقەر ۋىلايىتىدە", "xj.kashgar")]),
    ("Ағам Қашқарда тұрды.", "kk", [("Қашқарда", "xj.kashgar")]),
    ("我哥哥住在喀什 他很好。", "zh", [("喀什", "xj.kashgar")]),
])
def test_without_a_level_word_the_prefecture_stays(text, language, expected):
    assert places(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Qeyser Tomurbek had a shop on a street in Hotan until 2017.", "en", [("Hotan", "xj.hotan.hotan")]),
    ("Qeyser Tomurbek sold cloth in the city of Hotan until 2017.", "en", [("Hotan", "xj.hotan.hotan")]),
    ("Qeyser Tomurbek worked in Altay, and every morning he drove into the city.", "en",
     [("Altay", "xj.altay.altay")]),
    ("Qeyser Tomurbek tenait une boutique dans la ville de Hotan.", "fr", [("Hotan", "xj.hotan.hotan")]),
    ("Кайсар Томурбек жил в Алтае, в самом центре города.", "ru", [("Алтае", "xj.altay.altay")]),
])
def test_a_city_clue_beside_a_shared_name_makes_it_the_seat_city(text, language, expected):
    assert places(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Qeyser Tomurbek had a shop in Hotan until 2017.", "en", [("Hotan", "xj.hotan")]),
    # "the city" names another place, named between them
    ("Qeyser Tomurbek lived in Altay, then moved to the city Urumqi.", "en",
     [("Altay", "xj.altay"), ("Urumqi", "xj.urumqi")]),
    ("Кайсар Томурбек жил в Алтае, потом переехал в город Урумчи.", "ru",
     [("Алтае", "xj.altay"), ("Урумчи", "xj.urumqi")]),
])
def test_without_a_city_clue_the_prefecture_stays(text, language, expected):
    assert places(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Mehrigul Yaqupova lived in Aksu City. In 2018 her father in Aksu was detained.", "en",
     [("Aksu", "xj.aksu.aksu"), ("Aksu City", "xj.aksu.aksu")]),
    ("ئاكام قەشقەر شەھىرىدە تۇراتتى. ئۇ قەشقەردە تۇتۇلدى.", "ug",
     [("قەشقەر شەھىرىدە", "xj.kashgar.kashgar"), ("قەشقەردە", "xj.kashgar.kashgar")]),
    ("Ағам Алтай қаласында тұрды. Ол Алтайда ұсталды.", "kk",
     [("Алтай қаласында", "xj.altay.altay"), ("Алтайда", "xj.altay.altay")]),
    ("我哥哥住在和田市。他在和田被抓。", "zh", [("和田", "xj.hotan.hotan"), ("和田市", "xj.hotan.hotan")]),
])
def test_the_city_named_in_the_document_makes_its_bare_name_the_city(text, language, expected):
    assert places(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # the prefecture named by its level word: the bare name stays the prefecture
    ("Mehrigul Yaqupova lived in Aksu Prefecture. In 2018 her father in Aksu City was detained, and her "
     "uncle in Aksu.", "en",
     [("Aksu", "xj.aksu"), ("Aksu City", "xj.aksu.aksu"), ("Aksu Prefecture", "xj.aksu")]),
    ("ئاكام قەشقەر ۋىلايىتىدە تۇراتتى. ئۇ قەشقەردە تۇتۇلدى.", "ug",
     [("قەشقەر ۋىلايىتىدە", "xj.kashgar"), ("قەشقەردە", "xj.kashgar")]),
    ("我哥哥住在和田地区。他在和田被抓。", "zh", [("和田", "xj.hotan"), ("和田地区", "xj.hotan")]),
])
def test_a_prefecture_named_by_its_level_word_keeps_the_bare_name(text, language, expected):
    assert places(text, language) == expected


def test_records_stay_numbered_after_a_mention_moves_to_the_city():
    out = extract_text("Mehrigul Yaqupova lived in Aksu City. In 2018 her father in Aksu was detained in Korla.",
                       language="en")
    assert [p["id"] for p in out["places"]] == [f"l{n}" for n in range(1, len(out["places"]) + 1)]
    assert [p["gazetteer_id"] for p in out["places"]].count("xj.aksu.aksu") == 1
    assert "xj.aksu" not in [p["gazetteer_id"] for p in out["places"]]
