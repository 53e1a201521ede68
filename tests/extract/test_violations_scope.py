"""One scope test for the violation rules' matches and the act classifier's proposals
(`violations.refusal`, issue 11): a denial of the sentence ("contrary to reports", "denied that",
"no evidence that", « contrairement à », «вопреки слухам», «нет доказательств»), a negation, a hedge,
a threat, a question or a background sentence refuses an act whichever of the two found it; and the
words a proposal is given are never a word of reporting ("said", "according", « témoigné »), whose
subject is the teller. Invented texts in our own words; each refusal has a positive control in the
same text."""

import pytest

from guwah.extract import acts, violations
from tests.extract.helpers import codes_of, doc_of

OPENING = ("Aydos Nurlan\n\nIn 2018 I was held in a camp in Tacheng. "
           "The guards kicked me and struck me with a rubber truncheon. ")
# a wording the rules do not read: only the classifier proposes indoctrination here (test_acts.py)
SLOGANS = "each dawn we had to shout slogans in praise of the Party before we were fed."


@pytest.fixture(scope="module")
def model():
    return acts.read(acts.MODEL_DIR)


def _codes(text: str, language: str = "en", model=None) -> dict[str, set[str]]:
    if model is None:
        doc = doc_of(text, language)
    else:
        with acts.using(model):
            doc = doc_of(text, language)
    return {person.names[0]: codes_of(person) for person in doc.persons if person.names}  # not the unnamed narrator


@pytest.mark.parametrize("denial", [
    "Contrary to reports in the press, ",
    "There is no evidence that ",
])
def test_a_classifier_proposal_after_a_denial_is_refused_as_a_rule_match_is(model, denial):
    stated = _codes(OPENING + SLOGANS[0].upper() + SLOGANS[1:], model=model)["Aydos Nurlan"]
    assert "indoctrination.political" in stated  # the classifier proposes it where nothing denies it
    codes = _codes(OPENING + denial + SLOGANS, model=model)["Aydos Nurlan"]
    assert "torture.beating" in codes  # positive control, same text
    assert "indoctrination.political" not in codes


@pytest.mark.parametrize("language, text, denied, stated", [
    ("en", "Officials dismissed reports that guards beat Erbol Kasym. In 2018 guards beat Aydos Nurlan with batons.",
     "Erbol Kasym", "Aydos Nurlan"),
    ("en", "Contrary to what the post claimed, guards beat Erbol Kasym. In 2018 guards beat Aydos Nurlan with batons.",
     "Erbol Kasym", "Aydos Nurlan"),
    ("fr", "Contrairement à ce qu'affirme la presse, les gardiens ont frappé Erbol Kasym. "
           "En 2018, les gardiens ont frappé Aydos Nurlan avec une matraque.", "Erbol Kasym", "Aydos Nurlan"),
    ("ru", "Вопреки слухам, охранники били Ербола Касыма. В 2018 году охранники били Айдоса Нурлана дубинками.",
     "Ербол Касым", "Айдос Нурлан"),
    ("ru", "Нет доказательств того, что охранники били Ербола Касыма. В 2018 году охранники били Айдоса Нурлана дубинками.",
     "Ербол Касым", "Айдос Нурлан"),
])
def test_a_rule_match_after_a_denial_is_refused(language, text, denied, stated):
    codes = _codes(text, language)
    assert "torture.beating" in codes[stated]  # positive control, same text
    assert "torture.beating" not in codes[denied]


@pytest.mark.parametrize("language, text, reason", [
    ("en", "Contrary to reports, guards beat him. Guards beat him.", "denied"),
    ("en", "She denied that guards beat him. Guards beat him.", "denied"),
    ("en", "Guards never beat him. Guards beat him.", "negated"),
    ("en", "I think guards beat him. Guards beat him.", "hedged"),
    ("en", "Rights groups report that guards beat detainees across the region. Guards beat him.", "background"),
    ("en", "Did guards beat him? Guards beat him.", "question"),
    ("fr", "Contrairement aux rumeurs, les gardiens l'ont frappé. Les gardiens l'ont frappé.", "denied"),
    ("fr", "Il n'y a aucune preuve que les gardiens l'ont frappé. Les gardiens l'ont frappé.", "denied"),
    ("ru", "Вопреки слухам, охранники его били. Охранники его били.", "denied"),
    ("ru", "Нет доказательств, что охранники его били. Охранники его били.", "denied"),
])
def test_refusal_names_why_and_the_same_words_stated_plainly_pass(language, text, reason):
    doc = doc_of(text, language)
    verb = {"en": "beat", "fr": "frappé", "ru": "били"}[language]
    first = text.index(verb)
    second = text.rindex(verb)
    assert violations.refusal(doc, doc.sentence_index(first), first, first + len(verb)) == reason
    # positive control: the same words in the next sentence, with nothing before them
    assert violations.refusal(doc, doc.sentence_index(second), second, second + len(verb)) is None


