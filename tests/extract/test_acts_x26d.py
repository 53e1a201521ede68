"""Act detection that carries to writers the model never read (h-x26d, issue 11): the classifier's
proposals that a retrained model gave on a left-out spent set as forbidden codes, each refused by
a general reading. Invented texts in our own words; each refusal has a positive control in the same
text."""

import pytest

from guwah.extract import acts, ner
from tests.bench_scripts import load
from tests.extract.helpers import codes_of, doc_of, person_named

# Invented training sentences: deaths told beside custody words, and custody without a death.
_DEATHS = [
    ("He died in the detention centre after three months held there.", ["death.in_custody"]),
    ("Her brother was held in the detention centre and died there in March.", ["death.in_custody"]),
    ("The police told the family he had died in custody in the detention centre.", ["death.in_custody"]),
    ("A cousin held in the detention centre died of a heart attack.", ["death.in_custody"]),
    ("We walked to the market and bought bread.", []),
    ("The weather was cold that winter in the village.", []),
]


@pytest.fixture(scope="module")
def death_model():
    train_acts = load("train_acts")
    examples = train_acts.with_syntax([{"text": t, "lang": "en", "codes": c} for t, c in _DEATHS])
    return train_acts.train(examples, train_acts.labels_of(examples), coef_min=0.0).with_settings(0.5, "union")


def test_the_classifier_gives_no_death_where_no_one_is_said_to_die(death_model):
    # the custody words alone ("held in the detention centre") rate high for a death in custody
    text = ("Aydos Nurlan was held in the detention centre in Aksu, and his insulin was taken from him there. "
            "His cellmate Erbol Kasym was held in the detention centre and died there.")
    rated = death_model.probabilities([text.split(". ")[0]])[0]["death.in_custody"]
    assert rated >= 0.5  # the model proposes it for the first sentence
    with acts.using(death_model):
        doc = doc_of(text, "en")
    assert "death.in_custody" not in codes_of(person_named(doc, "Aydos Nurlan"))
    assert "death.in_custody" in codes_of(person_named(doc, "Erbol Kasym"))  # positive control, same text


def test_a_passport_she_still_holds_was_not_taken():
    from guwah.extract import violations

    doc = doc_of("Aydos Nurlan was questioned at the station, and she still holds her passport. "
                 "The police kept his passport.", "en")
    text = doc.text
    holds, kept = text.index("holds"), text.index("kept")
    assert violations.refusal(doc, 0, holds, holds + 5, code="movement.passport_confiscation") == "kept"
    # positive control, same text: kept by another, the act stands
    assert violations.refusal(doc, 1, kept, kept + 4, code="movement.passport_confiscation") is None


def test_a_passport_she_hid_herself_was_not_taken():
    from guwah.extract import violations

    doc = doc_of("She had hidden hers under the floor of the shed; the officers hid his passport in a drawer.", "en")
    text = doc.text
    mine, theirs = text.index("hidden"), text.index("hid his")
    assert violations.refusal(doc, 0, mine, mine + 6, code="movement.passport_confiscation") == "kept"
    # positive control, same text: hidden by the officers, the act stands
    assert violations.refusal(doc, 0, theirs, theirs + 3, code="movement.passport_confiscation") is None


def test_the_owner_of_the_house_she_was_kept_in_is_not_the_one_kept():
    from guwah.extract import violations

    doc = doc_of("Aydos Nurlan wrote the book. Her uncle, Erbol Kasym, is a farmer in Ghulja. After her release in "
                 "2018, the author was kept in her uncle's house, allowed out only with a cadre. In 2019 the police "
                 "put Erbol Kasym under house arrest.", "en")
    text = doc.text
    uncle = person_named(doc, "Erbol Kasym")
    start = text.index("kept")
    sentence = doc.sentence_index(start)
    assert uncle.id in {pid for _span, pid in doc.person_spans_in(doc.sentences[sentence].start, doc.sentences[sentence].end)}
    assert violations._owner_of_the_place(doc, sentence, start, start + 4, uncle.id)
    # positive control, same text: the uncle named as the one it happened to
    last = text.index("put Erbol")
    assert not violations._owner_of_the_place(doc, doc.sentence_index(last), last, last + 3, uncle.id)
    assert "detention.house_arrest" in codes_of(uncle)


def test_a_model_with_the_context_reads_the_sentence_before(tmp_path):
    # an act told over two sentences: the second alone does not say what was done
    train_acts = load("train_acts")
    pairs = [("Officers confiscated his passport at the border.", "They never gave it back.", ["movement.passport_confiscation"]),
             ("The police took away her passport.", "She never saw it again.", ["movement.passport_confiscation"]),
             ("We bought bread at the market.", "We never ate it all.", []),
             ("The weather was cold that winter.", "She never saw snow again.", [])]
    examples = []
    for before, after, codes in pairs:
        first, second = train_acts.with_syntax([{"text": before, "lang": "en", "codes": codes},
                                                {"text": after, "lang": "en", "codes": codes}])
        second["context"] = " ".join("p" + f for f in first["syntax"].split())
        examples += [first, second]
    model = train_acts.train(examples, train_acts.labels_of(examples), coef_min=0.0,
                             features=acts.FEATURES + (acts.CONTEXT,)).with_settings(0.5)
    assert model.reads_context
    acts.write(model, tmp_path)
    again = acts.read(tmp_path)
    text = "Officers confiscated her passport at the airport. They never gave it back."
    analysis = ner.analyse(text, "en")
    first, second = (0, 49), (50, len(text))
    assert acts.context_features(analysis, text, *first).split()[0].startswith("p")
    alone = again.rate_spans(text, analysis, [second])[0]["movement.passport_confiscation"]
    told = again.rate_spans(text, analysis, [second], [first])[0]["movement.passport_confiscation"]
    assert told > alone  # the sentence before speaks for the act



def test_a_threshold_per_family_is_chosen_on_the_other_sets_only():
    folds = load("acts_folds")
    # per threshold, per set: family -> [tp, predicted, gold, forbidden]
    by_t = {"0.5": {"families": {"a": {"torture": [5, 6, 9, 0]}, "b": {"torture": [9, 20, 12, 0]},
                                 "c": {"torture": [6, 7, 9, 1]}}},
            "0.8": {"families": {"a": {"torture": [4, 4, 9, 0]}, "b": {"torture": [8, 9, 12, 0]},
                                 "c": {"torture": [4, 4, 9, 0]}}}}
    # for "b" the others (a, c) pay at 0.5 in codes (+3 right, +5 given) but bring a forbidden code: 0.8
    assert folds.chosen_thresholds(by_t, "b", ["a", "b", "c"], 0.3) == {"torture": 0.8}
    # for "c" the others (a, b) bring 2 right codes for 13 more given at 0.5: 0.8
    assert folds.chosen_thresholds(by_t, "c", ["a", "b", "c"], 0.3) == {"torture": 0.8}
    by_t["0.5"]["families"]["b"]["torture"] = [12, 10, 12, 0]  # now 0.5 pays on a and b
    assert folds.chosen_thresholds(by_t, "c", ["a", "b", "c"], 0.3) == {"torture": 0.5}
    assert folds.family("torture.beating") == "torture"
