"""Persons of a spoken record written down (issue 11, h-persons47): the header's fields after a "|" ("Date: … |
Facilitator: X | Assistant facilitator: Y"), a speaker's label that is the given name of a full name the header gives
("INGRID:" for "Ingrid Solberg"), and a register's headword with the family name first inside a line ("Bed 4,
ABLIMIT, Mahire, 62", "Line 2 user: TURSUN, ALIM"). Invented texts; each negative beside a positive control."""

from guwah.extract import roles_model
from guwah.extract.pipeline import run_pipeline


def _by_name(doc) -> dict:
    return {name: person for person in doc.persons for name in person.names}


_SESSION = ("PEER SUPPORT CIRCLE, TRANSCRIBED FROM AUDIO\n"
            "Date: 3 May 2026 | Facilitator: Ingrid Solberg | Assistant facilitator: Dawut (volunteer)\n\n"
            "INGRID: Welcome, everyone. Who would like to begin today?\n"
            "INTERPRETER: Her brother Yusup Kerim was taken to a camp in Aksu in 2018, she says.\n"
            "INGRID: Thank you for telling us.\n"
            "INTERPRETER: She has heard nothing since then.\n"
            "INGRID: We will stay with that for a moment.\n")


def test_a_header_fields_staff_after_a_bar_and_not_a_name_told_in_a_turn():
    doc = run_pipeline(_SESSION, "en", None)
    names = _by_name(doc)
    assert "staff" in roles_model.sure(doc, names["Ingrid Solberg"])  # after "Date: … |"
    assert "staff" in roles_model.sure(doc, names["Dawut"])  # a given name alone, closed by its bracket
    # the control: a name the interpreter's turn tells is no staff member's, and the detained brother a victim
    assert "staff" not in roles_model.sure(doc, names["Yusup Kerim"])
    assert "victim" in names["Yusup Kerim"].roles
    assert "victim" not in names["Ingrid Solberg"].roles


def test_a_one_word_label_in_capitals_is_the_header_s_full_name():
    doc = run_pipeline(_SESSION, "en", None)
    ingrid = _by_name(doc)["Ingrid Solberg"]
    labels = [doc.text[s:e] for s, e in ingrid.mentions]
    assert labels.count("INGRID") == 3
    # the control: a label in capitals that begins no name of the text ("INTERPRETER") is no one's
    assert not any("INTERPRETER" in doc.text[s:e] for p in doc.persons for s, e in p.mentions)


def test_a_one_word_label_that_begins_no_name_is_no_person():
    text = ("KAMIL: I came to Oslo in 2019.\nHOST: And your family?\nKAMIL: My father, Abdulla Nur, was detained in 2017.\n"
            "HOST: I am sorry.\nKAMIL: Thank you.\n")
    doc = run_pipeline(text, "en", None)
    names = _by_name(doc)
    assert "Kamil" not in names and "KAMIL" not in names  # no "Kamil X" in the text
    assert "victim" in names["Abdulla Nur"].roles  # the control


def test_a_headword_with_an_age_inside_a_line_is_a_person():
    text = ("Ward 6 handover, night to day.\n"
            "SARAH: Bay A. Bed 4, ABLIMIT, Mahire, 62, settled overnight, pain controlled.\n"
            "SARAH: Bay B, NORTH, Wing, 12 beds free, cleaned.\n")
    doc = run_pipeline(text, "en", None)
    names = _by_name(doc)
    assert "Mahire Ablimit" in names
    assert "field" in roles_model.sure(doc, names["Mahire Ablimit"])
    assert not any("North" in name or "Wing" in name for name in names)  # a place in the ward, with no age


def test_headwords_in_capitals_after_a_label_share_their_family_name():
    text = ("Account holder: TURSUN, MERYEM | Line 2 user: TURSUN, ALIM | Line 3 user: TURSUN, ILYAS\n"
            "Status: PENDING, REVIEW\n"
            "The caller said her son Alim has not been heard of since his arrest in Kashgar in 2018.\n")
    doc = run_pipeline(text, "en", None)
    names = _by_name(doc)
    assert {"Meryem Tursun", "Alim Tursun", "Ilyas Tursun"} <= set(names)
    assert not any("Pending" in name or "Review" in name for name in names)  # the control: a status field


