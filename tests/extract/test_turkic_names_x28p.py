"""Uyghur-script and Kazakh persons the rules missed on unseen writers (issue 11, h-x28p): common given
names the lexicon lacked (دىلارا, ماھىنۇر, نىزامىدىن, «Томирис», «Әлішер»), a title of address after a
name (X خانىم), a Han official's name after a police word or a secretary's title in the other spelling
(ساقچى ۋاڭ جۈن, سېكرەتارى لى مىڭ): officials, never the victim of what they did. Invented texts; the
control in each: the police station (ساقچى ئىدارىسى) is no person, and the one taken is the victim."""

from guwah.extract.pipeline import run_pipeline


def _persons(text: str, language: str) -> dict[str, set[str]]:
    return {p.name: p.roles for p in run_pipeline(text, language, None).persons if p.names}


def test_common_uyghur_names_and_a_title_of_address_after_a_name():
    persons = _persons("رىياسەتچى: بۈگۈن ئەنقەرەدە ياشاۋاتقان تۇمارىس ئابدۇللا خانىم بىلەن سۆھبەت ئۆتكۈزىمىز. "
                       "ئۇنىڭ قىزى دىلارا ۋە سىڭلىسى ماھىنۇر ئابدۇللا قەشقەردە. دادىسى نىزامىدىن ياسىن 2018-يىلى تۇتۇلدى.",
                       "ug")
    assert "تۇمارىس ئابدۇللا" in persons, persons
    assert "دىلارا" in persons and "ماھىنۇر ئابدۇللا" in persons, persons
    assert "victim" in persons.get("نىزامىدىن ياسىن", set()), persons


def test_a_han_official_after_a_police_word_or_a_secretary_is_an_official_and_not_the_victim():
    persons = _persons("يېزىنىڭ پارتكوم سېكرەتارى لى مىڭ دادام ئابدۇخالىق سۇلتاننى ئۆيدىن ئېلىپ كەتتى. "
                       "ئۇنىڭ يېنىدا ساقچى ۋاڭ خۇي ئولتۇرغانىدى. ساقچى ئىدارىسى مەھەللىمىزگە يېقىن.", "ug")
    assert persons.get("لى مىڭ") == {"official"}, persons
    assert persons.get("ۋاڭ خۇي") == {"official"}, persons
    assert "victim" in persons.get("ئابدۇخالىق سۇلتان", set()), persons
    assert not any("ئىدارى" in name for name in persons), persons


def test_common_kazakh_names_the_lexicon_lacked():
    persons = _persons("Менің қызым Томирис биыл мектепке барды. Інім Әлішер Құлжада тұрады.", "kk")
    assert "Томирис" in persons and "Әлішер" in persons, persons


def test_a_caller_who_introduces_himself_by_a_name_the_lexicon_lacks():
    kk = _persons("Өткен айда маған бір адам қоңырау шалып, өзін Ли Цян деп таныстырды. Ол мені үйге қайт деді.", "kk")
    assert "Ли Цян" in kk, kk
    ug = _persons("ئۆزىنى جاڭ پىڭ دەپ تونۇشتۇرغان بىر ساقچى ماڭا تېلېفون قىلدى. ئۇ مېنى قايتىپ كەل دېدى.", "ug")
    assert "جاڭ پىڭ" in ug, ug
    assert len(ug) == 1 and len(kk) == 1, (ug, kk)  # control: "ол", "ئۇ" and the verbs are no names


def test_kazakh_took_away_makes_the_one_taken_a_victim_and_brought_does_not():
    taken = _persons("Менің ағам Асқар Сейітұлы Дөрбілжінде тұрды. Оны да сол жылы полиция алып кетіпті.", "kk")
    assert "victim" in taken["Асқар Сейітұлы"], taken
    brought = _persons("Менің ағам Асқар Сейітұлы Дөрбілжінде тұрды. Ол сол жылы кітап алып келді.", "kk")
    assert "victim" not in brought["Асқар Сейітұлы"], brought  # control: «алып келді», brought


def test_uyghur_interrogation_and_dismissal_make_victims_and_a_named_witness_does_not_become_one():
    persons = _persons("دادام تۇرسۇن ئابدۇللا ئىككى ئاي سوراق قىلىندى. ئاپام گۈلنار ياسىن خىزمىتىدىن قوغلاندى. "
                       "قوشنىمىز ئەركىن ياسىن بۇلارنى كۆردى.", "ug")
    assert "victim" in persons["تۇرسۇن ئابدۇللا"], persons
    assert "victim" in persons["گۈلنار ياسىن"], persons
    assert "victim" not in persons["ئەركىن ياسىن"], persons  # control: the neighbour who saw it
