import csv

import typer
from typer.testing import CliRunner

from guwah.console import fails_cleanly
from guwah.link.cli import link_records_command

app = typer.Typer(add_completion=False)
app.command("link-records")(fails_cleanly(link_records_command))
runner = CliRunner()


def test_link_records_writes_one_row_per_mention_defused(tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("mention_id;name;birth_year;hometown\n=A1;Ilham Tohti;1969;Atush\n"
                      "a2;Илхам Тохти;c. 1969;Артуш\na3;Gulbahar Jalilova;1964;Ghulja\n", encoding="utf-8-sig")
    output = tmp_path / "out.csv"
    result = runner.invoke(app, [str(source), "--output", str(output)])
    assert result.exit_code == 0, result.output
    with output.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["mention_id", "cluster_id"]
    assert [row[0] for row in rows[1:]] == ["'=A1", "a2", "a3"]
    assert rows[1][1] == rows[2][1] != rows[3][1]


def test_link_records_refuses_a_duplicate_id_and_writes_nothing(tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("mention_id,name\nx1,Memet Tursun\nx1,Abdulla Tursun\n", encoding="utf-8")
    output = tmp_path / "out.csv"
    result = runner.invoke(app, [str(source), "--output", str(output)])
    assert result.exit_code == 1
    assert "row 3: mention_id x1 repeats row 2" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not output.exists()


def test_link_records_prints_stage_timings_when_asked_and_no_names(tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("mention_id,name,birth_year\nm1,Ilham Tohti,1969\nm2,Илхам Тохти,1969\nm3,Gulbahar Jalilova,1964\n",
                      encoding="utf-8")
    output = tmp_path / "out.csv"
    plain = runner.invoke(app, [str(source), "--output", str(output)])
    timed = runner.invoke(app, [str(source), "--output", str(output), "--timings"])
    assert plain.exit_code == timed.exit_code == 0, timed.output
    assert "features" not in plain.output
    for stage in ("features", "candidates", "name scores", "training", "prediction", "clustering"):
        assert f"{stage} " in timed.output
    assert "Ilham" not in timed.output and "Tohti" not in timed.output


def test_link_records_says_once_how_many_ages_it_could_not_place_and_no_cell(tmp_path):
    """Issue 10: an age without a detention year is no birth year, counted on stderr, never a refusal."""
    source = tmp_path / "in.csv"
    source.write_text("mention_id,name,birth_year,detained_year\nm1,Zorvat Telmek,age 41,\n"
                      "m2,Zorvat Telmek,about 40,2018\nm3,Miran Keldan,41 years old,\nm4,Miran Keldan,41,2018\n",
                      encoding="utf-8")
    output = tmp_path / "out.csv"
    result = runner.invoke(app, [str(source), "--output", str(output)])
    assert result.exit_code == 0, result.output
    assert result.output.count("birth_year cells hold an age") == 1
    assert "2 birth_year cells hold an age" in result.output
    assert "1 birth_year cells hold a number alone" in result.output
    assert "Zorvat" not in result.output and "41" not in result.output
