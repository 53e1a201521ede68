"""Issue 12, seventh round: the search's name forms made once into a memory-mapped file, and the
scores computed over its arrays equal the name matcher's on invented names."""

import random
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guwah.names import compare_many, compare_names
from guwah.search.forms import build_forms_file, forms_path, open_forms, session_forms
from guwah.storage import Store
from tests.conftest import make_settings

# Name parts in every script the registry sees, and some that make the rare paths run (pinyin,
# characters, Wade-Giles, -jan, -gul, patronymics, a slip, long names).
PARTS = ["Ilham", "Tohti", "Ilkham", "Tokhti", "Илхам", "Тохти", "ئىلھام", "توختى", "Gulbahar", "Jamilova",
         "Гульбахар", "Джамилова", "Mihrigul", "Mihrigül", "Турсун", "Tursun", "Tursunay", "Abdurehim",
         "Abdurahim", "Heyit", "Hayit", "Nurlan", "Serikuly", "Серікұлы", "Memet", "Memetjan", "Mamut",
         "Abdulla", "Abdullah", "Aygül", "Aygüljan", "Rahile", "Dawut", "Sattar", "Ekber", "Vahit",
         "Rustam", "Aliyev", "Алиев", "Tothi", "Yusup", "Yusuo", "Turnisa", "Tumisa", "Wang", "Lijun",
         "Lijuan", "Zhang", "Wei", "Chang", "Hsu", "Ma", "Jun", "Omir", "Omer", "Jamal", "Jamil", "Kerim"]
CHINESE = ["伊力哈木·土赫提", "马军", "王力军", "张伟", "章伟", "古丽努尔", "麦尔耶木汗"]


def _name(rng: random.Random, longest: int = 5) -> str:
    if rng.random() < 0.08:
        return rng.choice(CHINESE)
    parts = [rng.choice(PARTS) for _ in range(min(longest, rng.choice([1, 2, 2, 2, 3, 3, 4, 5])))]
    if rng.random() < 0.2:  # a slip of the hand
        k = rng.randrange(len(parts))
        word = parts[k]
        at = rng.randrange(len(word))
        parts[k] = word[:at] + rng.choice("aeiklmnrstuy") + word[at + 1:]
    return " ".join(parts)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 2**32))
def test_array_scores_equal_the_matcher_on_invented_pairs(seed):
    # Names of up to four parts: past VECTOR_PARTS compare_many scored a reading pair on its own
    # before this round too, and differs from compare_names on some such pairs (unchanged here).
    rng = random.Random(seed)
    names = [_name(rng, longest=4) for _ in range(30)]
    pairs = [(rng.choice(names), rng.choice(names)) for _ in range(60)]
    assert compare_many(pairs) == pytest.approx([compare_names(a, b) for a, b in pairs], abs=1e-9)


@pytest.fixture
def indexed(database_url, tmp_path):
    """300 entries with invented names, indexed, and their forms file."""
    from guwah.search.public import add_entries
    from tests.search.test_public_index import _entry

    rng = random.Random(11)
    store = Store(make_settings(tmp_path / "data", database_url))
    names = list(dict.fromkeys(_name(rng) for _ in range(300)))
    with store.session() as session:
        add_entries(session, [(n, _entry(name, "female", "2018")) for n, name in enumerate(names, start=1)])
    with store.session() as session:
        build_forms_file(session, store.settings.data_dir)
    yield store, names
    store.close()


def _candidates(session, section: str) -> list[tuple[str, int]]:
    from sqlalchemy import select

    from guwah.storage.tables import PublicSearchPart, PublicSearchSpelling

    model, column = (PublicSearchSpelling, "name") if section == "spelling" else (PublicSearchPart, "part")
    return [tuple(row) for row in session.execute(select(getattr(model, column), model.id).order_by(model.id))]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(0, 2**32))
