"""A Kazakh or Uyghur genitive that owns the place an act happened at or what it asked about is not the act's
person (h-attr76, issue 11; `turkic.ActPersons._possessor_aside`): "police took him from his mother's house"
(«анасының үйінен»), "questioned her about her son's doings abroad" (ئوغلىنىڭ … توغرىسىدا), "went to X's house
and asked her" (X-نىڭ ئۆيىگە بېرىپ، ئۇنىڭدىن). Invented texts; each beside a control: the same genitive that owns
the thing taken stays the act's person, or keeps hiding it when it names no one."""

from guwah.extract.pipeline import run_pipeline


def _codes(text: str, language: str) -> dict[str, set[str]]:
    doc = run_pipeline(text, language, None)
    return {p.name: {v.code for v in p.violations} for p in doc.persons if p.names}


def _of(codes: dict[str, set[str]], part: str) -> set[str]:
    return set().union(*(found for name, found in codes.items() if part in name))


def test_uyghur_questioned_about_her_sons_doings_is_hers_not_the_sons():
    codes = _codes("ئۈچىنچى: گۈلباھار مۇختەر، ئاقسۇلۇق. ئۇنىڭ ئوغلى ئىلھام قادىر تۈركىيەدە ياشايدۇ. "
                   "2022-يىلى ساقچىلار گۈلباھار مۇختەرنى ساقچىخانىغا چاقىرىپ، "
                   "ئوغلىنىڭ تۈركىيەدىكى پائالىيەتلىرى توغرىسىدا سوراق قىلدى.\n", "ug")
    assert "family.reprisal" in _of(codes, "گۈلباھار"), codes
    assert "family.reprisal" not in _of(codes, "ئىلھام"), codes


def test_uyghur_a_named_owner_of_the_thing_taken_keeps_the_act():
    # the control: a genitive before a passport (no place, no topic) is still the act's person
    codes = _codes("ئۈچىنچى: گۈلباھار مۇختەر، ئاقسۇلۇق. ئۇنىڭ ئوغلى ئىلھام قادىر 2017-يىلى قەشقەرگە قايتتى. "
                   "ئايرودرومدا ساقچىلار ئىلھام قادىرنىڭ پاسپورتىنى ئېلىۋالدى.\n", "ug")
    assert "movement.passport_confiscation" in _of(codes, "ئىلھام"), codes
    assert "movement.passport_confiscation" not in _of(codes, "گۈلباھار"), codes


def test_kazakh_taken_from_his_mothers_house_is_his():
    codes = _codes("Менің ағам Бауыржан Серікұлы 2018 жылы Ғұлжадағы анасын көруге барды. "
                   "2018 жылғы наурызда полиция оны анасының үйінен алып кетіп, лагерьге жіберді.\n", "kk")
    assert "detention.arbitrary_arrest" in _of(codes, "Бауыржан"), codes


def test_kazakh_an_unnamed_mothers_passport_is_still_nobody_named():
    # the control: the same unnamed genitive before the thing taken hides the act's person, as before
    codes = _codes("Менің ағам Бауыржан Серікұлы 2018 жылы Ғұлжаға барды. "
                   "2018 жылғы наурызда полиция анасының төлқұжатын алып қойды.\n", "kk")
    assert "movement.passport_confiscation" not in _of(codes, "Бауыржан"), codes


def test_uyghur_asked_her_after_going_to_her_house_is_the_one_visited():
    # "police went to X's house and asked her (ئۇنىڭدىن) for your address": her is X, not the one named before
    codes = _codes("مۇكەررەم ئىستانبۇلدا تۇرىدۇ. ئۆتكەن ئاي ساقچىلار ئايگۈل ھەدەڭنىڭ ئۆيىگە بېرىپ، "
                   "ئۇنىڭدىن سېنىڭ تۈركىيەدىكى ئادرەسىڭنى سوراپتۇ.\n", "ug")
    assert "family.reprisal" in _of(codes, "ئايگۈل"), codes
    assert "family.reprisal" not in _of(codes, "مۇكەررەم"), codes


def test_kazakh_news_about_his_being_shut_in_a_camp_stays_his():
    # the act's own words between the genitive and "about" («X-тың лагерьге қамалғаны туралы»): the genitive is the
    # subject of the act made a noun, not someone asked about
    codes = _codes("Айгүл Бекқызы 2019 жылы Алматыға көшті. "
                   "Сол жылы наурызда Бауыржан Серікұлының лагерьге қамалғаны туралы хабар келді.\n", "kk")
    assert "detention.internment_camp" in _of(codes, "Бауыржан"), codes
    assert "detention.internment_camp" not in _of(codes, "Айгүл"), codes
