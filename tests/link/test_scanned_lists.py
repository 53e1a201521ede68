"""Records typed from scanned lists and names that changed between lists (issue 10): bench/synth.py's
--ocr and --renamed, and the name comparison that reads a scan's misread glyphs back."""

import subprocess
import sys
from pathlib import Path

import pytest

from guwah.link import Mention, link_mentions
from guwah.names import compare_names
from guwah.names.forms import scan_misreadings
from guwah.names.settings import SAME_NAME, SIMILAR_NAME

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from synth import make_sample, ocr_name, ocr_year  # noqa: E402


def test_degrading_keeps_the_sample_and_changes_a_share_of_it():
    """The same seed gives the same persons and truth whatever the rates; rate 0 changes nothing;
    --ocr changes about its share of the records, the same way for the same seed."""
    base, truth, _ = make_sample(1500, 4)
    untouched, truth0, _ = make_sample(1500, 4, ocr=0.0, renamed=0.0)
    assert untouched == base and truth0 == truth
    scanned, truth1, _ = make_sample(1500, 4, ocr=0.3)
    assert truth1 == truth
    changed = sum(a != b for a, b in zip(base, scanned, strict=True))
    assert 0.2 * len(base) < changed < 0.35 * len(base)
    assert make_sample(1500, 4, ocr=0.3)[0] == scanned
    assert make_sample(1500, 5, ocr=0.3)[0] != scanned


def test_renamed_changes_some_persons_names_only():
    """--renamed changes names of some persons' records, nothing else of them; other persons'
    records stay as they were."""
    base, truth, _ = make_sample(1500, 4)
    renamed, _, _ = make_sample(1500, 4, renamed=0.3)
    changed = [i for i, (a, b) in enumerate(zip(base, renamed, strict=True)) if a != b]
    assert changed
    for i in changed:
        assert renamed[i].name != base[i].name
        assert (renamed[i].birth_year, renamed[i].hometown) == (base[i].birth_year, base[i].hometown)
    persons = {truth[i] for i in changed}
    assert len(persons) < 0.3 * len(set(truth))  # half of a renamed person's records keep the name


def test_ocr_faults_are_those_of_a_scan():
    import random

    rng = random.Random(1)
    names = {ocr_name("Abdurehim Tursun", rng) for _ in range(200)}
    assert "AbdurehimTursun" in names  # two words run together
    assert any(" " in name and len(name.split()) == 3 for name in names)  # a word broken in two
    assert ocr_name("买买提·吐尔逊", rng) == "买买提·吐尔逊"  # characters are left alone
    years = {ocr_year(1975, rng) for _ in range(100)}
    assert 1957 in years and 1975 not in years


def test_synth_refuses_a_rate_outside_0_1():
    run = subprocess.run([sys.executable, str(BENCH / "synth.py"), "--records", "10", "--ocr", "1.5"],
                         capture_output=True, text=True, env={"PYTHONPATH": str(BENCH.parent / "src"),
                                                              "PATH": "/usr/bin:/bin"})
    assert run.returncode == 2 and "--ocr must be between 0 and 1" in run.stderr


@pytest.mark.parametrize(("clean", "scanned"), [
    ("Nurzulpiye Memet", "NurzuIpiye Memet"),  # a capital I for l
    ("Aymihray Alim", "Ayrnihray A1im"),  # rn for m, 1 for l
    ("Tohti Niyaz", "T0hti Niyaz"),  # 0 for o
    ("Memet Imin", "Memet lmin"),  # l for I
    ("Rozi Abduadil", "Rozi Abduaclil"),  # cl for d
    ("Ehmet Rozi", "Ehmct Rozi"),  # c for e
    ("Gulbahar Abdubarat", "Gulbahar Abdub arat"),  # a word broken in two
    ("Паріда Меметова", "Паріда Мем етова"),
])
def test_a_scans_misread_name_is_the_same_name(clean, scanned):
    assert compare_names(clean, scanned) >= SAME_NAME


def test_misreadings_leave_clean_and_different_names_alone():
    """A clean name has no misreading; words written small that are words of their own are not
    joined; names that differ in more than a misread glyph stay apart."""
    assert scan_misreadings("Ilham Tohti") == ()
    assert scan_misreadings("Nurnisa Memet") == ()  # the rn of a Nur- compound is no m
    assert scan_misreadings("Serik Orynbasar uly") == ()  # a patronymic word
    assert scan_misreadings("Ahmad bin Yasin") == ()
    assert scan_misreadings("Memet tursun abdulla") == ()  # typed small throughout, not broken
    assert scan_misreadings("Gulbahar Abdub arat") == ("Gulbahar Abdubarat",)  # the positive control
    assert compare_names("Memet Tursun", "Memet Abdulla") < SIMILAR_NAME
    assert compare_names("Adil Memet", "Aclil Tursun") < SIMILAR_NAME


def test_linker_joins_a_scanned_record_to_its_person():
    """A record typed from a scan (NurzuIpiye, a year given) joins the clean records of one person;
    her sister (another given name, one father) stays apart."""
    rows = [
        ("s1", "Nurzulpiye Memet", "female", (1980, 1980), "Kashgar", None, (2017, 2017)),
        ("s2", "Nurzulpiye Memet", "female", (1980, 1980), "Kashgar", None, None),
        ("s3", "NurzuIpiye Mernet", "female", (1980, 1980), "Kashgar", None, (2017, 2017)),
        ("s4", "Gulnar Memet", "female", (1982, 1982), "Kashgar", None, (2017, 2017)),
    ]
    result = link_mentions([Mention(*row) for row in rows], threads=1)
    ids = result.cluster_ids
    assert ids[0] == ids[1] == ids[2]
    assert ids[3] != ids[0]


def test_the_swapped_digits_level_is_the_clustering_rule_in_sql():
    """TRANSPOSED_SQL (the model's "digits swapped" level) holds for exactly the pairs of exact years
    that `transposed` (the clustering's rule) forgives: 1975/1957 yes, 1975/1976 and ranges no."""
    import duckdb

    from guwah.link.linker import TRANSPOSED_SQL, settings, transposed

    years = [(1975, 1975), (1957, 1957), (1976, 1976), (1988, 1988), (1901, 1901), (1910, 1910),
             (2019, 2019), (1991, 1991), (1970, 1979), (1955, 1959)]
    con = duckdb.connect()
    found = {}
    for a in years:
        for b in years:
            row = con.execute(f"SELECT {TRANSPOSED_SQL} FROM (SELECT ? AS birth_lo_l, ? AS birth_hi_l, "
                              "? AS birth_lo_r, ? AS birth_hi_r)", [a[0], a[1], b[0], b[1]]).fetchone()
            found[(a, b)] = bool(row[0])
            assert found[(a, b)] == transposed(a, b), (a, b)
    assert found[((1975, 1975), (1957, 1957))] and not found[((1975, 1975), (1976, 1976))]
    labels = [level["label_for_charts"] for level in
              settings(10_000).comparisons[1].get_comparison("duckdb").as_dict()["comparison_levels"]]
    assert labels[-2:] == ["digits swapped", "else"]
