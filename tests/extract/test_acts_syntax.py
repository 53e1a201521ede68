"""The act classifier's parse features (guwah.extract.acts.syntax_features), a model trained with
them, and the leave-one-writer-out benchmark's training sets (bench/acts_writers.py). Invented
sentences in our own words; each negative check has a positive control in the same text."""

import pytest

from guwah.extract import acts, ner
from tests.bench_scripts import load


def _features(text: str, language: str = "en", classes: bool = False) -> list[str]:
    return acts.syntax_features(ner.analyse(text, language), text, 0, len(text), classes=classes).split()


def test_syntax_features_read_a_verb_with_what_it_acts_on():
    found = _features("At the border two officers confiscated her passport.")
    assert "vo:confiscate_passport" in found and "v:confiscate" in found and "l:officer" in found


def test_syntax_features_mark_the_passive_and_its_subject():
    found = _features("Her brother was kicked by two guards.")
    assert "vp:kick" in found and "vo:kick_brother" in found


def test_syntax_features_mark_a_negated_verb_only_in_its_own_clause():
    found = _features("The officers did not search the car, but they confiscated her passport.")
    assert "nv:search" in found and "v:search" not in found  # "not" governs "search"
    assert "v:confiscate" in found and "nv:confiscate" not in found  # positive control: after "but"


def test_syntax_features_mark_a_hedged_verb():
    found = _features("I think they may have confiscated his passport; they confiscated mine.")
    assert "hv:confiscate" in found  # hedged
    assert "v:confiscate" in found  # positive control: the clause after ";"


def test_syntax_features_read_russian_lemmas_and_negation():
    found = _features("Полицейские не обыскивали машину, но отобрали у неё паспорт.", "ru")
    assert "vo:отобрать_паспорт" in found  # the lemma, not the past form
    assert "nv:обыскивать" in found and "v:обыскивать" not in found


def test_syntax_features_without_scope_and_without_a_parse():
    text = "The officers did not search the car."
    assert "v:search" in acts.syntax_features(ner.analyse(text, "en"), text, 0, len(text), scope=False).split()
    assert acts.syntax_features(None, text, 0, len(text)) == ""


# Invented training sentences (two codes) for a model trained in the test.
_TINY = [
    ("The guards beat him with sticks every night.", ["torture.beating"]),
    ("They kicked and punched the prisoners in the yard.", ["torture.beating"]),
    ("He was beaten until he fainted.", ["torture.beating"]),
    ("Officers confiscated his passport at the airport.", ["movement.passport_confiscation"]),
    ("The police took away her passport when she came home.", ["movement.passport_confiscation"]),
    ("Her travel documents were seized by the neighbourhood committee.", ["movement.passport_confiscation"]),
    ("We walked to the market and bought bread.", []),
    ("He was not beaten, and nobody touched him.", []),
    ("My uncle renewed his passport at the consulate.", []),
]


def test_acts_training_with_parse_features_writes_and_reads_them_back(tmp_path):
    train_acts = load("train_acts")
    examples = train_acts.with_syntax([{"text": t, "lang": "en", "codes": c} for t, c in _TINY])
    assert all(e["syntax"] for e in examples)
    model = train_acts.train(examples, train_acts.labels_of(examples), coef_min=0.0)
    assert model.reads_syntax and [name for name, _a, _n in model.features] == ["words", "chars", "syntax"]
    acts.write(model.with_settings(0.5), tmp_path)
    again = acts.read(tmp_path)
    assert again.reads_syntax and again.features == model.features
    text = "Guards confiscated the passport of my cousin. We bought bread."
    spans = [(0, 45), (46, len(text))]
    analysis = ner.analyse(text, "en")
    before, after = model.rate_spans(text, analysis, spans), again.rate_spans(text, analysis, spans)
    for one, other in zip(before, after, strict=True):
        assert one == pytest.approx(other, abs=1e-3)
    assert before[0]["movement.passport_confiscation"] > before[1]["movement.passport_confiscation"]
    # the parse features count: without them the same sentence is rated otherwise
    plain = model.probabilities([text[:45]])[0]["movement.passport_confiscation"]
    assert plain != pytest.approx(before[0]["movement.passport_confiscation"], abs=1e-4)
    with pytest.raises(ValueError, match="syntax features"):
        model.probabilities(["one", "two"], ["v:one"])


