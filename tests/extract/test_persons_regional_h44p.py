"""Names and victims in Chinese, Uyghur and Kazakh text that were cut, swallowed or misread (issue 11,
h-persons44): a title or a verb written right against a Chinese-script name (村干部X, X找, X结业, X谈话) is
not part of it; a form's staff field without 人 (经办：X); a relative named without a dot right after the
kinship word (我弟弟艾则孜); a name that owns a relative (X的哥哥被带走, X之兄被判刑) is not the one taken; in
Uyghur a word the lexicon lacks between a kinship word and a known name is the name's first word, and the
noun of a light verb after «ئىسمى» ("his name was not announced") or an accusative «ئىسمىنى» cues no name;
a Kazakh form's name in capitals keeps its family name and patronymic. Invented texts; each negative
beside a positive control."""

from guwah.extract.pipeline import run_pipeline


def _names(text: str, language: str) -> dict:
    doc = run_pipeline(text, language, None)
    return {name: person for person in doc.persons for name in person.names}


def test_chinese_titles_and_verbs_against_a_name_are_not_part_of_it():
    names = _names("2018年，村干部阿不都·热合曼找吐尔逊·买买提谈话。阿依古丽·阿不来提结业后回家。"
                   "干部王明找我问话。", "zh")
    assert {"阿不都·热合曼", "吐尔逊·买买提", "阿依古丽·阿不来提", "王明"} == set(names), list(names)


def test_a_chinese_forms_staff_field_without_ren():
    names = _names("申请人：古丽娜·买买提\n经办：孙立新\n经办情况：已受理", "zh")
    assert {"古丽娜·买买提", "孙立新"} == set(names), list(names)  # 经办情况 names no one


def test_a_relative_named_without_a_dot_after_the_kinship_word():
    names = _names("我弟弟艾则孜去年被派出所带走。我弟弟每周一要去村委会。我哥哥现在在家。", "zh")
    assert set(names) == {"艾则孜"}, list(names)  # 每周, 现在: no transcription, no name
    assert "victim" in names["艾则孜"].roles


def test_the_owner_of_a_relative_is_not_the_one_taken():
    names = _names("买买提·吐尔逊的哥哥2018年被关押。热依拉·阿不都之兄被判刑。阿米娜·托合提被带走了。", "zh")
    assert {"买买提·吐尔逊", "热依拉·阿不都", "阿米娜·托合提"} <= set(names), list(names)
    assert "victim" not in names["买买提·吐尔逊"].roles
    assert "victim" not in names["热依拉·阿不都"].roles
    assert "victim" in names["阿米娜·托合提"].roles  # the control: taken herself


def test_a_uyghur_unknown_first_name_between_a_kin_word_and_a_known_name():
    names = _names("ئىنىم ئابلاجان قادىر 2017-يىلى تۇتۇلدى. قادىر ياخشى ئادەم.", "ug")
    assert "ئابلاجان قادىر" in names, list(names)
    assert "victim" in names["ئابلاجان قادىر"].roles


def test_a_uyghur_light_verbs_noun_or_an_accusative_name_word_cues_no_name():
    names = _names("ئۇنىڭ ئىسمى ئېلان قىلىنمىدى. دادامنىڭ ئىسمىنى ئۇنتۇماڭلار. ئىسمىم رەيھان ئابلىز.", "ug")
    assert set(names) == {"رەيھان ئابلىز"}, list(names)  # the control: «ئىسمىم» before a name


def test_a_kazakh_forms_name_in_capitals_family_name_first():
    names = _names("Балабақша меңгерушісіне\nОСПАНОВА ГҮЛНҰР САПАРҚЫЗЫНАН\nӨтініш\n"
                   "Ұлым Жақыпов Әлихан Ерболатұлын балабақшаға алуыңызды сұраймын.", "kk")
    assert {"ОСПАНОВА ГҮЛНҰР САПАРҚЫЗЫ", "Жақыпов Әлихан Ерболатұлы"} == set(names), list(names)


def test_a_kazakh_womans_family_name_first_is_one_person_with_her_given_name():
    # «Қасымова» is a woman's family name, not «Қасымов» with a case ending: one person, not two
    names = _names("Өтініш беруші: Қасымова Айгүл Ерланқызы\nМекенжайы: Алматы қаласы\n"
                   "Ерлан Қасымовқа хат жаздым.", "kk")
    assert set(names) == {"Қасымова Айгүл Ерланқызы", "Ерлан Қасымов"}, list(names)  # the control: a dative


def test_a_uyghur_kin_word_before_its_persons_genitive_is_the_owner_not_the_one_taken():
    # "my wife Gulnisa's elder brother Ablimit Tursun was detained": the wife owns the brother
    names = _names("مەن ئابدۇغوپۇر مەمەت، ئايالىم گۈلنىسا تۇرسۇن بىلەن ئاشخانا ئاچتۇق. "
                   "ئايالىم گۈلنىسانىڭ ئاكىسى ئابلىمىت تۇرسۇن 2018-يىلى تۇتۇلدى.", "ug")
    assert "victim" in names["ئابلىمىت تۇرسۇن"].roles
    assert "victim" not in names["گۈلنىسا تۇرسۇن"].roles
    # the control: the kin word alone before the act ("my wife was detained") is the wife
    taken = _names("ئايالىم گۈلنىسا تۇرسۇن ئۈرۈمچىدە ياشايتتى. ئايالىم 2018-يىلى تۇتۇلدى.", "ug")
    assert "victim" in taken["گۈلنىسا تۇرسۇن"].roles
