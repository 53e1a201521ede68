"""The act classifier (guwah.extract.acts): the shipped model loads, is small, records what it was
trained on, rates invented sentences sensibly (none of them is in its training data), and its
proposals pass through the extractor's one scope test and attribution."""

import json
import re
from pathlib import Path

import pytest
import yaml

from guwah.errors import InputError
from guwah.extract import acts
from tests.bench_scripts import load
from tests.extract.helpers import codes_of, doc_of

REPO = Path(__file__).resolve().parents[2]
# The training data: the labelled passages and the spent gold sets' texts (the corpus documents
# when ../shared/corpus is there; never a held-out set).
TRAINING_FILES = [*sorted((REPO / "bench" / "data" / "acts-train").glob("*.jsonl")),
                  *(path for folder in ("extract-dev", "extract-heldout-v2", "extract-heldout-v3", "extract-heldout-v4",
                                                   "extract-heldout-v5", "extract-heldout-v6", "extract-tuning-v9",
                                                   "extract-tuning-v7", "extract-tuning-v8", "extract-tuning-v10", "extract-tuning-v11",
                                                   "extract-tuning-v12", "extract-tuning-v13", "extract-tuning-v14",
                                                   "extract-tuning-v15", "extract-tuning-v16", "extract-tuning-v17",
                                                   "extract-tuning-v18", "extract-tuning-v19", "extract-tuning-v20",
                                                   "extract-tuning-v21", "extract-tuning-v22", "extract-tuning-v23", "extract-tuning-v24", "extract-tuning-v25", "extract-tuning-v26", "extract-tuning-v27", "extract-tuning-v28", "extract-tuning-v29", "extract-tuning-v30", "extract-tuning-v31", "extract-tuning-v32", "extract-tuning-v33", "extract-tuning-v34", "extract-tuning-v35", "extract-tuning-v36", "extract-tuning-v37", "extract-tuning-v38", "extract-tuning-v39", "extract-tuning-v40", "extract-tuning-v41", "extract-tuning-v42", "extract-tuning-v43", "extract-tuning-v44", "extract-tuning-v45", "extract-tuning-v46", "codes-train-c")
                    for path in sorted((REPO / "bench" / "data" / folder).glob("*.txt"))),
                  *sorted((REPO / "src" / "guwah" / "demo" / "testimonies").iterdir()),
                  *sorted((REPO.parent / "shared" / "corpus").glob("*.txt"))]


@pytest.fixture(scope="module")
def model():
    return acts.read(acts.MODEL_DIR)


def _rated(model, sentence: str, scope: bool = True) -> dict[str, float]:
    """The model's rates of one sentence, parsed as the extractor parses it (language by script);
    without `scope`, its parse features without the negation and hedge marks."""
    from guwah.extract import ner

    language = "ru" if re.search("[а-я]", sentence, re.I) else "fr" if re.search(r"\b(?:l['’]|de|des|ont)\b", sentence) else "en"
    syntax = acts.syntax_features(ner.analyse(sentence, language), sentence, 0, len(sentence), scope)
    return model.probabilities([sentence], [syntax] if model.reads_syntax else None)[0]


@pytest.fixture(scope="module")
def training_text():
    return acts.normalise(" ".join(path.read_text(encoding="utf-8") for path in TRAINING_FILES))


def test_acts_shipped_model_is_small_and_records_its_training(model):
    size = sum(path.stat().st_size for path in acts.MODEL_DIR.iterdir() if path.is_file())
    assert size < 6 * 1024 * 1024  # 5.0 MB with v5 in its training (extractor 0.12.0); sparse since 0.19.x
    assert re.fullmatch(r"[0-9a-f]{64}", model.meta["training_sha256"])
    assert model.meta["training_sentences"] > 1000
    assert model.mode in acts.MODES and 0 < model.threshold < 1
    vocabulary = yaml.safe_load((REPO / "src" / "guwah" / "vocab" / "violations.yaml").read_text(encoding="utf-8"))
    assert set(model.codes) <= set(vocabulary["codes"]) and len(model.codes) >= 30


