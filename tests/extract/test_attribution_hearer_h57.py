"""Who hears or learns of an act is not whom it happened to (issue 11, h-heard57; `lexicon.HEARING_VERBS`):
a verb of hearing or learning (得知, 听说; «естіді», «естідім», «біліп қалды»; بىلدى, بىلدىم) makes its subject the
one who learns, and the act inside its complement is the complement's subject's or the topic's. Invented names
and sentences; each negative beside a positive control in the same text."""

from guwah.extract.pipeline import run_pipeline


def _codes(text: str, language: str) -> dict[str, set[str]]:
    doc = run_pipeline(text, language, None)
    return {p.name: {v.code for v in p.violations} for p in doc.persons if p.names}


def _of(codes: dict[str, set[str]], part: str) -> set[str]:
    return set().union(*(found for name, found in codes.items() if part in name))


def test_chinese_i_learned_he_was_sentenced_is_his_sentence():
    codes = _codes("我叫古丽·艾买提。我丈夫艾山·买买提2018年去了乌鲁木齐。后来我得知他被判了十年。\n", "zh")
    assert "detention.prison_sentence" in _of(codes, "艾山"), codes
    assert "detention.prison_sentence" not in _of(codes, "古丽"), codes


def test_chinese_a_named_hearer_is_not_the_one_sentenced():
    codes = _codes("我叫古丽·艾买提。我的邻居艾山·买买提2018年去了乌鲁木齐。"
                   "后来他的妻子阿娜尔·托乎提得知他被判了十年。\n", "zh")
    assert "detention.prison_sentence" in _of(codes, "艾山"), codes
    assert not any("得知" in name for name in codes), codes  # the verb is no part of her name
    assert "detention.prison_sentence" not in _of(codes, "阿娜尔"), codes


def test_chinese_i_myself_taken_stays_mine():
    # the control: 我 as the act's own subject, no verb of hearing
    codes = _codes("我叫古丽·艾买提。我丈夫艾山·买买提2018年去了乌鲁木齐。2019年我被判了十年。\n", "zh")
    assert "detention.prison_sentence" in _of(codes, "古丽"), codes


def test_kazakh_his_wife_heard_he_was_sentenced():
    codes = _codes("Менің атым Сәуле Қанатқызы. Ағам Ержан Серікұлы 2018 жылы Үрімжіге барды. "
                   "Кейін оның әйелі Бибігүл оның он жылға сотталғанын естіді.\n", "kk")
    assert "detention.prison_sentence" in _of(codes, "Ержан"), codes
    assert "detention.prison_sentence" not in _of(codes, "Бибігүл"), codes


def test_kazakh_i_heard_he_was_sentenced_is_not_the_narrators():
    codes = _codes("Менің атым Сәуле Қанатқызы. Ағам Ержан Серікұлы 2018 жылы Үрімжіге барды. "
                   "Кейін мен оның он жылға сотталғанын естідім.\n", "kk")
    assert "detention.prison_sentence" in _of(codes, "Ержан"), codes
    assert "detention.prison_sentence" not in _of(codes, "Сәуле"), codes


def test_kazakh_the_one_sentenced_herself_keeps_it():
    # the control: the named person is the act's own subject, no verb of hearing
    codes = _codes("Менің атым Сәуле Қанатқызы. Ағам Ержан Серікұлы 2018 жылы Үрімжіге барды. "
                   "Кейін оның әйелі Бибігүл он жылға сотталды.\n", "kk")
    assert "detention.prison_sentence" in _of(codes, "Бибігүл"), codes


def test_uyghur_his_wife_learned_he_was_arrested():
    codes = _codes("مېنىڭ ئىسمىم مەريەم تۇرسۇن. ئاكام ئەركىن ياسىن 2018-يىلى ئۈرۈمچىگە باردى. "
                   "كېيىن ئۇنىڭ ئايالى گۈلنار ئابلىز ئۇنىڭ قولغا ئېلىنغانلىقىنى بىلدى.\n", "ug")
    assert "detention.arbitrary_arrest" in _of(codes, "ئەركىن"), codes
    assert "detention.arbitrary_arrest" not in _of(codes, "گۈلنار"), codes


def test_uyghur_i_learned_he_was_arrested_is_not_the_narrators():
    codes = _codes("مېنىڭ ئىسمىم مەريەم تۇرسۇن. ئاكام ئەركىن ياسىن 2018-يىلى ئۈرۈمچىگە باردى. "
                   "كېيىن ئۇنىڭ قولغا ئېلىنغانلىقىنى بىلدىم.\n", "ug")
    assert "detention.arbitrary_arrest" in _of(codes, "ئەركىن"), codes
    assert "detention.arbitrary_arrest" not in _of(codes, "مەريەم"), codes


def test_uyghur_the_one_arrested_herself_keeps_it():
    codes = _codes("مېنىڭ ئىسمىم مەريەم تۇرسۇن. ئاكام ئەركىن ياسىن 2018-يىلى ئۈرۈمچىگە باردى. "
                   "كېيىن گۈلنار ئابلىز قولغا ئېلىندى.\n", "ug")
    assert "detention.arbitrary_arrest" in _of(codes, "گۈلنار"), codes
    assert "detention.arbitrary_arrest" not in _of(codes, "ئەركىن"), codes
