"""The prepared name forms of every indexed spelling and name part, made once and stored as arrays
in one file that every server process opens memory-mapped.

A search scores its query against hundreds of candidate spellings with the name matcher
(`guwah.names.table.score_pairs`). Making or parsing each candidate's forms per request cost more
than scoring them; instead `build_forms_file` writes, once per name-matching code
(`guwah.names.compare.forms_stamp`), a file `search-forms-<stamp>.bin` in the data folder holding
a `guwah.names.table.FormTable` of every indexed spelling and part, their names and ids, and the
sorted vocabulary of their strings. `guwah serve` builds it before its workers start (and
`guwah search-forms` on demand); each process maps it read-only (`np.memmap`), so the processes
share one copy in the page cache and no request makes or parses forms.

What the file holds is public: the spellings of released public entries and their words, and
strings derived from them (see SECURITY.md). A spelling indexed after the file was written, or
one whose id now names another spelling (a row id reused), is not found in it: its forms come
from the index's `forms` column as before (`guwah.search.public`). The commit that takes a
spelling or name word off a released entry (a withdrawal) removes the file from the data folder
(`remove_forms_files`): the file is outside the encrypted database.
"""

from __future__ import annotations

import json
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sqlalchemy import func, select

from guwah.names.table import NONE, FormTable, Vocabulary, build_table
from guwah.storage.tables import (
    PublicSearchKey,
    PublicSearchName,
    PublicSearchPart,
    PublicSearchPartKey,
    PublicSearchPartName,
    PublicSearchSpelling,
    PublicSearchVersion,
)

MAGIC = b"GUWAH-FORMS-1\n"
ALIGN = 64
SECTIONS = {"spelling": (PublicSearchSpelling, "name"), "part": (PublicSearchPart, "part")}
# Per section, its blocking keys' table and the table of the entries that carry it (id column).
INDEX = {"spelling": (PublicSearchKey, "spelling_id", PublicSearchName, "spelling_id"),
         "part": (PublicSearchPartKey, "part_id", PublicSearchPartName, "part_id")}
# Rebuild at start-up when more than this share of the indexed spellings are not in the file.
STALE_SHARE = 0.01
CHECK_SECONDS = 2.0  # how often a process looks for a newer file


def forms_path(folder: Path) -> Path:
    """Where the forms file of this name-matching code lives in a data folder."""
    from guwah.names.compare import forms_stamp

    return Path(folder) / f"search-forms-{forms_stamp()}.bin"


def _records(connection, table, column: str):
    """(ids, names, records) of every row of an index table, by id; forms made by other code
    (or none) are made again from the name."""
    from guwah.names.compare import load_prepared
    from guwah.names.table import record_of

    ids, names, records = [], [], []
    for id_, name, text in connection.execute(select(table.c.id, table.c[column], table.c.forms).order_by(table.c.id)):
        known = load_prepared(text, keep=False)
        ids.append(id_)
        names.append(name)
        records.append(known if known is not None else record_of(name))
    return ids, names, records


