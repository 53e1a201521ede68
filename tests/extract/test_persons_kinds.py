"""Persons by kind (extractor 0.14.x, issue 11): what is no person (a Russian conjunction before a
name, a newspaper section, a doctrine, a Uyghur title) and who is one (a Uyghur name with a case
ending, an official named after a Uyghur title, a given name used alone). Invented people and our
own words; each refusal has a positive control in the same text."""

from tests.extract.helpers import doc_of, person_named


def _names(doc) -> list[str]:
    return [name for person in doc.persons for name in person.names]


def test_a_russian_conjunction_opening_the_sentence_is_no_part_of_a_name():
    doc = doc_of("Айжан Нурланова живёт в Алматы. Пока Айжану не пускают к брату, она пишет письма. "
                 "Когда Ерлан Сапаров вернулся, он молчал.\n", "ru")
    names = _names(doc)
    assert not any(name.startswith(("Пока", "Когда")) for name in names)
    assert person_named(doc, "Айжан Нурланова") and person_named(doc, "Ерлан Сапаров")  # the controls


def test_a_newspaper_section_in_the_masthead_is_no_person():
    doc = doc_of("THE LANTERN | Campus Life | Mar. 4, 2025\n\n"
                 "Aydos Nurlan was detained in Kashgar in 2018, his sister says.\n")
    assert "Campus Life" not in _names(doc)
    assert person_named(doc, "Aydos Nurlan")  # the control


def test_a_doctrine_named_after_a_leader_is_no_person():
    doc = doc_of('In the camp Rozigul Hamit had to recite "Deng Xiaoping Theory" every week. '
                 "Her cousin Ilyas Hamit was held in Aksu.\n")
    assert not any("Theory" in name for name in _names(doc))
    assert person_named(doc, "Rozigul Hamit") and person_named(doc, "Ilyas Hamit")  # the controls


def test_a_uyghur_title_is_no_name_and_names_the_official_after_it():
    # "That week the village cadre Wang Ming told my father: 'Go.'" / "Qadir Tursun came that day."
    doc = doc_of("شۇ ھەپتە يېزا كادىرى ۋاڭ مىڭ دادامغا: «كەت» دېدى. شۇ كۈنى قادىر تۇرسۇن كەلدى.\n", "ug")
    names = _names(doc)
    assert "ۋاڭ مىڭ" in names  # a name the lexicon does not know, after the title
    assert not any(name.startswith("كادىر") for name in names)  # the cadre is not the given name Qadir
    assert "قادىر تۇرسۇن" in names  # the control: Qadir, the name, still is one


def test_a_kin_word_or_pronoun_after_a_uyghur_title_is_no_name():
    # "The township secretary took my father away." / "... and the secretary Li Bo questioned him."
    doc = doc_of("يېزا سېكرېتارى دادامنى ئېلىپ كەتتى. كېيىن سېكرېتارى لى بو ئۇنى سورىدى.\n", "ug")
    names = _names(doc)
    assert not any(name.startswith("دادام") for name in names)
    assert "لى بو" in names  # the control


def test_a_uyghur_name_with_a_case_ending_is_a_person_in_both_scripts():
    # "I dedicate this to my younger brother Rustem Ilyas" (dative -qa) and the same in Uyghur Latin.
    arabic = doc_of("بۇ خەتنى ئىنىم رۇستەم ئىلياسقا ئاتايمەن. رۇستەم ئىلياسنىڭ ئىزى يوق.\n", "ug")
    assert person_named(arabic, "رۇستەم ئىلياس")
    assert len(arabic.persons) == 1  # the dative and the genitive are one person
    latin = doc_of("Bu xetni inim Rustem Ilyasqa ataymen. Rustem Ilyasning izi yoq.\n", "ug")
    assert person_named(latin, "Rustem Ilyas")
    assert len(latin.persons) == 1


def test_a_given_name_used_alone_is_a_person_unless_part_of_a_full_name():
    doc = doc_of("My neighbour Zeynep Osman lives in Izmir. In the camp I shared a bed with a young man. "
                 "I never saw Abdukerim again after the night they moved us. Later Zeynep wrote to me.\n")
    assert "Abdukerim" in _names(doc)  # a common given name, alone
    zeynep = person_named(doc, "Zeynep Osman")  # the control: her given name alone is her, not a second person
    assert not any(p is not zeynep and "Zeynep" in p.names for p in doc.persons)


def test_a_given_name_spelled_otherwise_in_a_full_name_is_not_a_new_person():
    doc = doc_of("My brother Memetjan Tursun was taken in 2017. A man who reached Almaty told me that "
                 "Mamatjan had been moved to Korla.\n")
    assert "Mamatjan" not in _names(doc)  # a spelling of Memetjan: the linking steps decide it
    assert person_named(doc, "Memetjan Tursun")
