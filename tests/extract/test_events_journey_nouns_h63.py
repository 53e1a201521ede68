"""Journeys into China told as a noun, and Uyghur visits to family there, are returns (issue 11, h-journey63).

A journey noun with its possessor ("after his return to Ghulja", "on her 2018 trip to Hami", « lors de son
voyage de 2016 à Kachgar », «после возвращения в Кульджу», «Құлжаға сапары кезінде») is read as the verb is
(`events._JOURNEY_NOUN`): the possessor travels, the noun's date is the journey's. Uyghur (Arabic script and
Latin) visits to family in a place the gazetteer puts in China, and going back there, are returns as the
Kazakh ones are (vocab/events/ug.yaml); Chinese back from abroad (从哈萨克斯坦…返回) or back to a town of China to
see family (回伊宁看望…). Not a return ticket, not a school trip, not a trip cancelled, not a journey back
from China to the country of residence. Invented names and sentences; a control beside each negative."""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def returns(text: str, language: str, kind: str = "return") -> set[tuple[str | None, str | None]]:
    out = extract_text(text, language=language, document_date="2024-01-01")
    names = {p["id"]: p["name"] for p in out["persons"]}
    return {(names.get(e["person"]), (e["date"] or {}).get("value")) for e in out["events"] if e["type"] == kind}


@pytest.mark.parametrize("text, language, expected", [
    ("Ilyar Sawut lives in Almaty with his wife. After his return to Ghulja in May 2018 he was detained by the police.",
     "en", {("Ilyar Sawut", "2018-05")}),
    ("Gulnar Sadik lives in Istanbul. During her trip to Kashgar in 2017 she was arrested.", "en",
     {("Gulnar Sadik", "2017")}),
    ("Mon mari, Alim Nasir, vit à Lyon. Il a été interrogé lors de son voyage de 2016 à Kachgar.", "fr",
     {("Alim Nasir", "2016")}),
    ("Мой брат Тимур Ахметов живёт в Алматы. После возвращения в Кульджу в мае 2018 года его задержали.", "ru",
     {("Тимур Ахметов", "2018-05")}),
    ("Менің ағам Ерболат Сейітов Алматыда тұрады. 2018 жылы Құлжаға сапары кезінде ол ұсталды.", "kk",
     {("Ерболат Сейітов", "2018")}),
    ("我哥哥艾尔肯·吐尔逊住在阿拉木图。2019年5月，他回伊宁看望奶奶，同年8月被派出所带走。", "zh",
     {("艾尔肯·吐尔逊", "2019-05")}),
    ("我丈夫叶尔兰2018年2月从哈萨克斯坦回霍城办理手续，当天就被带走了。", "zh", {("叶尔兰", "2018-02")}),
])
def test_a_journey_told_as_a_noun_is_a_return(text, language, expected):
    assert returns(text, language) == expected


@pytest.mark.parametrize("text, expected", [
    # a visit to the mother in Kashgar: purpose before the place; the same visit to Almaty is none
    ("ئاكام ئەركىن تۇرسۇن 2018-يىلى ئانىسىنى يوقلاش ئۈچۈن قەشقەرگە باردى. ئۇ 2018-يىلى ماي ئېيىدا تۇتۇلدى. ئۇنىڭ "
     "دوستى مۇرات ھاشىم 2018-يىلى ئانىسىنى يوقلاش ئۈچۈن ئالمۇتىغا باردى.", {("ئەركىن تۇرسۇن", "2018")}),
    # relatives visited: the place first
    ("ئاكام ئەركىن تۇرسۇن 2017-يىلى يازدا غۇلجىغا تۇغقان يوقلاشقا باردى. ئۇ 2017-يىلى ئاۋغۇستتا تۇتۇلدى.",
     {("ئەركىن تۇرسۇن", "2017")}),
    ("Akam Erkin Tursun 2018-yili anisini yoqlash üchün Qeshqerge bardi. U 2018-yili may éyida tutuldi.",
     {("Erkin Tursun", "2018")}),
    # back to Urumqi, by the verbal noun («قايتىپ كەلگەندىن كېيىن»: after he came back)
    ("ئاكام ئەركىن تۇرسۇن 2018-يىلى ئۈرۈمچىگە قايتىپ كەلگەندىن كېيىن تۇتۇلدى.", {("ئەركىن تۇرسۇن", "2018")}),
])
def test_a_uyghur_visit_to_family_in_china_is_a_return(text, expected):
    assert returns(text, "ug") == expected


