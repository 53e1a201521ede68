"""Which act a sentence tells (h-codes45, issue 11), each a general form of its language, grouped
from the kinds of misses on writers the rules had not read: a negation in a clause the act does not
hang on; time spent in a camp; an arrest after a trip abroad; a state video calling one abroad a
liar; a service refused unless one comes back; questioned about a relative abroad; French « ne
pouvons plus lui téléphoner »; Russian «держали в «школе»» and «увезли в отдел полиции»; Uyghur passive voice
negated, shackles, unpaid factory work, not able to leave the house, a call from an unknown number;
Kazakh death in "that centre"; Chinese not knowing where one is held, a boarding school child not let
home. Invented texts; each negative beside a positive control in the same text."""

from guwah.extract import violations
from tests.extract.acts_read import codes_by_person as _codes
from tests.extract.acts_read import rule_codes_by_sentence as _read


def test_a_negation_in_a_clause_of_its_own_does_not_deny_the_act_but_one_over_it_does():
    read = _read("Kerim's guards never kicked him; whenever he could not sing the anthem correctly he had "
                 "to squat against the wall for hours. His cousin says that he did not have to squat against the wall.", "en")
    assert "torture.stress_position" in read[0], read
    assert "torture.beating" not in read[0], read
    assert "torture.stress_position" not in read[1], read


def test_time_spent_in_a_camp_but_not_a_refugee_or_summer_camp():
    read = _read("My cousin Tahir Ablet, who spent 2019 in a camp, lives with us now. After eight months in a camp "
                 "he could barely walk. His son spent two years in a refugee camp in Turkey. "
                 "His daughter spent a week in a summer camp.", "en")
    assert "detention.internment_camp" in read[0] and "detention.internment_camp" in read[1], read
    assert "detention.internment_camp" not in read[2] and "detention.internment_camp" not in read[3], read


def test_arrested_after_a_trip_abroad_is_an_arrest_on_a_pretext_and_an_arrest_after_a_fight_is_not_one():
    read = _read("In 2017 police detained Dilnur Qasim after her visit to Kazakhstan. "
                 "In 2016 police detained a neighbour after a fight in the market.", "en")
    assert "detention.arbitrary_arrest" in read[0], read
    assert "detention.arbitrary_arrest" not in read[1], read


def test_a_state_video_calling_the_one_abroad_a_liar_and_a_video_of_a_wedding():
    codes = _codes("In 2020 my father, Ahmet Rozi, appeared in a video made by state television, in which he called "
                   "me a liar.\n\nIn 2021 my aunt, Gulnar Rozi, appeared in a video of a wedding in Ghulja.", "en")
    assert "coercion.forced_denunciation" in codes["Ahmet Rozi"], codes
    assert "coercion.forced_denunciation" not in codes.get("Gulnar Rozi", set()), codes


def test_a_passport_not_renewed_unless_one_goes_back_and_a_passport_renewed():
    read = _read("The consulate would not renew my passport unless I went back to Urumqi. "
                 "The consulate renewed my passport, and I went back to Urumqi for a holiday.", "en")
    assert "transnational.harassment" in read[0], read
    assert "transnational.harassment" not in read[1], read


def test_questioned_about_a_relative_abroad_and_asked_about_a_relative_at_a_wedding():
    read = _read("Officers questioned me for hours about my sister in Almaty. "
                 "At the wedding guests asked me about my sister in Almaty.", "en")
    assert "family.reprisal" in read[0], read
    assert "family.reprisal" not in read[1], read


def test_french_not_able_to_write_or_call_the_one_held_and_able_to():
    read = _read("Mon frère Ablet Rozi a été condamné en 2019 ; depuis, nous ne pouvons plus lui téléphoner. "
                 "Ma sœur vit à Paris ; nous pouvons lui téléphoner chaque dimanche.", "fr")
    assert "detention.incommunicado" in read[0], read
    assert "detention.incommunicado" not in read[1], read


def test_russian_held_in_a_quoted_school_and_taken_to_the_police_station_but_not_when_denied():
    read = _read("Брата, Нурлана Касымова, два года держали в «школе» в Чугучаке. Его сын учится в школе в Алматы. "
                 "Сестру, Айгуль Касымову, утром увезли в районный отдел полиции. "
                 "Её мужа не увозили в отдел полиции, он сам пришёл.", "ru")
    assert "detention.internment_camp" in read[0] and "detention.internment_camp" not in read[1], read
    assert "detention.pretrial" in read[2] and "detention.pretrial" not in read[3], read


def test_uyghur_the_passive_negated_is_no_beating_and_shackles_unpaid_work_house_and_calls_are_read():
    text = ("ئاكام ئەخمەت ساۋۇت لاگېردا ئۇرۇلمىغان. ئەمما ئۇنىڭ پۇتىغا كىشەن سېلىنغان. ئۇ بىر زاۋۇتتا ھەقسىز ئىشلىگەن. "
            "ئۇ كېيىن ئۇرۇلدى. ھازىر ئۇ ئۆيدىن چىقالمايدۇ. ئۇنىڭ ئايالى ئۆيدىن چىقتى. "
            "ماڭا نامەلۇم نومۇردىن تېلېفون كەلدى. ماڭا ئاكامدىن تېلېفون كەلدى.")
    read = _read(text, "ug")
    assert "torture.beating" not in read[0] and "torture.beating" in read[3], read
    assert "detention.shackling" in read[1] and "labour.forced_labour" in read[2], read
    assert "detention.house_arrest" in read[4] and "detention.house_arrest" not in read[5], read
    assert "transnational.harassment" in read[6] and "transnational.harassment" not in read[7], read
    latin = _read("Akam Exmet Sawut lagérda urulmighan. U kéyin uruldi.", "ug")
    assert "torture.beating" not in latin[0] and "torture.beating" in latin[1], latin


def test_kazakh_a_death_in_that_centre_and_not_in_a_health_centre():
    read = _read("Ағам Ерлан Сейітұлы 2018 жылы оқу орталығына апарылды. Бір жылдан кейін ол сол орталықта қайтыс "
                 "болды. Көршіміз денсаулық орталығында қайтыс болды.", "kk")
    assert "death.in_custody" in read[1] and "death.in_custody" not in read[2], read


def test_chinese_not_knowing_where_one_is_held_and_a_boarding_child_not_let_home():
    read = _read("我的哥哥艾买提·吐尔逊去年被抓走，现在关在哪里我们不知道。他的朋友在哪里工作我们不知道。"
                 "我的女儿古丽住在学校寄宿部，周末也不能回家。我的儿子住在学校附近，下雨时不能回家。", "zh")
    assert "detention.incommunicado" in read[0] and "detention.incommunicado" not in read[1], read
    assert "family.separation" in read[2] and "family.separation" not in read[3], read


def test_a_classified_separation_needs_what_keeps_them_apart_and_a_sterilization_its_matter():
    assert violations._CLASSIFIED_NEEDS["family.separation"][0].search("His passport was refused, so he cannot join us.")
    assert violations._CLASSIFIED_NEEDS["family.separation"][0].search("Elle a été séparée de ses enfants en 2018.")
    assert not violations._CLASSIFIED_NEEDS["family.separation"][0].search(
        "Depuis 2019, j'élève seule mes deux filles, Aynur et Mihray.")
    need = violations._CLASSIFIED_NEEDS["reproductive.forced_sterilization"][0]
    assert need.search("В больнице ей сделали операцию.") and not need.search("Её заставили сдать кровь.")
