"""Who a Kazakh or Uyghur act happened to (h-attrib45, `turkic.ActPersons`): «ол»/ئۇ goes on with
the subject of the sentence before, not with a relative named there as an object (ئايالىنى "his wife",
«Бекқызына» "to Bekqyzy"), a name's case read on its last word; a kin word names the person after it
across another kin word and "the late" in apposition («Әкеміз, атамыз марқұм X»); "some people"
(«кейбіреулер») say is hearsay. Invented texts; each negative beside a positive control."""

from guwah.extract.pipeline import run_pipeline


def _codes(text: str, language: str) -> dict[str, set[str]]:
    doc = run_pipeline(text, language, None)
    return {p.name: {v.code for v in p.violations} for p in doc.persons if p.names}


def test_uyghur_he_goes_on_with_the_subject_not_with_the_wife_named_as_his_object():
    codes = _codes("مەن ئەخمەت ياسىن، غۇلجىدىن. "
                   "ئىنىم ئەركىن ياسىن 2018-يىلى ئايالىنى ۋە ئوغلىنى ئېلىپ كېلىش ئۈچۈن ئۈرۈمچىگە قايتتى. "
                   "ئايرودرومدا ساقچىلار ئۇنى تۇتۇپ كەتتى.\n\n"
                   "ئىنىمنىڭ ئايالى مەريەم تۇرسۇن 2021-يىلى قازاقىستانغا چىقالىدى.\n", "ug")
    assert "detention.arbitrary_arrest" in codes["ئەركىن ياسىن"], codes
    assert "detention.arbitrary_arrest" not in codes["مەريەم تۇرسۇن"], codes


def test_uyghur_a_sentence_that_names_only_an_object_gives_her_the_pronoun_after_it():
    # the control: no subject named there, the object is whom «ئۇنى» goes on with
    codes = _codes("ئىنىم ئەركىن ياسىن 2018-يىلى ئۈرۈمچىگە قايتتى. ئايرودرومدا ساقچىلار ئۇنى تۇتۇپ كەتتى.\n\n"
                   "2019-يىلى ساقچىلار ئايالى مەريەم تۇرسۇننى ساقچىخانىغا چاقىردى. ئاندىن ئۇنى تۇتۇپ كەتتى.\n", "ug")
    assert "detention.arbitrary_arrest" in codes["ئەركىن ياسىن"], codes
    assert "detention.arbitrary_arrest" in codes["مەريەم تۇرسۇن"], codes


def test_kazakh_he_goes_on_with_the_subject_past_a_name_in_the_dative():
    codes = _codes("Ағам Ержан Серікұлы 2018 жылы Айгүл Бекқызына барып, Құлжаға қайтты. "
                   "Шекарада полиция оны ұстап әкетті.\n\n"
                   "Айгүл Бекқызы 2021 жылы Қазақстанға келді.\n", "kk")
    assert "detention.arbitrary_arrest" in codes["Ержан Серікұлы"], codes
    assert "detention.arbitrary_arrest" not in codes["Айгүл Бекқызы"], codes


def test_kazakh_our_father_named_across_an_apposition_and_the_late():
    codes = _codes("Әкеміз, атамыз марқұм ТҰРСЫН ӘБІЛҰЛЫ 2020 жылы қайтыс болды. "
                   "Анамыз Гүлнар Сейітқызы Алматыда тұрады. 2018 жылы полиция әкемізді ұстап әкетті.\n", "kk")
    assert "detention.arbitrary_arrest" in codes["ТҰРСЫН ӘБІЛҰЛЫ"], codes
    assert "detention.arbitrary_arrest" not in codes["Гүлнар Сейітқызы"], codes


def test_kazakh_what_some_people_say_is_hearsay_what_the_family_tells_is_told():
    codes = _codes("Әкеміз Тұрсын Әбілұлы 2018 жылы лагерьге алынды. "
                   "Кейбіреулер әкемізді сотталған деп айтады.\n", "kk")
    assert "detention.internment_camp" in codes["Тұрсын Әбілұлы"], codes
    assert "detention.prison_sentence" not in codes["Тұрсын Әбілұлы"], codes