def build_forms_file(connection, folder: Path) -> Path:
    """Write the forms file (`forms_path`) of every indexed spelling and name part from the index
    as `connection` (a connection or session) sees it; replaces any earlier one atomically (the
    processes that mapped it keep their copy until they look again) and removes files of other
    name-matching code. Returns the path; FileNotFoundError where the file being written was
    removed meanwhile (`remove_forms_files`)."""
    vocabulary = Vocabulary()
    arrays: dict[str, np.ndarray] = {}
    # The index version first: whatever changes while the rest is read is logged after it, and a
    # process reads the entries changed since from the index itself (`NameIndex`).
    arrays["index.version"] = np.array(
        [connection.scalar(select(PublicSearchVersion.version).where(PublicSearchVersion.id == 1)) or 0],
        dtype=np.int64)
    for section, (model, column) in SECTIONS.items():
        ids, names, records = _records(connection, model.__table__, column)
        table = build_table(records, vocabulary.number)
        encoded = [name.encode() for name in names]
        arrays[f"{section}.ids"] = np.array(ids, dtype=np.int64)
        arrays[f"{section}.name_offsets"] = np.concatenate([[0], np.cumsum([len(e) for e in encoded])]).astype(np.int64)
        arrays[f"{section}.name_bytes"] = np.frombuffer(b"".join(encoded), dtype=np.uint8)
        for name in (*FormTable.NAME_ARRAYS, *FormTable.READING_ARRAYS):
            arrays[f"{section}.{name}"] = getattr(table, name)
        arrays.update(_index_arrays(connection, section, arrays[f"{section}.ids"]))
    # How many entries carry each part (to choose the common given names a process reads at
    # start, `guwah.search.public.warm_common_parts`).
    from guwah.storage.tables import PublicSearchPartName

    carried = dict(connection.execute(select(PublicSearchPartName.part_id, func.count())
                                      .group_by(PublicSearchPartName.part_id)).all())
    arrays["part.carriers"] = np.array([carried.get(i, 0) for i in arrays["part.ids"].tolist()], dtype=np.int64)
    # The vocabulary sorted by its UTF-8 bytes (found by binary search), every number renumbered.
    encoded = [text.encode() for text in vocabulary.texts]
    order = sorted(range(len(encoded)), key=encoded.__getitem__)
    renumber = np.empty(len(order) + 1, dtype=np.int32)
    renumber[np.array(order, dtype=np.int64)] = np.arange(len(order), dtype=np.int32)
    renumber[-1] = NONE  # index -1: none stays none
    for section in SECTIONS:
        for name in ("strings", "chinese"):
            arrays[f"{section}.{name}"] = renumber[arrays[f"{section}.{name}"]]
    width = max((len(e) for e in encoded), default=1) or 1
    arrays["vocabulary"] = np.array([encoded[i] for i in order], dtype=f"S{width}")
    path = forms_path(folder)
    _write(path, arrays)
    for other in Path(folder).glob("search-forms-*.bin"):
        if other != path:
            other.unlink(missing_ok=True)
    return path


def _rows(connection, statement) -> list[tuple]:
    """All rows of a statement, from the driver's cursor (millions of pairs at 1,000,000 entries)."""
    bind = connection.connection() if hasattr(connection, "get_bind") else connection
    return bind.execute(statement).cursor.fetchall()


def _index_arrays(connection, section: str, ids: np.ndarray) -> dict[str, np.ndarray]:
    """A section's blocking keys and carriers as arrays over its rows (`Postings`): the sorted
    distinct keys with each one's rows, each row's carrying entries (sorted), and the same pairs
    by entry. Rows whose id the section does not hold (written while it was read) are left out."""
    key_model, key_id, link_model, link_id = INDEX[section]
    keys, links = key_model.__table__, link_model.__table__
    found = _rows(connection, select(keys.c.key, keys.c[key_id]))
    encoded = [key.encode() for key, _ in found]
    width = max((len(e) for e in encoded), default=1) or 1
    distinct, inverse = np.unique(np.array(encoded, dtype=f"S{width}"), return_inverse=True)
    rows, held = _row_of(ids, np.fromiter((i for _, i in found), dtype=np.int64, count=len(found)))
    inverse, rows = inverse.reshape(-1)[held], rows[held]
    order = np.lexsort((rows, inverse))
    out = {f"{section}.keys": distinct,
           f"{section}.key_offsets": np.searchsorted(inverse[order], np.arange(len(distinct) + 1)).astype(np.int64),
           f"{section}.key_rows": rows[order].astype(np.int32)}
    pairs = np.array(_rows(connection, select(links.c[link_id], links.c.number)), dtype=np.int64).reshape(-1, 2)
    rows, held = _row_of(ids, pairs[:, 0])
    rows, numbers = rows[held], pairs[held, 1]
    kind = np.int32 if not len(numbers) or numbers.max() < 2**31 else np.int64
    order = np.lexsort((numbers, rows))
    out[f"{section}.carrier_offsets"] = np.searchsorted(rows[order], np.arange(len(ids) + 1)).astype(np.int64)
    out[f"{section}.carried"] = numbers[order].astype(kind)
    order = np.lexsort((rows, numbers))
    out[f"{section}.by_number"] = numbers[order].astype(kind)
    out[f"{section}.by_number_rows"] = rows[order].astype(np.int32)
    return out