def test_acts_shipped_model_read_the_spent_sets_and_no_held_out_one(model):
    """meta.json's `trained_on`: spent sets of train_acts.SETS only (v17-v21 among them since the
    h-acts42 round: left out in turn, they raised the codes found on an unseen writer), never a
    held-out one; acts-train too."""
    train_acts = _train_acts()
    trained = model.meta["trained_on"]
    assert {"v16", "v17", "v18", "v19", "v20", "v21", "train-c", "acts-train"} <= set(trained)
    assert set(trained) - {"acts-train"} <= set(train_acts.SETS)
    assert not set(trained) & set(train_acts.HELD_OUT)
    assert not any(train_acts.held_out(train_acts.SETS[name][0]) for name in trained if name != "acts-train")
    assert model.meta["C"] == train_acts.C and model.meta["coef_min"] == train_acts.COEF_MIN
    assert model.threshold == train_acts.THRESHOLD and model.mode == train_acts.MODE


# Invented sentences, in words of their own (each checked absent from the training data below).
@pytest.mark.parametrize("sentence, code", [
    ("The guards kicked Alim and struck him with a rubber truncheon until he fainted.", "torture.beating"),
    ("Each dawn the inmates had to chant slogans in praise of the Party before they were fed.", "indoctrination.political"),
    ("At the clinic they drew blood from everyone, scanned our irises and recorded our voices.",
     "medical.biometric_collection"),
    ("A doctor fitted her with an IUD although she refused.", "reproductive.forced_contraception"),
    ("Pendant l'interrogatoire, deux policiers l'ont roué de coups de matraque.", "torture.beating"),
    ("Охранники били его резиновыми дубинками по ногам.", "torture.beating"),
    ("Его приговорили к двенадцати годам лишения свободы.", "detention.prison_sentence"),
])
def test_acts_rates_invented_sentences(model, training_text, sentence, code):
    assert acts.normalise(sentence) not in training_text
    rated = _rated(model, sentence)
    assert max(rated, key=rated.get) == code
    # more likely than not, and no other code is
    assert rated[code] >= 0.5 and all(p < 0.5 for other, p in rated.items() if other != code)


@pytest.mark.parametrize("sentence", [
    "We had lunch with my cousin in Almaty and walked along the river afterwards.",
    "Nous avons pris le train pour Lyon un dimanche matin.",
    "В субботу мы с сестрой ходили на рынок за овощами.",
])
def test_acts_gives_no_code_to_a_sentence_without_an_act(model, sentence):
    assert not {code for code, p in _rated(model, sentence).items() if p >= model.threshold}


def test_acts_read_refuses_a_folder_that_is_not_a_model(tmp_path):
    (tmp_path / "meta.json").write_text(json.dumps({"codes": []}), encoding="utf-8")
    with pytest.raises(InputError, match="not an act classifier"):
        acts.read(tmp_path)


# --- In the extractor: the classifier proposes, attribution and the one scope test decide.
OPENING = ("Aydos Nurlan\n\nIn 2018 I was held in a camp in Tacheng. "
           "The guards kicked me and struck me with a rubber truncheon. ")
# a wording the rules do not read (0.18.x: they now read "chant slogans …")
SLOGANS = "had to shout slogans in praise of the Party"
# h-frames68: the rules read "had to shout …" now, as a frame (`guwah.extract.frames`): the same act without
# its modality is still the classifier's alone
SHOUTED = "shouted slogans in praise of the Party"


def _persons(text: str, model) -> dict[str, set[str]]:
    with acts.using(model):
        doc = doc_of(text)
    return {person.names[0]: codes_of(person) for person in doc.persons}


def test_acts_adds_a_code_the_rules_miss_to_the_narrator(model):
    text = OPENING + f"Each dawn we {SHOUTED} before we were fed."
    assert "indoctrination.political" not in _persons(text, None)["Aydos Nurlan"]  # the rules miss it
    codes = _persons(text, model)["Aydos Nurlan"]
    assert {"indoctrination.political", "torture.beating"} <= codes


def test_acts_code_goes_to_the_person_it_happened_to(model):
    persons = _persons(OPENING + f"Each dawn my cellmate Erbol Kasym {SLOGANS} before he was fed.", model)
    assert "indoctrination.political" in persons["Erbol Kasym"]
    assert "indoctrination.political" not in persons["Aydos Nurlan"]