def test_acts_training_leaves_the_parse_out_for_a_language_without_a_parser():
    train_acts = load("train_acts")
    examples = train_acts.with_syntax([{"text": t, "lang": "xx", "codes": c} for t, c in _TINY])
    model = train_acts.train(examples, train_acts.labels_of(examples))
    assert not model.reads_syntax and model.probabilities(["The guards beat him."])[0]


def test_evidence_examples_are_the_gold_writers_spans_with_their_codes():
    train_acts = load("train_acts")
    text = "Aydos Nurlan said the guards beat him twice. Erbol Kasym was held."
    gold = {"language": "en", "persons": [
        {"violations": [{"code": "torture.beating", "evidence": [13, 43]}]},
        {"violations": [{"code": "detention.internment_camp", "evidence": [45, 66]},
                        {"code": "torture.beating", "evidence": [13, 43]},
                        {"code": "detention.pretrial", "evidence": [57, 65]}]}]}  # two words: too short
    assert train_acts.evidence_examples(gold, text) == [
        {"text": "said the guards beat him twice", "lang": "en", "codes": ["torture.beating"]},
        {"text": "Erbol Kasym was held.", "lang": "en", "codes": ["detention.internment_camp"]}]


def test_writer_folds_never_train_on_the_writer_left_out():
    writers = load("acts_writers")
    data = {"train": {name: {True: [{"text": name}], False: [{"text": name}]}
                      for name in ("a", "b", "train-c", "evidence:train-c", "v12", "evidence:v12", "dev")}}
    every = {"sources": "all", "scope": True, "evidence": True}
    assert [e["text"] for e in writers.training_set(data, "train-c", every)] == ["a", "b", "v12", "evidence:v12", "dev"]
    today = {"sources": "today", "scope": True}
    assert [e["text"] for e in writers.training_set(data, "a", today)] == ["b", "dev"]  # no train-c, v12, evidence
    assert set(writers.WRITERS) == {"a", "b", "c", "d", "train-c"}  # set d: training data since the 0.21.x round
    assert writers.acts_recall.passages("d", ("ru",))[0]["where"].startswith("ru-d.jsonl")


def test_syntax_features_give_the_class_of_what_a_verb_acts_on():
    # h-x26d: a verb with its object's class, so that two ways of saying one act share a feature
    # (measured left one set out and not shipped: off by default; docs/benchmarks.md "h-x26d")
    found = _features("The police confiscated his Quran and took away her prayer mat.", classes=True)
    assert "vc:confiscate_religious" in found and "vc:take_religious" in found
    assert not any(f.startswith("vc:") for f in _features("The police confiscated his Quran."))  # off by default
    found = _features("They took my father in the night; later they took him again, and took the car.", classes=True)
    assert "vc:take_person" in found  # a kin noun and a pronoun are both a person
    assert not any(f.startswith("vc:") and f.endswith("_car") for f in found)  # a car is no class
    found = _features("On lui a retiré son passeport à la frontière.", "fr", classes=True)
    assert "vc:retirer_document" in found
    found = _features("Полиция забрала у него паспорт.", "ru", classes=True)
    assert "vc:забрать_document" in found


def test_object_class_reads_the_lexicon_lists_and_knows_no_class_for_other_things():
    text = "The guards beat his feet and broke the door."
    analysis = ner.analyse(text, "en")
    kinds = {t.text: acts.object_class(analysis, i) for i, t in enumerate(analysis.tokens)}
    assert kinds["feet"] == "body" and kinds["door"] is None
    assert acts.syntax_features(analysis, text, 0, len(text), classes=True).count("vc:beat_body") == 1
    assert acts.syntax_features(analysis, text, 0, len(text)).count("vc:") == 0
