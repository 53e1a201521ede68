"""The trained attribution model (`guwah.extract.attribution`): its modes join the rules' choice as
documented, its arrays load without pickle, the shipped model ranks the person an invented act
happened to above the one who tells it, and the training script labels invented documents from
their gold; a model may give an act the rules found no one for, never one told of a group."""

import zipfile

import numpy as np
import pytest

from guwah.errors import InputError
from guwah.extract import attribution
from guwah.extract.attribution import Model
from guwah.extract.pipeline import run_pipeline
from tests.bench_scripts import load
from tests.extract.helpers import codes_of, person_named

TOY = Model(("rules", "target"), np.array([1.0, 3.0], dtype="float32"), -2.0)  # invented weights
# rates every person 0.99: shows where the model may change the rules' choice, whatever it rates
EVERYONE = Model(("topic",), np.array([0.0], dtype="float32"), 5.0, "fill", 0.8, 0.5)


@pytest.fixture(scope="module")
def shipped():
    return attribution.read(attribution.MODEL_DIR)


def _ratings(shipped, text: str, code: str) -> dict[str, float]:
    """Name -> the shipped model's rating of each person for the act `code` of an invented text."""
    with attribution.using(None), attribution.recording() as acts:
        doc = run_pipeline(text, "en")
    [act] = [act for act in acts if act["code"] == code][-1:]
    names = {p.id: p.names[0] for p in doc.persons if p.names}
    return {names[pid]: p for pid, p in zip(act["rows"], shipped.probabilities(list(act["rows"].values())),
                                              strict=True) if pid in names}


@pytest.mark.parametrize(("mode", "rated", "rules", "expected"), [
    ("rules", {"p1": 0.9, "p2": 0.1}, [], []),
    ("fill", {"p1": 0.9, "p2": 0.1}, [], ["p1"]),
    ("fill", {"p1": 0.4, "p2": 0.1}, [], []),  # under the threshold: nobody, as the rules said
    ("fill", {"p1": 0.9, "p2": 0.1}, ["p2"], ["p2"]),  # fill never replaces the rules' choice
    ("override", {"p1": 0.9, "p2": 0.1}, ["p2"], ["p1"]),
    ("override", {"p1": 0.9, "p2": 0.7}, ["p2"], ["p2"]),  # not `margin` better: the rules'
    ("model", {"p1": 0.9, "p2": 0.6, "p3": 0.2}, ["p3"], ["p1", "p2"]),
])
def test_attribution_modes_join_the_rules_choice(mode, rated, rules, expected):
    assert attribution._choose(TOY.with_settings(mode, 0.5, 0.3), rated, rules) == expected


def test_attribution_probabilities_are_the_logistic_of_the_weights():
    [p_rules, p_target, p_none] = TOY.probabilities([{"rules": 1.0}, {"target": 1.0}, {"unknown": 1.0}])
    assert p_rules == pytest.approx(1 / (1 + np.exp(1.0)))
    assert p_target == pytest.approx(1 / (1 + np.exp(-1.0)))
    assert p_none == pytest.approx(1 / (1 + np.exp(2.0)))  # a feature the model never saw counts nothing


def test_attribution_model_round_trips_and_refuses_other_folders(tmp_path):
    attribution.write(TOY.with_settings("override", 0.6, 0.2), tmp_path / "model")
    again = attribution.read(tmp_path / "model")
    assert (again.features, again.mode, again.threshold, again.margin) == (("rules", "target"), "override", 0.6, 0.2)
    assert again.probabilities([{"target": 1.0}]) == pytest.approx(TOY.probabilities([{"target": 1.0}]))
    with pytest.raises(InputError):
        attribution.read(tmp_path / "nothing")
    (tmp_path / "model" / "meta.json").write_text('{"features": ["a"], "mode": "sometimes", "threshold": 0.5, "margin": 0.1}')
    with pytest.raises(InputError):
        attribution.read(tmp_path / "model")


def _train_attribution():
    return load("train_attribution")


def _gold(text: str, people: dict[str, tuple[list[str], list[tuple[str, str]]]]) -> dict:
    """An invented gold document: person id -> (the words of each mention, (code, evidence words))."""
    def span(words: str, after: int = 0) -> list[int]:
        start = text.index(words, after)
        return [start, start + len(words)]
    return {"persons": [{"id": pid, "roles": ["victim"] if acts else [], "mentions": [span(m) for m in mentions],
                         "violations": [{"code": code, "evidence": span(words)} for code, words in acts]}
                        for pid, (mentions, acts) in people.items()],
            "negated": [], "forbidden": []}