@pytest.mark.parametrize("sentence", [
    f"We never {SLOGANS}.",  # negated
    f"I think we may have {SLOGANS}.",  # hedged
])
def test_acts_proposal_refused_when_negated_or_hedged(model, sentence):
    assert _rated(model, sentence, scope=False)["indoctrination.political"] >= model.threshold  # proposed
    codes = _persons(OPENING + sentence, model)["Aydos Nurlan"]
    assert "torture.beating" in codes  # positive control, same text
    assert "indoctrination.political" not in codes


def test_acts_training_reads_the_spent_sets_and_refuses_the_held_out_ones_by_whole_name(monkeypatch):
    train_acts = load("train_acts")
    assert train_acts.SETS["v4"][0] == "extract-heldout-v4"
    assert train_acts.SETS["v5"][0] == "extract-heldout-v5"  # spent since extractor 0.11.0
    assert train_acts.SETS["v6"][0] == "extract-heldout-v6"  # spent since extractor 0.14.0
    assert train_acts.SETS["v9"][0] == "extract-tuning-v9"  # tuning data: "v9" in its name refuses nothing
    assert train_acts.SETS["v12"][0] == "extract-tuning-v12"  # tuning data (0.20.x detection round)
    assert train_acts.SETS["v11"][0] == "extract-tuning-v11"  # spent (0.21.x round): tuning data
    assert train_acts.SETS["v7"] == ("extract-tuning-v7", ("held_out_v7",))  # spent (0.22.x round): tuning data
    assert train_acts.SETS["v8"] == ("extract-tuning-v8", ("held_out_v8",))  # spent (0.23.x round): tuning data
    assert train_acts.SETS["v10"] == ("extract-tuning-v10", ("held_out_v10",))  # spent (0.24.x round): tuning data
    assert train_acts.SETS["v9b"] == ("extract-tuning-v9b", ("held_out_v9",))  # spent (0.25.x round): tuning data
    assert train_acts.SETS["v13"] == ("extract-tuning-v13", ("held_out_v13",))  # spent (0.26.x round): tuning data
    assert train_acts.SETS["v14"] == ("extract-tuning-v14", ("held_out_v14",))  # spent (0.27.x round): tuning data
    assert train_acts.SETS["v15"] == ("extract-tuning-v15", ("tuning_v15",))  # spent (0.29.x round): tuning data
    assert len(train_acts.gold_documents("v15")) >= 8  # its rewritten split is read (it once read as none)
    assert train_acts.SETS["v16"] == ("extract-tuning-v16", ("tuning_v16",))  # spent (0.30.x round): tuning data
    assert train_acts.SETS["v17"] == ("extract-tuning-v17", ("tuning_v17",))  # spent (0.31.x round): tuning data
    assert train_acts.SETS["v18"] == ("extract-tuning-v18", ("tuning_v18",))  # spent (0.32.x round): tuning data
    assert train_acts.SETS["v19"] == ("extract-tuning-v19", ("tuning_v19",))  # spent (0.34.x round): tuning data
    assert train_acts.SETS["v20"] == ("extract-tuning-v20", ("tuning_v20",))  # spent (0.35.x round): tuning data
    assert train_acts.SETS["v21"] == ("extract-tuning-v21", ("tuning_v21",))  # spent (0.36.x round): tuning data
    assert train_acts.SETS["v22"] == ("extract-tuning-v22", ("tuning_v22",))  # spent (0.37.x round): tuning data
    assert train_acts.SETS["v23"] == ("extract-tuning-v23", ("tuning_v23",))  # spent (0.38.x round): tuning data
    assert train_acts.SETS["v24"] == ("extract-tuning-v24", ("tuning_v24",))  # spent (0.39.x round): tuning data
    assert train_acts.SETS["v25"] == ("extract-tuning-v25", ("tuning_v25",))  # spent (0.40.x round): tuning data
    assert train_acts.SETS["v26"] == ("extract-tuning-v26", ("tuning_v26",))  # spent (0.41.x round): tuning data
    assert train_acts.SETS["v27"] == ("extract-tuning-v27", ("tuning_v27",))  # spent (0.42.x round): tuning data
    assert train_acts.SETS["v28"] == ("extract-tuning-v28", ("tuning_v28",))  # spent (0.43.x round): tuning data
    assert train_acts.SETS["v29"] == ("extract-tuning-v29", ("tuning_v29",))  # spent (0.44.x round): tuning data
    assert train_acts.SETS["v30"] == ("extract-tuning-v30", ("tuning_v30",))  # spent (0.45.x round): tuning data
    assert train_acts.SETS["v31"] == ("extract-tuning-v31", ("tuning_v31",))  # spent (0.46.x round): tuning data
    assert train_acts.SETS["v32"] == ("extract-tuning-v32", ("tuning_v32",))  # spent (0.47.x round): tuning data
    assert train_acts.SETS["v33"] == ("extract-tuning-v33", ("tuning_v33",))  # spent (0.48.x round): tuning data
    assert train_acts.SETS["v34"] == ("extract-tuning-v34", ("tuning_v34",))  # spent (0.49.x round): tuning data
    assert train_acts.SETS["v35"] == ("extract-tuning-v35", ("tuning_v35",))  # spent (0.50.x round): tuning data
    assert train_acts.SETS["v36"] == ("extract-tuning-v36", ("tuning_v36",))  # spent (0.51.x round): tuning data
    assert train_acts.SETS["v37"] == ("extract-tuning-v37", ("tuning_v37",))  # spent (0.52.x round): tuning data
    assert train_acts.SETS["v38"] == ("extract-tuning-v38", ("tuning_v38",))  # spent (0.53.x round): tuning data
    assert train_acts.SETS["v39"] == ("extract-tuning-v39", ("tuning_v39",))  # spent (0.54.x round): tuning data
    assert train_acts.SETS["v40"] == ("extract-tuning-v40", ("tuning_v40",))  # spent (0.55.x round): tuning data
    assert train_acts.SETS["v41"] == ("extract-tuning-v41", ("tuning_v41",))  # spent (0.56.x round): tuning data
    assert train_acts.SETS["v42"] == ("extract-tuning-v42", ("tuning_v42",))  # spent (0.57.x round): tuning data
    assert train_acts.SETS["v43"] == ("extract-tuning-v43", ("tuning_v43",))  # spent (0.58.x round): tuning data
    assert train_acts.SETS["v44"] == ("extract-tuning-v44", ("tuning_v44",))  # spent (0.59.x round): tuning data
    assert train_acts.SETS["v45"] == ("extract-tuning-v45", ("tuning_v45",))  # spent (0.60.x round): tuning data
    assert train_acts.SETS["v46"] == ("extract-tuning-v46", ("tuning_v46",))  # spent (0.61.x round): tuning data
    assert not {"v7", "v8", "v9b", "v10", "v13", "v14", "v15", "v16", "v17", "v18", "v19", "v20", "v21", "v22", "v23", "v24", "v25", "v26", "v27", "v28", "v29", "v30", "v31", "v32", "v33", "v34", "v35", "v36", "v37", "v38", "v39", "v40", "v41", "v42", "v43", "v44", "v45", "v46"} & set(train_acts.HELD_OUT) and "v47" in train_acts.HELD_OUT
    assert not any("heldout-v7" in folder or "heldout-v8" in folder for folder, _splits in train_acts.SETS.values())
    assert not train_acts.held_out("extract-tuning-v9") and not train_acts.held_out("extract-heldout-v6")
    for folder in ("extract-heldout-v7", "extract-heldout-v8", "extract-heldout-v9", "extract-heldout-v10",
                   "extract-heldout-v13", "extract-heldout-v14", "extract-heldout-v15", "extract-heldout-v16", "extract-heldout-v17", "extract-heldout-v18", "extract-heldout-v19", "extract-heldout-v20", "extract-heldout-v21", "extract-heldout-v22", "extract-heldout-v23", "extract-heldout-v24", "extract-heldout-v25", "extract-heldout-v26", "extract-heldout-v27", "extract-heldout-v28", "extract-heldout-v29", "extract-heldout-v30", "extract-heldout-v31", "extract-heldout-v32", "extract-heldout-v33", "extract-heldout-v34", "extract-heldout-v35", "extract-heldout-v36", "extract-heldout-v37", "extract-heldout-v38", "extract-heldout-v39", "extract-heldout-v40", "extract-heldout-v41", "extract-heldout-v42", "extract-heldout-v43", "extract-heldout-v44", "extract-heldout-v45", "extract-heldout-v46", "extract-heldout-v47", "extract-heldout-v6b"):
        assert train_acts.held_out(folder)
        monkeypatch.setitem(train_acts.SETS, "x", (folder, ("held_out_x",)))
        with pytest.raises(SystemExit, match=f"held-out set {folder}"):
            train_acts.gold_documents("x")  # refused before any file is read


