"""Acts an unseen writer tells that only the rules could give (h-x27c, issue 11): harassment
across the border proposed by the classifier where the sentence tells a contact at a distance,
and given to the one the contact reached, not to the caller. Invented texts in our own words;
each refusal has a positive control in the same text."""

import pytest

from guwah.extract import acts, violations
from tests.bench_scripts import load
from tests.extract.helpers import codes_of, doc_of, person_named

HARASSMENT = "transnational.harassment"

# Invented training sentences: pressure on someone abroad, by a call and by a visit, and others.
_PRESSURE = [
    ("An officer phoned her in Istanbul and told her to stop talking to reporters.", [HARASSMENT]),
    ("A caller from the county police rang him in Almaty and said to stop posting videos.", [HARASSMENT]),
    ("Men from the police visited him and told him to stop posting videos.", [HARASSMENT]),
    ("The police came to her flat and told her to stop talking to reporters.", [HARASSMENT]),
    ("We walked to the market and bought bread.", []),
    ("The weather was cold that winter in the village.", []),
]


@pytest.fixture(scope="module")
def pressure_model():
    train_acts = load("train_acts")
    examples = train_acts.with_syntax([{"text": t, "lang": "en", "codes": c} for t, c in _PRESSURE])
    return train_acts.train(examples, train_acts.labels_of(examples), coef_min=0.0).with_settings(0.5, "union")


def test_the_classifier_gives_harassment_only_where_a_contact_at_a_distance_is_told(pressure_model):
    text = ("Aydos Nurlan lives in Almaty. A man from the county police phoned Aydos Nurlan there and told "
            "her to stop posting videos. Officers visited Erbol Kasym at his shop and told him to stop "
            "posting videos.")
    sentences = text.split(". ")
    visit = pressure_model.probabilities([sentences[2]])[0][HARASSMENT]
    assert visit >= 0.5  # the model rates the visit at home as high as the call
    with acts.using(pressure_model):
        doc = doc_of(text, "en")
    assert HARASSMENT in codes_of(person_named(doc, "Aydos Nurlan"))
    # the same words said at home, with no call, message or embassy: the rules' to decide, not the classifier's
    assert HARASSMENT not in codes_of(person_named(doc, "Erbol Kasym"))


def test_the_contact_word_needs_whom_a_call_reached():
    need = violations._CONTACT_WORD
    assert need.search("She was phoned twice from a Chinese number.")
    assert need.search("On l'appelle depuis un numéro chinois.") and need.search("Ей позвонили из Кульджи.")
    assert need.search("The police called my mother and asked about me.")
    # "called" as a name is no call; positive control in the same text
    assert not need.search("He was held in a camp called the school.")
    assert need.search("He was held in a camp called the school, and then they called him.")


def test_the_act_is_the_call_not_the_callers_naming():
    doc = doc_of("A man from Ghulja, who introduced himself as Erbol Kasym, phoned Aydos Nurlan in Almaty.", "en")
    sentence = doc.sentences[0]
    favour_naming = lambda word: 1.0 if word == "introduced" else 0.0  # noqa: E731
    start, end = violations._act_words(doc, sentence.start, sentence.end, weight=favour_naming,
                                       prefer=violations._ACT_VERB[HARASSMENT])
    assert doc.text[start:end] == "phoned"
    # positive control, same text: without a kind of verb for the code, the most weighed verb is chosen
    start, end = violations._act_words(doc, sentence.start, sentence.end, weight=favour_naming)
    assert doc.text[start:end] == "introduced"


def test_the_one_phoned_has_the_harassment_not_the_caller(pressure_model):
    text = "A man from Ghulja, who introduced himself as Erbol Kasym, phoned Aydos Nurlan in Almaty and told her to stop posting videos."
    with acts.using(pressure_model):
        doc = doc_of(text, "en")
    assert HARASSMENT in codes_of(person_named(doc, "Aydos Nurlan"))
    assert HARASSMENT not in codes_of(person_named(doc, "Erbol Kasym"))


