"""h-kinnames72: a public Uyghur testimony's relative named after a kin word with words no name list knows
(«ئاكام ئۆركەشجان تۇرغۇنباي», "my elder brother …") is masked in the release draft: before, the extractor read
no person there and `release propose` published the name in full. Control: the sentence around the name is
shown. Through the CLI, as a drafter does it. Invented names."""

from typer.testing import CliRunner

from guwah.cli import app

TEXT = "ئاكام ئۆركەشجان تۇرغۇنباي 2017-يىلى غۇلجىدا تۇتۇلدى. ئۇنىڭدىن بېرى ھېچ خەۋەر يوق."


def test_a_brother_named_in_unknown_words_is_masked(tmp_path, monkeypatch):
    monkeypatch.setenv("GUWAH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUWAH_KEY_FILE", str(tmp_path / "keys" / "master.key"))
    monkeypatch.setenv("GUWAH_ACTOR", "drafter")
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    (tmp_path / "t.txt").write_text(TEXT)
    (tmp_path / "t.meta.yaml").write_text("consent: public\nlanguage: ug\n")
    runner = CliRunner()
    for args in (["init"], ["ingest", str(tmp_path / "t.txt")], ["extract", "--all"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
    proposed = runner.invoke(app, ["release", "propose", "1"])
    assert proposed.exit_code == 0, proposed.output
    assert "ئۆركەشجان" not in proposed.stdout and "تۇرغۇنباي" not in proposed.stdout, proposed.stdout
    assert "ئاكام" in proposed.stdout and "ھېچ خەۋەر يوق" in proposed.stdout  # the control: the text around it