def _train_acts():
    return load("train_acts")


def test_acts_training_reads_the_third_set_beside_its_gold(tmp_path):
    train_acts = _train_acts()
    documents = train_acts.gold_documents("train-c")  # bench/data/codes-train-c: texts beside the gold
    assert len(documents) == 30 and {gold["language"] for gold, _text in documents} == {"en", "fr", "ru"}
    gold, text = next((g, t) for g, t in documents if g["file"] == "en01_asylum_interview.txt")
    examples = train_acts.sentence_examples(gold, text)
    labelled = {code for e in examples for code in e["codes"]}
    assert {v["code"] for p in gold["persons"] for v in p["violations"]} <= labelled
    assert not any(gold[key] for key in ("places", "dates", "events")) and gold["not_persons"]  # not annotated here
    # a code the gold negates in a sentence is not a label of it; the same gold without the negation is
    invented = "Aydos Nurlan was beaten twice. Erbol Kasym was not beaten."
    both = {"language": "en", "persons": [
        {"violations": [{"code": "torture.beating", "evidence": [0, 30]}]},
        {"violations": [{"code": "torture.beating", "evidence": [31, 58]}]}],
        "negated": [{"person": "p2", "code": "torture.beating", "span": [31, 58]}]}
    assert [e["codes"] for e in train_acts.sentence_examples(both, invented)] == [["torture.beating"], []]
    assert [e["codes"] for e in train_acts.sentence_examples({**both, "negated": []}, invented)] == [
        ["torture.beating"], ["torture.beating"]]
    (tmp_path / "a.txt").write_text("changed", encoding="utf-8")
    with pytest.raises(SystemExit, match="SHA-256"):
        train_acts.text_beside({"sha256": gold["sha256"]}, tmp_path / "a.txt")


