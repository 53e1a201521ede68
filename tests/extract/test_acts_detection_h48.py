"""Which act a sentence tells (h-codes48, issue 11), from the kinds of misses on the spent v25 and v24 (v25
unseen by the rules until this round), each a general form of its language read by the parse where one is
installed: an arrest told by a plain verb of taking at a place of travel or of checks; a camp told as a noun
phrase ("one of the camps"); a phone checked and a checkpoint told in French and Russian by their own
words; taken away for a span of time (Russian); a religious practice told as the cause of a punishment
(Kazakh, Uyghur, Chinese); the camps' official name and an app put on a phone (Chinese). Invented texts;
each negative beside a positive control in the same text."""

from tests.extract.acts_read import codes_by_person as _codes
from tests.extract.acts_read import codes_by_sentence as _read


def test_a_person_taken_off_a_bus_or_at_an_airport_is_an_arrest_and_photos_taken_at_a_station_are_none():
    read = _read("In May my cousin Alim Tohti was taken off a bus at a roadblock near Korla. "
                 "His friend Erkin Tohti took photos at the station in May. "
                 "Police took her at the airport when she landed. "
                 "One evening the police took his mother Zohre Kerim to the station and asked about the harvest. "
                 "My uncle Tursun Barat was pulled off a train near Korla by officers.", "en")
    assert {0, 2, 4} <= {k for k, codes in enumerate(read) if "detention.arbitrary_arrest" in codes}, read
    assert "detention.arbitrary_arrest" not in read[1] | read[3], read  # photos; taken to a station (a summons)


def test_put_in_one_of_the_camps_is_internment_and_living_in_one_of_the_villages_is_none():
    codes = _codes("The guards put my uncle Barat Kerim in one of the camps near Aksu. "
                   "My aunt Hebibe Kerim lived in one of the villages near Aksu.", "en")
    assert "detention.internment_camp" in codes["Barat Kerim"], codes
    assert not codes.get("Hebibe Kerim"), codes


def test_french_a_phone_checked_at_every_police_check_and_one_checked_by_its_owner():
    read = _read("À chaque contrôle routier, les policiers vérifiaient le téléphone de Patigul Emet. "
                 "Sa sœur Aynur Emet vivait sous le contrôle de sa belle-famille et vérifiait son téléphone chaque soir.",
                 "fr")
    assert {"surveillance.digital", "surveillance.checkpoint"} <= read[0], read
    assert not {"surveillance.digital", "surveillance.checkpoint"} & read[1], read


def test_russian_a_phone_checked_at_every_post_and_ones_own_phone_in_a_fast():
    read = _read("На каждом посту у Гульнары Сейтовой проверяют телефон. "
                 "Её сестра Айгуль Сейтова в пост проверяет телефон только вечером.", "ru")
    assert {"surveillance.digital", "surveillance.checkpoint"} <= read[0], read
    assert not {"surveillance.digital", "surveillance.checkpoint"} & read[1], read


def test_russian_taken_away_for_a_month_is_an_arrest_and_taken_to_work_is_none():
    codes = _codes("Его дядю Ерлана Сейтова забирали на месяц, потом отпустили. "
                   "Его сына Мурата Сейтова забирали на работу в город.", "ru")
    assert "detention.arbitrary_arrest" in codes["Ерлан Сейтов"], codes
    assert "detention.arbitrary_arrest" not in codes.get("Мурат Сейтов", set()), codes


def test_kazakh_arrested_at_a_police_post_and_for_going_to_the_mosque_and_thanked_for_it():
    read = _read("2019 жылдың күзінде Асқар Нұрланұлын полиция бекетінде ұстап, Құлжадағы лагерьге жіберді. "
                 "Оның інісі Ерлан Нұрланұлы мешітке барғаны үшін ұсталды. "
                 "Олардың әкесі Нұрлан Серікұлы мешітке барғаны үшін көршілерінен алғыс алды.", "kk")
    assert {"detention.arbitrary_arrest", "surveillance.checkpoint"} <= read[0], read
    assert "culture.religious_ban" in read[1], read
    assert "culture.religious_ban" not in read[2], read


def test_uyghur_arrested_for_praying_in_both_scripts_and_gone_to_the_mosque_to_pray():
    read = _read("ئاكام ئابلىز تۇرسۇن 2018-يىلى ناماز ئوقۇغىنى ئۈچۈن تۇتۇلدى. "
                 "ئۇنىڭ ئىنىسى ئەركىن تۇرسۇن ناماز ئوقۇش ئۈچۈن مەسچىتكە باردى.\n"
                 "Akam Abliz Tursun 2018-yili namaz oqughini üchün tutuldi. "
                 "Uning inisi Erkin Tursun namaz oqush üchün meschitke bardi.", "ug")
    assert "culture.religious_ban" in read[0] and "culture.religious_ban" in read[2], read
    assert "culture.religious_ban" not in read[1] and "culture.religious_ban" not in read[3], read


def test_chinese_sentenced_for_reciting_scripture_and_chosen_for_reciting_it_well():
    codes = _codes("我的舅舅艾力·吐尔逊2018年因为在家里带孩子念经，被判了七年。"
                   "他的邻居买买提·吐尔逊因为念经念得好，被选为村里的代表。", "zh")
    assert "culture.religious_ban" in codes["艾力·吐尔逊"], codes
    assert "culture.religious_ban" not in codes.get("买买提·吐尔逊", set()), codes


def test_chinese_the_camps_official_name_and_an_app_put_on_a_phone_and_their_plain_senses():
    read = _read("我的表妹阿依古丽在县里参加“职业技能教育培训”。"
                 "她的姐姐参加了职业技能培训，学会了做衣服。"
                 "社区的人在我手机里装了监控的软件。"
                 "我把手机装在口袋里。", "zh")
    assert "detention.internment_camp" in read[0] and "surveillance.digital" in read[2], read
    assert "detention.internment_camp" not in read[1] and "surveillance.digital" not in read[3], read


def test_a_threat_by_a_call_from_a_number_abroad_is_harassment_and_the_same_words_at_home_are_not():
    read = _read("Kamila Yusup lives in Oslo. Last winter a stranger called from an unknown number and said her son "
                 "would be safe if she stopped her interviews. Last spring a neighbour came to her mother's house in "
                 "Ghulja and said her son would be safe if she stopped her interviews.", "en")
    assert "transnational.harassment" in read[1], read  # "called from …" is a contact at a distance
    assert "transnational.harassment" not in read[2], read
