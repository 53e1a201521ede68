"""The public index's stamp covers the data the gazetteer reads and this module's row code, and two
processes that find it stale build it once (h-product58).

Before, `index_stamp` hashed the curated gazetteer table but not the GeoNames file or the CLDR names
joined to it, nor `guwah.search.public`'s own row-writing code: an upgrade that changed either kept
a stale index (a renamed place unsearchable). And two processes opening a stale archive at once
(a web worker and a `guwah` command) both rebuilt it: on SQLite the second failed on the write lock,
on PostgreSQL both wrote their rows. Sentences and names are invented."""

import os
import shutil
import threading
import time

import guwah.places.geonames
import guwah.places.index
import guwah.search.public as public
from guwah.publish import search_public
from guwah.search.public import ensure_index, index_stamp
from guwah.storage import Store
from guwah.storage.tables import PublicSearchVersion
from tests.conftest import make_settings
from tests.releasing import ingest_text, mark_read, release_document

TEXTS = {
    "first.txt": "Synthetic example. Ehmet Tohti was taken from the market in 2018.",
    "second.txt": "Synthetic example. His cousin Tursun Tohti was taken from the bakery in 2019.",
}


def _stamp() -> str:
    index_stamp.cache_clear()
    return index_stamp()


def _found(store, ids: dict[str, int], query: str) -> set[str]:
    with store.session() as session:
        found = {d.id for d in search_public(session, query).documents}
    return {name for name, id_ in ids.items() if id_ in found}


def _released(store, tmp_path, names=tuple(TEXTS)) -> dict[str, int]:
    ids = {name: ingest_text(store, tmp_path, name, TEXTS[name], "consent: public\n") for name in names}
    for document in ids.values():
        mark_read(store, document)
        release_document(store, document)
    return ids


def test_the_stamp_covers_the_row_code_but_not_its_comments_nor_the_queries(tmp_path, monkeypatch):
    now = _stamp()
    source = tmp_path / "public.py"
    shutil.copy(public.__file__, source)
    original = source.read_text("utf-8")
    try:
        monkeypatch.setattr(public, "__file__", str(source))
        assert _stamp() == now  # control: the same file, the same stamp
        # words that explain the row code, and a query's code: no rebuild for these
        source.write_text(original.replace(
            '    """(facet, value) pairs of a released person entry\'s content.',
            '    """(facet, value) pairs of a released person entry\'s content (reworded).\n    # a new comment')
            .replace("def find_entries(session: Session, query: str, filters: dict[str, str], page: int = 1)"
                     " -> EntryHits:\n",
                     "def find_entries(session: Session, query: str, filters: dict[str, str], page: int = 1)"
                     " -> EntryHits:\n    assert query is not None\n"), "utf-8")
        assert source.read_text("utf-8") != original
        assert _stamp() == now
        # the code that decides an entry's facet rows
        changed = original.replace('if item.get("event") in DETENTION_EVENTS and date[:4].isdigit():',
                                   'if item.get("event") in DETENTION_EVENTS and date[:4].isdecimal():')
        assert changed != original
        source.write_text(changed, "utf-8")
        assert _stamp() != now
    finally:
        monkeypatch.undo()
    assert _stamp() == now


def test_the_stamp_covers_the_content_of_the_geonames_file_not_its_time(tmp_path, monkeypatch):
    now = _stamp()
    names = [path.name for path in guwah.places.index.data_files()]
    assert "xinjiang.yaml" in names and "cities500.json" in names and "kk.dat" in names and "root.dat" in names
    towns = tmp_path / "cities500.json"
    towns.write_text('{"1": {"name": "Qarasu", "countrycode": "CN"}}', "utf-8")
    monkeypatch.setattr(guwah.places.index, "cache_dir", lambda: tmp_path / "cache")
    monkeypatch.setattr(guwah.places.geonames, "cities_file", lambda population=500: towns)
    try:
        with_towns = _stamp()
        assert with_towns != now
        assert (tmp_path / "cache" / guwah.places.index.DIGESTS).is_file()
        later = time.time() + 100
        os.utime(towns, (later, later))  # reinstalled: the same content, a new time
        assert _stamp() == with_towns
        towns.write_text('{"1": {"name": "Qorasu", "countrycode": "CN"}}', "utf-8")  # renamed upstream
        os.utime(towns, (later + 100, later + 100))
        assert _stamp() != with_towns
    finally:
        monkeypatch.undo()
    assert _stamp() == now


def _older_document_words(real):
    """The row code before an upgrade, in effect: a testimony's names were indexed as written only."""
    from guwah.search import text_spelling_terms

    def document_words(content):
        text = f"{content.get('title') or ''} {content.get('text') or ''}"
        return real(content) - text_spelling_terms(text)
    return document_words


