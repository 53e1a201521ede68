"""The curated table's internal consistency (src/guwah/places/data/xinjiang.yaml)."""

from __future__ import annotations

from collections import Counter

import pytest

from guwah.places.gazetteer import (
    COUNTY_LEVEL,
    NAME_FIELDS,
    PREFECTURE_LEVEL,
    XINJIANG_BBOX,
    Gazetteer,
    PlaceEntry,
    curated_gazetteer,
    exact_key,
    fold,
    strip_kind_words,
    to_latin,
)

GAZ = curated_gazetteer()
ENTRIES = list(GAZ.entries.values())
XJ = [e for e in ENTRIES if e.id == "xj" or e.id.startswith("xj.")]
COUNTY = [e for e in ENTRIES if e.kind in COUNTY_LEVEL]


def test_gazetteer_county_level_count():
    # 13 districts + 17 county-level cities under prefectures + 12 XPCC cities
    # + 62 counties (60 before He'an and Hekang, December 2024) + 6 autonomous counties.
    counts = Counter(e.kind for e in COUNTY)
    assert counts == {
        "district": 13, "county_city": 17, "xpcc_city": 12, "county": 62,
        "autonomous_county": 6,
    }
    assert len(COUNTY) == 110


def test_gazetteer_prefecture_level_count():
    # 4 prefecture-level cities, 5 prefectures, 5 autonomous prefectures.
    counts = Counter(e.kind for e in ENTRIES if e.kind in PREFECTURE_LEVEL)
    assert counts == {"prefecture_city": 4, "prefecture": 5, "autonomous_prefecture": 5}


@pytest.mark.parametrize("entry", COUNTY, ids=lambda e: e.id)
def test_gazetteer_county_parent_is_prefecture_level(entry):
    parent = GAZ.get(entry.parent)
    if entry.kind == "xpcc_city":
        assert parent.id == "xj"
    else:
        assert parent.kind in PREFECTURE_LEVEL
    if entry.kind == "district":
        assert parent.kind == "prefecture_city"


def test_gazetteer_parents_exist_and_hierarchy_ends():
    for entry in ENTRIES:
        if entry.parent is not None:
            assert entry.parent in GAZ.entries, entry.id
        GAZ.ancestors(entry.id)  # no cycle
    assert GAZ.get("xj.tacheng").parent == "xj.ili"
    assert GAZ.get("xj.altay").parent == "xj.ili"
    assert {e.parent for e in ENTRIES if e.kind in PREFECTURE_LEVEL} == {"xj", "xj.ili"}


def test_gazetteer_formed_from_names_entries_and_lineage_follows_it():
    for entry in ENTRIES:
        assert isinstance(entry.formed_from, tuple), entry.id
        for origin in entry.formed_from:
            assert origin in GAZ.entries and origin != entry.id, entry.id
            assert GAZ.get(origin).kind in COUNTY_LEVEL, entry.id
    assert GAZ.lineage("xj.ili.khorgas") == ("xj.ili.huocheng",)  # 2014, from Huocheng County
    assert GAZ.lineage("xj.beitun") == ("xj.altay.altay", "xj.altay.fuhai")  # 2011, from two
    assert GAZ.lineage("xj.ili.huocheng") == ("xj.ili.huocheng",)
    assert GAZ.lineage("xj.kashgar") == ("xj.kashgar",)
    assert GAZ.lineage("?nowhere") == ("?nowhere",)


def test_lineage_follows_every_origin_through_chains_and_stops_at_a_cycle():
    def entry(entry_id, *origins):
        return PlaceEntry(id=entry_id, kind="county", parent=None, lat=None, lon=None,
                          names={"en": entry_id}, formed_from=origins)

    gaz = Gazetteer({e.id: e for e in (
        entry("a"), entry("b"), entry("c", "a", "b"), entry("d", "c"), entry("e", "d", "a"),
        entry("x", "y"), entry("y", "x"))})
    assert gaz.lineage("d") == ("a", "b")   # through c to both of its origins
    assert gaz.lineage("e") == ("a", "b")   # a reached twice is named once
    assert gaz.lineage("a") == ("a",)
    assert gaz.lineage("x") == ("x",)       # a cycle in the table names no origin


def test_a_formed_from_field_is_read_as_one_id_or_a_list():
    from guwah.places.gazetteer import id_tuple

    assert id_tuple(None) == ()
    assert id_tuple("xj.ili.huocheng") == ("xj.ili.huocheng",)
    assert id_tuple(["xj.altay.altay", "xj.altay.fuhai"]) == ("xj.altay.altay", "xj.altay.fuhai")


def test_gazetteer_no_duplicate_chinese_names_or_ids():
    zh = Counter(e.names["zh"] for e in ENTRIES if e.names["zh"])
    assert [name for name, n in zh.items() if n > 1] == []
    assert len({e.id for e in ENTRIES}) == len(ENTRIES)


@pytest.mark.parametrize("entry", XJ, ids=lambda e: e.id)
def test_gazetteer_xinjiang_coordinates_in_bbox(entry):
    (lat_min, lat_max), (lon_min, lon_max) = XINJIANG_BBOX
    assert lat_min <= entry.lat <= lat_max
    assert lon_min <= entry.lon <= lon_max


@pytest.mark.parametrize("entry", COUNTY, ids=lambda e: e.id)
def test_gazetteer_county_has_required_names(entry):
    assert entry.names["zh"] and entry.names["pinyin"] and entry.names["ug"]
    assert any("\u0600" <= ch <= "\u06ff" for ch in entry.names["ug"])
    latin = [entry.names["en"], entry.names["ug-Latn"], *entry.aliases]
    assert any(name and all(ch < "\u0250" for ch in name) for name in latin)  # Latin script


