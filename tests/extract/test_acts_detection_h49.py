"""Which act a sentence tells (h-codes49, issue 11), from the detection misses of the spent v26 (legal and
procedural filings) and the formal register of such filings in every language: deprived of liberty, held in
custody or incommunicado, no access to a lawyer, no information on where the person is held, a red notice
abroad (English, French, Russian, Chinese, Kazakh, Uyghur); a passport not given back, contact cut, a camera
at the door, a threat by phone, a relative arrested because of the teller's activities (Uyghur); a thumbprint
demanded, "illegal religious activity", no medicine (Chinese); told to stop talking to journalists (Kazakh);
a relative warned with the condition first, or told to make the one abroad stop (English); «требовали …
вернуться» (Russian). Invented texts; each positive beside a control (negated, hedged or another sense)."""

from tests.extract.acts_read import codes_by_person as _codes
from tests.extract.acts_read import codes_by_sentence as _read


def test_english_formal_register_and_its_hedged_and_negated_controls():
    read = _read("On 2 May 2019 Kasim Yusup was deprived of his liberty by officers in Aksu. "
                 "Kasim Yusup was held in police custody for eleven days without access to a lawyer. "
                 "His brother Erkin Yusup had access to a lawyer throughout. "
                 "Since then the family has received no information about where he is being held. "
                 "The family of Erkin Yusup received information about his trial. "
                 "Erkin Yusup was held incommunicado. "
                 "Kasim Yusup may have been deprived of his liberty in 2019. "
                 "I cannot confirm that Kasim Yusup was held incommunicado. "
                 "Erkin Yusup was not held in police custody.", "en")
    assert "detention.arbitrary_arrest" in read[0], read
    assert {"detention.pretrial", "detention.incommunicado"} <= read[1], read
    assert "disappearance.enforced" in read[3] and "detention.incommunicado" in read[5], read
    assert not read[2] and not read[4], read
    assert not ({"detention.arbitrary_arrest", "detention.incommunicado", "detention.pretrial"} & (read[6] | read[7] | read[8])), read


def test_english_stopped_abroad_on_a_red_notice_is_harassment_and_stopped_by_a_friend_is_none():
    read = _read("In 2021 Tahir Ablet was stopped at Istanbul airport on the strength of the red notice. "
                 "Tahir Ablet was stopped at Istanbul airport by a friend.", "en")
    assert "transnational.harassment" in read[0], read
    assert "transnational.harassment" not in read[1], read


def test_english_a_relative_warned_with_the_condition_first_or_told_to_make_the_one_abroad_stop():
    codes = _codes("The police told my mother Aynur Kerim that if her son spoke to reporters she would be taken back. "
                   "My aunt Patigul Kerim told my mother that if it rained she would stay home. "
                   "Officers went to see my sister Zohre Kerim and told her to make me \"stop\". "
                   "My grandmother Hebibe Kerim told her to make me breakfast.", "en")
    assert "family.reprisal" in codes["Aynur Kerim"] and "family.reprisal" in codes["Zohre Kerim"], codes
    assert "family.reprisal" not in codes.get("Patigul Kerim", set()) | codes.get("Hebibe Kerim", set()), codes


def test_french_formal_register_and_its_controls():
    read = _read("Alim Tohti a été privé de liberté le 3 mars 2019 à Kachgar. "
                 "Il est détenu au secret depuis, sans accès à un avocat. "
                 "Son frère Erkin Tohti a pu voir un avocat. "
                 "La famille n'a reçu aucune information sur le lieu où il est détenu. "
                 "Alim Tohti aurait peut-être été privé de liberté. "
                 "Erkin Tohti n'a jamais été détenu au secret.", "fr")
    assert "detention.arbitrary_arrest" in read[0] and "detention.incommunicado" in read[1], read
    assert "disappearance.enforced" in read[3], read
    assert not read[2] and not read[4] and not read[5], read


def test_russian_formal_register_and_its_controls():
    read = _read("Ахмет Касымов был лишён свободы в марте 2019 года. "
                 "Он содержится без связи с внешним миром, без доступа к адвокату. "
                 "Его брат Ерлан Касымов встречался с адвокатом. "
                 "Местонахождение Ахмета Касымова до сих пор неизвестно. "
                 "Возможно, Ерлан Касымов был лишён свободы. "
                 "Ерлан Касымов не был лишён свободы.", "ru")
    assert "detention.arbitrary_arrest" in read[0] and "detention.incommunicado" in read[1], read
    assert "disappearance.enforced" in read[3], read
    assert not read[2] and not read[4] and not read[5], read


def test_russian_a_demand_to_come_back_in_the_past_tense_is_harassment():
    read = _read("Айгуль Сейтова живёт в Алматы. По словам Айгуль Сейтовой, её мать дважды вызывали в полицию "
                 "и требовали уговорить дочь вернуться. Её мать требовала от соседей вернуть долг.", "ru")
    assert {"transnational.harassment", "family.reprisal"} <= read[1], read
    assert not read[2], read


