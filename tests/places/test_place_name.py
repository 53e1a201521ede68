"""A gazetteer place's name in the reader's language (guwah.places.place_name)."""

from __future__ import annotations

import re

import pytest

from guwah.errors import NotFound
from guwah.names.scripts import ARABIC, HAN, detect_script
from guwah.places import curated_gazetteer, gazetteer, place_name
from guwah.places.gazetteer import COUNTY_LEVEL, PREFECTURE_LEVEL, uyghur_cyrillic

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
    # the place's own name in the Uyghur Cyrillic alphabet (h-names14; the Arabic script and ULY before)
    assert place_name(shufu, "kk") == place_name(shufu, "ru") == "Конишәһәр"
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
            assert place_name(entry, language) in {*entry.all_names(), uyghur_cyrillic(entry)}


CYRILLIC_PAGES = ("ru", "kk")
LATIN = re.compile(r"[A-Za-z]")
# Places whose Russian and Kazakh labels may be Latin, documented in data/README.md: the towns and
# cities that GeoNames gives (their names carry no language there, so none is taken as Russian or
# Kazakh), by their source; no curated entry.
LATIN_ON_CYRILLIC_PAGES_DOCUMENTED = frozenset({"geonames"})


def test_no_gazetteer_place_shows_a_latin_label_on_a_cyrillic_page():
    """Issue 12 follow-up (h-names14): 71 county-level divisions showed their Uyghur Latin (ULY)
    spelling on Russian pages (和田县: Xoten) and the Arabic script on Kazakh ones; every division
    now shows a Cyrillic label there, a stated Russian or Kazakh form or, failing one, its Uyghur
    name in the Uyghur Cyrillic alphabet."""
    latin = {}
    for entry in gazetteer().entries.values():
        for language in CYRILLIC_PAGES:
            label = place_name(entry, language)
            if (LATIN.search(label) or not any("\u0400" <= c <= "\u04ff" for c in label)) \
                    and entry.source not in LATIN_ON_CYRILLIC_PAGES_DOCUMENTED:
                latin.setdefault(entry.id, {})[language] = label
    assert not latin, sorted(latin.items())[:10]
    assert sum(entry.source != "geonames" for entry in gazetteer().entries.values()) >= 150
    # positive control: a label in letters is caught
    assert LATIN.search(GAZ.get("xj.hotan.hotan_county").names["ug-Latn"])


def test_hotan_county_has_the_russian_name_of_hotan():
    county = GAZ.get("xj.hotan.hotan_county")
    assert place_name(county, "ru") == place_name("xj.hotan.hotan", "ru") == "Хотан"
    assert place_name(county, "kk") == "Хотан"
    for entry in GAZ.entries.values():
        if entry.kind in COUNTY_LEVEL or entry.kind in PREFECTURE_LEVEL:
            for language, script in (("zh", HAN), ("ug", ARABIC)):  # no fallback there
                assert place_name(entry, language) in {entry.names[language], entry.long_names.get(language)}
                assert detect_script(place_name(entry, language)) == script


def test_place_name_of_a_geonames_town_reads_its_chinese_or_english_name():
    town = next(e for e in gazetteer().entries.values() if e.source == "geonames" and e.names["zh"])
    assert place_name(town, "zh") == town.names["zh"]
    assert place_name(town, "ug") == town.names["en"]


def test_place_name_of_an_unknown_id_is_not_found():
    with pytest.raises(NotFound):
        place_name("xj.nowhere", "en")
