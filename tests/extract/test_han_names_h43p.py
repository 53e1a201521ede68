"""Chinese personal names that were cut or swallowed (issue 11, h-persons43): 将 (the object marker, like
把) is not part of the name after it; 来 is a syllable of transcriptions (阿不来提 Ablet) and ends a name
only as the word "come" (来自, 来了) or the end of a word before it (后来); a Chinese name after a form's
field with a colon (责任医生：X, 会见律师：X) or after 本人 at a register's entry; a relative named with an
age (儿子X（9岁）). Invented texts; each negative beside a positive control."""

from guwah.extract.pipeline import run_pipeline


def _names(text: str) -> dict:
    doc = run_pipeline(text, "zh", None)
    return {name: person for person in doc.persons for name in person.names}


def test_the_object_marker_jiang_is_not_part_of_the_name_after_it():
    names = _names("2018年5月，警察将阿不来提·吐尔逊带走。同一天，派出所把热依拉·买买提也抓走了。")
    assert "阿不来提·吐尔逊" in names, list(names)  # 将 left out, 来 kept inside the name
    assert "热依拉·买买提" in names, list(names)  # the control: 把, as before
    assert not any(name.startswith("将") for name in names)
    assert "victim" in names["阿不来提·吐尔逊"].roles


def test_lai_is_a_syllable_inside_a_name_and_a_word_around_it():
    names = _names("我的哥哥阿不来提·买买提来自喀什。他的妻子叫阿依古丽·阿不来提。后来阿不都·热合曼来了。")
    assert set(names) == {"阿不来提·买买提", "阿依古丽·阿不来提", "阿不都·热合曼"}, list(names)


def test_a_chinese_name_after_a_fields_colon_or_after_benren():
    names = _names("本人刘建华，男，汉族，1966年出生，住在和田市。\n责任医生：赵梅\n会见律师：郑文涛（律师事务所）\n"
                   "医生：无\n本人同意以上内容。")
    assert {"刘建华", "赵梅", "郑文涛"} <= set(names), list(names)
    assert len(names) == 3, list(names)  # 医生：无 and 本人同意 name no one


def test_a_relative_named_with_an_age_in_brackets():
    names = _names("我的邻居买买提·托合提2018年被带走。他的儿子艾合买提（12岁）和女儿阿米娜（8岁）住在姑姑家。"
                   "他的儿子很想念父亲。")
    assert {"艾合买提", "阿米娜", "买买提·托合提"} <= set(names), list(names)
    assert len(names) == 3, list(names)  # 儿子很想念父亲: no age, no name
