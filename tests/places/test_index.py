"""The cached place index (guwah.places.index): built once, read back, rebuilt when stale."""

from __future__ import annotations

import pytest

from guwah.places import index as place_index_module
from guwah.places.gazetteer import curated_gazetteer
from guwah.places.index import PlaceIndex, fingerprint, place_index


@pytest.fixture
def small_builds(monkeypatch, tmp_path):
    """A fast stand-in for the real build, counting its calls, with a cache folder of its own."""
    calls = []

    def build() -> PlaceIndex:
        calls.append(1)
        index = PlaceIndex(curated_gazetteer())
        index.add_name("xj.ili.qapqal", "Chapchal")
        return index

    monkeypatch.setenv("GUWAH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(place_index_module, "build_index", build)
    place_index.cache_clear()
    yield calls
    place_index.cache_clear()  # the next test gets the real index again


def test_index_built_once_then_read_from_the_cache(small_builds, tmp_path):
    first = place_index()
    [written] = (tmp_path / "cache").glob("places-*.json")
    assert written.name == f"places-{fingerprint()}.json"
    place_index.cache_clear()
    second = place_index()
    assert small_builds == [1]  # not built again
    assert second.exact == first.exact and second.phonetic == first.phonetic
    assert second.gazetteer.entries == first.gazetteer.entries


def test_index_rebuilt_when_its_sources_change(small_builds, tmp_path, monkeypatch):
    monkeypatch.setattr(place_index_module, "fingerprint", lambda: "a")
    place_index()
    monkeypatch.setattr(place_index_module, "fingerprint", lambda: "b")
    place_index.cache_clear()
    place_index()
    assert small_builds == [1, 1]
    assert [p.name for p in (tmp_path / "cache").glob("places-*.json")] == ["places-b.json"]


def test_index_fingerprint_follows_the_data_files(monkeypatch, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    table = folder / "xinjiang.yaml"
    table.write_text("entries: []\n", encoding="utf-8")
    monkeypatch.setattr(place_index_module, "data_path_folder", lambda: folder)
    before = fingerprint()
    assert fingerprint() == before
    table.write_text("entries: []\n# an edit\n", encoding="utf-8")
    assert fingerprint() != before


def test_index_corrupt_cache_is_rebuilt(small_builds, tmp_path):
    place_index()
    [written] = (tmp_path / "cache").glob("places-*.json")
    written.write_text("{not json", encoding="utf-8")
    place_index.cache_clear()
    assert place_index().exact  # rebuilt, no error
    assert small_builds == [1, 1]


def test_index_without_a_writable_cache_folder_still_works(small_builds, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("GUWAH_CACHE_DIR", str(blocker / "cache"))
    assert "chapchal" in place_index().exact


def test_index_json_round_trip_keeps_the_real_index(tmp_path):
    real = place_index()
    path = tmp_path / "places-x.json"
    place_index_module._write(real, tmp_path, path)
    read = place_index_module._read(path)
    assert read.gazetteer.entries == real.gazetteer.entries
    assert read.exact == real.exact and read.phonetic == real.phonetic
    assert read.vocabulary == real.vocabulary and read.choices == real.choices
    town = next(e for e in read.gazetteer.entries.values() if e.extra.get("geonames_aliases"))
    assert isinstance(town.extra["geonames_aliases"], tuple)
