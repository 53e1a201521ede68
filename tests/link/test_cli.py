import csv
import re

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
                      "a2;Илхам Тохти;c. 1969;Артуш\na3;Gulbahar Jamilova;1964;Ghulja\n", encoding="utf-8-sig")
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
    source.write_text("mention_id,name,birth_year\nm1,Ilham Tohti,1969\nm2,Илхам Тохти,1969\nm3,Gulbahar Jamilova,1964\n",
                      encoding="utf-8")
    output = tmp_path / "out.csv"
    plain = runner.invoke(app, [str(source), "--output", str(output)])
    timed = runner.invoke(app, [str(source), "--output", str(output), "--timings"])
    assert plain.exit_code == timed.exit_code == 0, timed.output
    # Without --timings no stage's seconds (a log that is no terminal says each stage's progress:
    # "features: 0%", `guwah.console.LineProgress`).
    assert re.search(r"features \d", timed.output) and not re.search(r"features \d", plain.output)
    for stage in ("features", "candidates", "name scores", "training", "prediction", "clustering"):
        assert re.search(rf"{stage} \d+\.\d s", timed.output), stage
        assert f"{stage}: 0%" in plain.output  # the line that says the stage started
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
    assert "1 birth_year cell holds a number alone" in result.output  # h-try62: "1 birth_year cells hold"
    said = result.output.replace(str(tmp_path), "")  # pytest's own folder may hold the digits 41
    assert "Zorvat" not in said and "41" not in said


