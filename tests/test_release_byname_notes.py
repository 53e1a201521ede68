"""h-kinnames72: a public testimony's draft that masks a withheld person's name but still shows the nickname
the text gives ("at home we called him X", `guwah.redaction.nicknames`) or an account handle beside the
masked name says so in a note for the reviewer (`guwah.releases.byname_notes`), in `release propose` and on
the workspace's release page; the reviewer's `--mask` then masks them. Controls: a handle far from any
withheld name is not listed, and a draft that masks no name has no such note. Invented people."""

from html import unescape

from typer.testing import CliRunner

from guwah.cli import app

FAR = " ".join(["The weather that spring was cold and the market was quiet for many weeks."] * 4)
TEXT = ("Synthetic example. My brother Abdusalam Tursunbayev was taken from his shop in 2018. At home we called "
        "him Toshqanjan, and his friends wrote to him at @sariq_ay_88 until that spring. " + FAR
        + " The archive's own page is @guwah_notes_demo.")
PLAIN = "Synthetic example. At home we called the old dog Toshqanjan, and it slept by the door all winter."


def _cli(tmp_path, monkeypatch):
    monkeypatch.setenv("GUWAH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUWAH_KEY_FILE", str(tmp_path / "keys" / "master.key"))
    monkeypatch.delenv("GUWAH_DATABASE_URL", raising=False)
    runner = CliRunner()

    def run(*args: str):
        monkeypatch.setenv("GUWAH_ACTOR", "drafter")
        result = runner.invoke(app, list(args))
        assert result.exit_code == 0, result.output
        return result
    return run


def _ingested(tmp_path, run, name: str, text: str) -> None:
    (tmp_path / f"{name}.txt").write_text(text)
    (tmp_path / f"{name}.meta.yaml").write_text("consent: public\n")
    run("ingest", str(tmp_path / f"{name}.txt"))


def test_a_public_draft_notes_the_nickname_and_handle_of_a_withheld_person(tmp_path, monkeypatch):
    run = _cli(tmp_path, monkeypatch)
    run("init")
    _ingested(tmp_path, run, "t1", TEXT)
    run("extract", "--all")
    proposed = run("release", "propose", "1")
    said = " ".join(proposed.stderr.split())
    assert "Tursunbayev" not in proposed.stdout  # the withheld name is masked: the notes' ground
    for byname in ("Toshqanjan", "@sariq_ay_88"):
        assert f'this text calls someone "{byname}" while it withholds a person\'s name' in said, said
        assert byname in proposed.stdout  # shown until the reviewer masks it
    assert "@guwah_notes_demo" not in said  # control: a handle far from every withheld name
    masked = run("release", "propose", "1", "--mask", "Toshqanjan", "--mask", "@sariq_ay_88")
    assert "Toshqanjan" not in masked.stdout and "sariq_ay_88" not in masked.stdout, masked.stdout
    assert "this text calls someone" not in masked.stderr
    assert "@guwah_notes_demo" in masked.stdout


def test_the_workspace_release_page_shows_the_note(store, tmp_path):
    from guwah.releases import draft_release
    from guwah.web import create_app
    from tests.accounts.factories import client_as, make_user
    from tests.releasing import ingest_text, mark_read

    document = ingest_text(store, tmp_path, "a.txt", TEXT, "consent: public\n")
    plain = ingest_text(store, tmp_path, "b.txt", PLAIN, "consent: public\n")
    for each in (document, plain):
        mark_read(store, each)
    with store.session() as session:
        from guwah.storage.tables import Person, PersonName

        person = Person(consent="confidential")
        session.add(person)
        session.flush()
        start = TEXT.index("Abdusalam Tursunbayev")
        session.add(PersonName(person_id=person.id, name="Abdusalam Tursunbayev", evidence_document_id=document,
                               evidence_start=start, evidence_end=start + 21, asserted_by_kind="user", asserted_by="t"))
        session.flush()
        draft = draft_release(session, document, "drafter").id
        other = draft_release(session, plain, "drafter").id
    client, _token = client_as(create_app(store), store, make_user(store, "eldor", "editor", totp=True))
    page = unescape(client.get(f"/workspace/releases/{draft}").text)
    assert 'this text calls someone "Toshqanjan"' in page and 'this text calls someone "@sariq_ay_88"' in page
    # control: a text that withholds no name has no such note, though it gives a nickname
    assert "this text calls someone" not in unescape(client.get(f"/workspace/releases/{other}").text)
