"""Persons of legal and procedural filings (issue 11, h-persons49): one family name after titles of two genders is two
people ("Mrs Yasin" and "Mr Yasin"), a kin noun of a role noun names the relative, not the role's holder ("the
brother of the applicant, X"), an office's signature block with a long post, a post after a comma, or a middle
initial ("Laura K. Bennett, Notary Public"), and a hearing's staff named without a field's colon (counsel "for the
respondent", "Judge X presiding", "interpreter Mr X", "Employment Judge X"): staff, never victims. Invented texts;
each rule beside a control."""

from guwah.extract import persons, roles_model
from guwah.extract.pipeline import run_pipeline


def _by_name(doc) -> dict:
    return {name: person for person in doc.persons for name in person.names}


def _mentions(doc, person) -> list[str]:
    return [doc.text[s:e] for s, e in person.mentions]


def test_one_family_name_after_titles_of_two_genders_is_two_people():
    text = ("Aygul Yasin, a nurse from Ghulja, was detained in March 2018.\n"
            "Mrs Yasin was released in 2019 and now lives with her sister.\n"
            "Mr Yasin, her husband, says he still cannot sleep.\n")
    doc = run_pipeline(text, "en", None)
    aygul = _by_name(doc)["Aygul Yasin"]
    husband = next(p for p in doc.persons if p is not aygul and "Yasin" in p.names)
    assert text.index("Yasin was released") in [s for s, _e in aygul.mentions]  # the control: "Mrs Yasin" is hers
    assert text.index("Yasin, her husband") in [s for s, _e in husband.mentions]
    assert "victim" not in husband.roles


def test_a_womans_title_does_not_join_her_brother_by_their_family_name():
    text = ("Le frère de la requérante, Rahim Dolkun, a été arrêté en 2017.\n"
            "Mme Dolkun a quitté la Chine en 2015. Elle vit à Lyon.\n")
    doc = run_pipeline(text, "fr", None)
    rahim = _by_name(doc)["Rahim Dolkun"]
    assert _mentions(doc, rahim) == ["Rahim Dolkun"]  # neither "Mme Dolkun" nor « la requérante »
    assert "victim" in rahim.roles


def test_a_kin_noun_of_a_role_noun_names_the_relative_not_the_role():
    text = ("La requérante, Amina Dolkun, est née en 1990. Le frère de la requérante, Rahim Dolkun, a été arrêté "
            "en 2017.\n")
    doc = run_pipeline(text, "fr", None)
    names = _by_name(doc)
    assert _mentions(doc, names["Amina Dolkun"]).count("requérante") == 2  # the control: the role's own apposition
    assert "requérante" not in _mentions(doc, names["Rahim Dolkun"])
    ru = run_pipeline("Заявитель, Нурланова Айгерим, проживает в Алматы. Брат заявителя, Нурланов Ержан, был задержан "
                      "в 2018 году.\n", "ru", None)
    names = _by_name(ru)
    assert "заявителя" in _mentions(ru, names["Нурланова Айгерим"])
    assert "заявителя" not in _mentions(ru, names["Нурланов Ержан"])


_LETTER = ("We remain at your disposal for any further information on the case of Mr Tursun.\n\n"
           "Yours faithfully,\n\n"
           "Maria Jensen\n"
           "Special Rapporteur for freedom of thought and religion of minorities\n\n"
           "Daniel Price\n"
           "Chair of the Standing Committee on Enforced Absences of Persons\n\n"
           "Sworn before me on the fourth day of June.\n"
           "Laura K. Bennett, Notary Public, State of Maine\n")


def test_an_offices_signature_block_with_a_long_post_or_a_post_after_a_comma():
    doc = run_pipeline(_LETTER, "en", None)
    names = _by_name(doc)
    for name in ("Maria Jensen", "Daniel Price", "Laura K. Bennett"):  # a middle initial: one name
        assert "staff" in roles_model.sure(doc, names[name]), name
    assert "Special Rapporteur" not in names  # a post's words are no name
    assert "staff" not in roles_model.sure(doc, names["Tursun"])  # the control: a name inside the letter


def test_a_signature_over_a_line_that_tells_of_the_signer_is_no_office():
    text = "My brother Arslan Tursun was detained in 2018.\n\nArslan Tursun\nFormer detainee of the camps and a teacher\n"
    doc = run_pipeline(text, "en", None)
    arslan = _by_name(doc)["Arslan Tursun"]
    assert "staff" not in roles_model.sure(doc, arslan) and "victim" in arslan.roles


def test_a_middle_initial_joins_the_name_but_not_the_pronoun_i():
    doc = run_pipeline("In 2019 the officer told Aynur T. Sadik that her father was held in Korla. Then I. Tursun "
                       "left.\n", "en", None)
    mentions = [doc.text[s:e] for p in doc.persons for s, e in p.mentions]
    assert "Aynur T. Sadik" in mentions
    assert not any(m.startswith("Then") for m in mentions)


_HEARING = ("Hearing of 3 May 2022, Judge Helen Carter presiding; interpreter Mr Dilmurat Aziz.\n"
            "Before: Employment Judge Whitmore\n"
            "The appellant, Anwar Tohti, said his father Memet Tohti was detained in Hotan in 2017.\n"
            "Q (Ms Fairley, for the respondent): Did you call your sister?\n"
            "A: No. The police took her passport.\n")


def test_a_hearings_staff_named_without_a_fields_colon_are_staff_and_never_victims():
    doc = run_pipeline(_HEARING, "en", None)
    names = _by_name(doc)
    staff = persons.court_staff(doc)
    for name in ("Helen Carter", "Dilmurat Aziz", "Whitmore", "Fairley"):
        assert names[name].id in staff, name
        assert "staff" in roles_model.sure(doc, names[name])
    assert "victim" not in names["Fairley"].roles  # the asker: the answer's "her" is not hers
    assert names["Anwar Tohti"].id not in staff and names["Memet Tohti"].id not in staff  # the controls
    assert "victim" in names["Memet Tohti"].roles


def test_for_the_first_time_is_no_party_a_counsel_stands_for():
    doc = run_pipeline("Gulnar Tohti, for the first time since 2017, spoke of her detention in Ghulja.\n", "en", None)
    assert _by_name(doc)["Gulnar Tohti"].id not in persons.court_staff(doc)


def test_a_language_pair_after_an_interpreter_is_no_name_and_a_title_before_an_initial_is_no_given_name():
    doc = run_pipeline("Also present: the applicant; an interpreter, Uzbek-Russian, booked through an agency.\n"
                       "Supervisor: Dr K. Mensah\n", "en", None)
    mentions = [doc.text[s:e] for p in doc.persons for s, e in p.mentions]
    assert not any("Uzbek" in m for m in mentions)
    assert "K. Mensah" in mentions  # the control: the name after the title, with its initial