def test_scores_over_the_file_equal_the_matcher(indexed, seed):
    from guwah.search.public import _scores

    store, _ = indexed
    query = _name(random.Random(seed))
    with store.session() as session:
        assert session_forms(session) is not None
        for section in ("spelling", "part"):
            candidates = _candidates(session, section)
            found = _scores(session, section, query, candidates)
            assert found == pytest.approx(compare_many([(query, name) for name, _ in candidates]), abs=1e-9)


def test_the_file_is_mapped_not_read_and_holds_released_spellings_only(indexed):
    store, names = indexed
    forms = open_forms(store.settings.data_dir)
    assert forms.path == forms_path(store.settings.data_dir)
    assert isinstance(forms.sections["spelling"].table.strings.base, np.memmap) or \
        isinstance(forms.sections["spelling"].table.strings.base.base, np.memmap)
    section = forms.sections["spelling"]
    held = {bytes(section.name_bytes[a:b]).decode() for a, b in zip(section.name_offsets[:-1].tolist(),
                                                                     section.name_offsets[1:].tolist(), strict=True)}
    assert held == set(names)
    assert (forms.path.stat().st_mode & 0o777) == 0o600


def test_spellings_indexed_after_the_file_and_reused_ids_are_scored_from_their_own_forms(indexed):
    from guwah.search.public import _drop, _scores, add_entries, find_entries
    from tests.search.test_public_index import _entry

    store, names = indexed
    with store.session() as session:
        _drop(session, "entry", len(names))  # its spelling's id may be given to the next one
        add_entries(session, [(len(names) + 1, _entry("Zulpiye Ablimit", "female", "2019"))])
    with store.session() as session:
        candidates = _candidates(session, "spelling")
        assert "Zulpiye Ablimit" in dict(candidates)
        found = _scores(session, "spelling", "Zulpiye Ablimit", candidates)
        assert found == pytest.approx(compare_many([("Zulpiye Ablimit", name) for name, _ in candidates]), abs=1e-9)
        assert find_entries(session, "Zulpiye Ablimit", {}).numbers == [len(names) + 1]


def test_search_answers_the_same_with_and_without_the_file(indexed):
    from guwah.search.public import find_entries

    store, names = indexed
    rng = random.Random(5)
    queries = [rng.choice(names) for _ in range(20)] + [_name(rng) for _ in range(20)] + ["Memet", "Gulbahar"]
    with store.session() as session:
        with_file = [find_entries(session, q, {}) for q in queries]
    forms_path(store.settings.data_dir).unlink()
    from guwah.search import forms

    forms._OPEN.clear()
    with store.session() as session:
        assert session_forms(session) is None
        assert [find_entries(session, q, {}) for q in queries] == with_file


def test_serve_remakes_the_file_when_a_spelling_left_the_index_or_many_are_new(indexed):
    from guwah.search.forms import ensure_forms_file
    from guwah.search.public import _drop

    store, names = indexed
    assert ensure_forms_file(store) is None  # current: kept
    with store.session() as session:
        _drop(session, "entry", 1)  # a withdrawal: its spelling leaves the index
    path = ensure_forms_file(store)
    assert path is not None
    section = open_forms(store.settings.data_dir).sections["spelling"]
    held = {bytes(section.name_bytes[a:b]).decode() for a, b in zip(section.name_offsets[:-1].tolist(),
                                                                     section.name_offsets[1:].tolist(), strict=True)}
    assert names[0] not in held and held == set(names[1:])


def test_a_process_reads_the_commonest_parts_at_start_and_answers_as_without(indexed):
    from guwah.search.public import _PART_NUMBERS, find_entries, warm_common_parts

    store, names = indexed
    with store.session() as session:
        assert warm_common_parts(session, budget=10**6) == 0  # the file's name index holds them
        session_forms(session).index = None  # as a file written without the name index
        assert warm_common_parts(session, budget=10**6) > 0
        kept = _PART_NUMBERS.current(session)
        forms = session_forms(session)
        commonest = int(forms.sections["part"].ids[int(np.argmax(forms.part_carriers))])
        assert kept.get(commonest) is not None and len(kept.get(commonest)) == int(forms.part_carriers.max())
        assert warm_common_parts(session, budget=0) == 0
    rng = random.Random(3)
    queries = [rng.choice(p.split()) for p in names if " " in p][:10]
    with store.session() as session:
        warm = [find_entries(session, q, {}) for q in queries]
    _PART_NUMBERS._kept.clear()
    with store.session() as session:
        assert [find_entries(session, q, {}) for q in queries] == warm


