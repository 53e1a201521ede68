import csv
from pathlib import Path

PAIRS = Path(__file__).resolve().parents[2] / "bench" / "data" / "name-pairs.tsv"
KINDS = {"cross_script", "romanisation", "reorder", "hyphen", "patronymic", "typo",
         "hard_negative_surname", "hard_negative_given", "hard_negative_syllable",
         "hard_negative_gender", "hard_negative_swap", "easy_negative",
         # issue 9, third round
         "declension", "list_order", "name_chain", "pinyin_readback", "wade_giles", "characters",
         # issue 12: Soviet-/Turkish-style spellings of Uyghur Arabic, the vowel pinyin adds to -gül
         "soviet_spelling", "pinyin_vowel",
         # issues 10 and 12 (h-names13): compound given names, short transcriptions without a dot
         "compound_given", "han_initial",
         # h-fix26: Russian-form surnames as the Russian-Chinese table writes them (奥马罗夫 Omarov)
         "russian_table"}


def load():
    with PAIRS.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_pair_set_size_and_hard_negatives():
    rows = load()
    assert len(rows) >= 300
    hard = [r for r in rows if r["kind"].startswith("hard_negative")]
    assert len(hard) * 3 >= len(rows)


def test_pair_set_is_well_formed():
    rows = load()
    assert list(rows[0]) == ["a", "b", "label", "kind", "note"]
    seen = set()
    for row in rows:
        assert row["a"].strip() and row["b"].strip() and row["a"] != row["b"]
        assert row["label"] in {"0", "1"}
        assert row["kind"] in KINDS
        assert (row["label"] == "0") == ("negative" in row["kind"])
        assert (row["a"], row["b"]) not in seen
        seen.add((row["a"], row["b"]))


def test_pair_set_covers_every_script():
    text = PAIRS.read_text(encoding="utf-8")
    assert any("\u0600" <= c <= "\u06ff" for c in text)  # Uyghur Arabic
    assert any("\u0400" <= c <= "\u04ff" for c in text)  # Cyrillic
    assert any("\u4e00" <= c <= "\u9fff" for c in text)  # Chinese


def test_pair_split_keeps_each_identity_on_one_side():
    from bench.names import identities, load_pairs, split_pairs

    rows = load_pairs(PAIRS)
    split = split_pairs(rows)
    identity = identities(rows)
    sides = {part: {identity[name] for row in split[part] for name in (row["a"], row["b"])}
             for part in ("calibration", "held_back")}
    assert not sides["calibration"] & sides["held_back"]
    assert sum(len(part) for part in split.values()) == len(rows)
    for part in ("calibration", "held_back"):
        labels = {row["label"] for row in split[part]}
        assert labels == {0, 1}, part
    # deterministic: the same split twice
    assert split_pairs(rows) == split