def _row_of(ids: np.ndarray, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(row of each wanted id in the sorted `ids`, whether it is there)."""
    if not len(ids):
        return np.zeros(len(wanted), dtype=np.int64), np.zeros(len(wanted), dtype=bool)
    at = np.minimum(np.searchsorted(ids, wanted), len(ids) - 1)
    return at, ids[at] == wanted


def _write(path: Path, arrays: dict[str, np.ndarray]) -> None:
    write_arrays(path, MAGIC, arrays)


def write_arrays(path: Path, magic: bytes, arrays: dict[str, np.ndarray]) -> None:
    """Write named arrays to `path` (0600) as `magic`, a JSON layout and each array aligned to
    ALIGN bytes, through a temporary file renamed into place (FileNotFoundError where that file
    was removed while written); `read_arrays` maps them back."""
    layout, offset = {}, 0
    for name, array in arrays.items():
        array = np.ascontiguousarray(array)
        arrays[name] = array
        layout[name] = [array.dtype.str, list(array.shape), offset]
        offset += -(-array.nbytes // ALIGN) * ALIGN
    header = json.dumps({"arrays": layout}).encode()
    start = -(-(len(magic) + 8 + len(header)) // ALIGN) * ALIGN
    temporary = path.with_suffix(f".tmp{os.getpid()}")
    with open(temporary, "wb") as handle:
        handle.write(magic + len(header).to_bytes(8, "little") + header)
        for name, array in arrays.items():
            handle.seek(start + layout[name][2])
            handle.write(array.view(np.uint8).reshape(-1).data)  # no copy (the cards: ~600 MB)
        handle.truncate(start + offset)
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)


def read_arrays(path: Path, magic: bytes) -> dict[str, np.ndarray]:
    """The arrays `write_arrays` wrote, memory-mapped read-only; ValueError for a file that does
    not start with `magic`."""
    data = np.memmap(path, dtype=np.uint8, mode="r")
    if bytes(data[:len(magic)]) != magic:
        raise ValueError(f"{path} is not a {magic.decode().strip()} file")
    size = int.from_bytes(bytes(data[len(magic):len(magic) + 8]), "little")
    layout = json.loads(bytes(data[len(magic) + 8:len(magic) + 8 + size]))["arrays"]
    start = -(-(len(magic) + 8 + size) // ALIGN) * ALIGN
    arrays = {}
    for name, (dtype, shape, offset) in layout.items():
        dtype = np.dtype(dtype)
        count = int(np.prod(shape)) if shape else 1
        arrays[name] = np.frombuffer(data, dtype=dtype, count=count, offset=start + offset).reshape(shape)
    return arrays


def page_in(array: np.ndarray) -> int:
    """Read every page of the file mapping `array` views (an array of `read_arrays`) into the page
    cache and this process's mapping, one byte a page; returns the bytes mapped (0 for an array
    that views no mapping). A server process does this before it answers: the first searches after
    a start otherwise wait on the disk page by page (docs/benchmarks.md, "Sixteenth round")."""
    import mmap

    mapped = array
    while not isinstance(mapped, np.memmap) and isinstance(mapped.base, np.ndarray):
        mapped = mapped.base
    if not isinstance(mapped, np.memmap):
        return 0
    if hasattr(os, "posix_fadvise") and mapped.filename:
        try:
            with open(mapped.filename, "rb") as handle:  # the whole file read ahead at once
                os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_WILLNEED)
        except OSError:
            pass  # removed since it was mapped (a withdrawal): the mapping is read page by page
    int(mapped[::mmap.PAGESIZE].sum(dtype=np.uint64))
    return mapped.size


@dataclass
class Section:
    """One section of an open forms file: its ids (sorted), names and `FormTable`."""

    ids: np.ndarray
    name_offsets: np.ndarray
    name_bytes: np.ndarray
    table: FormTable

    def rows(self, ids: list[int], names: list[str]) -> np.ndarray:
        """The row of each (id, name) in this section, -1 where the file does not hold that name
        under that id (indexed after the file was written)."""
        wanted = np.array(ids, dtype=np.int64)
        if not len(self.ids) or not len(wanted):
            return np.full(len(wanted), -1, dtype=np.int64)
        at = np.minimum(np.searchsorted(self.ids, wanted), len(self.ids) - 1)
        # The name under that id must be the same (SQLite may give a freed id to a new spelling):
        # every candidate's bytes against the file's at once.
        encoded = [name.encode() for name in names]
        lengths = np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded))
        starts, ends = self.name_offsets[at], self.name_offsets[at + 1]
        found = (self.ids[at] == wanted) & (ends - starts == lengths) & (lengths > 0)
        if found.any():
            sizes = lengths[found]
            held = self.name_bytes[np.repeat(starts[found] - (np.cumsum(sizes) - sizes), sizes)
                                   + np.arange(int(sizes.sum()))]
            given = np.frombuffer(b"".join(e for e, keep in zip(encoded, found.tolist(), strict=True) if keep),
                                  dtype=np.uint8)
            differs = held != given
            bad = np.add.reduceat(differs, np.cumsum(sizes) - sizes) > 0 if len(given) else np.zeros(len(sizes), bool)
            found[np.nonzero(found)[0][bad]] = False
        return np.where(found, at, -1)


class FormsFile:
    """An open forms file (memory-mapped, read-only): `spelling` and `part` sections and the
    vocabulary, with `number` and `text` for tables that add names of their own (a query)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.stat = path.stat()
        arrays = read_arrays(path, MAGIC)
        self.vocabulary = arrays["vocabulary"]
        # entries carrying each part when it was written (none in a file of an earlier build)
        self.part_carriers = arrays.get("part.carriers", np.zeros(len(arrays["part.ids"]), dtype=np.int64))
        self.width = self.vocabulary.dtype.itemsize
        self.index = NameIndex(self, arrays) if "index.version" in arrays else None
        self.sections = {
            section: Section(arrays[f"{section}.ids"], arrays[f"{section}.name_offsets"],
                             arrays[f"{section}.name_bytes"],
                             FormTable(*(arrays[f"{section}.{name}"]
                                         for name in (*FormTable.NAME_ARRAYS, *FormTable.READING_ARRAYS))))
            for section in SECTIONS}

    def scorer(self) -> Scorer:
        """A numbering for one search: the file's vocabulary, then the query's own strings."""
        return Scorer(self)


