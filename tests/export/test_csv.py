import csv

import pytest

from guwah.export.csv import defuse, write_csv


@pytest.mark.parametrize("cell, expected", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+1", "'+1"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tcmd", "'\tcmd"),
    ("\n=1+1", "'\n=1+1"),
    ("\uff1dSUM(A1)", "'\uff1dSUM(A1)"),
    ("\uff0b1", "'\uff0b1"),
    ("\uff0d1", "'\uff0d1"),
    ("\uff20A1", "'\uff20A1"),
    ("Memet\uff1dTursun", "Memet\uff1dTursun"),
    ("Memet Tursun", "Memet Tursun"),
    ("a=b", "a=b"),
    ("", ""),
    (None, ""),
    (12, "12"),
])
def test_defuse_prefixes_formula_starts(cell, expected):
    assert defuse(cell) == expected


def test_write_csv_defuses_every_cell_and_replaces_atomically(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("old\n")
    count = write_csv(path, ("mention_id", "cluster_id"), [("=1+1", 1), ("m2", 1)])
    assert count == 2
    with path.open(newline="", encoding="utf-8") as handle:
        assert list(csv.reader(handle)) == [["mention_id", "cluster_id"], ["'=1+1", "1"], ["m2", "1"]]
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]  # no temporary file left


def test_write_csv_keeps_the_old_file_when_rows_fail(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("old\n")

    def rows():
        yield ("m1", 1)
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write_csv(path, ("mention_id", "cluster_id"), rows())
    assert path.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