def _answers(session, queries):
    from guwah.search.public import find_entries

    return [find_entries(session, q, {}) for q in queries]


def _without_file_index(monkeypatch, session, queries):
    from guwah.search import public

    with monkeypatch.context() as patched:
        patched.setattr(public, "_index_view", lambda _session: None)
        return _answers(session, queries)


def test_the_name_index_follows_releases_and_withdrawals_after_the_file(indexed, monkeypatch):
    """Entries withdrawn, released and re-released after the file was written: the file's name
    index with the delta read from the change log answers exactly as the index tables do, and a
    withdrawn entry is never found."""
    from guwah.search.public import _drop, _index_view, add_entries, find_entries
    from tests.search.test_public_index import _entry

    store, names = indexed
    rng = random.Random(8)
    withdrawn = [3, 4, 5]
    with store.session() as session:
        for number in withdrawn:
            _drop(session, "entry", number)
    with store.session() as session:  # a new spelling, an existing one on a new entry, a re-release
        _drop(session, "entry", 7)
        add_entries(session, [(len(names) + 1, _entry("Zulpiye Ablimit", "female", "2019")),
                              (len(names) + 2, _entry(names[10], "male", "2017")),
                              (7, _entry(names[7], "male", "2016"))])
    parts = [p for name in names for p in name.split()]
    queries = ([names[n - 1] for n in withdrawn] + names[5:40] + ["Zulpiye Ablimit", "Zulpiye", "Ablimit"]
               + [rng.choice(parts) for _ in range(30)] + [_name(rng) for _ in range(30)])
    with store.session() as session:
        view = _index_view(session)
        assert view is not None and view.deltas is not None  # served from the file and its delta
        found = _answers(session, queries)
        assert found == _without_file_index(monkeypatch, session, queries)
        assert any(hits.count for hits in found)
        for number in withdrawn:
            assert number not in find_entries(session, names[number - 1], {}).numbers
            for part in names[number - 1].split():
                hits = find_entries(session, part, {}, page=1)
                every = [n for page in range(1, hits.count // 20 + 2)
                         for n in find_entries(session, part, {}, page=page).numbers]
                assert number not in every
        assert find_entries(session, "Zulpiye Ablimit", {}).numbers[0] == len(names) + 1
        assert len(names) + 2 in find_entries(session, names[10], {}).numbers


def test_the_name_index_is_not_used_where_it_cannot_answer(indexed, monkeypatch):
    from guwah.search import forms as forms_module
    from guwah.search.public import _drop, _index_view, add_entries, find_entries
    from tests.search.test_public_index import _entry

    store, names = indexed
    with store.session() as session:
        assert _index_view(session).deltas is None  # nothing changed since it was written
        add_entries(session, [(len(names) + 1, _entry("Zulpiye Ablimit", "female", "2019"))])
        # this session's own uncommitted change: it reads the index tables, and finds it
        assert _index_view(session) is None
        assert find_entries(session, "Zulpiye Ablimit", {}).numbers == [len(names) + 1]
    with store.session() as session:
        _drop(session, "entry", 1)
        _drop(session, "entry", 2)
    with store.session() as session:
        monkeypatch.setattr(forms_module, "INDEX_DELTA_LIMIT", 2)
        assert _index_view(session) is None  # three entries changed since: past the limit
        assert 1 not in find_entries(session, names[0], {}).numbers
        monkeypatch.setattr(forms_module, "INDEX_DELTA_LIMIT", 3)
        assert _index_view(session) is not None
        assert 1 not in find_entries(session, names[0], {}).numbers
    index = open_forms(store.settings.data_dir).index
    monkeypatch.setattr(index, "version", index.version + 100)  # a file newer than the archive's index
    with store.session() as session:
        assert _index_view(session) is None


def test_page_in_reads_every_page_of_the_mapping(tmp_path):
    from guwah.search.forms import MAGIC, page_in, read_arrays, write_arrays

    path = tmp_path / "search-forms-test.bin"
    write_arrays(path, MAGIC, {"numbers": np.arange(300_000, dtype=np.int64), "flags": np.ones(7, dtype=np.uint8)})
    arrays = read_arrays(path, MAGIC)
    assert page_in(arrays["flags"]) == path.stat().st_size  # any array of the file: its whole mapping
    assert page_in(np.arange(5)) == 0  # no mapping
    assert arrays["numbers"][-1] == 299_999
    smaps = Path("/proc/self/smaps")
    if smaps.exists():  # Linux: the mapping's pages are resident in this process
        lines = smaps.read_text().splitlines()
        at = next(i for i, line in enumerate(lines) if line.endswith(str(path)))
        resident_kb = next(int(line.split()[1]) for line in lines[at + 1:] if line.startswith("Rss:"))
        assert resident_kb * 1024 >= path.stat().st_size // 4096 * 4096
    size = path.stat().st_size
    path.unlink()  # removed after it was mapped (a withdrawal): the mapping is still read
    assert page_in(arrays["numbers"]) == size


def test_names_in_the_other_order_are_found_apart_alike_with_and_without_the_file(indexed, monkeypatch):
    """Issue 12: a query naming an entry's parts in another order finds it apart (`other_order`),
    never among the hits; over the file's name index, the index tables and no file alike."""
    from guwah.names import in_other_order
    from guwah.search import forms

    store, names = indexed
    swapped = [" ".join(reversed(name.split())) for name in names if len(name.split()) == 2][:15]
    with store.session() as session:
        with_file = _answers(session, swapped)
        assert with_file == _without_file_index(monkeypatch, session, swapped)
    forms_path(store.settings.data_dir).unlink()
    forms._OPEN.clear()
    with store.session() as session:
        assert _answers(session, swapped) == with_file
    shown = [(query, hits) for query, hits in zip(swapped, with_file, strict=True) if hits.other_order]
    assert len(shown) >= 5  # bare names, whose swap stays a swap
    for query, hits in shown:
        assert not set(hits.other_order) & set(hits.numbers)
        assert hits.other_order_count == len(hits.other_order)
        assert all(in_other_order(query, names[number - 1]) for number in hits.other_order)


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 2**32))
def test_array_scores_without_the_swap_factor_equal_any_order_score(seed):
    """Issue 12: the scores a search takes its names in the other order from (`score_pairs` with
    `any_order`, from the same cells) equal `any_order_score`, names reversed included, and its
    scores are still compare_names'."""
    from guwah.names.compare import any_order_score
    from guwah.names.table import names_table, score_pairs

    rng = random.Random(seed)
    names = [_name(rng, longest=4) for _ in range(20)]
    names += [" ".join(reversed(name.split())) for name in names]
    names = list(dict.fromkeys(names))
    a = np.array([rng.randrange(len(names)) for _ in range(60)], dtype=np.int64)
    b = np.array([rng.randrange(len(names)) for _ in range(60)], dtype=np.int64)
    table, vocabulary = names_table(names)
    scores, unswapped = score_pairs(table, a, b, vocabulary.text, names, any_order=True)
    pairs = list(zip(a.tolist(), b.tolist(), strict=True))
    assert unswapped.tolist() == pytest.approx([any_order_score(names[i], names[j]) for i, j in pairs], abs=1e-9)
    assert scores.tolist() == pytest.approx([compare_names(names[i], names[j]) for i, j in pairs], abs=1e-9)
