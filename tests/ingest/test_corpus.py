"""The three real testimonies in ../shared/corpus are stored whole: nothing of the text dropped."""

from sqlalchemy import select

from guwah.ingest import INGESTED, ingest_paths
from guwah.storage.blobs import sha256_hex
from guwah.storage.tables import Document
from tests.shared import shared_path


def test_corpus_ingests_three_documents_with_every_line_kept(store):
    folder = shared_path("corpus")
    files = sorted(folder.glob("*.txt"))
    assert len(files) == 3
    outcomes = list(ingest_paths(store, files))
    assert [o.status for o in outcomes] == [INGESTED] * 3
    with store.session() as session:
        documents = {d.original_name: d for d in session.scalars(select(Document))}
    assert len(documents) == 3
    for path in files:
        document = documents[path.name]
        original = path.read_bytes()
        assert document.sha256 == sha256_hex(original)
        assert store.blobs.get(document.fingerprint) == original
        for line in original.decode("utf-8").splitlines():
            assert line.strip() in document.text
        assert len(document.text) >= len(original.decode("utf-8").replace("\r\n", "\n")) - 1
        assert document.language == "en"
