"""Search over confidential text without storing it in the clear: a blind index.

Each word of a document is stored only as a keyed hash (HMAC under a key derived from the archive
key), together with its Latin forms, so that a search for "Omarov" also finds "Омаров" and
"Ghulja" finds "غۇلجا". Chinese text is indexed by character pairs. The index supports whole-
word search; it cannot do substring or fuzzy search, which would need the words themselves —
the trade-off SECURITY.md describes.
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from guwah.errors import InputError
from guwah.protection.keys import KeyRing
from guwah.storage.tables import Document, SearchTerm

_WORD = re.compile(r"\w+", re.UNICODE)
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


def _is_latin(word: str) -> bool:
    return all(ord(c) < 0x250 for c in word)


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def word_variants(word: str) -> set[str]:
    """The forms under which one word is indexed and looked up."""
    from guwah.names import latin_forms

    word = word.casefold()
    variants = {word}
    if _is_latin(word):
        variants.add(_fold(word))  # Ürümqi = urumqi
    elif not _HAN.fullmatch(word):
        variants.update(form.replace(" ", "") for form in latin_forms(word))
    return {v for v in variants if v}


def words(text: str) -> list[str]:
    """Words of a text; runs of Chinese characters become overlapping character pairs."""
    found: list[str] = []
    for word in _WORD.findall(text):
        for piece in _HAN.split(word):
            if piece:
                found.append(piece)
        for run in _HAN.findall(word):
            found.extend(run[i:i + 2] for i in range(max(1, len(run) - 1)))
    return found


def _term(ring: KeyRing, variant: str) -> str:
    return ring.mac("search-term", variant.encode("utf-8")).hex()[:32]


def index_document(session: Session, ring: KeyRing, document_id: int, text: str) -> int:
    """(Re)build the blind index of one document; returns the number of terms stored."""
    session.execute(delete(SearchTerm).where(SearchTerm.document_id == document_id))
    terms = {_term(ring, v) for word in set(words(text)) for v in word_variants(word)}
    session.add_all(SearchTerm(document_id=document_id, term=term) for term in terms)
    return len(terms)


def search_documents(session: Session, ring: KeyRing, query: str) -> list[int]:
    """Ids of documents containing every word of `query` (in any of its forms), oldest first."""
    query_words = words(query)
    if not query_words:
        raise InputError("the search needs at least one word")
    matching: set[int] | None = None
    for word in dict.fromkeys(query_words):
        terms = [_term(ring, v) for v in word_variants(word)]
        ids = set(session.scalars(select(SearchTerm.document_id).where(SearchTerm.term.in_(terms))))
        matching = ids if matching is None else matching & ids
        if not matching:
            return []
    return sorted(matching)


def reindex_all(session: Session, ring: KeyRing) -> int:
    """Rebuild the index of every document; returns how many were indexed."""
    count = 0
    for document_id, text in session.execute(select(Document.id, Document.text)):
        index_document(session, ring, document_id, text)
        count += 1
    return count