class Scorer:
    """String numbers for one search: a string the file's vocabulary holds gets its number there,
    any other a number after the vocabulary's (so equal strings get equal numbers)."""

    def __init__(self, forms: FormsFile) -> None:
        self.forms = forms
        self.size = len(forms.vocabulary)
        self.local = Vocabulary()

    def number(self, text: str) -> int:
        encoded = text.encode()
        vocabulary = self.forms.vocabulary
        if len(encoded) <= self.forms.width and self.size:
            # the key in the vocabulary's own dtype: another width would cast the whole array
            at = int(np.searchsorted(vocabulary, np.array(encoded, dtype=vocabulary.dtype)))
            if at < self.size and vocabulary[at] == encoded:
                return at
        return self.size + self.local.number(text)

    def text(self, ids: np.ndarray) -> list[str]:
        ids = np.asarray(ids)
        inside = ids < self.size
        if inside.all():
            return [t.decode() for t in self.forms.vocabulary[ids].tolist()]
        texts = self.local.texts
        found = [texts[i - self.size] for i in ids.tolist()] if not inside.any() else [
            (self.forms.vocabulary[i].decode() if i < self.size else texts[i - self.size]) for i in ids.tolist()]
        return found


EMPTY = np.empty(0, dtype=np.int64)
# Past this many entries changed since the file was written, a search reads the index itself.
INDEX_DELTA_LIMIT = 20_000


