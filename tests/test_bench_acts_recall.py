"""bench/acts_recall.py: passages read with their labels (a non-act passage has no code), each
passage scored per code, a code on a non-act passage counted false, and the rules' words read
without the classifier."""


import pytest

from tests.bench_scripts import load


def _bench():
    return load("acts_recall")


def test_a_set_is_read_with_its_labels_and_a_non_act_passage_has_no_code():
    bench = _bench()
    items = bench.passages("b", ("ru",))
    assert len(items) > 100 and {i["lang"] for i in items} == {"ru"}
    assert all(i["codes"] for i in items if i["kind"] == "act")
    assert all(not i["codes"] for i in items if i["kind"] != "act")
    assert {i["kind"] for i in items} >= {"act", "negated", "hedged"}
    with pytest.raises(SystemExit, match="unknown set"):
        bench.passages("v9")


def test_each_passage_counts_a_code_once_and_a_code_on_a_non_act_passage_is_false():
    bench = _bench()
    items = [{"lang": "en", "codes": ["torture.beating", "detention.internment_camp"], "kind": "act"},
             {"lang": "fr", "codes": ["torture.beating"], "kind": "act"},
             {"lang": "en", "codes": [], "kind": "negated"}]
    said = [{"torture.beating"}, {"torture.beating", "detention.pretrial"}, {"torture.beating"}]
    result = bench.score(items, [{view: codes for view in bench.VIEWS} for codes in said])["rules said"]
    assert (result["all"]["tp"], result["all"]["predicted"], result["all"]["gold"]) == (2, 4, 3)
    assert result["codes"]["torture.beating"] == {"precision": 0.667, "recall": 1.0, "f1": 0.8, "tp": 2,
                                                  "predicted": 3, "gold": 2}
    assert result["codes"]["detention.internment_camp"]["recall"] == 0.0
    assert result["languages"]["fr"]["precision"] == 0.5
    assert result["false_on_non_act"] == {"negated": 1}


def test_the_rules_words_are_read_before_attribution_and_without_the_classifier():
    bench = _bench()
    items = [{"text": "The guard hit Aygul Tursun with a wooden stick.", "lang": "en", "codes": [], "kind": "act"},
             {"text": "The guard never hit Aygul Tursun.", "lang": "en", "codes": [], "kind": "negated"}]
    hit, denied = (bench.codes_found(doc) for doc in bench.prepared(items))
    assert "torture.beating" in hit["rules said"] and "torture.beating" in hit["rules given"]
    assert "torture.beating" not in denied["rules said"]
    assert hit["rules said"] <= hit["shipped said"]  # the classifier only adds


def test_a_folder_of_passages_is_read_as_one_set_and_never_shown(tmp_path, capsys):
    bench = _bench()
    (tmp_path / "en-x.jsonl").write_text(
        '{"text": "The guard hit Aygul Tursun.", "lang": "en", "codes": ["torture.beating"], "kind": "act"}\n'
        '{"text": "Le garde ne l\'a pas frappé.", "lang": "fr", "codes": [], "kind": "negated"}\n', encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not passages", encoding="utf-8")
    items = bench.passages("x", ("en", "fr"), tmp_path)
    assert [(i["lang"], i["codes"], i["where"]) for i in items] == [
        ("en", ["torture.beating"], "en-x.jsonl:1"), ("fr", [], "en-x.jsonl:2")]
    assert [i["lang"] for i in bench.passages("x", ("fr",), tmp_path)] == ["fr"]
    with pytest.raises(SystemExit, match="no \\*.jsonl passages"):
        bench.passages("x", folder=tmp_path / "notes.txt")
    with pytest.raises(SystemExit):
        bench.main(["--dir", str(tmp_path), "--misses"])  # would print the passages
    assert "Aygul" not in capsys.readouterr().err