def test_named_only_sets_are_scored_without_unnamed_persons():
    train_acts = _train_acts()
    out = {"persons": [{"id": "p1", "names": ["Aydos Nurlan"]}, {"id": "p2", "names": []}],
           "events": [{"person": "p1", "type": "arrest"}, {"person": "p2", "type": "arrest"}], "places": []}
    kept = train_acts.named_only(out)
    assert [p["id"] for p in kept["persons"]] == ["p1"] and [e["person"] for e in kept["events"]] == ["p1"]
    assert kept["places"] == [] and len(out["persons"]) == 2  # the input is not changed
    assert "train-c" in train_acts.NAMED_ONLY and "v5" not in train_acts.NAMED_ONLY


def test_the_benchmark_tells_a_named_only_set_from_its_gold_and_shares_the_rule():
    train_acts = _train_acts()
    bench = train_acts._bench_extract()
    named = {"persons": [{"id": "p1", "named": True}, {"id": "p2", "named": True}]}
    unnamed = {"persons": [{"id": "p1", "named": True}, {"id": "p2", "named": False}]}
    assert bench.lists_named_only([named, named])
    assert not bench.lists_named_only([named, unnamed])  # one unnamed relative anywhere in the set
    assert not bench.lists_named_only([{"persons": [{"id": "p1"}]}])  # no declaration: scored as it is
    assert not bench.lists_named_only([{"persons": []}])
    out = {"persons": [{"id": "p1", "names": ["Aydos Nurlan"]}, {"id": "p2", "names": []}], "events": []}
    assert train_acts.named_only(out) == bench.named_only(out)  # one copy of the rule
    # The sets written by unseen writers: v5 and v6 list named persons only, v2-v4 unnamed relatives too.
    data = REPO / "bench" / "data"
    golds = {folder: [json.loads(p.read_text(encoding="utf-8")) for p in sorted((data / folder).glob("*.json"))]
             for folder in ("extract-heldout-v4", "extract-heldout-v5", "extract-heldout-v6")}
    assert [bench.lists_named_only(g) for g in golds.values()] == [False, True, True]


