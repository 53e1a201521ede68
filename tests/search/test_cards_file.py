"""Issue 12: the public cards file. Every server process maps the released entries' cards
(`guwah.search.cards`); a search answers exactly as it does from the table, an entry changed since
the file was written is read from the table, and the commit that takes a card off the index removes
the file from the disk (SECURITY.md)."""

from pathlib import Path

import pytest

from guwah.publish import public_entries, search_public
from guwah.releases import approve_release, draft_entry_release, withdraw_release
from guwah.search import cards as cards_module
from guwah.search import forms as forms_module
from guwah.search.cards import cards_path, ensure_cards_file, file_cards, open_cards
from guwah.search.public import ENTRY, rebuild
from tests.search.test_forms_withdrawal import WITHDRAWN, _files_holding
from tests.search.test_public_index import archive  # noqa: F401  (the fixture)

QUERIES = [WITHDRAWN, "Memet Tohti", "Гульнар Турсун", "Memet"]


def _answers(store) -> list:
    """What the public search shows for QUERIES, and every entry by number."""
    with store.session() as session:
        found = [search_public(session, q) for q in QUERIES]
        return [found, public_entries(session, [1, 2, 3, 4, 99])]


def _from_file(store, numbers: list[int]) -> list[int]:
    with store.session() as session:
        return [number for number, _ in file_cards(session, numbers)[0]]


def test_searches_answer_the_same_from_the_file_and_only_released_cards_are_in_it(archive):  # noqa: F811
    store, entries = archive
    folder = Path(store.settings.data_dir)
    from_table = _answers(store)
    assert from_table[0][0].persons  # positive control: the query finds an entry
    assert _from_file(store, [1, 2, 3]) == []  # no file yet
    assert ensure_cards_file(store) is not None
    assert _files_holding(folder, WITHDRAWN) == [cards_path(folder).name]
    assert _files_holding(folder, "Hidden-canary-5531") == []  # never released
    assert _from_file(store, [1, 2, 3, 99]) == [1, 2, 3]
    forms_module._OPEN.clear()
    assert _answers(store) == from_table
    assert ensure_cards_file(store) is None  # current: kept


def test_a_withdrawal_removes_the_file_and_a_process_that_mapped_it_never_shows_the_entry(archive):  # noqa: F811
    store, entries = archive
    folder = Path(store.settings.data_dir)
    assert ensure_cards_file(store, force=True) is not None
    mapped = open_cards(folder)
    assert mapped is not None and mapped.card(1) is not None
    with store.session() as session:
        withdraw_release(session, entries[0], "editor", "the family asked", ENTRY)
    assert not list(folder.glob("search-cards*"))
    assert _files_holding(folder, WITHDRAWN) == []
    forms_module._OPEN[cards_path(folder)] = (0.0, mapped)  # as a process that looked before
    with store.session() as session:
        assert public_entries(session, [1, 2, 3]) and [e.id for e in public_entries(session, [1, 2, 3])] == [2, 3]
        assert search_public(session, WITHDRAWN).persons == []
    assert _from_file(store, [1, 2, 3]) == [2, 3]  # entry 1 changed since: read from the table
    forms_module._OPEN.clear()
    assert ensure_cards_file(store) is not None  # `guwah serve` makes it again, without the entry
    assert _files_holding(folder, WITHDRAWN) == []
    assert _from_file(store, [1, 2, 3]) == [2, 3]


def test_a_new_version_removes_the_file_and_the_kept_copy_reads_the_entry_from_the_table(archive):  # noqa: F811
    store, entries = archive
    folder = Path(store.settings.data_dir)
    ensure_cards_file(store, force=True)
    mapped = open_cards(folder)
    before = _answers(store)
    with store.session() as session:
        draft = draft_entry_release(session, 2, "drafter")
    with store.session() as session:
        approve_release(session, draft.id, "reviewer")
    assert not cards_path(folder).exists()
    forms_module._OPEN[cards_path(folder)] = (0.0, mapped)
    assert _from_file(store, [1, 2, 3]) == [1, 3]
    assert _answers(store) == before  # the same content, from the table for entry 2
    assert ensure_cards_file(store) is not None
    with store.session() as session:
        rebuild(session)
    assert not list(folder.glob("search-cards*"))


@pytest.mark.parametrize("when", ["before the file is written", "after it is in place"])
def test_a_build_overtaken_by_a_withdrawal_leaves_no_file_holding_it(archive, monkeypatch, when):  # noqa: F811
    store, entries = archive
    folder = Path(store.settings.data_dir)
    real = cards_module.write_arrays
    written = []

    def write_overtaken(path, magic, arrays):
        if not written and when.startswith("before"):
            with store.session() as session:
                withdraw_release(session, entries[0], "editor", "the family asked", ENTRY)
        real(path, magic, arrays)
        if not written and when.startswith("after"):
            with store.session() as session:
                withdraw_release(session, entries[0], "editor", "the family asked", ENTRY)
        written.append(path)

    monkeypatch.setattr(cards_module, "write_arrays", write_overtaken)
    path = ensure_cards_file(store, force=True)
    assert len(written) == 2 and path == cards_path(folder) and path.exists()
    assert _files_holding(folder, WITHDRAWN) == []
    assert _from_file(store, [1, 2, 3]) == [2, 3]


@pytest.fixture(autouse=True)
def _forget_mapped():
    forms_module._OPEN.clear()
    yield
    forms_module._OPEN.clear()
