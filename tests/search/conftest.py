"""Fixtures of the search tests: released testimonies, one of them naming a person whom nobody may
name (his name masked by the release)."""

import pytest

from guwah.storage.tables import Person, PersonName
from tests.releasing import ingest_text, mark_read, release_document


@pytest.fixture
def release_testimonies(store, tmp_path):
    """A function that ingests testimonies into `store` (each with public consent) and releases them:
    given {file name: (text, the name of a withheld person it writes, or None)}, returns {file
    name: document id}. A withheld person gets an accepted name at its place in the text and no
    naming basis, so that the release masks it; every other testimony is marked read first."""
    def release(texts: dict[str, tuple[str, str | None]]) -> dict[str, int]:
        ids = {}
        for name, (text, withheld) in texts.items():
            ids[name] = ingest_text(store, tmp_path, name, text, "consent: public\n")
            if withheld:
                with store.session() as session:
                    person = Person()
                    session.add(person)
                    session.flush()
                    start = text.index(withheld)
                    session.add(PersonName(person_id=person.id, name=withheld, evidence_document_id=ids[name],
                                           evidence_start=start, evidence_end=start + len(withheld),
                                           asserted_by_kind="user", asserted_by="t", review_state="accepted"))
            else:
                mark_read(store, ids[name])
            release_document(store, ids[name])
        return ids
    return release
