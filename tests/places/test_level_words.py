"""The places' one table of level words (h-places75): the bare Uyghur and Kazakh nouns after a name
("Ghulja sheher", «Қашқар қала»), read off a query only, never off a name of the table ("Kona
Shahar"); a level word the table gives no entry of that name chooses the same place's unit by sound
(«Қашқар қаласы»); a county word where no county bears the name keeps the county-level city
("Kashgar County"), said ambiguous. Each case with a control that keeps today's reading."""

import pytest

from guwah.extract import places as extract_places
from guwah.extract import turkic
from guwah.places.gazetteer import BARE_LEVEL_WORDS, CITY_KINDS, level_words, strip_kind_words
from guwah.places.resolve import resolve_place


@pytest.mark.parametrize(("query", "expected"), [
    ("Ghulja sheher", "xj.ili.yining"),
    ("Kashgar sheher", "xj.kashgar.kashgar"),
    ("Kashgar shahar", "xj.kashgar.kashgar"),
    ("Kashgar shahri", "xj.kashgar.kashgar"),
    ("غۇلجا شەھەر", "xj.ili.yining"),
    ("قەشقەر شەھەر", "xj.kashgar.kashgar"),
    ("Ғулжа шәһәр", "xj.ili.yining"),
    ("Құлжа қала", "xj.ili.yining"),
    ("Қашқар қала", "xj.kashgar.kashgar"),
    ("Қашқар қаласы", "xj.kashgar.kashgar"),
    ("Qeshqer wilayet", "xj.kashgar"),
    ("Қашқар облыс", "xj.kashgar"),
])
def test_a_bare_level_noun_names_the_level(query, expected):
    assert resolve_place(query).match.id == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("Kashgar", "xj.kashgar"),  # control: no level word, rule 4
    ("قەشقەر", "xj.kashgar"),
    ("Қашқар", "xj.kashgar"),
    ("Қашқар облысы", "xj.kashgar"),
    # the noun that ends a place's own name does not cut it
    ("Kona Shahar", "xj.kashgar.shufu"),
    ("Yangi Shahar", "xj.kashgar.shule"),
])
def test_without_a_bare_level_noun_todays_reading(query, expected):
    assert resolve_place(query).match.id == expected


def test_bare_nouns_come_off_a_query_only():
    assert strip_kind_words("Kona Shahar") == ("Kona Shahar", None)
    assert strip_kind_words("Kona Shahar", local=True) == ("Kona", CITY_KINDS)
    assert strip_kind_words("Kona shehiri") == ("Kona", CITY_KINDS)  # control: the possessive always


def test_the_extractors_read_the_one_table():
    ug_kk = level_words(levels={"city", "county", "prefecture", "district", "region"}, languages={"ug", "kk"})
    assert turkic.LEVEL_WORDS == frozenset(turkic.key(word) for word in ug_kk)
    assert {"sheher", "қала", "wilayet"} <= extract_places.LEVEL_WORDS
    assert {"county", "город", "уезд"} <= extract_places.LEVEL_WORDS  # control: the English and Russian words
    # a Kazakh bare noun names no unknown place by itself (only the possessive does: Үшарал қаласы)
    assert turkic.key("қала") not in turkic.NAMED_LEVEL_WORDS and turkic.key("қаласы") in turkic.NAMED_LEVEL_WORDS
    assert BARE_LEVEL_WORDS <= set(level_words())


@pytest.mark.parametrize(("query", "expected", "other"), [
    ("Kashgar County", "xj.kashgar.kashgar", "xj.kashgar"),
    ("Altay County", "xj.altay.altay", "xj.altay"),
    ("Tacheng County", "xj.tacheng.tacheng", "xj.tacheng"),
])
def test_a_county_word_with_no_county_of_the_name_is_the_county_level_city_said_ambiguous(query, expected, other):
    resolution = resolve_place(query)
    assert resolution.match.id == expected and resolution.ambiguous
    assert other in [c.entry.id for c in resolution.candidates]


@pytest.mark.parametrize(("query", "expected"), [
    ("Hotan County", "xj.hotan.hotan_county"),  # control: a county bears the name
    ("Kulja County", "xj.ili.yining_county"),
    ("Korla County", "xj.bayingolin.korla"),
])
def test_a_county_word_with_a_county_of_the_name(query, expected):
    resolution = resolve_place(query)
    assert resolution.match.id == expected and not resolution.ambiguous