def test_link_records_refuses_to_write_over_its_input(tmp_path):
    # `--output` naming the input file replaced the organisation's spreadsheet with the clusters.
    source = tmp_path / "in.csv"
    text = "mention_id,name\nx1,Memet Tursun\nx2,Abdulla Tursun\n"
    source.write_text(text, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    for same in (source, tmp_path / "sub" / ".." / "in.csv"):
        result = runner.invoke(app, [str(source), "--output", str(same)])
        assert result.exit_code == 1 and "is the input" in result.output
        assert len(result.output.strip().splitlines()) == 1
        assert source.read_text(encoding="utf-8") == text
    other = tmp_path / "out.csv"  # positive control: another file is written
    assert runner.invoke(app, [str(source), "--output", str(other)]).exit_code == 0 and other.exists()


def test_link_records_refuses_an_output_it_cannot_write_before_linking(tmp_path, monkeypatch):
    # A missing folder was found only after the whole linking run (minutes on a large file).
    import guwah.link.linker

    def no_linking(*_args, **_kwargs):
        raise AssertionError("linked before checking the output")

    monkeypatch.setattr(guwah.link.linker, "link_mentions", no_linking)
    source = tmp_path / "in.csv"
    source.write_text("mention_id,name\nx1,Memet Tursun\nx2,Abdulla Tursun\n", encoding="utf-8")
    for output in (tmp_path / "missing" / "out.csv", tmp_path):
        result = runner.invoke(app, [str(source), "--output", str(output)])
        assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1, result.output
        assert str(output) in result.output


def test_link_records_says_how_to_join_defused_ids_back_and_refuses_two_that_would_be_written_alike(tmp_path):
    # "=1+1" came back as "'=1+1" unsaid: the ids no longer joined back to the input.
    source = tmp_path / "in.csv"
    source.write_text("mention_id,name\n=1+1,Ilham Tohti\n-7,Илхам Тохти\n'x,Gulbahar Jamilova\n", encoding="utf-8")
    output = tmp_path / "out.csv"
    result = runner.invoke(app, [str(source), "--output", str(output)])
    assert result.exit_code == 0, result.output
    assert "2 mention_ids start with =, +, - or @" in result.output and "strip it to join back" in result.output
    assert "Tohti" not in result.output  # a count, never a cell
    with output.open(newline="", encoding="utf-8") as handle:
        written = [row[0] for row in list(csv.reader(handle))[1:]]
    assert written == ["'=1+1", "'-7", "'x"]  # still defused, in the input's order
    # The documented rule joins every id back: one apostrophe off where a formula start follows it.
    joined = [cell[1:] if cell[:1] == "'" and cell[1:2] in "=+-@" else cell for cell in written]
    assert joined == ["=1+1", "-7", "'x"]
    # Two ids that would be written alike are refused before any linking, naming both rows.
    source.write_text("mention_id,name\n=A1,Ilham Tohti\n'=A1,Gulbahar Jamilova\n", encoding="utf-8")
    output.unlink()
    refused = runner.invoke(app, [str(source), "--output", str(output)])
    assert refused.exit_code == 1 and not output.exists()
    assert "row 3: mention_id '=A1 would be written '=A1, as row 2's is" in refused.output
    assert len(refused.output.strip().splitlines()) == 1
    # Positive control: ids that differ once written are linked.
    source.write_text("mention_id,name\n=A1,Ilham Tohti\nA1,Gulbahar Jamilova\n", encoding="utf-8")
    assert runner.invoke(app, [str(source), "--output", str(output)]).exit_code == 0


def test_link_records_refuses_an_output_inside_the_data_directory_before_linking(tmp_path, monkeypatch):
    """Before: `--output guwah-data/keyring.json` replaced the archive's wrapped key with the clusters."""
    data = tmp_path / "data"
    data.mkdir()
    keyring = data / "keyring.json"
    keyring.write_text("the wrapped key")
    monkeypatch.setenv("GUWAH_DATA_DIR", str(data))
    source = tmp_path / "in.csv"
    source.write_text("mention_id,name\nx1,Memet Tursun\nx2,Abdulla Tursun\n", encoding="utf-8")
    result = runner.invoke(app, [str(source), "--output", str(keyring)])
    assert result.exit_code == 1 and "inside the data directory" in result.output, result.output
    assert keyring.read_text() == "the wrapped key"
    other = tmp_path / "out.csv"  # positive control: beside the data directory it is written
    assert runner.invoke(app, [str(source), "--output", str(other)]).exit_code == 0 and other.exists()


def test_link_records_queues_identical_rows_and_says_what_it_did_not_compare(tmp_path):
    """Issue 10: 50,000 rows of 140 names gave "50,000 clusters; 0 pairs left for review" and not a
    word more: rows identical in every field vanished, and the capped blocks went unsaid."""
    import random

    from guwah.link.linker import MIN_TRAINING_MENTIONS

    chance = random.Random(10)
    towns = ["Atush", "Ghulja", "Kashgar", "Hotan", "Aksu", "Turpan", "Korla", "Urumqi"]
    given = ["Zorvat", "Miran", "Keldan", "Orsun", "Talvir", "Nusret"]
    lines = ["mention_id,name,gender,birth_year,hometown,facility,detained_year"]
    for index in range(MIN_TRAINING_MENTIONS + 200):
        lines.append(f"r{index},{given[index % 6]} Telmekov,,{chance.randint(1950, 2000)},{chance.choice(towns)},,"
                     f"{chance.choice([2017, 2018, 2019])}")
    lines.append("twin," + lines[6].split(",", 1)[1])  # row 7, again
    source = tmp_path / "in.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = tmp_path / "out.csv"
    result = runner.invoke(app, [str(source), "--output", str(output)])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "name keys are shared by so many rows" in said and "cap of 20,000 pairs" in said
    assert "pairs of rows identical in every field were left unlinked" in said and "queued for review first" in said
    assert "0 pairs left for review" not in said
    assert "Zorvat" not in said and "Telmekov" not in said  # counts, never a name
    with output.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == len(lines)
    # Control: a small file of distinct names says neither.
    source.write_text("mention_id,name,birth_year\nm1,Ilham Tohti,1969\nm2,Gulbahar Jamilova,1964\n", encoding="utf-8")
    quiet = runner.invoke(app, [str(source), "--output", str(output)])
    assert quiet.exit_code == 0 and "name keys" not in quiet.output and "identical" not in quiet.output


def test_link_records_says_how_many_pairs_the_queue_cap_left_out(tmp_path, monkeypatch):
    """The queue's cap holds for identical rows too (G 1,000,000 queued 52,376 pairs against 50,000),
    and the summary says how many pairs the cap left out."""
    import random

    from guwah.link import linker as L

    # The cap is the point, not the training's size: trained on 700 rows (over a lowered threshold)
    # the model leaves identical rows unlinked too, more than the cap holds (`left` below).
    monkeypatch.setattr(L, "MIN_TRAINING_MENTIONS", 600)
    chance = random.Random(10)
    towns = ["Atush", "Ghulja", "Kashgar", "Hotan", "Aksu", "Turpan", "Korla", "Urumqi"]
    given = ["Zorvat", "Miran", "Keldan", "Orsun", "Talvir", "Nusret"]
    lines = ["mention_id,name,gender,birth_year,hometown,facility,detained_year"]
    for index in range(L.MIN_TRAINING_MENTIONS + 100):
        lines.append(f"r{index},{given[index % 6]} Telmekov,,{chance.randint(1950, 2000)},{chance.choice(towns)},,"
                     f"{chance.choice([2017, 2018, 2019])}")
    source = tmp_path / "in.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = tmp_path / "out.csv"
    monkeypatch.setattr(L, "REVIEW_MIN", 25)
    monkeypatch.setattr(L, "REVIEW_PER_MENTION", 0.0)
    result = runner.invoke(app, [str(source), "--output", str(output)])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "25 pairs left for review" in said
    import re

    left = re.search(r"the queue's cap of 25 pairs left ([\d,]+) pairs out", said)
    assert left and int(left.group(1).replace(",", "")) > 0, said
    # Control: with the cap out of reach nothing is said to be left out.
    monkeypatch.setattr(L, "REVIEW_MIN", 10**9)
    whole = runner.invoke(app, [str(source), "--output", str(output)])
    assert whole.exit_code == 0 and "left out" not in whole.output and "cap of 25" not in whole.output


def test_link_records_refuses_a_file_its_byte_order_mark_cannot_read_in_one_line_and_writes_nothing(tmp_path):
    # Was a UnicodeDecodeError traceback. An old output stays as it was.
    good = "mention_id,name\nx1,Memet Tursun\nx2,Мемет Турсун\n".encode()
    output = tmp_path / "out.csv"
    output.write_text("kept\n", encoding="utf-8")
    source = tmp_path / "in.csv"
    source.write_bytes(b"\xef\xbb\xbf" + good)
    assert runner.invoke(app, [str(source), "--output", str(tmp_path / "fine.csv")]).exit_code == 0
    source.write_bytes(b"\xef\xbb\xbf" + good + "x3,Мемет\n".encode("cp1251"))
    result = runner.invoke(app, [str(source), "--output", str(output)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "error: row 4: cannot be read as UTF-8 (as its byte-order mark says): save it as UTF-8 (\"CSV UTF-8\" in a "
        "spreadsheet's Save As) and run this again"]
    assert output.read_text(encoding="utf-8") == "kept\n"


def test_link_records_writes_the_pairs_left_for_review_when_asked(tmp_path):
    """"1 pairs left for review" named a queue link-records never wrote: --pairs writes it."""
    source = tmp_path / "in.csv"
    source.write_text("mention_id,name,gender,birth_year,hometown,facility,detained_year\n"
                      "=r0,Ablet Kurban,m,1952,Kashgar,,2017\nb1,Gulbahar Eziz,f,1985,Turpan,Turpan camp,2018\n"
                      "b2,Гульбахар Эзиз,f,c. 1985,Турфан,,2018\nc1,Memet Tohti,m,1970,Hotan,,2017\n"
                      "c2,Tohti Memet,m,1995,Hotan,,2019\nr1,Нурлан Касымов,m,1975,Тачэн,,2018\n"
                      "r2,Нурлан Касымов,m,1975,Чугучак,,2018\n", encoding="utf-8")
    output, pairs = tmp_path / "out.csv", tmp_path / "pairs.csv"
    quiet = runner.invoke(app, [str(source), "--output", str(output)])
    assert quiet.exit_code == 0, quiet.output
    said = " ".join(quiet.output.split())
    found = re.search(r"([\d,]+) pairs? left for review \(--pairs FILE writes them\)", said)
    assert found and int(found.group(1)) > 0, said
    assert not pairs.exists()
    result = runner.invoke(app, [str(source), "--output", str(output), "--pairs", str(pairs)])
    assert result.exit_code == 0, result.output
    assert re.search(rf"pairs? left for review \(written to {re.escape(str(pairs))}\)", " ".join(result.output.split()))
    with pairs.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["mention_id_a", "mention_id_b", "match_probability"]
    assert len(rows) - 1 == int(found.group(1))
    ids = {"'=r0", "b1", "b2", "c1", "c2", "r1", "r2"}
    assert all(a in ids and b in ids and a != b and 0 < float(p) < 1 for a, b, p in rows[1:])
    # --pairs may not be the --output file, nor the input.
    same = runner.invoke(app, [str(source), "--output", str(output), "--pairs", str(output)])
    assert same.exit_code == 1 and "is the --output file too" in same.output
    over = runner.invoke(app, [str(source), "--output", str(output), "--pairs", str(source)])
    assert over.exit_code == 1 and "is the input file" in over.output


def test_link_records_links_no_placeholder_names_and_counts_them(tmp_path):
    """h-try46: "Unknown" with no other field joined an "Unknown" born 1950 in Kashgar."""
    source = tmp_path / "in.csv"
    source.write_text("mention_id,name,gender,birth_year,hometown,facility,detained_year\n"
                      "u1,Unknown,m,1950,Kashgar,,2017\nu7,Unknown,,,,,\nu3,不详,,,,,\n"
                      "m1,Ilham Tohti,m,1969,Atush,,2014\nm2,Илхам Тохти,m,1969,Артуш,,2014\n", encoding="utf-8")
    output = tmp_path / "out.csv"
    result = runner.invoke(app, [str(source), "--output", str(output)])
    assert result.exit_code == 0, result.output
    with output.open(newline="", encoding="utf-8") as handle:
        clusters = [row[1] for row in list(csv.reader(handle))[1:]]
    assert len({clusters[0], clusters[1], clusters[2], clusters[3]}) == 4
    assert clusters[3] == clusters[4]  # control: a real name still links
    assert "3 rows have no usable name" in result.output
    assert "Unknown" not in result.output and "不详" not in result.output


def test_link_records_summary_says_one_thing_in_the_singular(tmp_path):
    """h-try46: "1 mentions in 1 clusters"; two rows stay plural (control)."""
    source = tmp_path / "in.csv"
    output = tmp_path / "out.csv"
    source.write_text("mention_id,name\nm1,Ilham Tohti\n", encoding="utf-8")
    one = runner.invoke(app, [str(source), "--output", str(output)])
    assert one.exit_code == 0, one.output
    assert "1 mention in 1 cluster; 0 pairs left for review" in one.output, one.output
    source.write_text("mention_id,name\nm1,Ilham Tohti\nm2,Gulbahar Jamilova\n", encoding="utf-8")
    two = runner.invoke(app, [str(source), "--output", str(output)])
    assert "2 mentions in 2 clusters; 0 pairs left for review" in two.output, two.output


def test_link_records_joins_a_transcription_spelt_in_pinyin_to_its_turkic_name(tmp_path):
    """A list compiled from Chinese documents writes the transcription in pinyin, with tone marks or in
    capitals (invented names): it joins the Uyghur Latin and Cyrillic records of the same person, while a Chinese name in
    pinyin and another Turkic name in pinyin, of the same birth year and town, stay apart (issue 10)."""
    source = tmp_path / "in.csv"
    source.write_text("mention_id,name,birth_year,hometown\n"
                      "u1,Ekrem Tashmet,1977,Aqsu\n"
                      "p1,Āikèrèmù Tǎxīmǎití,1977,Aksu\n"
                      "c1,Экрем Ташмет,1977,Аксу\n"
                      "z1,ZHAO MINGHUI,1977,Aksu\n"
                      "o1,AIKEBAIER TUERXUN,1977,Aksu\n"
                      "m1,Mirzat Nurbek,1962,Kucha\n"
                      "q1,MIERZHATI NUERBIEKE,1962,Kuqa\n", encoding="utf-8")
    output = tmp_path / "out.csv"
    result = runner.invoke(app, [str(source), "--output", str(output)])
    assert result.exit_code == 0, result.output
    with output.open(newline="", encoding="utf-8") as handle:
        cluster = dict(list(csv.reader(handle))[1:])
    assert cluster["u1"] == cluster["p1"] == cluster["c1"]
    assert cluster["m1"] == cluster["q1"]
    assert len({cluster["u1"], cluster["z1"], cluster["o1"], cluster["m1"]}) == 4