_CAMPS = [
    ("He was in a camp in Aksu for two years.", ["detention.internment_camp"]),
    ("She spent a year in a camp near Ghulja.", ["detention.internment_camp"]),
    ("My brother was in the camp for eight months.", ["detention.internment_camp"]),
    ("They were in a camp outside the town.", ["detention.internment_camp"]),
    ("We walked to the market and bought bread.", []),
    ("The weather was cold that winter in the village.", []),
]


@pytest.fixture(scope="module")
def camp_model():
    train_acts = load("train_acts")
    examples = train_acts.with_syntax([{"text": t, "lang": "en", "codes": c} for t, c in _CAMPS])
    return train_acts.train(examples, train_acts.labels_of(examples), coef_min=0.0).with_settings(0.5, "union")


def test_a_camp_the_classifier_proposes_is_refused_where_the_clause_negates_it(camp_model, monkeypatch):
    # the measurement that lets the classifier propose custody codes ("openh", bench/acts_folds.py)
    monkeypatch.setattr(violations, "_RULES_ONLY_CODES", ("family.reprisal",))
    text = "Erbol Kasym was in a camp in Aksu for a year. Aydos Nurlan was never in a camp himself."
    assert camp_model.probabilities([text.split(". ")[1]])[0]["detention.internment_camp"] >= 0.5
    with acts.using(camp_model):
        doc = doc_of(text, "en")
    assert "detention.internment_camp" not in codes_of(person_named(doc, "Aydos Nurlan"))
    assert "detention.internment_camp" in codes_of(person_named(doc, "Erbol Kasym"))  # positive control


def test_a_call_to_a_name_no_person_stands_for_is_given_to_nobody_else(pressure_model):
    # "Zhandos" in the dative is no person mention here (the persons found another form of him, or
    # none); the one found in the sentence, a colleague who was present, is not whom the call reached
    text = ("Aydos Nurlan was present when Zhandos was phoned at work by a man from the county police. "
            "A man from the county police phoned Erbol Kasym in Almaty and told him to stop posting videos.")
    with acts.using(pressure_model):
        doc = doc_of(text, "en")
    mentioned = {doc.text[s:e] for (s, e), _pid in doc.person_spans}
    assert "Zhandos" not in mentioned and "Aydos Nurlan" in mentioned  # the case as it arises
    assert HARASSMENT not in codes_of(person_named(doc, "Aydos Nurlan"))
    assert HARASSMENT in codes_of(person_named(doc, "Erbol Kasym"))  # positive control, same text


def test_the_unfound_patient_is_read_by_the_parse():
    doc = doc_of("Erbol Kasym phoned Aydos Nurlan. Erbol Kasym was present when Zhandos was phoned at work.", "en")
    text = doc.text
    named, other = text.index("phoned"), text.rindex("phoned")
    found = {text[s:e] for (s, e), _pid in doc.person_spans}
    assert "Aydos Nurlan" in found and "Zhandos" not in found
    assert not violations._told_of_someone_unfound(doc, named, named + 6)  # positive control
    assert violations._told_of_someone_unfound(doc, other, other + 6)


def test_a_caller_who_gives_his_name_in_french_is_named_not_called():
    doc = doc_of("Un homme qui disait s'appeler Erbol Kasym m'a appelée à Lyon.", "fr")
    sentence = doc.sentences[0]
    start, end = violations._act_words(doc, sentence.start, sentence.end, prefer=violations._ACT_VERB[HARASSMENT])
    assert doc.text[start:end] == "appelée"


def test_a_call_from_family_is_no_contact_of_the_state_unless_the_state_is_named():
    # the classifier's harassment is refused where the call is from a relative and no one of the state's side is named
    assert violations._FROM_KIN.search("She received calls from a cousin about a wedding.")
    assert not violations._STATE_SIDE.search("She received calls from a cousin about a wedding.")
    # positive controls: the relative beside a police officer; a call from the police
    text = "His mother phoned him with a police officer beside her."
    assert violations._FROM_KIN.search(text) and violations._STATE_SIDE.search(text)
    assert not violations._FROM_KIN.search("He received calls from the county police.")