@pytest.mark.parametrize("text, language, expected", [
    # a return ticket and a school trip are no journeys of anyone's; the brother's trip is
    ("Gulnar Sadik bought a return ticket to Kashgar in 2017. Her school trip to Hami was in 2016. Her brother Tahir "
     "Sadik lives in Oslo. On his 2018 trip to Hami he was detained.", "en", {("Tahir Sadik", "2018")}),
    # a trip cancelled is not made
    ("Gulnar Sadik lives in Istanbul. Her trip to Kashgar in 2017 was cancelled. Her brother Tahir Sadik lives in "
     "Oslo. After his return to Hami in 2018 he was detained.", "en", {("Tahir Sadik", "2018")}),
    # back from China to the country of residence: no return (the brother's way in is one)
    ("In 2019 Gulnar Sadik was released. After her return to Almaty from Ghulja in 2020 she spoke to reporters. "
     "Her brother Tahir Sadik lives in Oslo. After his return to Hami in 2018 he was detained.", "en",
     {("Tahir Sadik", "2018")}),
    ("Ерболат Сейітов 2019 жылы лагерьден босатылды. Ол 2020 жылы Алматыға қайта оралды. Оның інісі Асхат Сейітов "
     "2018 жылы Құлжаға қайта барды, сонда ұсталды.", "kk", {("Асхат Сейітов", "2018")}),
    ("ئاكام ئەركىن تۇرسۇن 2018-يىلى قويۇپ بېرىلدى. 2019-يىلى ئالمۇتىغا قايتىپ كەلدى. ئۇنىڭ ئىنىسى مۇرات تۇرسۇن "
     "2018-يىلى قەشقەرگە قايتىپ كەلگەندىن كېيىن تۇتۇلدى.", "ug", {("مۇرات تۇرسۇن", "2018")}),
    ("我丈夫叶尔兰2018年2月从伊宁返回哈萨克斯坦。他的弟弟努尔兰2019年从哈萨克斯坦返回后被带走了。", "zh",
     {("努尔兰", "2019")}),
    # a trip whose destination is not right after the noun; a trip given as the reason for custody; words quoted
    ("Gulnar Sadik lives in Istanbul. Since her trip to visit an aunt in Aksu in 2019, her laptop is slow. Her "
     "brother Tahir Sadik lives in Oslo. After his return to Hami in 2018 he was detained.", "en",
     {("Tahir Sadik", "2018")}),
    ("Мой брат Тимур Ахметов живёт в Алматы. В 2018 году его задержали в Урумчи. Основанием стала его поездка в "
     "Казахстан. После возвращения в Кульджу в мае 2019 года его брата Асета Ахметова задержали.", "ru",
     {("Асет Ахметов", "2019-05")}),
    ('ئاكام ئەركىن تۇرسۇن 2019-يىلى ئىستانبۇلدا تۇتۇلدى. ساقچى ئۇنىڭغا "قەشقەرگە قايتىپ كېلىپ داداڭنى كۆر" دېدى. '
     "ئۇنىڭ ئىنىسى مۇرات تۇرسۇن 2018-يىلى قەشقەرگە قايتىپ كەلگەندىن كېيىن تۇتۇلدى.", "ug", {("مۇرات تۇرسۇن", "2018")}),
])
def test_no_return_without_a_journey_into_china(text, language, expected):
    assert returns(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    # one whose life the text puts in China visits family in another town: no return; the friend abroad's is one
    ("ئاكام ئەركىن تۇرسۇن غۇلجىدا تۇرىدۇ. ئۇ 2018-يىلى ئانىسىنى يوقلاش ئۈچۈن قەشقەرگە باردى. ئۇنىڭ دوستى "
     "ئابلەت قادىر ئالمۇتىدا تۇرىدۇ. ئابلەت قادىر 2018-يىلى ئانىسىنى يوقلاش ئۈچۈن قەشقەرگە باردى.", "ug",
     {("ئابلەت قادىر", "2018")}),
    ("Менің ағам Бауыржан Төлеуов Үрімжіде тұрады. Ол 2017 жылы науқас анасын көру үшін Құлжаға барды. Оның досы "
     "Ерлан Қасымов Алматыда тұрады. Ерлан Қасымов 2017 жылы анасын көру үшін Құлжаға барды.", "kk",
     {("Ерлан Қасымов", "2017")}),
])
def test_a_turkic_visit_inside_china_by_one_living_there_is_no_return(text, language, expected):
    assert returns(text, language) == expected