def test_uyghur_passport_contact_house_camera_and_their_controls():
    read = _read("ساقچىلار ئىنىم ئەركىننىڭ پاسپورتىنى قايتۇرۇپ بەرمىدى.\n"
                 "ساقچىلار ئۇنىڭ ئاكىسى ئالىمنىڭ پاسپورتىنى قايتۇرۇپ بەردى.\n"
                 "ئاكام تۇرسۇن تۇتۇلغاندىن كېيىن ئۇنىڭ بىلەن ئالاقىمىز ئۈزۈلدى.\n"
                 "ئاچام گۈلنارنىڭ ئالاقىسى ئۈزۈلمىدى.\n"
                 "دادام ياسىن ئۆيىدىن چىقىشقا رۇخسەت قىلىنمىدى.\n"
                 "ئانام زۆھرە ئۆيىدىن چىقىشقا رۇخسەت قىلىندى.\n"
                 "ئۇلارنىڭ ئىشىكىنىڭ ئالدىغا كامېرا ئورنىتىلدى.\n"
                 "ئىنىم ئەركىن كامېرا بىلەن رەسىم تارتتى.\n"
                 "Saqchilar inim Erkinning pasportini qayturup bermidi.\n"
                 "Dadam Yasin öyidin chiqishqa ruxset qilinmidi.\n", "ug")
    assert "movement.passport_confiscation" in read[0] and "movement.passport_confiscation" not in read[1], read
    assert "detention.incommunicado" in read[2] and "detention.incommunicado" not in read[3], read
    assert "detention.house_arrest" in read[4] and "detention.house_arrest" not in read[5], read
    assert "surveillance.checkpoint" in read[6] and "surveillance.checkpoint" not in read[7], read
    assert "movement.passport_confiscation" in read[8] and "detention.house_arrest" in read[9], read


def test_uyghur_a_threat_by_phone_and_a_relative_held_because_of_the_tellers_activities_abroad():
    read = _read("ساقچى ماڭا تېلېفون قىلىپ تەھدىت سالدى.\n"
                 "قوشنىمىز ماڭا كوچىدا تەھدىت سالدى.\n"
                 "ساقچى ماڭا ئىنىم ئەركىننىڭ مېنىڭ ئامېرىكىدىكى پائالىيەتلىرىم سەۋەبىدىن تۇتۇلغانلىقىنى ۋە يەتتە يىلغا "
                 "كېسىلگەنلىكىنى ئېيتتى.\n"
                 "ئىنىم ئەركىن مېنىڭ ئامېرىكىدىكى پائالىيەتلىرىم سەۋەبىدىن خۇشال بولدى.\n", "ug")
    assert "transnational.harassment" in read[0] and "transnational.harassment" not in read[1], read
    # the place with -diki names the activities, not where the court sat: the sentence is read
    assert {"family.reprisal", "detention.prison_sentence"} <= read[2], read
    assert "family.reprisal" not in read[3], read


def test_chinese_thumbprint_demanded_illegal_religious_activity_no_medicine_and_their_controls():
    read = _read("我的舅舅艾力·吐尔逊在派出所被要求在笔录上按了手印。"
                 "他的邻居买买提·吐尔逊在银行开户时按了手印。"
                 "法院认定艾力·吐尔逊参加“非法宗教活动”。"
                 "村干部说买买提·吐尔逊没有参加非法宗教活动。"
                 "艾力·吐尔逊在狱中一直拿不到药。"
                 "买买提·吐尔逊在药店拿到药了。"
                 "艾力·吐尔逊被关押以后，看守所不准他会见律师。"
                 "买买提·吐尔逊去律师事务所会见律师。", "zh")
    assert "coercion.forced_confession" in read[0] and "coercion.forced_confession" not in read[1], read
    assert "culture.religious_ban" in read[2] and "culture.religious_ban" not in read[3], read
    assert "ill_treatment.denied_medical_care" in read[4] and not read[5], read
    assert "detention.incommunicado" in read[6] and "detention.incommunicado" not in read[7], read


def test_kazakh_told_to_stop_talking_to_journalists_and_deprived_of_liberty_and_their_controls():
    read = _read("Ерланға Құлжадан қоңырау шалып: «Журналистерге сөйлеуді доғар», – деді. "
                 "Ерлан журналистерге сөйлеуді доғармады. "
                 "Ерлан әнді айтуды доғарды. "
                 "Оның ағасы Асқар 2018 жылы бас бостандығынан айырылды.", "kk")
    assert "transnational.harassment" in read[0], read
    assert "transnational.harassment" not in read[1] | read[2], read
    assert "detention.arbitrary_arrest" in read[3], read
