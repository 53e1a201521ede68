"""A home below its county: the township and village a hometown cell names (h-link41).

Two namesakes of one county who state no birth year were of one home whatever their townships;
the township a cell names after its county now makes two homes of one county disagree, in every
script the lists write it in.
"""

from __future__ import annotations

import pytest

from guwah.link import Mention, link_mentions
from guwah.link.features import TOWNSHIP, local_unit, nested, place_columns, place_id, settle_townships


def unit(cell: str):
    return local_unit(cell, place_id(cell))


@pytest.mark.parametrize("cell", [
    "Yopurga Yarbagh yëziliqi 15-kent",     # Uyghur Latin
    "喀什地区岳普湖县亚尔巴格乡15村",           # Chinese, run together
    "Йопурга, Ярбағ, 15-ауыл",              # Kazakh Cyrillic
    "يوپۇرغا يارباغ 15-كەنت",                # Uyghur Arabic script
    "Village 15, Yarbagh township, Yopurga",
])
def test_one_township_is_read_alike_in_every_script(cell):
    keys, village = unit(cell)
    assert keys & unit("Yopurga Yarbagh yëziliqi")[0] and village == 15
    # a positive control for the keys: another township of the county shares none
    assert not keys & unit("Yopurga Tograk yëziliqi")[0]


@pytest.mark.parametrize(("cell", "read"), [
    ("Yarkant", False),                      # a county alone
    ("Yarkant 12", False),                   # a number without a township
    ("Kashgar, Bostan yëziliqi", False),     # a prefecture: township names repeat from county to county
    ("Kreis Maralbeschi", False),            # the county read as a whole, loosely: its word is no township
    ("Maralbëshi Arawat yëziliqi", True),
    ("Yengisar, Bostan", False),             # a word no unit word or village number marks as a township
    ("Yengisar, Bostan, 4-kent", True),      # ... and the same with its village
    ("Yëngisar Tograk köyü 3", True),
    ("Gemeinde Bostan, Yengisar", True),
    ("Akto, Kizilsu Kirghiz Autonomous Prefecture", False),   # the level's own words
    ("Huocheng County, Ili Kazakh AP", False),
    ("喀什地区疏附库克塔里镇", False),          # the county's short name run into the township
    ("喀什地区疏附县库克塔里镇", True),
])
def test_a_township_is_read_only_beside_a_county_a_word_names(cell, read):
    assert (unit(cell) is not None) is read


def test_township_keys_a_consonant_apart_are_one_township_but_others_stay_apart():
    # 英吉库木 reads NCKM, Yengiqum NCM: one township; Tograk (DKLK) is another
    homes = settle_townships({"a": ("xj.kashgar.shufu", (frozenset({"NCKM"}), 7)),
                              "b": ("xj.kashgar.shufu", (frozenset({"NCM"}), 7)),
                              "c": ("xj.kashgar.shufu", (frozenset({"DKLK"}), 7))})
    assert homes["a"] == homes["b"] and homes["a"] != homes["c"]


def test_townships_whose_keys_overlap_are_one_and_the_village_is_a_level_below():
    homes = settle_townships({
        "a": ("xj.kashgar.yarkant", (frozenset({"NDK", "NDC", "ND"}), None)),
        "b": ("xj.kashgar.yarkant", (frozenset({"DK+N", "NDK"}), 4)),   # 燕塔克 beside Yantaq
        "c": ("xj.kashgar.yarkant", (frozenset({"DKLK"}), 4)),
        "d": ("xj.kashgar.kargilik", (frozenset({"NDK"}), None)),        # the same name in another county
    })
    assert homes["a"] == f"xj.kashgar.yarkant.{TOWNSHIP}DK+N" and homes["b"] == homes["a"] + ".4"
    assert nested(homes["a"], homes["b"]) and nested(homes["a"], "xj.kashgar.yarkant")
    assert not nested(homes["b"], homes["c"]) and not nested(homes["a"], homes["d"])


def test_place_columns_give_a_county_and_its_townships_homes_that_nest():
    cells = ["Yëngisar Tograk köyü 3", "英吉沙县托格热克乡3村", "Yengisar Bostan yëziliqi", "Yengisar", "Yengisar Tograk köyü 4"]
    places = place_columns([Mention(str(n), "Memet Tursun", hometown=cell) for n, cell in enumerate(cells)])
    tograk, chinese, bostan, county, other_village = (places[(cell, None)][2] for cell in cells)
    assert tograk == chinese and TOWNSHIP in tograk
    assert not nested(tograk, bostan) and not nested(tograk, other_village)
    assert nested(county, tograk) and nested(county, bostan)


def test_namesakes_of_two_townships_of_one_county_stay_apart():
    def pair(hometown: str) -> list[int]:
        mentions = [Mention("a", "Memet Tursun", "male", None, "Yëngisar Tograk yëziliqi", None, (2017, 2017)),
                    Mention("b", "Мемет Турсун", "male", None, hometown, None, (2017, 2017))]
        return link_mentions(mentions).cluster_ids

    assert pair("Йеңисар, Тоғрақ ауылы") == [1, 1]    # one township in two scripts: one person
    assert pair("Йеңисар") == [1, 1]                  # the county alone says nothing against it
    assert pair("Йеңисар, Бостан ауылы") == [1, 2]    # another township of the county: two persons