@dataclass
class Postings:
    """A section's blocking keys and carriers at the file's index version, over its rows: the
    rows of `keys[k]` are `key_rows[key_offsets[k]:key_offsets[k + 1]]`, the entries carrying row
    r `carriers[carrier_offsets[r]:carrier_offsets[r + 1]]` (sorted); `by_number` (sorted) and
    `by_number_rows` are the same pairs by entry."""

    keys: np.ndarray
    key_offsets: np.ndarray
    key_rows: np.ndarray
    carrier_offsets: np.ndarray
    carriers: np.ndarray
    by_number: np.ndarray
    by_number_rows: np.ndarray

    def rows_of_key(self, key: str) -> np.ndarray:
        encoded = key.encode()
        if not len(self.keys) or len(encoded) > self.keys.dtype.itemsize:
            return EMPTY
        at = int(np.searchsorted(self.keys, np.array(encoded, dtype=self.keys.dtype)))
        if at < len(self.keys) and self.keys[at] == encoded:
            return self.key_rows[self.key_offsets[at]:self.key_offsets[at + 1]]
        return EMPTY

    def carried(self, row: int) -> np.ndarray:
        return self.carriers[self.carrier_offsets[row]:self.carrier_offsets[row + 1]]

    def rows_carried_by(self, numbers: np.ndarray) -> np.ndarray:
        """The distinct rows that these entries (sorted) carried when the file was written."""
        starts = np.searchsorted(self.by_number, numbers, side="left")
        stops = np.searchsorted(self.by_number, numbers, side="right")
        sizes = stops - starts
        if not sizes.sum():
            return EMPTY
        at = np.repeat(starts - (np.cumsum(sizes) - sizes), sizes) + np.arange(int(sizes.sum()))
        return np.unique(self.by_number_rows[at])


@dataclass
class SectionDelta:
    """What changed in one section since the file was written, read from the index itself:
    `changed` (sorted entry numbers whose rows changed), the file rows they carried (`touched`),
    those no entry carries any more (`dead`), the changed entries that carry a file row now
    (`added`), and the spellings or parts the file does not hold: their keys (`new_keyed`: key
    -> [(name, id)]) and carriers (`new_carriers`: id -> sorted numbers)."""

    changed: np.ndarray
    touched: frozenset
    dead: frozenset
    added: dict
    new_keyed: dict
    new_carriers: dict


