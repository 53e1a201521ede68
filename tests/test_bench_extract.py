"""bench/extract.py: every gold of a tuning folder names a text that is there, never in a held-out
folder (a set moved from held-out to tuning, as v11 was in the 0.21.x round and v7 in the 0.22.x
round, moves its gold's paths with it), and a
held-out split is neither a tuning split nor read by a tuning run."""

import json

from tests.bench_scripts import load


def _bench():
    return load("extract")


def test_every_tuning_gold_names_a_text_of_its_own_folder():
    bench = _bench()
    named = 0
    for folder in bench.TUNING_FOLDERS:
        for path in sorted(folder.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            if gold.get("path"):
                named += 1
                assert (bench.REPO / gold["path"]).is_file(), path.name
                assert "heldout" not in gold["path"] or folder.name in gold["path"], path.name
    assert named > 50


def test_v11_v7_and_v8_are_tuning_splits_and_no_held_out_folder_is_a_tuning_folder():
    bench = _bench()
    assert "tuning_v11" in bench.TUNING_SPLITS and "held_out_v11" not in bench.SPLITS
    assert bench.SPENT["held_out_v11"] == "tuning_v11"
    assert "tuning_v7" in bench.TUNING_SPLITS and "held_out_v7" not in bench.SPLITS
    assert bench.SPENT["held_out_v7"] == "tuning_v7" and bench.TUNING_V7 in bench.TUNING_FOLDERS
    assert "tuning_v8" in bench.TUNING_SPLITS and "held_out_v8" not in bench.SPLITS
    assert bench.SPENT["held_out_v8"] == "tuning_v8" and bench.TUNING_V8 in bench.TUNING_FOLDERS
    assert "tuning_v10" in bench.TUNING_SPLITS and "held_out_v10" not in bench.SPLITS
    assert bench.SPENT["held_out_v10"] == "tuning_v10" and bench.TUNING_V10 in bench.TUNING_FOLDERS
    assert "tuning_v9b" in bench.TUNING_SPLITS and "held_out_v9" not in bench.SPLITS
    assert bench.SPENT["held_out_v9"] == "tuning_v9b" and bench.TUNING_V9B in bench.TUNING_FOLDERS
    assert "tuning_v13" in bench.TUNING_SPLITS and "held_out_v13" not in bench.SPLITS
    assert "tuning_v14" in bench.TUNING_SPLITS and "held_out_v14" not in bench.SPLITS
    assert bench.SPENT["held_out_v14"] == "tuning_v14" and bench.TUNING_V14 in bench.TUNING_FOLDERS
    assert "tuning_v15" in bench.TUNING_SPLITS and "held_out_v15" not in bench.SPLITS
    assert bench.SPENT["held_out_v15"] == "tuning_v15" and bench.TUNING_V15 in bench.TUNING_FOLDERS
    assert "tuning_v16" in bench.TUNING_SPLITS and "held_out_v16" not in bench.SPLITS
    assert bench.SPENT["held_out_v16"] == "tuning_v16" and bench.TUNING_V16 in bench.TUNING_FOLDERS
    assert "tuning_v17" in bench.TUNING_SPLITS and "held_out_v17" not in bench.SPLITS
    assert bench.SPENT["held_out_v17"] == "tuning_v17" and bench.TUNING_V17 in bench.TUNING_FOLDERS
    assert "tuning_v18" in bench.TUNING_SPLITS and "held_out_v18" not in bench.SPLITS
    assert bench.SPENT["held_out_v18"] == "tuning_v18" and bench.TUNING_V18 in bench.TUNING_FOLDERS
    assert "tuning_v19" in bench.TUNING_SPLITS and "held_out_v19" not in bench.SPLITS
    assert bench.SPENT["held_out_v19"] == "tuning_v19" and bench.TUNING_V19 in bench.TUNING_FOLDERS
    assert "tuning_v46" in bench.TUNING_SPLITS and "held_out_v46" not in bench.SPLITS
    assert bench.SPENT["held_out_v46"] == "tuning_v46" and bench.TUNING_V46 in bench.TUNING_FOLDERS
    assert set(bench.HELD_OUT_SETS) == {"held_out_v47"}
    assert not set(bench.HELD_OUT_FOLDERS.values()) & set(bench.TUNING_FOLDERS)
    assert all("heldout" in folder.name for folder in bench.HELD_OUT_FOLDERS.values())


def test_place_losses_refuse_a_held_out_split_before_reading_anything(capsys):
    import pytest

    places_losses = load("places_losses")
    with pytest.raises(SystemExit):
        places_losses.main(["held_out_v47"])
    assert "held_out_v47 is not a tuning split" in capsys.readouterr().err


def test_date_losses_refuse_a_held_out_split_before_reading_anything(capsys):
    import pytest

    dates_losses = load("dates_losses")
    with pytest.raises(SystemExit):
        dates_losses.main(["held_out_v47"])
    assert "held_out_v47 is not a tuning split" in capsys.readouterr().err


def test_the_demo_texts_are_the_tuning_split_tuning_demo_and_the_old_name_is_still_taken(capsys):
    # h-product58: the project's own demo texts were "held_out_demo", though a tuning split by design
    import argparse

    import pytest

    bench = _bench()
    assert "tuning_demo" in bench.TUNING_SPLITS and "held_out_demo" not in bench.SPLITS
    parser = argparse.ArgumentParser()
    assert bench.refuse_unless_tuning(parser, ["dev", "held_out_demo"]) == ["dev", "tuning_demo"]
    note = capsys.readouterr().err
    assert note.count("\n") == 1 and "held_out_demo was renamed tuning_demo" in note
    assert bench.refuse_unless_tuning(parser, ["tuning_demo"]) == ["tuning_demo"]
    assert capsys.readouterr().err == ""  # control: the new name, no note
    demo = list(bench.tuning_documents({"tuning_demo"}))  # their gold, as written, counts under the new name
    assert len(demo) == 6 and {split for split, _gold, _text in demo} == {"tuning_demo"}
    assert all(gold["path"].startswith("src/guwah/demo/testimonies/") for _split, gold, _text in demo)
    with pytest.raises(SystemExit):  # a held-out set is refused still
        bench.refuse_unless_tuning(parser, ["held_out_v35"])
