"""A gazetteer place's name in the reader's language (guwah.places.place_name)."""

from __future__ import annotations

import pytest

from guwah.errors import NotFound
from guwah.places import curated_gazetteer, gazetteer, place_name

GAZ = curated_gazetteer()


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "Kashgar City"),
    ("zh", "喀什市"),
    ("ug", "قەشقەر"),
    ("ru", "Кашгар"),
    ("ug-Latn", "Qeshqer"),
    ("zh-CN", "喀什市"),   # a region subtag does not change the script
    ("zh_Hans", "喀什市"),
])
def test_place_name_in_each_language(language, expected):
    assert place_name(GAZ.get("xj.kashgar.kashgar"), language) == expected
    assert place_name("xj.kashgar.kashgar", language) == expected  # by id, the same


def test_place_name_falls_back_to_english_where_the_table_states_no_form():
    # The table gives no Kazakh form of Kashgar City (never guessed), nor a Uyghur one of the Netherlands.
    assert GAZ.get("xj.kashgar.kashgar").names["kk"] is None
    assert place_name("xj.kashgar.kashgar", "kk") == "Kashgar City"
    assert place_name("country.nl", "ug") == "Netherlands"
    assert place_name("country.nl", "fr") == "Netherlands"  # a language the table has no field for


def test_place_name_prefers_the_full_form_that_tells_a_prefecture_from_its_seat():
    prefecture, city = GAZ.get("xj.kashgar"), GAZ.get("xj.kashgar.kashgar")
    for language in ("ug", "ru", "zh", "en"):
        assert place_name(prefecture, language) != place_name(city, language), language
    assert place_name(prefecture, "ru") == prefecture.long_names["ru"]
    assert place_name(prefecture, "en") == prefecture.names["en"]


def test_place_name_of_every_curated_entry_is_some_name_in_every_language():
    for entry in GAZ.entries.values():
        for language in ("en", "ug", "zh", "ru", "kk"):
            assert place_name(entry, language) in entry.all_names()


def test_place_name_of_a_geonames_town_reads_its_chinese_or_english_name():
    town = next(e for e in gazetteer().entries.values() if e.source == "geonames" and e.names["zh"])
    assert place_name(town, "zh") == town.names["zh"]
    assert place_name(town, "ug") == town.names["en"]


def test_place_name_of_an_unknown_id_is_not_found():
    with pytest.raises(NotFound):
        place_name("xj.nowhere", "en")