def test_a_french_reporter_and_a_russian_transcriber_are_staff():
    doc = run_pipeline("Micro-trottoir. Enregistré le 3 mai, place de la Nation. Reporter : Nadia Fontaine.\n\n"
                       "NADIA : Bonjour, vous avez une minute ?\n"
                       "PASSANTE : Mon oncle, Ablet Tohti, a été arrêté à Kachgar en 2017.\n", "fr", None)
    names = _by_name(doc)
    assert "staff" in roles_model.sure(doc, names["Nadia Fontaine"])
    assert "staff" not in roles_model.sure(doc, names["Ablet Tohti"])  # the control
    doc = run_pipeline("Запись встречи землячества\nРасшифровала: Ольга Смирнова\n\n"
                       "Мой брат Ерлан Касымов был задержан в Кульдже в 2018 году.\n", "ru", None)
    names = _by_name(doc)
    assert "staff" in roles_model.sure(doc, names["Ольга Смирнова"])
    assert "staff" not in roles_model.sure(doc, names["Ерлан Касымов"])  # the control


def test_names_in_capitals_with_their_ages_in_a_participants_field():
    text = ("Date: 2 March 2026 | Moderator: Lena Vogt\n"
            "Participants (first names only, by consent): P1 TOMAS (44) · P2 GULNAR (37) · P3 MEI-LIN (25)\n"
            "Room: NORTH HALL (120) | Catering: BLUE DOOR (12)\n\n"
            "MOD: Let's start with the first sample.\n")
    doc = run_pipeline(text, "en", None)
    names = _by_name(doc)
    assert {"Tomas", "Gulnar", "Mei-lin"} <= set(names), list(names)
    assert "field" in roles_model.sure(doc, names["Gulnar"])
    # the control: capitals with a number in brackets outside a participants' field are no one
    assert not any(word in name for name in names for word in ("North", "Hall", "Blue", "Door")), list(names)


def test_a_russian_transcriber_named_by_a_short_family_name_and_initials_after_another_field():
    doc = run_pipeline("Протокол встречи землячества\nВедёт: Сейткали Р. М. Расшифровала: Ли А. С., секретарь комитета.\n\n"
                       "Дядю моей жены, Тахира Нурова, задержали в Кульдже в 2018 году.\n", "ru", None)
    names = _by_name(doc)
    assert "staff" in roles_model.sure(doc, names["Ли А. С."])
    assert "victim" not in names["Ли А. С."].roles
    assert "victim" in names["Тахир Нуров"].roles  # the control: the detained uncle


def test_a_heading_s_label_in_capitals_over_a_title_in_capitals_is_no_speaker():
    text = ("RIVERSIDE RESEARCH: INTERVIEW TRANSCRIPT (edited)\n\n"
            "LENA PARK: Thank you for coming. Where are you from?\n"
            "AYGUL TURSUN: From Ghulja. My brother Erkin was taken to a camp in 2018.\n"
            "LENA PARK: And since then?\n"
            "AYGUL TURSUN: Nothing. No call, no letter.\n")
    doc = run_pipeline(text, "en", None)
    names = _by_name(doc)
    assert not any("Riverside" in name for name in names), list(names)
    assert {"Aygul Tursun", "Lena Park"} <= set(names)  # the control: the speakers' labels


def test_a_staff_member_named_in_the_heading_is_not_the_narrator():
    text = ("PEER SUPPORT NOTES\nDate: 4 May 2026 | Facilitator: Maria Lund | Speaker: Gulzira Ablet\n\n"
            "I came to Oslo in 2019. My father was detained in Ghulja in 2017 and I have not heard from him "
            "since. I still write to the embassy every month, and I keep his photo by my bed.\n")
    doc = run_pipeline(text, "en", None)
    names = _by_name(doc)
    assert not names["Maria Lund"].narrator
    assert names["Gulzira Ablet"].narrator  # the control: the heading's next name
