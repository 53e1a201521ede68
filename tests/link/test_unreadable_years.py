"""Issue 10: a list typed from a scan, whose year cells are partly misread ("7950" for 1950).

The default still refuses the file, naming the cells; `unreadable_years="unknown"`
(`guwah link-records --unreadable-years unknown`) reads such a cell as no year stated, keeps the
row, and says once which rows, never a cell. Names are invented."""

import csv
from collections import Counter

import pytest
import typer
from typer.testing import CliRunner

from guwah.console import fails_cleanly
from guwah.errors import InputError
from guwah.link.cli import link_records_command
from guwah.link.spreadsheet import (
    MAX_LISTED_CELLS,
    parse_mentions,
    read_mentions,
    unknown_years_note,
)

HEADER = "mention_id,name,gender,birth_year,hometown,facility,detained_year"
# Rows 2-6 as a spreadsheet numbers them: 7950 and 1458 are misread birth years, 2617 a misread
# detention year; row 5's years are readable (the control), row 6's birth year is an age.
ROWS = ["s1,Zorvat Telmek,m,7950,Qaraköl,,2018", "s2,Zorvat Telmek,m,1950,Qaraköl,,2617",
        "s3,Miran Keldan,f,1458,Tashbel,,2017", "s4,Miran Keldan,f,1958,Tashbel,,2017",
        "s5,Ostaq Berim,m,age 40,,,2617"]

app = typer.Typer(add_completion=False)
app.command("link-records")(fails_cleanly(link_records_command))
runner = CliRunner()


def write(tmp_path, rows, name="in.csv"):
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def test_the_default_still_refuses_the_file_with_its_message(tmp_path):
    with pytest.raises(InputError) as caught:
        read_mentions(write(tmp_path, ROWS))
    message = caught.value.message
    assert message.startswith("row 2: birth_year is a year outside 1880–2100 (a typing error?); "
                              "row 3: detained_year is a year outside")
    assert message.endswith("(4 unreadable year cells: write a year, a range (1970-75, c. 1975) or leave "
                            "the cell empty, or keep those rows with no year: --unreadable-years unknown; "
                            "nothing was linked)")
    assert "7950" not in message and "Zorvat" not in message
    with pytest.raises(InputError) as explicit:
        read_mentions(write(tmp_path, ROWS), unreadable_years="refuse", unknown_years=[])
    assert explicit.value.message == message


def test_unknown_keeps_every_row_reads_those_cells_as_no_year_and_counts_them(tmp_path):
    cells: list[tuple[int, str]] = []
    notes: Counter = Counter()
    mentions = read_mentions(write(tmp_path, ROWS), notes=notes, unreadable_years="unknown", unknown_years=cells)
    assert [mention.mention_id for mention in mentions] == ["s1", "s2", "s3", "s4", "s5"]
    assert [mention.birth_year for mention in mentions] == [None, (1950, 1950), None, (1958, 1958), None]
    assert [mention.detained_year for mention in mentions] == [(2018, 2018), None, (2017, 2017), (2017, 2017), None]
    # Everything else in the rows is read as before.
    assert mentions[0].name == "Zorvat Telmek" and mentions[0].hometown == "Qaraköl" and mentions[0].gender == "male"
    assert cells == [(2, "birth_year"), (3, "detained_year"), (4, "birth_year"), (6, "detained_year")]
    # Row 6's age has no detention year left to count from: counted as before, not as unreadable.
    assert notes["ages without a detention year"] == 1
    note = unknown_years_note(cells)
    assert note == ("4 year cells hold no readable year (birth_year 2, detained_year 2): read as unknown, "
                    "no year stated; rows 2, 3, 4, 6")
    # Control: a file with no unreadable cell reads alike under either choice and adds no cell.
    clean = [ROWS[1].replace("2617", "2017"), ROWS[3]]
    quiet: list[tuple[int, str]] = []
    assert (read_mentions(write(tmp_path, clean), unreadable_years="unknown", unknown_years=quiet)
            == read_mentions(write(tmp_path, clean)))
    assert quiet == [] and unknown_years_note(quiet) == ""


def test_the_note_names_the_first_rows_and_counts_the_rest():
    cells = [(row, "birth_year") for row in range(2, 2 + MAX_LISTED_CELLS + 5)] + [(3, "detained_year")]
    note = unknown_years_note(cells)
    assert note.startswith(f"{MAX_LISTED_CELLS + 6} year cells hold no readable year (birth_year "
                           f"{MAX_LISTED_CELLS + 5}, detained_year 1)")
    assert note.endswith(f"rows {', '.join(str(row) for row in range(2, 2 + MAX_LISTED_CELLS))} and 5 more")
    assert unknown_years_note([(7, "detained_year")]) == ("1 year cell holds no readable year (detained_year 1): "
                                                          "read as unknown, no year stated; row 7")


