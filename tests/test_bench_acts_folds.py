"""bench/acts_folds.py keeps a left-out set's prepared documents under its name and the SHA-256 of its
content and of the extractor's source (h-codes48): a set whose gold or text changed is prepared again,
never read back stale from the cache."""

from tests.bench_scripts import load


def test_a_changed_set_is_prepared_again_and_an_unchanged_one_read_back(tmp_path, monkeypatch):
    folds = load("acts_folds")
    documents = [({"file": "a.txt", "persons": []}, "Police took him at the border.")]
    prepared: list[str] = []
    monkeypatch.setattr(folds.train_acts, "gold_documents", lambda name: [(dict(g), t) for g, t in documents])
    monkeypatch.setattr(folds.train_acts, "_prepared", lambda gold, text: prepared.append(text) or text.upper())

    first = folds.prepared_documents(tmp_path, "v99")
    again = folds.prepared_documents(tmp_path, "v99")
    assert prepared == ["Police took him at the border."]  # the second call read the cache
    assert first == again and again[1] == ["POLICE TOOK HIM AT THE BORDER."]

    documents[0] = ({"file": "a.txt", "persons": [{"id": "p1"}]}, "Police took him at the border.")  # gold edited
    edited = folds.prepared_documents(tmp_path, "v99")
    assert len(prepared) == 2 and edited[0][0][1]["persons"] == [{"id": "p1"}]
    documents[0] = ({"file": "a.txt", "persons": [{"id": "p1"}]}, "Police took her at the airport.")  # text edited
    assert folds.prepared_documents(tmp_path, "v99")[1] == ["POLICE TOOK HER AT THE AIRPORT."]
    assert len(prepared) == 3
    assert len(list(tmp_path.glob("prepared-v99-*.pickle"))) == 3  # one file per content, none overwritten
    assert folds.content_key(documents) != folds.content_key([({"file": "a.txt", "persons": []}, "x")])


def test_a_variant_names_the_regressions_c_apart_from_its_other_options():
    folds = load("acts_folds")
    assert folds._c_option("c3") and folds._c_option("c0.5")
    assert not any(folds._c_option(o) for o in ("classes", "closed", "context", "c", "c0", "cx"))
    assert folds.MODEL_HITS not in folds.OPTIONS


def test_the_register_passages_are_read_apart_and_trained_on_only_when_asked(tmp_path, monkeypatch):
    # h-models53: bench/data/acts-trial is no training data of bench/train_acts.py; bench/acts_folds.py
    # adds its act passages, its negatives or both to a fold's training only under its options
    import json

    folds = load("acts_folds")
    train_acts = folds.train_acts
    extra, trial = tmp_path / "acts-train", tmp_path / "acts-trial"
    extra.mkdir()
    trial.mkdir()
    (extra / "en.jsonl").write_text(json.dumps({"text": "Police beat Ayan Serikov.", "lang": "en",
                                                "codes": ["torture.beating"], "kind": "act"}) + "\n")
    (trial / "registers.jsonl").write_text("\n".join(json.dumps(p) for p in (
        {"text": "Absent: detained since May.", "lang": "en", "codes": ["detention.arbitrary_arrest"], "kind": "act"},
        {"text": "Absent: annual leave.", "lang": "en", "codes": [], "kind": "none"},
        {"text": "Question 4: ever detained? No.", "lang": "en", "codes": ["detention.arbitrary_arrest"],
         "kind": "negated"})) + "\n")
    monkeypatch.setattr(train_acts, "EXTRA", extra)
    monkeypatch.setattr(train_acts, "HARD_NEGATIVES", extra / "hard-negatives.jsonl")
    monkeypatch.setattr(train_acts, "REGISTERS", trial / "registers.jsonl")
    monkeypatch.setattr(train_acts, "SETS", {})
    monkeypatch.setattr(train_acts, "_analyses", lambda items: [None] * len(items))

    assert [e["text"] for e in train_acts.extra_examples()] == ["Police beat Ayan Serikov."]
    found = folds.parsed_examples(None)
    assert [e["text"] for e, _a in found["registers-acts"]] == ["Absent: detained since May."]
    assert [e["text"] for e, _a in found["registers-negatives"]] == ["Absent: annual leave.", "Question 4: ever detained? No."]
    assert all(e["codes"] == [] for e, _a in found["registers-negatives"])  # a negated passage teaches no code

    keys = ["v25", "v26", "acts-train", "hard-negatives", "registers-acts", "registers-negatives"]
    assert folds.read_keys(keys, "v25", frozenset(), set()) == ("v26", "acts-train", "hard-negatives")
    assert folds.read_keys(keys, "v25", frozenset({"v26"}), {"registers"})[-2:] == ("registers-acts", "registers-negatives")
    assert folds.read_keys(keys, "v26", frozenset(), {"regneg", "nohard"}) == ("v25", "acts-train", "registers-negatives")
    assert folds.read_keys(keys, "v26", frozenset(), {"regacts"})[-1] == "registers-acts"
