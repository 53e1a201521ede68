"""A withheld name the archive knows only in another script is masked where a Chinese text writes it
in characters by sound (a newcomer's report: a withheld "Qahar Hasan", "Zulpiye Memet" and a
pseudonymous "ماھىرە ئابدۇللا" were masked in a Russian text, Кахар, Зульпия, and shown in a public
Chinese one, 卡哈尔, 祖丽皮耶·买买提, 玛依热·阿卜杜拉, wherever the extractor missed them). Ordinary words, place
names, ethnonyms and a named person's name stay. Invented people, our own words."""

from sqlalchemy import select

from guwah.redaction import WITHHELD, Withheld, build_masking, redact
from tests.releasing import ingest_text, mark_read

WITHHELD_NAMES = [Withheld(1, ("Qahar Hasan",), WITHHELD), Withheld(2, ("Zulpiye Memet",), WITHHELD),
                  Withheld(3, ("ماھىرە ئابدۇللا",), WITHHELD)]
TEXT = ("昨天卡哈尔来看我们，他刚从看守所出来。祖丽皮耶·买买提也来了。玛依热·阿卜杜拉和阿依古丽·哈萨诺娃"
        "都住在新疆维吾尔自治区伊犁哈萨克自治州。")


def test_a_withheld_name_written_in_characters_by_sound_is_masked():
    shown = redact(TEXT, build_masking(WITHHELD_NAMES, ["Aygul Hasanova"])).text
    # 买买提 reads as Memet; 祖丽皮耶 is no name this rule reads alone (none of its characters is one
    # Chinese keeps for names), and goes with the part it is dotted to, as 玛依热 with 阿卜杜拉
    for name in ("卡哈尔", "买买提", "祖丽皮耶", "阿卜杜拉", "玛依热"):
        assert name not in shown, shown
    # controls: the words around the names, a named person's name (哈萨诺娃 reads as Hasanova and
    # as the withheld Hasan: the named reading is the longer), a place and an ethnonym stay whole
    for word in ("昨天", "来看我们", "看守所", "也来了", "和", "阿依古丽·哈萨诺娃", "新疆维吾尔自治区", "伊犁哈萨克自治州"):
        assert word in shown, (word, shown)
    assert shown.count(WITHHELD) == 3, shown


def test_nothing_is_masked_in_characters_when_no_one_is_withheld():
    # control of the test above: the same text, every one of them named
    masking = build_masking([], ["Qahar Hasan", "Zulpiye Memet", "Mahire Abdulla", "Aygul Hasanova"])
    assert redact(TEXT, masking).text == TEXT


def test_a_release_of_a_chinese_testimony_masks_a_withheld_name_known_only_in_latin(store, tmp_path):
    from guwah.releases import draft_release
    from guwah.storage.tables import Person, PersonName

    ids = {}
    for name, text, sidecar in [
            ("en", "Synthetic example. I was held in Ghulja in 2018.",
             "consent: confidential\nwitness:\n  name: Qahar Hasan\n"),
            ("zh", "合成示例。二〇一八年卡哈尔在伊宁被带走了，我们再也没有见过他。", "consent: public\nlanguage: zh\n")]:
        folder = tmp_path / name
        folder.mkdir()
        ids[name] = ingest_text(store, folder, f"{name}.txt", text, sidecar)
        mark_read(store, ids[name])  # as if the extractor had read no name in it
    with store.session() as session:
        assert "Qahar Hasan" in {n.name for n in session.scalars(select(PersonName).join(Person))}
        draft = draft_release(session, ids["zh"], "drafter")
    assert "卡哈尔" not in draft.content["text"] and WITHHELD in draft.content["text"]
    assert "我们再也没有见过他" in draft.content["text"]  # control
