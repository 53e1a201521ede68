"""Whose act it is in legal and procedural filings (issue 11, h-attrib49): a role noun that tells whose
kin someone is, an immigration court's "respondent", a "he" that stands for a stranger, and the answers of
a record of questions and answers. Invented sentences; each rule with a control."""

from guwah.extract import extract_text


def _codes(out: dict, name: str) -> set[str]:
    person = next(p for p in out["persons"] if name in p["names"] or p["name"] == name)
    return {v["code"] for v in person["violations"]}


def _mentions(out: dict, text: str, name: str) -> set[str]:
    person = next(p for p in out["persons"] if name in p["names"] or p["name"] == name)
    return {text[m["start"]:m["end"]] for m in person["mentions"]}


def test_a_role_noun_after_a_kin_word_introduces_the_kin_not_the_role():
    text = ("The applicant, Saida Kerimova, has lived in Oslo since 2016. The brother of the applicant, Arslan "
            "Kerimov, was sentenced in 2019 to twelve years in prison. The applicant has not heard from him since.")
    out = extract_text(text)
    assert "applicant" not in {w.lower() for w in _mentions(out, text, "Arslan Kerimov")}
    assert "detention.prison_sentence" in _codes(out, "Arslan Kerimov")
    # control: the apposition to the role noun itself still introduces its holder
    assert "applicant" in {w.lower() for w in _mentions(out, text, "Saida Kerimova")}


def test_a_french_role_noun_after_a_kin_word():
    text = ("La requérante, Mme Gulnisa Tohtieva, réside à Lille. Le père de la requérante, Yusup Tohti, a été "
            "arrêté en 2018. La requérante déclare craindre pour sa vie.")
    out = extract_text(text)
    assert not {w.lower() for w in _mentions(out, text, "Yusup Tohti")} & {"requérante"}


def test_the_respondent_of_removal_proceedings_is_a_role_noun():
    text = ("I, Aynur Kasimova, being duly sworn, state as follows:\n\n1. The Respondent, Erkin Samatov, is my "
            "cousin. My brother Nurlan lives in Turkey.\n\n2. The Respondent called me in 2019. He told me that "
            "police had confiscated his passport.")
    out = extract_text(text)
    assert "movement.passport_confiscation" in _codes(out, "Erkin Samatov")


def test_he_after_a_man_brought_in_unnamed_is_that_man():
    text = ("My name is Aynur Kasim. My uncle Memet Tursun still lives in Kashgar. Last spring a man who said he "
            "was a police officer threatened me over the phone.")
    out = extract_text(text)
    assert not _codes(out, "Memet Tursun")
    # control: with no stranger between, "he" is the uncle
    text = "My name is Aynur Kasim. My uncle Memet Tursun still lives in Kashgar. In 2018 he was detained by police."
    assert "detention.arbitrary_arrest" in _codes(extract_text(text), "Memet Tursun")


def test_russian_answers_are_the_questioned_persons():
    text = ("Касымов Бахтияр, 1985 г.р., задержан в Бишкеке 3 мая 2020 года.\n\n"
            "Из объяснения Касымова Б., данного в присутствии адвоката Алиевой Р.:\n"
            "Вопрос: Что с вами было в Китае?\n"
            "Ответ: В 2017 году вернулся домой из Алматы. Держали в лагере, заставляли каждый день учить гимн.\n")
    out = extract_text(text, document_date="2020-06-01")
    assert {"detention.internment_camp", "indoctrination.political"} <= _codes(out, "Касымов Бахтияр")
    counsel = [p for p in out["persons"] if any(name.startswith("Алиев") for name in p["names"])]
    assert counsel and not counsel[0]["violations"]  # control: the counsel named beside him answers nothing


def test_french_answers_after_a_pronoun_that_opens_them():
    text = ("Après avoir entendu M. Rozi Kamalov, né en 1988, assisté de Me Anne Dubois, avocate.\n\n"
            "M. Kamalov déclare être arrivé en France en 2021.\n\n"
            "Aux questions du juge, il répond :\n"
            "Q : Avez-vous été maltraité au camp ?\n"
            "R : On m'attachait les mains la nuit.\n")
    out = extract_text(text)
    assert "detention.shackling" in _codes(out, "Rozi Kamalov")


def test_an_unnamed_exchange_is_the_claimants_and_a_labelled_one_stays_its_speakers():
    text = ("The claimant, Erkin Samatov, worked for the respondent as a driver. The claimant gave evidence.\n\n"
            "In cross-examination the following exchange took place:\n"
            "Q: Were you held in China?\n"
            "A: Yes. I was kept in a camp for a year.\n")
    out = extract_text(text)
    assert "detention.internment_camp" in _codes(out, "Erkin Samatov")
    # control: an answer line whose label names its speaker is that speaker's
    text = ("The claimant, Erkin Samatov, worked for the respondent as a driver. The claimant gave evidence.\n\n"
            "Aygul Nasir, his cousin, was also heard:\n"
            "Q: Were you held in China?\n"
            "AYGUL NASIR: Yes. I was kept in a camp for a year.\n")
    out = extract_text(text)
    assert "detention.internment_camp" not in _codes(out, "Erkin Samatov")


def test_a_man_that_says_what_someone_is_is_no_stranger():
    text = ("My name is Aynur Kasim. My uncle Memet Tursun was a man who loved books. "
            "In 2018 he was detained by police.")
    assert "detention.arbitrary_arrest" in _codes(extract_text(text), "Memet Tursun")