def test_measured_only_sets_are_left_out_of_training_unless_asked():
    train_acts = _train_acts()
    assert "train-c" in train_acts.SETS and "train-c" in train_acts.MEASURED_ONLY
    assert train_acts.trained_on(["v5", "train-c"]) == ["v5"]
    assert train_acts.trained_on(["v5", "train-c"], measured=True) == ["v5", "train-c"]


def test_training_refuses_to_leave_out_a_set_it_does_not_know(capsys):
    """--leave-out (a spent set kept unread as a transfer check) takes names of SETS only: an unknown
    name is a one-line usage error before anything is read or written."""
    train_acts = _train_acts()
    with pytest.raises(SystemExit) as stopped:
        train_acts.main(["--leave-out", "v37,v999", "--out", "/nonexistent/acts_model"])
    assert stopped.value.code == 2
    assert "--leave-out: spent sets only" in capsys.readouterr().err and "v37" in train_acts.SETS


# Invented sentences for a model trained in the test (two codes, two examples or more each).
_TINY = [
    ("The guards beat him with sticks every night.", ["torture.beating"]),
    ("They kicked and punched the prisoners in the yard.", ["torture.beating"]),
    ("Охранники били его палками.", ["torture.beating"]),
    ("She was forced to sing red songs each morning.", ["indoctrination.political"]),
    ("We had to learn Party slogans by heart.", ["indoctrination.political"]),
    ("Nous devions chanter des chants patriotiques.", ["indoctrination.political"]),
    ("We walked to the market and bought bread.", []),
    ("Он работал учителем в школе.", []),
]


def test_acts_model_is_stored_sparse_and_reads_back_the_same(tmp_path):
    import numpy as np

    train_acts = _train_acts()
    examples = [{"text": text, "lang": "xx", "codes": codes} for text, codes in _TINY]
    model = train_acts.train(examples, train_acts.labels_of(examples), coef_min=0.3)
    assert (model.coef == 0).any() and (model.coef != 0).any()  # the cut left some, dropped others
    assert np.array_equal(model.coef, model.coef.astype("float16").astype("float32"))  # float16 as shipped
    acts.write(model.with_settings(0.5), tmp_path)
    with np.load(tmp_path / "weights.npz", allow_pickle=False) as weights:
        assert "coef" not in weights.files  # no dense matrix: the non-zero coefficients only
        assert len(weights["coef_values"]) == np.count_nonzero(model.coef) == len(weights["coef_codes"])
    again = acts.read(tmp_path)
    assert again.codes == model.codes and np.array_equal(again.coef, model.coef)
    sentences = ["The guards beat us with sticks.", "Nous avons chanté des slogans."]
    for before, after in zip(model.probabilities(sentences), again.probabilities(sentences), strict=True):
        assert before == pytest.approx(after, abs=1e-6)
    assert again.word_weight("torture.beating", "beat") == float(model.coef[model.codes.index("torture.beating"),
                                                                          again.vectorizers[0].vocabulary_["beat"]])


def test_acts_read_refuses_weights_that_do_not_fit_the_codes(tmp_path):
    import numpy as np

    train_acts = _train_acts()
    examples = [{"text": text, "lang": "xx", "codes": codes} for text, codes in _TINY]
    acts.write(train_acts.train(examples, train_acts.labels_of(examples)), tmp_path)
    with np.load(tmp_path / "weights.npz", allow_pickle=False) as weights:
        arrays = dict(weights)
    arrays["coef_codes"] = np.full_like(arrays["coef_codes"], 7)  # a code row the model does not have
    np.savez_compressed(tmp_path / "weights.npz", **arrays)
    with pytest.raises(InputError, match="not an act classifier"):
        acts.read(tmp_path)
