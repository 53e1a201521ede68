"""Persons of institutional records and filings (issue 11, h-persons48): a Russian family name with two initials in
any case and of any form («возложить на проректора Садыкову Ж. К.», «члены профкома Ли О. В.»), a Kyrgyz name with
its patronymic word in capitals («ТОКТОСУН УУЛУ АЗАМАТА») and abbreviated («Токтосун уулу А.»), a French given name
before a family name in capitals after a title of address (« Mme Mükerrem SAWUT »), an office's signature block,
a kin phrase in apposition that names an unnamed one ("his wife, my aunt Hatice"), and Chinese names in a form's
field named by an agent noun (审核人：X). Invented texts; each negative beside a positive control."""

from guwah.extract import roles_model
from guwah.extract.pipeline import run_pipeline


def _by_name(doc) -> dict:
    return {name: person for person in doc.persons for name in person.names}


def _mentions(doc) -> list[str]:
    return [doc.text[s:e] for person in doc.persons for s, e in person.mentions]


# Shorter than roles_model.MIN_CHARS: the rules' persons, which the person model then weighs on longer texts.
_ORDER = ("§ 1. Восстановить ТОКТОСУН УУЛУ АЗАМАТА, гражданина КНР, в число студентов 2 курса.\n\n"
          "§ 2. Деканату (декан Алыбеков Н. М.) составить студенту Токтосун уулу А. индивидуальный план.\n\n"
          "§ 3. Контроль за исполнением приказа возложить на проректора по науке Садыкову Ж. К.\n\n"
          "Ректор                                   Б. К. Осмоналиев\n\n"
          "Выписка верна.\n"
          "Специалист отдела кадров                  А. Жумабаева\n"
          "21.08.2020\n")


def test_a_family_name_with_two_initials_in_an_oblique_case_is_a_person():
    doc = run_pipeline(_ORDER, "ru", None)
    assert len(doc.text) < roles_model.MIN_CHARS
    mentions = _mentions(doc)
    assert "Садыкову Ж. К." in mentions  # the accusative, after the post it is given
    assert "Алыбеков Н. М." in mentions  # the control: the nominative
    # the initials before a name are that name's, not a family name's of the post before them («Ректор Б. К.»)
    assert "Б. К. Осмоналиев" in mentions and not any(m.startswith("Ректор") for m in mentions)
    # a post set apart from the name on its line at the record's end: who signed for the office
    names = _by_name(doc)
    assert "staff" in roles_model.sure(doc, names["Б. К. Осмоналиев"])
    assert "staff" not in roles_model.sure(doc, names["Алыбеков Н. М."])  # the control: a name inside a paragraph


def test_a_kyrgyz_name_in_capitals_with_its_patronymic_word_is_one_person_with_its_abbreviation():
    doc = run_pipeline(_ORDER, "ru", None)
    names = _by_name(doc)
    person = names["Токтосун уулу Азамат"]  # the patronymic word in lower case, the given name in the nominative
    labels = [doc.text[s:e] for s, e in person.mentions]
    assert "ТОКТОСУН УУЛУ АЗАМАТА" in labels and "Токтосун уулу А." in labels
    # the control: a line in capitals with no patronymic word between names is no one («ВЫПИСКА ВЕРНА» is not a name)
    assert not any(name.isupper() for name in names)


def test_a_family_name_with_two_initials_in_a_list_and_the_sender_line_of_an_application():
    text = ("Ректору Казахского национального университета\n"
            "Иванову И. И.\n"
            "от студентки 3 курса Нурлановой Айгерим\n\n"
            "Заявление\n\n"
            "Прошу предоставить мне академический отпуск. Моего отца Серика Нурланова задержали в Урумчи в 2018 году.\n")
    doc = run_pipeline(text, "ru", None)
    names = _by_name(doc)
    assert "Иванов И. И." in names  # the addressee after the office line
    assert names["Нурланова Айгерим"].narrator  # the sender line names the writer, not the addressee above it
    assert not names["Иванов И. И."].narrator
    assert "victim" in names["Серик Нурланов"].roles
    members = run_pipeline("Присутствовали: председатель Ким О. В., члены профкома Ли О. В., Жумабаева А.\n", "ru", None)
    assert {"Ким О. В.", "Ли О. В."} <= set(_mentions(members))
    assert not any("Присутствовали" in m for m in _mentions(members))  # the control: a field's label is no name


