"""A gazetteer place's name in the reader's language (guwah.places.place_name)."""

from __future__ import annotations

import pytest

from guwah.errors import NotFound
from guwah.places import curated_gazetteer, gazetteer, place_name
from guwah.places.gazetteer import COUNTY_LEVEL, PREFECTURE_LEVEL

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
    # No Uyghur form of Leiden; French is no language of the table.
    assert place_name("city.nl.leiden", "ug") == "Leiden"
    assert place_name("country.nl", "fr") == "Netherlands"  # a language the table has no field for


def test_a_country_the_table_names_in_no_uyghur_or_kazakh_form_has_its_cldr_name():
    # The table gives the Netherlands no Uyghur or Kazakh name; CLDR (Babel) does. A name the table
    # gives is kept (China is خىتاي in the table, جۇڭگو in CLDR: that one is an alias).
    assert place_name("country.nl", "ug") == "گوللاندىيە" and place_name("country.nl", "kk") == "Нидерланд"
    china = GAZ.get("country.cn")
    assert place_name(china, "ug") == "خىتاي" and "جۇڭگو" in china.aliases and "Chine" in china.aliases


def test_kazakh_and_russian_readers_get_the_other_cyrillic_form_then_the_native_name_not_english():
    """County names fell back to English on Kazakh and Russian pages (issue 12): the table states no
    Kazakh form of Kashgar City and neither a Kazakh nor a Russian one of Shufu (never guessed)."""
    kashgar, shufu = GAZ.get("xj.kashgar.kashgar"), GAZ.get("xj.kashgar.shufu")
    assert kashgar.names["kk"] is None and shufu.names["kk"] is None and shufu.names["ru"] is None
    assert place_name(kashgar, "kk") == kashgar.names["ru"] == "Кашгар"
    assert place_name(shufu, "kk") == shufu.names["ug"]  # the Arabic script Xinjiang's Kazakhs write
    assert place_name(shufu, "ru") == shufu.names["ug-Latn"]
    mori = GAZ.get("xj.changji.mori")
    assert mori.names["ru"] is None and place_name(mori, "ru") == mori.names["kk"]
    for entry in GAZ.entries.values():
        if entry.kind in COUNTY_LEVEL or entry.kind in PREFECTURE_LEVEL:
            for language in ("kk", "ru"):
                assert place_name(entry, language) != entry.names["en"], (entry.id, language)


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