def test_gazetteer_name_fields_and_kinds_known():
    for entry in ENTRIES:
        assert set(entry.names) == set(NAME_FIELDS)
        assert entry.kind in {
            "country", "region", "province", "city", "border_crossing", *PREFECTURE_LEVEL, *COUNTY_LEVEL,
        }


def test_gazetteer_new_counties_2024_present():
    assert GAZ.get("xj.hotan.hean").names["zh"] == "和安县"
    assert GAZ.get("xj.hotan.hekang").names["zh"] == "和康县"


def test_gazetteer_neighbours_present():
    countries = {e.names["en"] for e in ENTRIES if e.kind == "country"}
    assert {"Kazakhstan", "Kyrgyzstan", "Tajikistan", "Afghanistan", "Pakistan", "India",
            "Mongolia", "Russia"} <= countries


@pytest.mark.parametrize(
    ("text", "latin"),
    [("چاپچال", "chapchal"), ("ئۈرۈمچى", "urumchi"), ("Кульджа", "kuldzha"),
     ("Құлжа", "qulzha"), ("Ürümçi", "urumchi"), ("Qeşqer", "qeshqer")],
)
def test_gazetteer_to_latin(text, latin):
    assert to_latin(text) == latin


def test_gazetteer_fold_reads_q_and_x_both_ways():
    assert set(fold("qapqal")) & set(fold("chapchal"))  # New Script q = ch
    assert set(fold("kashqar")) & set(fold("kashgar"))  # ULY q = k
    assert set(fold("kaxgar")) & set(fold("kashgar"))  # New Script x = sh


def test_gazetteer_exact_key_ignores_case_marks_and_punctuation():
    assert exact_key("Ürümqi") == exact_key("urumqi") == exact_key("URUMQI")
    assert exact_key("Nur-Sultan") == exact_key("nur sultan")


@pytest.mark.parametrize(
    ("text", "short", "kind"),
    [("Kashgar City", "Kashgar", "county_city"),
     ("Qapqal Xibe Autonomous County", "Qapqal", "county"),
     ("قەشقەر ۋىلايىتى", "قەشقەر", "prefecture"),
     ("和田县", "和田", "county"), ("Karamay", "Karamay", None)],
)
def test_gazetteer_strip_kind_words(text, short, kind):
    stripped, kinds = strip_kind_words(text)
    assert stripped == short
    assert (kinds is None) if kind is None else (kind in kinds)


@pytest.mark.parametrize(("text", "latin"), [("Кызылсу", "kizilsu"), ("Толы", "toli"), ("Қызылсу", "qizilsu")])
def test_gazetteer_to_latin_is_guwah_names_conversion(text, latin):
    # Issue 9: one transliteration layer — places read ы as guwah.names does (ı, folded to i).
    from guwah.names import latin_forms

    assert to_latin(text) == latin == latin_forms(text)[0].replace(" ", "")


@pytest.mark.parametrize(
    ("text", "short", "kind"),
    [("Yili Hasake Zizhizhou", "Yili", "autonomous_prefecture"), ("Yili Hasake", "Yili", "autonomous_prefecture"),
     ("Или-Казахский автономный округ", "Или", "prefecture"),
     ("Боро-Тала-Монгольский автономный округ", "Боро-Тала", "prefecture"),
     ("город Кашгар", "Кашгар", "county_city"), ("Ili Kazakh Autonomous Prefecture", "Ili", "prefecture"),
     ("Kazakh", "Kazakh", None)],
)
def test_gazetteer_strip_kind_words_of_long_forms(text, short, kind):
    stripped, kinds = strip_kind_words(text)
    assert stripped == short
    assert (kinds is None) if kind is None else (kind in kinds)


def test_gazetteer_every_prefecture_has_long_forms():
    prefectures = [e for e in ENTRIES if e.kind in {"prefecture", "autonomous_prefecture"}]
    assert len(prefectures) == 10
    for entry in prefectures:
        assert {"pinyin", "ug", "ug-Latn", "ru"} <= set(entry.long_names), entry.id


def test_gazetteer_geonames_city_ids_unique():
    from guwah.places.gazetteer import geonames_city_ids

    ids = geonames_city_ids()
    assert len(ids) == len(set(ids)) > 100


def test_uyghur_new_script_letters_convert_through_the_names_layer():
    # Issue 9: the 1965-82 New Script (ⱪ = q, q = ch, x = sh) through guwah.names' conversion.
    from guwah.names.forms import fold_latin
    from guwah.places.gazetteer import to_latin

    assert to_latin("Ⱪəxⱪər") == "qeshqer" == fold_latin("Ⱪəxⱪər")
    assert to_latin("Ⱪumul") == to_latin("Qumul")


def test_gazetteer_border_crossings_lie_in_a_xinjiang_county_and_are_labelled():
    from guwah.web.labels import LABELS

    crossings = [e for e in GAZ.entries.values() if e.kind == "border_crossing"]
    assert {e.names["en"] for e in crossings} >= {"Torugart Pass", "Irkeshtam", "Khunjerab Pass", "Bakhty"}
    for entry in crossings:
        parent = GAZ.get(entry.parent)
        assert parent.kind in COUNTY_LEVEL and entry.names["zh"].endswith("口岸")
        (lat_lo, lat_hi), (lon_lo, lon_hi) = XINJIANG_BBOX
        assert lat_lo <= entry.lat <= lat_hi and lon_lo <= entry.lon <= lon_hi
    assert "border_crossing" in LABELS["place_kind"]