def test_a_title_of_address_before_a_given_name_and_a_family_name_in_capitals():
    text = ("La direction relaie la demande de Mme Nurgül TURSUN, aide-soignante depuis 2015.\n\n"
            "Le frère de Mme Tursun, Ablet Tursun, a été interpellé à Ghulja en 2017, puis détenu dans un camp.\n")
    doc = run_pipeline(text, "fr", None)
    names = _by_name(doc)
    nurgul = names["Nurgül Tursun"]
    assert "Mme" not in " ".join(doc.text[s:e] for s, e in nurgul.mentions)  # the title is no word of the name
    # "Mme Tursun" is hers, not her brother's, who stays a person of his own and the victim
    ablet = names["Ablet Tursun"]
    assert ablet is not nurgul
    assert "victim" in ablet.roles and "victim" not in nurgul.roles


def test_a_title_of_address_before_a_whole_name_in_capitals():
    # the title alone says a person when every word after it is in capitals (the reading of the given name
    # stopped the whole extraction before: no word in title case to take as the given name)
    for text, language, name in (
            ("Le dossier de Mme AYNUR TOHTI a été transmis au comité le 3 mars 2021.\n", "fr", "Aynur Tohti"),
            ("The file of Mr ABLET KERIM was sent to the committee on 3 March 2021.\n", "en", "Ablet Kerim")):
        names = _by_name(run_pipeline(text, language, None))
        assert name in names
        assert not [n for n in names if n.startswith(("Mme", "Mr"))]  # the title is no word of the name
    # the control: a given name in title case before the capitals, as before
    assert "Aynur Tohti" in _by_name(run_pipeline("Le dossier de Mme Aynur TOHTI a été transmis au comité.\n", "fr", None))


def test_an_office_s_signature_block_names_staff_and_a_letter_s_signature_its_writer():
    note = ("The human resources department relays the request of Ms Gulnar Tohti, a nurse in the medical ward since "
            "2014, who agreed to the circulation of this note. Her brother, Alim Tohti, was detained in Ghulja in April "
            "2017 and held in a camp for four years. He was released this summer. Colleagues may give days of leave "
            "through the staff portal until the end of the month, anonymously, in blocks of one day or more.\n\n"
            "Claire Dubois\n"
            "Director of Human Resources\n")
    doc = run_pipeline(note, "en", None)
    names = _by_name(doc)
    assert "staff" in roles_model.sure(doc, names["Claire Dubois"])
    assert "victim" in names["Alim Tohti"].roles  # the control: the person the note is about
    letter = ("I was held in a camp in Ghulja from 2017 to 2019. My brother Alim Tohti is still there and we have had "
              "no news of him since the spring of 2018, when the police took him away at night.\n\n"
              "Yours sincerely,\n\nGulnar Tohti\nAlmaty\n")
    doc = run_pipeline(letter, "en", None)
    names = _by_name(doc)
    assert names["Gulnar Tohti"].narrator
    assert "staff" not in roles_model.sure(doc, names["Gulnar Tohti"])  # a letter's writer signs it, with a town


def test_a_chinese_name_in_a_field_named_by_an_agent_noun():
    text = ("关于给予吐尔逊·买买提同学退学处理的决定\n"
            "我院学生吐尔逊·买买提（男，维吾尔族）自2018年3月起未到校上课。\n"
            "辅导员：王丽华\n"
            "审核人：张国强\n"
            "地点：李家村\n")
    doc = run_pipeline(text, "zh", None)
    names = _by_name(doc)
    assert "王丽华" in names and "张国强" in names
    assert "李家村" not in names  # the control: a field not named by an agent noun (地点, "place")
    # the words written before a transcription (给予, 学生) are no part of it: one person, one name
    assert list(names) == ["吐尔逊·买买提", "王丽华", "张国强"]


def test_a_kin_phrase_in_apposition_names_the_unnamed_relative_before_it():
    text = ("00:01:10 Daniel Hart: Welcome, everyone. The walk starts at ten.\n"
            "00:01:40 Dilnur: My family asked if we can dedicate the walk to my uncle, Ekber Sabir. In 2018 he got twenty "
            "years in prison.\n"
            "00:02:39 Daniel Hart: Of course.\n"
            "00:02:44 Dilnur: Also his wife, my aunt Hatice, she was not arrested, she is at home.\n")
    doc = run_pipeline(text, "en", None)
    hatice = _by_name(doc)["Hatice"]
    assert "his wife" in [doc.text[s:e] for s, e in hatice.mentions]  # one person, not an unnamed wife beside her
    assert not [p for p in doc.persons if not p.names and p.kin_of and p.kin_of[1] == "wife"]
    # the control: a kin phrase in apposition that names no one leaves the relative unnamed (with an act told
    # of her: an unnamed relative told nothing of and named twice is no person, persons.drop_passing_kin)
    doc = run_pipeline(text.replace("my aunt Hatice, she was not arrested, she is at home",
                                    "my aunt, she was arrested in 2019"), "en", None)
    assert [p for p in doc.persons if not p.names and p.kin_of and p.kin_of[1] == "wife"]
    assert "Hatice" not in _by_name(doc)