def test_training_labels_invented_documents_from_their_gold():
    train = _train_attribution()
    text = ("Aygul Tursun is a teacher from Kashgar. In May 2017 the police arrested her brother Ablet Tursun at "
            "his shop. Guards beat Ablet Tursun in the camp.")
    gold = _gold(text, {"p1": (["Aygul Tursun"], []),
                        "p2": (["Ablet Tursun"], [("torture.beating", "Guards beat Ablet Tursun in the camp.")])})
    examples = train.labelled(gold, text)
    assert examples, "the act of beating is seen"
    beating = [(row, label) for row, label, _n, _d in examples if label]
    assert beating and all(row.get("ref:name") for row, _label in beating)  # named in the act's sentence
    assert {label for _row, label, _n, _d in examples} == {0, 1}  # the sister is no victim of it
    model = train.fit(examples)
    assert model.features and all(not name.startswith("rules") for name in model.features)


def test_training_refuses_a_held_out_set():
    with pytest.raises(SystemExit):
        list(_train_attribution().documents("held_out_v47"))


def test_shipped_model_loads_without_pickle_and_names_its_training(shipped):
    with zipfile.ZipFile(attribution.MODEL_DIR / "weights.npz") as archive:
        assert sorted(archive.namelist()) == ["coef.npy", "intercept.npy"]
    assert shipped.mode in attribution.MODES and 0 < shipped.threshold <= 1
    assert len(shipped.meta["gold_sha256"]) == 64
    train = _train_attribution()
    assert set(shipped.meta["sets"]) <= set(train.bench.TUNING_SPLITS)
    assert not any(name.startswith("held_out_v") for name in shipped.meta["sets"])
    assert not any(name == "rules" or name.endswith("|rules") for name in shipped.features)  # a second judge


@pytest.mark.parametrize(("text", "code", "victim", "other"), [
    # the teller of the act is not the one it happened to
    ("Aygul Tursun told reporters that the police beat her brother Ablet Tursun in 2018.", "torture.beating",
     "Ablet Tursun", "Aygul Tursun"),
    # the passport's owner, not the relative the sentence is told from
    ("Aygul Tursun lives in Almaty. In 2018 the police in Kashgar took the passport of her brother Ablet Tursun.",
     "movement.passport_confiscation", "Ablet Tursun", "Aygul Tursun"),
    # "me" is the narrator; the brother only saw it
    ("My name is Aygul Tursun. In 2018 the police beat me in Kashgar, and my brother Ablet Tursun saw it.",
     "torture.beating", "Aygul Tursun", "Ablet Tursun"),
])
def test_shipped_model_ranks_the_person_the_act_happened_to_first(shipped, text, code, victim, other):
    rated = _ratings(shipped, text, code)
    assert rated[victim] > rated[other]


def test_a_model_fills_an_act_nobody_was_found_for_but_not_one_told_of_a_group():
    """"Beaten every night in the cell." names no one and the story follows two people: the rules give
    it nobody, a model may give it; "The guards beat the prisoners" is told of a group: nobody's,
    whatever a model rates (`attribution.decide`, settled)."""
    text = ("Aygul Tursun and her brother Ablet Tursun were arrested in Kashgar in May 2017. Beaten every night "
            "in the cell. The guards beat the other prisoners every morning.")
    orphan = text.index("Beaten every night")
    with attribution.using(None):
        doc = run_pipeline(text, "en")
    assert all("torture.beating" not in codes_of(p) for p in doc.persons)  # the rules: nobody's
    with attribution.using(EVERYONE):
        doc = run_pipeline(text, "en")
    given = [v.evidence for p in doc.persons for v in p.violations if v.code == "torture.beating"]
    assert len(given) == 1 and given[0][0] <= orphan < given[0][1]  # the orphan act, not the group's
    assert "torture.beating" in codes_of(person_named(doc, "Aygul Tursun")) | codes_of(person_named(doc, "Ablet Tursun"))


@pytest.mark.parametrize(("told", "settled"), [
    ("In the cell the prisoners were beaten every night.", True),  # a group by a noun: nobody's
    ("In the cell we were beaten every night.", False),  # "we" alone leaves it to the model
])
def test_what_settles_an_act_told_of_several(told, settled):
    text = f"Aygul Tursun and her brother Ablet Tursun were arrested in Kashgar in May 2017. {told}"
    with attribution.using(EVERYONE):
        doc = run_pipeline(text, "en")
    given = any("torture.beating" in codes_of(p) for p in doc.persons)
    assert given is not settled


def test_measuring_the_shipped_model_refuses_a_split_it_was_trained_on(shipped, capsys):
    # bench/train_attribution.py --shipped-on measures the shipped model per fold: a split it read is no fold
    trained_on = shipped.meta["sets"][0]
    with pytest.raises(SystemExit):
        _train_attribution().main(["--shipped-on", f"{trained_on},tuning_v30"])
    assert trained_on in capsys.readouterr().err
