"""When new evidence takes published records down, every command says which (release, document and
entry numbers, never names) and the exact command that brings each back (the newcomer's report: a
neighbour's statement ingested and extracted took down a released testimony and its entry, and only
the testimony got a redraft; nothing said what came down or how to put the entry back)."""

import pytest
from typer.testing import CliRunner

from guwah.cli import app

WIFE = "My name is Saltanat Omirzak. My husband Nurlan Baibol was detained in 2018 in Ghulja and taken to a camp."
NEIGHBOUR = ("I am a neighbour of the family. Nurlan Baibol was taken by the police in 2018. His wife Saltanat "
             "went to the police station every week.")


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.setenv("GUWAH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUWAH_KEY_FILE", str(tmp_path / "keys" / "master.key"))
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    monkeypatch.delenv("GUWAH_PASSPHRASE", raising=False)
    runner = CliRunner()

    def invoke(*args, actor="drafter"):
        monkeypatch.setenv("GUWAH_ACTOR", actor)
        result = runner.invoke(app, [str(a) for a in args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result

    invoke("init")
    return invoke


def _ingest(run, folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    (folder / f"{path.stem}.meta.yaml").write_text("consent: public\nlanguage: en\n", encoding="utf-8")
    run("ingest", path)


def _draft(result) -> str:
    import re

    return re.search(r"Draft (\d+) stored", " ".join(result.output.split())).group(1)


def _published_testimony_and_entry(run, tmp_path):
    """Document 1 and entry E-2 (the husband, named on his wife's word) released by two reviewers."""
    import re

    _ingest(run, tmp_path, "wife.txt", WIFE)
    run("extract", "--all")
    run("link", "--new")
    facts = re.findall(r"^([a-z]+:\d+)", run("review", "list").output, re.M)
    run("review", "accept", *facts, actor="reviewer")
    run("naming", "propose", "M-2", "--basis", "reporting_relative", "--note", "his wife asked", "--document", "1")
    run("naming", "approve", "1", actor="reviewer")
    run("release", "propose", "1")
    run("release", "approve", "1", actor="reviewer")
    run("release", "propose-entry", "E-2")
    run("release", "approve", "2", actor="reviewer")


def test_new_evidence_says_what_came_down_and_the_command_that_brings_each_back(run, tmp_path):
    _published_testimony_and_entry(run, tmp_path)
    _ingest(run, tmp_path, "neighbour.txt", NEIGHBOUR)
    said = " ".join(run("extract", "--all").stderr.split())
    assert "2 releases taken down" in said and "document 1, entry E-2" in said, said
    # The testimony has a redraft, said by number, with the command that drafts it by hand.
    assert "withdrew release 1 of document 1 (public document 1)" in said, said
    assert "a redraft (release 3) waits" in said and "`guwah release propose 1`" in said, said
    # The entry has none (its facts rest on the testimony, down until its redraft is approved): the
    # message says so, and the command that drafts it again then.
    assert "withdrew release 2 of entry E-2 (public entry 1)" in said, said
    assert "it rests on document 1, taken down here too: approve its redraft first" in said, said
    assert "`guwah release propose-entry E-2` drafts it again" in said, said
    assert "New drafts wait for review" not in said  # the old line, untrue of the entry
    for name in ("Nurlan", "Baibol", "Saltanat", "Omirzak"):  # numbers, never names
        assert name not in said
    quiet = run("extract", "--all")  # control: nothing new, nothing said
    assert "taken down" not in quiet.output and "withdrew" not in quiet.output


def test_a_mention_merged_into_a_named_entry_is_told_the_one_command_for_its_basis(run, tmp_path):
    _published_testimony_and_entry(run, tmp_path)
    _ingest(run, tmp_path, "neighbour.txt", NEIGHBOUR)
    run("extract", "--all")
    run("link", "--new")  # the neighbour's mention M-3 joins entry E-2
    refused = CliRunner().invoke(app, ["release", "propose-entry", "E-2"])
    said = " ".join(refused.output.split())
    assert refused.exit_code != 0 and "mention without an approved naming basis (M-3)" in said, said
    # A basis is per mention (a linker's merge may join a namesake): not carried, but the ground
    # that names M-2 is offered for M-3 as one command, for a second reviewer to approve.
    assert "mention M-2 of this entry is named on the ground reporting_relative" in said, said
    assert "`guwah naming propose M-3 --basis reporting_relative --document 1`" in said, said
    run("naming", "propose", "M-3", "--basis", "reporting_relative", "--document", "1")
    run("naming", "approve", "2", actor="reviewer")
    drafted = run("release", "propose", "1")  # the testimony, drafted again by a person and approved
    run("release", "approve", _draft(drafted), actor="reviewer")
    run("release", "propose-entry", "E-2")  # and now the entry drafts


def test_an_entry_with_no_named_mention_is_offered_no_ground(run, tmp_path):
    # Control: with no basis on the entry, nothing is offered to copy (the general advice only).
    import re

    _ingest(run, tmp_path, "wife.txt", WIFE)
    run("extract", "--all")
    facts = re.findall(r"^([a-z]+:\d+)", run("review", "list").output, re.M)
    run("review", "accept", *facts, actor="reviewer")
    run("release", "propose", "1")
    run("release", "approve", "1", actor="reviewer")
    refused = CliRunner().invoke(app, ["release", "propose-entry", "E-2"])
    said = " ".join(refused.output.split())
    assert refused.exit_code != 0 and "without an approved naming basis (M-2)" in said, said
    assert "named on the ground" not in said and "--document" not in said


def test_a_release_put_back_and_taken_down_again_is_said_once_as_withdrawn(capsys):
    # h-newcomer66: `persons undo` printed "withdrew release 20 of entry E-20 …" and then "put back
    # release 20 of entry E-20 …, as approved before" of the same release, which stayed down (a
    # testimony released since changed what it shows). A release put back and left up is said (control).
    from types import SimpleNamespace

    from guwah.registry.cli import print_release_changes
    from guwah.releases import ReleaseChange

    def change(release, number, redraft=None):
        return ReleaseChange(release, "entry", number, number, redraft, "registry act 7 was undone", number)

    print_release_changes(SimpleNamespace(withdrawn=[change(20, 8, redraft=22)], operation=7,
                                          restored=[change(19, 6), change(20, 8)]))
    said = " ".join(capsys.readouterr().err.split())
    assert "withdrew release 20 of entry E-8" in said and "a redraft (release 22) waits" in said
    assert "put back release 20" not in said
    assert "put back release 19 of entry E-6 (public entry 6), as approved before" in said