def test_an_index_made_by_older_row_code_is_built_again_once_on_open(database_url, tmp_path, monkeypatch):
    settings = make_settings(tmp_path / "data", database_url)
    older = tmp_path / "public.py"
    shutil.copy(public.__file__, older)
    older.write_text(older.read_text("utf-8").replace(
        "    found.update(text_spelling_terms(text))\n", ""), "utf-8")
    monkeypatch.setattr(public, "__file__", str(older))
    monkeypatch.setattr(public, "document_words", _older_document_words(public.document_words))
    index_stamp.cache_clear()
    store = Store(settings)
    ids = _released(store, tmp_path, ["first.txt"])
    assert _found(store, ids, "Ahmet Tokhti") == set()  # another spelling: not found under the old rows
    assert _found(store, ids, "Ehmet Tohti") == {"first.txt"}  # control
    store.close()
    monkeypatch.undo()  # the upgrade
    builds = []
    real_rebuild = public.rebuild
    monkeypatch.setattr(public, "rebuild", lambda session: builds.append(1) or real_rebuild(session))
    index_stamp.cache_clear()
    for _ in range(2):  # built once, not again
        store = Store(settings)
        try:
            assert _found(store, ids, "Ahmet Tokhti") == {"first.txt"}
            with store.session() as session:
                assert session.get(PublicSearchVersion, 1).stamp == index_stamp()
        finally:
            store.close()
    assert len(builds) == 1


def test_an_index_made_from_other_gazetteer_data_is_built_again_on_open(database_url, tmp_path, monkeypatch):
    settings = make_settings(tmp_path / "data", database_url)
    monkeypatch.setattr(guwah.places.index, "data_digest", lambda: "older-geonames")
    index_stamp.cache_clear()
    store = Store(settings)
    ids = _released(store, tmp_path, ["first.txt"])
    store.close()
    monkeypatch.undo()
    index_stamp.cache_clear()
    builds = []
    real_rebuild = public.rebuild
    monkeypatch.setattr(public, "rebuild", lambda session: builds.append(1) or real_rebuild(session))
    store = Store(settings)
    try:
        assert len(builds) == 1
        assert _found(store, ids, "Ehmet Tohti") == {"first.txt"}
    finally:
        store.close()


def test_two_builders_at_once_build_once_and_a_reader_never_sees_half_an_index(database_url, tmp_path,
                                                                               monkeypatch):
    settings = make_settings(tmp_path / "data", database_url)
    store = Store(settings)
    ids = _released(store, tmp_path)
    with store.session() as session:
        session.get(PublicSearchVersion, 1).stamp = "older-code"  # both processes find it stale
    halfway, go_on = threading.Event(), threading.Event()
    builds, adds = [], []
    real_rebuild, real_add = public.rebuild, public._add

    def rebuild(session):
        builds.append(threading.current_thread().name)
        return real_rebuild(session)

    def add(session, subject_type, number, content):
        real_add(session, subject_type, number, content)
        adds.append(number)
        if len(adds) == 1:  # one testimony indexed again, the other not yet
            halfway.set()
            assert go_on.wait(30)

    monkeypatch.setattr(public, "rebuild", rebuild)
    monkeypatch.setattr(public, "_add", add)
    results = {}

    def open_archive(name):
        results[name] = ensure_index(store)

    first = threading.Thread(target=open_archive, args=("first",), name="first")
    second = threading.Thread(target=open_archive, args=("second",), name="second")
    try:
        first.start()
        assert halfway.wait(60)
        second.start()
        time.sleep(0.5)  # the second is waiting for the first's lock
        assert second.is_alive()
        assert _found(store, ids, "Tohti") == set(TEXTS)  # the index as it was, whole
        go_on.set()
        first.join(60)
        second.join(60)
        assert results == {"first": True, "second": False}  # it found the index current and left it
        assert builds == ["first"]
        assert _found(store, ids, "Tohti") == set(TEXTS)
        with store.session() as session:
            assert session.get(PublicSearchVersion, 1).stamp == index_stamp()
    finally:
        go_on.set()
        store.close()


def test_a_builder_that_waits_too_long_leaves_the_build_to_the_other(database_url, tmp_path, monkeypatch):
    settings = make_settings(tmp_path / "data", database_url)
    store = Store(settings)
    ids = _released(store, tmp_path, ["first.txt"])
    with store.session() as session:
        session.get(PublicSearchVersion, 1).stamp = "older-code"
    monkeypatch.setattr(public, "BUILD_WAIT", 0.3)
    held, done = threading.Event(), threading.Event()

    def hold():  # another process's build, still running
        with store.session() as session:
            assert public.build_lock(session)
            held.set()
            assert done.wait(30)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert held.wait(30)
        assert ensure_index(store) is False  # left to the other, without an error
        with store.session() as session:
            assert session.get(PublicSearchVersion, 1).stamp == "older-code"
    finally:
        done.set()
        holder.join(30)
    assert ensure_index(store) is True  # control: no build running, so this one builds
    assert _found(store, ids, "Ehmet Tohti") == {"first.txt"}
    store.close()


def test_reindex_waits_for_a_build_in_another_process_and_says_so_if_it_runs_on(database_url, tmp_path,
                                                                                 monkeypatch):
    import pytest

    import guwah.search
    from guwah.errors import GuwahError
    from guwah.search import reindex_everything

    settings = make_settings(tmp_path / "data", database_url)
    store = Store(settings)
    ids = _released(store, tmp_path, ["first.txt"])
    monkeypatch.setattr(guwah.search, "REINDEX_WAIT", 0.3)
    held, done = threading.Event(), threading.Event()

    def hold():
        with store.session() as session:
            assert public.build_lock(session)
            held.set()
            assert done.wait(30)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert held.wait(30)
        with pytest.raises(GuwahError, match="another process is building the public search index"):
            reindex_everything(store, "tester")
    finally:
        done.set()
        holder.join(30)
    assert reindex_everything(store, "tester")[1] == 1  # control: nothing running, so it builds
    assert _found(store, ids, "Ehmet Tohti") == {"first.txt"}
    store.close()
