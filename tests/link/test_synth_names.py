"""bench/synth.py's small name lists (--names): the benchmark of namesakes the linker's precision is
measured on (issue 10)."""

import random
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from synth import FEMALE, MALE, make_mentions, make_persons  # noqa: E402


def test_names_draws_given_names_from_the_commonest_only():
    """With names=N every person's given and father's name is among the first N of its sex's list;
    without it the rarer names (and compounds) are drawn too."""
    small = make_persons(600, random.Random(3), names=5)
    allowed = set(list(MALE)[:5]) | set(list(FEMALE)[:5])
    assert {p.given for p in small} <= allowed
    assert {p.father for p in small} <= set(list(MALE)[:5])
    full = make_persons(600, random.Random(3))
    assert {p.given for p in full} - allowed  # the positive control: more names without the flag


def test_small_name_lists_give_more_namesakes():
    """The same number of mentions carries fewer distinct names with a small name list."""
    small, _ = make_mentions(800, seed=2, names=6)
    full, _ = make_mentions(800, seed=2)
    assert len({m.name for m in small}) < 0.7 * len({m.name for m in full})


def test_out_writes_mentions_and_truth(tmp_path):
    """--out writes the linkgen generators' two files: mentions without a person column, and truth."""
    run = subprocess.run([sys.executable, str(BENCH / "synth.py"), "--records", "40", "--names", "4",
                          "--out", str(tmp_path)], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(BENCH.parent / "src"), "PATH": "/usr/bin:/bin"})
    assert run.stdout == ""
    mentions = (tmp_path / "mentions.csv").read_text(encoding="utf-8").splitlines()
    truth = (tmp_path / "truth.csv").read_text(encoding="utf-8").splitlines()
    assert mentions[0] == "mention_id,name,gender,birth_year,hometown,facility,detained_year"
    assert truth[0] == "mention_id,person_id"
    assert len(mentions) == len(truth) == 41
    assert [row.split(",")[0] for row in mentions[1:]] == [row.split(",")[0] for row in truth[1:]]


def test_names_below_one_is_refused():
    run = subprocess.run([sys.executable, str(BENCH / "synth.py"), "--names", "0"], capture_output=True,
                         text=True, env={"PYTHONPATH": str(BENCH.parent / "src"), "PATH": "/usr/bin:/bin"})
    assert run.returncode == 2 and "--names must be at least 1" in run.stderr


def test_filial_writes_kinship_forms_on_their_own_stream():
    """--filial RATE names that share of records by the father ("X, daughter of Y", 之女); the others
    are the records of the same seed without it, and the person's name is still the one read."""
    from synth import make_sample

    from guwah.names import compare_names
    from guwah.names.forms import filial_names

    plain, truth, persons = make_sample(600, seed=4)
    filial, truth_filial, _ = make_sample(600, seed=4, filial=0.3)
    assert truth == truth_filial
    changed = [(a, b, persons[p]) for a, b, p in zip(plain, filial, truth, strict=True) if a.name != b.name]
    assert 0.2 * len(plain) < len(changed) < 0.4 * len(plain)
    assert all(a.mention_id == b.mention_id and a.birth_year == b.birth_year for a, b, _ in changed)
    read = [b.name for _, b, _ in changed if filial_names(b.name)]
    assert len(read) > 0.6 * len(changed)  # the rest: -ұлы in one word, read where it stands
    for _, b, person in changed[:40]:
        assert compare_names(b.name, f"{person.given} {person.father}") >= 0.75, b.name


def test_given_alone_and_pet_write_their_forms_on_their_own_streams():
    """--given-alone RATE names that share of records by the given name alone, --pet RATE writes the
    given name with -jan (a man's) or -xan (a woman's); the other records are those of the same seed."""
    from synth import make_sample

    from guwah.names import compare_names
    from guwah.names.forms import name_forms

    plain, truth, persons = make_sample(600, seed=4)
    for option in ("alone", "pet"):
        changed_sample, truth_changed, _ = make_sample(600, seed=4, **{option: 0.3})
        assert truth == truth_changed
        changed = [(a, b, persons[p]) for a, b, p in zip(plain, changed_sample, truth, strict=True) if a.name != b.name]
        assert 0.2 * len(plain) < len(changed) < 0.4 * len(plain)
        assert all(a.mention_id == b.mention_id and a.birth_year == b.birth_year for a, b, _ in changed)
        for _, b, person in changed[:40]:
            if option == "alone":
                assert len(name_forms(b.name).readings[0]) == 1 or "·" not in b.name, b.name
                assert compare_names(b.name, person.given) >= 0.9, b.name
            else:  # the ending in the system's spelling, on the given name (first)
                first = b.name.split("·")[0].split()[0].casefold()
                assert first.endswith(("jan", "can", "xan", "han", "жан", "хан", "جان", "خان", "江", "汗", "jiang")), b.name


def test_pinyin_lists_spell_transcriptions_in_pinyin_on_their_own_stream():
    """--pinyin-lists RATE writes that share of records as lists compiled from Chinese documents spell the
    transcription (capitals, tone marks, run together, a syllable a word); the other records are those of
    the same seed without it, and the names read back to the person's."""
    from synth import PINYIN_STYLES, make_sample, pinyin_spelling

    from guwah.names import compare_names
    from guwah.names.settings import SAME_NAME

    plain, truth, persons = make_sample(400, seed=4)
    listed, listed_truth, _ = make_sample(400, seed=4, pinyin=0.3)
    assert listed_truth == truth
    changed = [(a, b, truth[i]) for i, (a, b) in enumerate(zip(plain, listed, strict=True)) if a.name != b.name]
    assert 60 < len(changed) < 180  # about 0.3 of 400, less the records already so written
    assert all(a.birth_year == b.birth_year and a.hometown == b.hometown for a, b, _ in changed)
    assert make_sample(400, seed=4)[0] == plain  # off by default: the records of older figures
    spelt = {style: pinyin_spelling("艾克热木·塔西买提", style) for style in PINYIN_STYLES}
    assert spelt == {"capitals": "AIKEREMU TAXIMAITI", "capitalised": "Aikeremu Taximaiti",
                     "tones": "Àikèrèmù Tǎxīmǎití", "joined": "Aikeremutaximaiti",
                     "syllables": "Ai Ke Re Mu Ta Xi Mai Ti"}
    person = persons[changed[0][2]]
    assert compare_names(changed[0][1].name, f"{person.given} {person.father}") > 0.8 * SAME_NAME
