"""Bad input gives one clear reason naming the problem, stores nothing partial, and the run
goes on with the other files. Checked on SQLite and PostgreSQL."""

import random

import pytest
from sqlalchemy import func, select

from guwah.ingest import DUPLICATE, FAILED, INGESTED, ingest_file, ingest_paths
from guwah.storage.tables import Base
from tests.factories import make_docx, make_pdf, make_zip_bomb


def undecodable_bytes() -> bytes:
    noise = random.Random(7).randbytes(4000)
    return noise.replace(b"\0", b"\x01")


BAD_INPUTS = {
    "empty": ("empty.txt", b"", "empty file"),
    "whitespace only": ("blank.txt", b"  \n\n\t ", "no text"),
    "binary with NUL bytes": ("photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" * 20, "binary"),
    "control characters": ("dump.md", bytes(range(1, 9)) * 50 + b"some text", "binary"),
    "undecodable": ("noise.txt", undecodable_bytes(), "encoding could not be detected"),
    "unsupported type": ("portrait.jpg", b"\xff\xd8\xff\xe0 not really a jpeg", "unsupported file type"),
    "no suffix": ("README", b"plain words", "unsupported file type"),
    "corrupt PDF": ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage", "corrupt PDF"),
    "not a PDF": ("fake.pdf", b"just text pretending", "not a PDF"),
    "corrupt DOCX": ("broken.docx", b"PK\x03\x04 this is not a real zip archive", "corrupt DOCX"),
    "zip without Word parts": ("empty.docx", None, "corrupt DOCX"),
    "HTML without text": ("empty.html", b"<html><head><title>t</title></head><body><script>var a = 1;</script><img src=x></body></html>", "no main text"),
}


def _zip_without_word_parts() -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a word document")
    return buffer.getvalue()


def count_rows(store) -> int:
    with store.session() as session:
        return sum(session.scalar(select(func.count()).select_from(table)) for table in Base.metadata.sorted_tables)


def stored_originals(store) -> list:
    return [p for p in store.settings.originals_dir.rglob("*") if p.is_file()]


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_fails_with_reason_and_stores_nothing(any_store, tmp_path, case):
    name, data, reason = BAD_INPUTS[case]
    path = tmp_path / name
    path.write_bytes(_zip_without_word_parts() if data is None else data)
    outcome = ingest_file(any_store, path)
    assert outcome.status == FAILED
    assert reason in outcome.reason
    assert "\n" not in outcome.reason
    assert count_rows(any_store) == 0
    assert stored_originals(any_store) == []


def test_file_over_the_size_limit_is_refused(tmp_path):
    from guwah.storage import Store
    from tests.conftest import make_settings

    store = Store(make_settings(tmp_path / "data", GUWAH_MAX_FILE_BYTES="100"))
    path = tmp_path / "long.txt"
    path.write_text("word " * 50)
    outcome = ingest_file(store, path)
    assert outcome.status == FAILED and "over the 100 byte limit" in outcome.reason
    assert count_rows(store) == 0


def test_zip_bomb_inside_docx_is_refused(tmp_path):
    from guwah.storage import Store
    from tests.conftest import make_settings

    store = Store(make_settings(tmp_path / "data", GUWAH_MAX_UNPACKED_BYTES=str(8 << 20)))
    path = tmp_path / "bomb.docx"
    path.write_bytes(make_zip_bomb(64 << 20))
    assert path.stat().st_size < 200_000  # small on disk, huge unpacked
    outcome = ingest_file(store, path)
    assert outcome.status == FAILED and "zip bomb" in outcome.reason
    assert count_rows(store) == 0 and stored_originals(store) == []


def test_missing_file_is_reported(store, tmp_path):
    outcome = ingest_file(store, tmp_path / "nowhere.txt")
    assert outcome.status == FAILED and outcome.reason == "no such file"


def test_a_failure_while_recording_leaves_no_original_behind(any_store, tmp_path, monkeypatch):
    import guwah.ingest as ingest

    def explode(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(ingest, "_witness", explode)
    path = tmp_path / "good.txt"
    path.write_text("A perfectly good account of a detention in Korla.")
    with pytest.raises(RuntimeError):
        ingest_file(any_store, path)
    assert count_rows(any_store) == 0
    assert stored_originals(any_store) == []


def test_run_goes_on_after_a_bad_file(any_store, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a-good.txt").write_text("An account of an arrest in Turpan in 2018.")
    (folder / "b-bad.pdf").write_bytes(b"%PDF-1.4 broken")
    (folder / "c-good.docx").write_bytes(make_docx(["An account of a release from a camp in Hami."]))
    (folder / "d-scan.pdf").write_bytes(make_pdf(["A page with a text layer about Yining."]))
    outcomes = {o.path.name: o.status for o in ingest_paths(any_store, [folder])}
    assert outcomes == {"a-good.txt": INGESTED, "b-bad.pdf": FAILED, "c-good.docx": INGESTED, "d-scan.pdf": INGESTED}


def test_same_bytes_twice_is_a_no_op(any_store, tmp_path):
    first = tmp_path / "one.txt"
    second = tmp_path / "copy-with-another-name.txt"
    first.write_text("The same testimony, delivered twice.")
    second.write_bytes(first.read_bytes())
    original = ingest_file(any_store, first)
    again = ingest_file(any_store, second)
    assert (original.status, again.status) == (INGESTED, DUPLICATE)
    assert again.document_id == original.document_id
    assert f"document {original.document_id}" in again.reason
    rows = count_rows(any_store)
    assert ingest_file(any_store, first).status == DUPLICATE
    assert count_rows(any_store) == rows