class NameIndex:
    """The public name index (keys -> spellings or parts -> carrying entries) of a forms file, as
    it stood at `version`, and per process the delta to the index version a search sees (the
    entries changed since, from the change log; `at`)."""

    def __init__(self, forms: FormsFile, arrays: dict[str, np.ndarray]) -> None:
        self.forms = forms
        self.version = int(arrays["index.version"][0])
        self.postings = {section: Postings(*(arrays[f"{section}.{name}"] for name in (
            "keys", "key_offsets", "key_rows", "carrier_offsets", "carried", "by_number", "by_number_rows")))
            for section in SECTIONS}
        self._lock = threading.Lock()
        self._at: IndexView | None = None

    def at(self, session, version: int, changed) -> IndexView | None:
        """The index as `session` sees it at `version` (its current index version), or None where
        the file cannot serve it: it is newer than the index (another archive's), a rebuild or
        pruned log happened since (`changed()` None), or more than INDEX_DELTA_LIMIT entries changed
        since it was written. `changed()` gives the sorted numbers changed since `self.version`."""
        if version < self.version:
            return None
        kept = self._at
        if kept is not None and kept.version == version:
            return kept
        if version == self.version:
            view = IndexView(self, version, None)
        else:
            numbers = changed()
            if numbers is None or len(numbers) > INDEX_DELTA_LIMIT:
                return None
            view = IndexView(self, version, {section: self._delta(session, section, np.asarray(numbers, dtype=np.int64))
                                             for section in SECTIONS})
        with self._lock:
            if self._at is None or self._at.version <= version:
                self._at = view
        return view

    def _delta(self, session, section: str, changed: np.ndarray) -> SectionDelta:
        model, column = SECTIONS[section]
        key_model, key_id, link_model, link_id = INDEX[section]
        names, links, keys = model.__table__, link_model.__table__, key_model.__table__
        postings, held = self.postings[section], self.forms.sections[section]
        found: list[tuple] = []
        listed = changed.tolist()
        for i in range(0, len(listed), 10_000):
            found += _rows(session, select(names.c[column], names.c.id, links.c.number)
                           .join(links, links.c[link_id] == names.c.id)
                           .where(links.c.number.in_(listed[i:i + 10_000])))
        rows = held.rows([i for _, i, _ in found], [n for n, _, _ in found]).tolist()
        added: dict[int, list[int]] = {}
        new_carriers: dict[int, list[int]] = {}
        new_names: dict[int, str] = {}
        for (name, id_, number), row in zip(found, rows, strict=True):
            if row >= 0:
                added.setdefault(row, []).append(number)
            else:
                new_carriers.setdefault(id_, []).append(number)
                new_names[id_] = name
        new_keyed: dict[str, list[tuple[str, int]]] = {}
        ids = sorted(new_names)
        for i in range(0, len(ids), 10_000):
            for key, id_ in _rows(session, select(keys.c.key, keys.c[key_id])
                                  .where(keys.c[key_id].in_(ids[i:i + 10_000]))):
                new_keyed.setdefault(key, []).append((new_names[id_], id_))
        touched = postings.rows_carried_by(changed).tolist()
        dead = [row for row in touched if row not in added
                and not (~_member(postings.carried(row), changed)).any()]
        return SectionDelta(changed, frozenset(touched), frozenset(dead),
                            {row: np.unique(np.array(n, dtype=np.int64)) for row, n in added.items()},
                            new_keyed,
                            {id_: np.unique(np.array(n, dtype=np.int64)) for id_, n in new_carriers.items()})


def _member(numbers: np.ndarray, sorted_numbers: np.ndarray) -> np.ndarray:
    if not len(sorted_numbers):
        return np.zeros(len(numbers), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_numbers, numbers), len(sorted_numbers) - 1)
    return sorted_numbers[at] == numbers


class IndexView:
    """The name index at one index version: the file's arrays and the delta since (None: none)."""

    def __init__(self, index: NameIndex, version: int, deltas: dict[str, SectionDelta] | None) -> None:
        self.index = index
        self.version = version
        self.deltas = deltas
        self._kept: dict[tuple[str, int], np.ndarray] = {}  # touched rows' carriers, as they are now

    def candidates(self, section: str, keys: list[str]) -> tuple[np.ndarray, list[tuple[str, int]]]:
        """(the file's rows that one of these keys picks, distinct and sorted; [(name, id)] of the
        spellings or parts the file lacks that one picks, distinct), as the index holds them now."""
        postings = self.index.postings[section]
        found = [postings.rows_of_key(key) for key in keys]
        rows = np.unique(np.concatenate(found)) if found else EMPTY
        delta = self.deltas[section] if self.deltas else None
        if delta is None:
            return rows, []
        if delta.dead:
            rows = rows[[row not in delta.dead for row in rows.tolist()]] if len(rows) else rows
        extra = sorted({c for key in keys for c in delta.new_keyed.get(key, ())})
        return rows, extra

    def key_size(self, section: str, key: str) -> int:
        """How many spellings or parts the index holds under this key now."""
        rows = self.index.postings[section].rows_of_key(key)
        delta = self.deltas[section] if self.deltas else None
        if delta is None:
            return len(rows)
        alive = sum(row not in delta.dead for row in rows.tolist()) if delta.dead else len(rows)
        return alive + len(delta.new_keyed.get(key, ()))

    def carriers(self, section: str, rows: list[int]) -> list[np.ndarray]:
        """The sorted entry numbers that carry each of these file rows now."""
        postings = self.index.postings[section]
        delta = self.deltas[section] if self.deltas else None
        found = []
        for row in rows:
            if delta is None or (row not in delta.touched and row not in delta.added):
                found.append(postings.carried(row).astype(np.int64))
                continue
            numbers = self._kept.get((section, row))
            if numbers is None:
                numbers = postings.carried(row).astype(np.int64)
                if row in delta.touched:
                    numbers = numbers[~_member(numbers, delta.changed)]
                if row in delta.added:
                    numbers = np.union1d(numbers, delta.added[row])
                self._kept[(section, row)] = numbers
            found.append(numbers)
        return found

    def new_carriers(self, section: str, ids: list[int]) -> list[np.ndarray]:
        """The sorted entry numbers that carry each of these spellings or parts the file lacks."""
        delta = self.deltas[section] if self.deltas else None
        return [delta.new_carriers.get(id_, EMPTY) if delta is not None else EMPTY for id_ in ids]