@pytest.mark.parametrize("choice", ["Unknown", "repair", "", "unknown\n"])
def test_a_bad_choice_is_a_one_line_error_before_the_file_is_read(tmp_path, choice):
    with pytest.raises(InputError) as caught:
        read_mentions(tmp_path / "missing.csv", unreadable_years=choice)  # not "cannot read": refused first
    assert caught.value.message.startswith("unreadable years: choose refuse or unknown, not ")
    assert "\n" not in caught.value.message
    with pytest.raises(InputError):
        parse_mentions("\n".join([HEADER, ROWS[1]]), unreadable_years=choice)


def test_link_records_refuses_by_default_and_links_every_row_when_asked(tmp_path):
    source = write(tmp_path, ROWS)
    output = tmp_path / "out.csv"
    refused = runner.invoke(app, [str(source), "--output", str(output)])
    assert refused.exit_code == 1
    assert len(refused.output.strip().splitlines()) == 1 and "nothing was linked" in refused.output
    # The refusal names the option that keeps the rows, so that a newcomer need not find it in --help.
    assert "--unreadable-years unknown" in refused.output
    assert not output.exists()
    kept = runner.invoke(app, [str(source), "--output", str(output), "--unreadable-years", "unknown"])
    assert kept.exit_code == 0, kept.output
    with output.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert [row[0] for row in rows[1:]] == ["s1", "s2", "s3", "s4", "s5"]
    said = kept.output.replace("\n", " ")
    assert said.count("hold no readable year") == 1
    assert ("4 year cells hold no readable year (birth_year 2, detained_year 2): read as unknown, no year "
            "stated; rows 2, 3, 4, 6") in said
    assert "5 mentions in" in said
    for cell in ("7950", "1458", "2617", "Zorvat", "Miran", "Tashbel"):
        assert cell not in kept.output, cell


def test_link_records_refuses_a_bad_choice_in_one_line_and_writes_nothing(tmp_path):
    source = write(tmp_path, ROWS)
    output = tmp_path / "out.csv"
    result = runner.invoke(app, [str(source), "--output", str(output), "--unreadable-years", "guess"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == ["error: unreadable years: choose refuse or unknown, not 'guess'"]
    assert not output.exists()


def test_synths_unreadable_years_are_each_one_the_reader_reads_as_unknown_and_nothing_else(tmp_path):
    """bench/synth.py --unreadable-years: every year cell it misreads is one the reader refuses
    (and reads as unknown when asked); the other cells and rows are those of the clean file."""
    import random
    import sys
    from pathlib import Path

    bench = Path(__file__).resolve().parents[2] / "bench"
    sys.path.insert(0, str(bench))
    from synth import make_mentions, unreadable_year, write_mentions

    rng = random.Random(5)
    for year in ("1950", "2017", "1885", "2100", "1999"):
        misread = {unreadable_year(year, rng) for _ in range(40)}
        assert len(misread) == 2 and all(text[2:] == year[2:] for text in misread)  # first or second digit
        for text in misread:
            with pytest.raises(InputError):
                parse_mentions("\n".join([HEADER, f"q1,Orvan Dessik,,{text},,,"]))
    mentions, truth = make_mentions(300, 7)
    clean_path, scanned_path = tmp_path / "clean.csv", tmp_path / "scanned.csv"
    with clean_path.open("w", encoding="utf-8", newline="") as stream:
        write_mentions(stream, mentions, None)
    with scanned_path.open("w", encoding="utf-8", newline="") as stream:
        write_mentions(stream, mentions, None, (0.1, random.Random(1)))
    clean = read_mentions(clean_path)
    cells: list[tuple[int, str]] = []
    scanned = read_mentions(scanned_path, unreadable_years="unknown", unknown_years=cells)
    assert 10 < len(cells) < 100
    unread = set(cells)
    for row, (before, after) in enumerate(zip(clean, scanned, strict=True), start=2):
        for column in ("birth_year", "detained_year"):
            if (row, column) in unread:
                assert getattr(before, column) is not None and getattr(after, column) is None
            else:
                assert getattr(after, column) == getattr(before, column)
        assert (after.mention_id, after.name, after.gender, after.hometown, after.facility) == (
            before.mention_id, before.name, before.gender, before.hometown, before.facility)


def test_link_records_help_names_every_encoding_the_reader_takes():
    """The help says what the README and the reader say: UTF-32 with its byte-order mark is read too
    (h-newcomer61: the help listed only UTF-8, UTF-16 and cp1251)."""
    result = runner.invoke(app, ["--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    said = " ".join(result.output.split())
    assert "UTF-32" in said and "UTF-16" in said and "cp1251" in said


def test_utf32_with_its_mark_is_read_as_the_help_says(tmp_path):
    path = tmp_path / "in32.csv"
    path.write_bytes("\n".join([HEADER, "u1,Zorvat Telmek,m,1950,Qaraköl,,2018"]).encode("utf-32"))
    assert [mention.mention_id for mention in read_mentions(path)] == ["u1"]