@pytest.mark.parametrize("language, text, heavy, act", [
    ("en", "A neighbour said that they had beaten him in the yard.", "said", "beaten"),
    ("en", "According to his sister, the police took him away at night.", "According", "took"),
    ("fr", "Selon sa sœur, la police l'a emmené pendant la nuit.", "Selon", "emmené"),
    ("fr", "Son mari a témoigné que la police l'avait arrêtée.", "témoigné", "arrêtée"),
    ("ru", "Сосед рассказал, что его избили во дворе.", "рассказал", "избили"),
])
def test_a_proposal_is_never_given_a_word_of_reporting_as_its_act(language, text, heavy, act):
    doc = doc_of(text, language)
    sentence = doc.sentences[0]
    # even where the classifier would weigh the reporting word most, the act's words are the act's
    weights = {heavy.lower(): 5.0, act.lower(): 1.0}
    start, end = violations._act_words(doc, sentence.start, sentence.end, weight=lambda word: weights.get(word.lower(), 0.0))
    assert doc.text[start:end] == act


def test_a_participle_opening_the_sentence_is_the_act_even_where_the_parser_takes_it_for_a_name():
    text = "Arrêtée le 3 juin 2018 devant son école, une semaine après que son frère, Ilham Rozi, a écrit à un journal."
    doc = doc_of(text, "fr")
    sentence = doc.sentences[0]
    weights = {"arrêtée": 3.0, "écrit": 0.5}
    start, end = violations._act_words(doc, sentence.start, sentence.end, weight=lambda word: weights.get(word.lower(), 0.0))
    assert doc.text[start:end] == "Arrêtée"


@pytest.mark.parametrize("language, text, teller, told", [
    ("en", "Dilnur Sabit visited our office in May. She said that a guard used an electric baton on "
           "Ablet Ghopur when he was seen fasting. Guards beat Dilnur Sabit in 2019.",
     "Dilnur Sabit", "Ablet Ghopur"),
])
def test_a_teller_told_by_a_pronoun_is_not_given_the_act_told(language, text, teller, told):
    codes = _codes(text, language)
    assert "torture.electric_shock" in codes[told]
    assert "torture.electric_shock" not in codes[teller]
    assert "torture.beating" in codes[teller]  # positive control, same text


def test_a_teller_told_by_a_pronoun_keeps_what_happened_to_them():
    codes = _codes("Dilnur Sabit visited our office in May. She said that guards beat her with batons.")
    assert "torture.beating" in codes["Dilnur Sabit"]


@pytest.mark.parametrize("language, text, questioned, held", [
    ("en", "Alim Tohti was held at the police station for two weeks in 2018. His neighbour, Gulbahar Qadir, was "
           "summoned to the police station for questioning but was never detained.", "Gulbahar Qadir", "Alim Tohti"),
    ("fr", "Alim Tohti a été détenu au commissariat pendant deux semaines en 2018. Gulbahar Qadir a été "
           "convoquée au commissariat pour un interrogatoire, mais n'a jamais été détenue.", "Gulbahar Qadir", "Alim Tohti"),
])
def test_custody_denied_in_a_later_clause_refuses_the_custody_code(language, text, questioned, held):
    codes = _codes(text, language)
    assert "detention.pretrial" in codes[held]  # positive control, same text
    # her name as the persons rules read it (the whole name, or its last word)
    mine = set().union(*(found for name, found in codes.items() if name in questioned))
    assert any(name in questioned for name in codes)
    assert not {code for code in mine if code.startswith("detention.")}


def test_a_thing_that_never_came_back_is_no_arrest():
    text = ("My uncle, Osman Yusup, is 70. His passport was kept at the township office in 2019 and never came "
            "back. His son Parhat Osman went to the police station in 2018 and never came back.")
    doc = doc_of(text, "en")
    arrested = {doc.person(e.person).names[0] for e in doc.events if e.type == "arrest" and e.person}
    assert "Parhat Osman" in arrested  # positive control, same text: a person who never came back
    assert "Osman Yusup" not in arrested
    assert "detention.arbitrary_arrest" not in _codes(text)["Osman Yusup"]