_OPEN: dict[Path, tuple[float, object]] = {}
_OPEN_LOCK = threading.Lock()


def open_forms(folder: Path) -> FormsFile | None:
    """The forms file of this name-matching code in `folder`, mapped once per process (None
    where there is none); looked for again at most every CHECK_SECONDS, so that a rebuilt file
    is taken up. A process that mapped a file since removed keeps that copy (its name index
    reads the entries changed since from the change log, so it never finds what was withdrawn)."""
    return open_mapped(forms_path(folder), FormsFile)


def open_mapped(path: Path, kind):
    """`kind(path)` (a class that maps the file and keeps its `stat`), made once per process and
    looked for again at most every CHECK_SECONDS (None while there never was a file); a file
    replaced on disk is mapped again, one removed is kept as mapped."""
    now = time.monotonic()
    checked, mapped = _OPEN.get(path, (None, None))
    if checked is not None and now - checked < CHECK_SECONDS:
        return mapped
    with _OPEN_LOCK:
        try:
            stat = path.stat()
        except FileNotFoundError:
            pass  # removed after a withdrawal: a process keeps the copy it mapped (see `remove_forms_files`)
        else:
            if mapped is None or (mapped.stat.st_ino, mapped.stat.st_mtime_ns) != (stat.st_ino, stat.st_mtime_ns):
                mapped = kind(path)
        _OPEN[path] = (now, mapped)
        return mapped


def session_forms(session) -> FormsFile | None:
    """The forms file of the archive this session belongs to (a `guwah.storage.Store`'s), if any."""
    store = session.info.get("guwah_store")
    return open_forms(store.settings.data_dir) if store is not None else None


def remove_forms_files(folder: Path) -> None:
    """Remove every forms file from a data folder, and any being written (`.tmp<pid>`: a build
    that read the index before the change; it then starts again, see `ensure_forms_file`).
    Called right after a commit in which a spelling or name part left a released entry
    (`guwah.search.public.sync_subject`, `rebuild`), so that a withdrawn name does not stay on
    disk unencrypted. Processes that mapped the file keep their copy in memory; the next `guwah
    serve` (or `guwah search-forms`) makes it again, and until then a process without one reads
    the index tables."""
    for path in Path(folder).glob("search-forms-*"):
        path.unlink(missing_ok=True)


def _on_disk(forms: FormsFile) -> bool:
    try:
        stat = forms.path.stat()
    except FileNotFoundError:
        return False
    return (stat.st_ino, stat.st_mtime_ns) == (forms.stat.st_ino, forms.stat.st_mtime_ns)


