"""Kazakh and Uyghur victims (issue 11, h-persons52: relatives made victims). A children's, summer or health camp
(«балалар сауықтыру лагері», «жазғы лагерь», يازلىق لاگېر) is no internment camp, as the English and Russian act files
already leave out a summer or scout camp; and a relative in the nominative whom the text never names («менің әкем
лагерьде отыр» "my father is in a camp") is the one an act is told of, not "he" or "she" named after it. Invented
sentences, each beside a control that stays a victim."""

import pytest

from guwah.extract.pipeline import run_pipeline


def _person(text: str, language: str):
    (person,) = run_pipeline(text, language).persons
    return person


@pytest.mark.parametrize(("language", "text"), [
    ("kk", "Немерем Дәурен Асқарұлы жазда балалар сауықтыру лагерінде демалды.\n"),
    ("kk", "Немерем Дәурен Асқарұлы шілдеде жазғы лагерьге барды.\n"),
    ("ug", "نەۋرەم دىلشات ئەكبەر يازلىق لاگېرغا باردى.\n"),
])
def test_a_childrens_or_summer_camp_is_no_custody(language, text):
    person = _person(text, language)
    assert "victim" not in person.roles
    assert not person.violations


@pytest.mark.parametrize(("language", "text"), [
    ("kk", "Ағам Дәурен Асқарұлы 2018 жылы лагерьге жабылды.\n"),
    ("ug", "ئىنىم دىلشات ئەكبەر 2018-يىلى لاگېرغا قامالدى.\n"),
])
def test_an_internment_camp_stays_a_victims(language, text):
    person = _person(text, language)
    assert "victim" in person.roles
    assert "detention.internment_camp" in {v.code for v in person.violations}


@pytest.mark.parametrize(("language", "text", "control"), [
    ("kk", "Немерем Дәурен Асқарұлы мектепте жақсы оқиды. Бір күні сабақта ол «менің әкем лагерьде отыр» деп айтты.\n",
     "Немерем Дәурен Асқарұлы мектепте жақсы оқиды. Бір күні ол лагерьге жабылды.\n"),
    ("ug", "نەۋرەم دىلشات ئەكبەر مەكتەپتە ياخشى ئوقۇيدۇ. بىر كۈنى ئۇ سىنىپتا «دادام لاگېردا» دېدى.\n",
     "نەۋرەم دىلشات ئەكبەر مەكتەپتە ياخشى ئوقۇيدۇ. بىر كۈنى ئۇنى ساقچىلار لاگېرغا ئېلىپ كەتتى.\n"),
])
def test_a_camp_told_of_an_unnamed_relative_in_a_childs_words_is_not_the_childs(language, text, control):
    assert "victim" not in _person(text, language).roles
    assert "victim" in _person(control, language).roles  # the control: the same child's own camp


def test_a_kin_word_before_a_postposition_is_no_subject():
    # «інісі туралы сұрап» "asking about his younger brother": the named man is the one held and beaten
    text = "Дәурен Асқарұлы Толыда тұрады. Полиция Дәуренді 2020 жылы інісі туралы сұрап, үш күн ұстап, ұрып, кейін жіберді.\n"
    assert "victim" in _person(text, "kk").roles
