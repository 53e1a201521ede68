"""Places in Chinese and Kazakh forms (issue 11, h-places55): Chinese names in traditional or simplified
characters (one key, OpenCC's t2s), GeoNames' two-character Chinese names after a place cue, a township
standing alone in a table's cell, Wuhu (data), and Kazakh names in a case of place (locative, dative,
ablative, with -дағы/-дегі). Invented sentences and names; each negative carries a positive control."""

from guwah.extract import extract_text
from guwah.places.gazetteer import exact_key
from guwah.places.resolve import resolve_place


def places(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    out = extract_text(text, language=language)
    return [(text[m["start"]:m["end"]], p.get("gazetteer_id"), p.get("kind"))
            for p in out["places"] for m in p["mentions"]]


def surfaces(text: str, language: str) -> list[str]:
    return [surface for surface, _, _ in places(text, language)]


def test_traditional_and_simplified_characters_are_one_key():
    assert exact_key("溫哥華") == exact_key("温哥华")
    assert resolve_place("温哥华").match.id == resolve_place("溫哥華").match.id


def test_a_city_in_either_script_is_found():
    simplified = places("她二零二一年来到加拿大温哥华，在一家餐馆工作。", "zh")
    traditional = places("她二零二一年來到加拿大溫哥華，在一家餐館工作。", "zh")
    assert [(s, i) for s, i, _ in simplified if s == "温哥华"] == [("温哥华", resolve_place("Vancouver").match.id)]
    assert [(s, i) for s, i, _ in traditional if s == "溫哥華"] == [("溫哥華", resolve_place("Vancouver").match.id)]


def test_a_two_character_city_after_a_place_cue_or_a_province():
    wuhan = resolve_place("Wuhan").match.id
    found = places("热依拉2019年被送往武汉的一家工厂。", "zh")
    assert ("武汉", wuhan, "city") in found
    found = places("我辞职回了湖北武汉老家。", "zh")
    assert ("武汉", wuhan, "city") in found


def test_a_two_character_name_without_a_cue_or_a_common_word_stays_no_place():
    # 三台 is a stage and 麻扎 a shrine even after 去; 武汉 with no cue before it is left alone; 成都
    # after 在 is the control.
    found = surfaces("他说武汉的菜很辣。我们去三台看戏，又去麻扎祈祷。阿布都现在在成都读书。", "zh")
    assert "成都" in found
    assert not {"武汉", "三台", "麻扎"} & set(found)


def test_a_township_alone_in_a_table_cell():
    text = "序号｜姓名｜所在乡镇｜备注\n1｜阿依古丽·托合提｜苏尔古乡｜学生\n2｜买买提·吾甫尔｜回到家乡｜无\n"
    found = places(text, "zh")
    assert ("苏尔古乡", None, "township") in found
    assert not any("家乡" in surface for surface, _, _ in found)


def test_home_words_ending_in_township_stay_no_place():
    # 家乡, 故乡 (one's home) and 城乡 (town and country) between commas; 托克乡 is the control.
    found = surfaces("他很想念家乡，也想念故乡，城乡，都变了。她住在托克乡。", "zh")
    assert "托克乡" in " ".join(found)
    assert not {"家乡", "故乡", "城乡"} & set(found)


def test_kazakh_place_names_in_a_case_of_place():
    text = "Ағам Шонжыда тұрады. Інім Қорлаға барды. Әкем Үрімшідегі лагерьде отырды."
    found = places(text, "kk")
    assert ("Шонжыда", resolve_place("Chundzha").match.id, "city") in found
    assert ("Қорлаға", "xj.bayingolin.korla", "county_city") in found
    assert ("Үрімшідегі", "xj.urumqi", "prefecture_city") in found


def test_kazakh_persons_and_words_with_an_ending_stay_no_place():
    # Маратқа "to Marat", Айгүлге "to Aygul" (the town Aykol by its sound), Ақшаны "the money" (АҚШ, the
    # USA, with an ending); Алматыда is the control.
    text = "Маратқа хат жаздым. Айгүлге бәрін айттым. Ақшаны жинадық. Апам Алматыда тұрады."
    found = places(text, "kk")
    assert ("Алматыда", "city.kz.almaty", "city") in found
    assert not {"Маратқа", "Айгүлге", "Ақшаны"} & {surface for surface, _, _ in found}


def test_wuhu_a_labour_transfer_destination():
    # GeoNames' Wuhu (Anhui), its names in either script; no longer read as a Xinjiang town by its sound.
    wuhu = resolve_place("Wuhu").match
    assert wuhu.name == "Wuhu" and wuhu.extra.get("country") == "CN"
    found = places("古丽2018年被安排到芜湖的一家电子厂，后来她妹妹也去了蕪湖市。", "zh")
    assert ("芜湖", wuhu.id, "city") in found
    assert ("蕪湖市", wuhu.id, "city") in found