def holds_withdrawn(session, forms: FormsFile) -> bool:
    """Whether the file pairs a spelling or name part with an entry that no longer carries it in
    the index `session` sees (withdrawn or renamed since the file was written); True where the
    change log cannot tell (a rebuild, a pruned log). Reads the carriers of the changed entries
    only."""
    from guwah.search.public import changed_since

    changed = changed_since(session, forms.index.version)
    if changed is None:
        return True
    if not len(changed):
        return False
    listed = changed.tolist()
    for section, (model, column) in SECTIONS.items():
        _, _, link_model, link_id = INDEX[section]
        names, links = model.__table__, link_model.__table__
        now: set[tuple[str, int]] = set()
        for i in range(0, len(listed), 10_000):
            now.update(tuple(row) for row in _rows(session, select(names.c[column], links.c.number)
                                                   .join(links, links.c[link_id] == names.c.id)
                                                   .where(links.c.number.in_(listed[i:i + 10_000]))))
        postings, held = forms.index.postings[section], forms.sections[section]
        for row in postings.rows_carried_by(changed).tolist():
            name = bytes(held.name_bytes[held.name_offsets[row]:held.name_offsets[row + 1]]).decode()
            carried = postings.carried(row)
            if any((name, number) not in now for number in carried[_member(carried, changed)].tolist()):
                return True
    return False


def _current(session, forms: FormsFile | None) -> bool:
    """Whether an open forms file may stay: it is on disk (not removed after a withdrawal) and
    holds the name index, of a version the change log still reaches with at most a quarter of
    INDEX_DELTA_LIMIT entries changed since; it lacks at most STALE_SHARE of the indexed spellings
    or parts, and pairs none with an entry that no longer carries it (`holds_withdrawn`)."""
    if forms is None or forms.index is None or not _on_disk(forms):
        return False
    from guwah.search.public import changed_since, index_version

    if index_version(session) < forms.index.version:
        return False  # written from another state of the archive
    changed = changed_since(session, forms.index.version)
    if changed is None or len(changed) > INDEX_DELTA_LIMIT // 4 or holds_withdrawn(session, forms):
        return False
    for section, (model, _) in SECTIONS.items():
        ids = forms.sections[section].ids
        newest = int(ids[-1]) if len(ids) else 0
        total = session.scalar(select(func.count()).select_from(model)) or 0
        older = session.scalar(select(func.count()).select_from(model).where(model.id <= newest)) or 0
        if older < len(ids) or total - older > STALE_SHARE * max(total, 1):
            return False
    return True


BUILD_TRIES = 3


def ensure_forms_file(store, force: bool = False) -> Path | None:
    """Build the forms file of `store`'s archive when it is missing, made by other name-matching
    code, lacks more than STALE_SHARE of the indexed spellings or parts, or holds one that left
    the index (`force`: always); returns its path if built now, else None.

    A withdrawal committed while the file is built (it reads the index for tens of seconds at
    1,000,000 entries) removes the file being written, or, committed before the file was
    renamed into place, is found by a check in a new transaction (`holds_withdrawn`) and the file
    removed: either way it is built again, at most BUILD_TRIES times (then None, no file)."""
    return build_checked(store, force, open_forms, _current, build_forms_file, FormsFile, holds_withdrawn)


def build_checked(store, force: bool, open_file, current, build, load, holds_stale) -> Path | None:
    """The build of a derived public file (forms, cards) that a concurrent commit may overtake:
    nothing when `current(session, open_file(folder))` and not `force`; else `build(session,
    folder)` then `load(path)`, kept unless `holds_stale(session, loaded)` in a new transaction
    (then removed and built again), at most BUILD_TRIES times. A file removed while written or
    before it is loaded (the committing side removes it) is built again too. Returns the path
    built, or None (nothing to do, or every try overtaken)."""
    folder = store.settings.data_dir
    with store.session() as session:
        if not force and current(session, open_file(folder)):
            return None
    for _ in range(BUILD_TRIES):
        try:
            with store.session() as session:
                path = build(session, folder)
        except FileNotFoundError:
            continue  # removed while written
        with _OPEN_LOCK:
            _OPEN.pop(path, None)
        try:
            written = load(path)
        except FileNotFoundError:
            continue  # removed since it was renamed into place
        with store.session() as session:
            if not holds_stale(session, written):
                return path
        path.unlink(missing_ok=True)
    return None

