"""The public index is built again on the first open after an upgrade that changes the code making
its keys and words, not only the name matcher's (h-stamp57).

Before, `ensure_index` rebuilt only when the name matcher's stamp (`guwah.names.compare.forms_stamp`)
changed; `guwah.search` makes the indexed words too (a name in Chinese characters read as the
matcher's reduced forms since h-product57), so testimonies released before such an upgrade stayed
unfound under the new keys until someone ran `guwah reindex`. The index now keeps the stamp of all
that code (`guwah.search.public.index_stamp`) in its version row. Sentences and names are invented."""

import shutil

import guwah.search
import guwah.search.public as public
from guwah.publish import search_public
from guwah.search.public import index_stamp
from guwah.storage import Store
from guwah.storage.tables import PublicSearchVersion
from tests.conftest import make_settings
from tests.releasing import ingest_text, mark_read, release_document

TEXTS = {
    "han.txt": "合成示例。我的邻居艾合买提·托合提二〇一八年在市场被带走。",
    "latin.txt": "Synthetic example. Ehmet Tohti was taken from the market in 2018.",
}
_HAN_WORD = guwah.search._HAN


def _older_spellings(real):
    """The key code before h-product57, in effect: a run of characters had no reduced form."""
    def spellings(word):
        return frozenset() if _HAN_WORD.search(word) else real(word)
    return spellings


def _found(store, ids: dict[str, int], query: str) -> set[str]:
    """The files among `ids` whose released testimony the public search finds for `query`."""
    with store.session() as session:
        found = {d.id for d in search_public(session, query).documents}
    return {name for name, id_ in ids.items() if id_ in found}



def test_an_index_made_by_other_key_code_is_built_again_once_on_open(database_url, tmp_path, monkeypatch):
    settings = make_settings(tmp_path / "data", database_url)
    builds = []
    real_rebuild = public.rebuild
    monkeypatch.setattr(public, "rebuild", lambda session: builds.append(1) or real_rebuild(session))
    # an archive indexed under the older key code, stamped by it
    monkeypatch.setattr(public, "index_stamp", lambda: "older-code")
    monkeypatch.setattr(guwah.search, "_spellings", _older_spellings(guwah.search._spellings))
    guwah.search.spelling_terms.cache_clear()
    store = Store(settings)
    ids = {name: ingest_text(store, tmp_path, name, text, "consent: public\n") for name, text in TEXTS.items()}
    for document in ids.values():
        mark_read(store, document)
        release_document(store, document)
    assert _found(store, ids, "Ehmet Tohti") == {"latin.txt"}  # the characters are not found under the old keys
    store.close()
    monkeypatch.undo()  # the upgrade: this code, its own stamp
    guwah.search.spelling_terms.cache_clear()
    builds = []
    real_rebuild = public.rebuild
    monkeypatch.setattr(public, "rebuild", lambda session: builds.append(1) or real_rebuild(session))

    store = Store(settings)
    try:
        assert len(builds) == 1
        assert _found(store, ids, "Ehmet Tohti") == {"latin.txt", "han.txt"}
        with store.session() as session:
            assert session.get(PublicSearchVersion, 1).stamp == index_stamp()
    finally:
        store.close()
    store = Store(settings)  # and not again
    try:
        assert len(builds) == 1
        assert _found(store, ids, "Ehmet Tohti") == {"latin.txt", "han.txt"}
    finally:
        store.close()


def test_an_index_built_before_the_stamp_was_kept_is_built_again(database_url, tmp_path, monkeypatch):
    # migration 0033 adds the stamp empty: the first open after it builds the index once
    settings = make_settings(tmp_path / "data", database_url)
    store = Store(settings)
    ids = {"latin.txt": ingest_text(store, tmp_path, "latin.txt", TEXTS["latin.txt"], "consent: public\n")}
    mark_read(store, ids["latin.txt"])
    release_document(store, ids["latin.txt"])
    with store.session() as session:
        session.get(PublicSearchVersion, 1).stamp = None
    store.close()
    builds = []
    real_rebuild = public.rebuild
    monkeypatch.setattr(public, "rebuild", lambda session: builds.append(1) or real_rebuild(session))
    for _ in range(2):
        store = Store(settings)
        try:
            assert _found(store, ids, "Ehmet Tohti") == {"latin.txt"}
        finally:
            store.close()
    assert len(builds) == 1


def test_the_stamp_covers_the_name_matcher_and_the_search_key_code(tmp_path, monkeypatch):
    now = index_stamp()
    source = tmp_path / "search.py"
    shutil.copy(guwah.search.__file__, source)
    try:
        monkeypatch.setattr(guwah.search, "__file__", str(source))
        index_stamp.cache_clear()
        assert index_stamp() == now  # control: the same code, the same stamp
        source.write_text(source.read_text() + "\n# a change to how words are keyed\n")
        index_stamp.cache_clear()
        assert index_stamp() != now
        monkeypatch.undo()
        monkeypatch.setattr("guwah.names.compare.forms_stamp", lambda: "other-names")
        index_stamp.cache_clear()
        assert index_stamp() != now
    finally:
        monkeypatch.undo()
        index_stamp.cache_clear()
    assert index_stamp() == now
