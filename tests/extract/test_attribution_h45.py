"""Attribution cases of h-attrib45 in English, French and Russian (invented texts; each negative
beside a positive control in the same text)."""

from guwah.extract.pipeline import run_pipeline


def _codes(text: str, language: str) -> dict[str, set[str]]:
    doc = run_pipeline(text, language, None)
    return {p.name: {v.code for v in p.violations} for p in doc.persons if p.names}


def test_a_childs_age_is_no_description_of_her_and_last_year_is_not_the_child():
    # « Leyla (6 ans) »: « ans » in apposition is her age, so « l'an dernier » does not stand for
    # her; "the teacher" said in apposition to a name still does (`subjects._described`)
    codes = _codes("Je m'occupe seule de notre petite fille Leyla (6 ans) et je travaille.\n\n"
                   "Ma belle-sœur, Gulbahar Tursun, qui vit toujours à Ghulja, n'a pas été internée, mais la police "
                   "lui a retiré son passeport l'an dernier. Ablet Yasin, ancien professeur à Ghulja, vivait près "
                   "d'elle. En 2018, le professeur a été arrêté.\n", "fr")
    assert "movement.passport_confiscation" in codes["Gulbahar Tursun"], codes
    assert not codes["Leyla"], codes
    assert "detention.arbitrary_arrest" in codes["Ablet Yasin"], codes


_FORM = ("GREENWAY LETTINGS – TENANCY QUERY\nBranch: Hill Street   Ref.: TQ-5512\n{manager}\n"
         "APPLICANT\nName: TOHTI, Mahire (Ms)\nPhone: 07700 900111\n\n"
         "Reason for the late rent (applicant's own words)\n"
         "In May I went to Kashgar to see my father. At the airport the police took my passport for three days. "
         "{cousin}I came back in June and could not work for a month.\n")


def _told(text: str) -> tuple[dict[str, set[str]], set[str]]:
    doc = run_pipeline(text, "en", None)
    return {p.name: {v.code for v in p.violations} for p in doc.persons if p.names}, \
        {p.name for p in doc.persons if p.narrator}


def test_a_relative_who_told_me_is_not_the_paragraphs_i():
    codes, _narrator = _told(_FORM.format(
        manager="", cousin="My cousin Ekrem, who was held in a camp in 2019, told me they do this to everyone. "))
    assert "movement.passport_confiscation" in codes["Mahire Tohti"], codes
    assert "movement.passport_confiscation" not in codes["Ekrem"], codes
    assert "detention.internment_camp" in codes["Ekrem"], codes  # the control: his own act


def test_the_forms_name_field_names_its_i_not_a_staff_name_above_it():
    codes, narrator = _told(_FORM.format(manager="Branch manager: Daniel Brooks\n", cousin=""))
    assert narrator == {"Mahire Tohti"}, narrator
    assert "movement.passport_confiscation" in codes["Mahire Tohti"], codes
    assert not codes.get("Daniel Brooks"), codes


def test_he_told_us_leaves_his_acts_his_own_and_the_paragraph_ours():
    # "He told us …" made him the paragraph's speaker, so the camp told of him just before (a third
    # person while he "spoke") went to no one; the acts of his own telling stay his
    codes, _narrator = _told("SCHOOL TRIP CONSENT\nPupil: ABLET, Dilnur   Class: 4B\n\n"
                             "Why Dilnur may be upset on the trip:\n"
                             "Her uncle, my brother Tursun Ablet, was held in a camp near Aksu from 2018 to 2020. "
                             "He told us he was not allowed to speak Uyghur there.\n\n"
                             "Signed: Kamil Ablet (father)\n")
    assert {"detention.internment_camp", "culture.language_ban"} <= codes["Tursun Ablet"], codes
    assert not codes.get("Kamil Ablet") and not codes.get("Dilnur Class") and not codes.get("Dilnur"), codes


def test_a_sentence_that_holds_the_speaker_alone_ends_the_pairing_with_a_companion():
    codes = _codes("My name is Gulbahar Yasin.\n\n"
                   "My cousin Mahire Tohti and I were taken to a camp in Aksu in 2017. "
                   "We were forced to sing songs praising the Party every morning.\n\n"
                   "In 2019 the police took my sister Aygul Yasin and me from our shop in Ghulja. "
                   "I was held for a year in a camp in Yining. We were forty women in a cell built for twelve.\n", "en")
    assert "detention.overcrowding" in codes["Gulbahar Yasin"], codes
    assert "detention.overcrowding" not in codes["Aygul Yasin"], codes
    assert "indoctrination.political" in codes["Mahire Tohti"], codes  # the control: paired, nothing between

