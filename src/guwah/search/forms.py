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
from the index's `forms` column as before (`guwah.search.public`).
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
from guwah.storage.tables import PublicSearchPart, PublicSearchSpelling

MAGIC = b"GUWAH-FORMS-1\n"
ALIGN = 64
SECTIONS = {"spelling": (PublicSearchSpelling, "name"), "part": (PublicSearchPart, "part")}
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
    name-matching code. Returns the path."""
    vocabulary = Vocabulary()
    arrays: dict[str, np.ndarray] = {}
    for section, (model, column) in SECTIONS.items():
        ids, names, records = _records(connection, model.__table__, column)
        table = build_table(records, vocabulary.number)
        encoded = [name.encode() for name in names]
        arrays[f"{section}.ids"] = np.array(ids, dtype=np.int64)
        arrays[f"{section}.name_offsets"] = np.concatenate([[0], np.cumsum([len(e) for e in encoded])]).astype(np.int64)
        arrays[f"{section}.name_bytes"] = np.frombuffer(b"".join(encoded), dtype=np.uint8)
        for name in (*FormTable.NAME_ARRAYS, *FormTable.READING_ARRAYS):
            arrays[f"{section}.{name}"] = getattr(table, name)
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


def _write(path: Path, arrays: dict[str, np.ndarray]) -> None:
    layout, offset = {}, 0
    for name, array in arrays.items():
        array = np.ascontiguousarray(array)
        arrays[name] = array
        layout[name] = [array.dtype.str, list(array.shape), offset]
        offset += -(-array.nbytes // ALIGN) * ALIGN
    header = json.dumps({"arrays": layout}).encode()
    start = -(-(len(MAGIC) + 8 + len(header)) // ALIGN) * ALIGN
    temporary = path.with_suffix(f".tmp{os.getpid()}")
    with open(temporary, "wb") as handle:
        handle.write(MAGIC + len(header).to_bytes(8, "little") + header)
        for name, array in arrays.items():
            handle.seek(start + layout[name][2])
            handle.write(array.tobytes())
        handle.truncate(start + offset)
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)


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
        data = np.memmap(path, dtype=np.uint8, mode="r")
        if bytes(data[:len(MAGIC)]) != MAGIC:
            raise ValueError(f"{path} is not a forms file")
        size = int.from_bytes(bytes(data[len(MAGIC):len(MAGIC) + 8]), "little")
        layout = json.loads(bytes(data[len(MAGIC) + 8:len(MAGIC) + 8 + size]))["arrays"]
        start = -(-(len(MAGIC) + 8 + size) // ALIGN) * ALIGN
        arrays = {}
        for name, (dtype, shape, offset) in layout.items():
            dtype = np.dtype(dtype)
            count = int(np.prod(shape)) if shape else 1
            arrays[name] = np.frombuffer(data, dtype=dtype, count=count, offset=start + offset).reshape(shape)
        self.vocabulary = arrays["vocabulary"]
        # entries carrying each part when it was written (none in a file of an earlier build)
        self.part_carriers = arrays.get("part.carriers", np.zeros(len(arrays["part.ids"]), dtype=np.int64))
        self.width = self.vocabulary.dtype.itemsize
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


_OPEN: dict[Path, tuple[float, FormsFile | None]] = {}
_OPEN_LOCK = threading.Lock()


def open_forms(folder: Path) -> FormsFile | None:
    """The forms file of this name-matching code in `folder`, mapped once per process (None
    where there is none); looked for again at most every CHECK_SECONDS, so that a rebuilt file
    is taken up."""
    path = forms_path(folder)
    now = time.monotonic()
    checked, forms = _OPEN.get(path, (None, None))
    if checked is not None and now - checked < CHECK_SECONDS:
        return forms
    with _OPEN_LOCK:
        try:
            stat = path.stat()
        except FileNotFoundError:
            forms = None
        else:
            if forms is None or (forms.stat.st_ino, forms.stat.st_mtime_ns) != (stat.st_ino, stat.st_mtime_ns):
                forms = FormsFile(path)
        _OPEN[path] = (now, forms)
        return forms


def session_forms(session) -> FormsFile | None:
    """The forms file of the archive this session belongs to (a `guwah.storage.Store`'s), if any."""
    store = session.info.get("guwah_store")
    return open_forms(store.settings.data_dir) if store is not None else None


def _current(session, forms: FormsFile | None) -> bool:
    """Whether an open forms file may stay: it lacks at most STALE_SHARE of the indexed spellings
    or parts, and holds none that has left the index since (a withdrawn release's)."""
    if forms is None:
        return False
    for section, (model, _) in SECTIONS.items():
        ids = forms.sections[section].ids
        newest = int(ids[-1]) if len(ids) else 0
        total = session.scalar(select(func.count()).select_from(model)) or 0
        older = session.scalar(select(func.count()).select_from(model).where(model.id <= newest)) or 0
        if older < len(ids) or total - older > STALE_SHARE * max(total, 1):
            return False
    return True


def ensure_forms_file(store, force: bool = False) -> Path | None:
    """Build the forms file of `store`'s archive when it is missing, made by other name-matching
    code, lacks more than STALE_SHARE of the indexed spellings or parts, or holds one that left
    the index (`force`: always); returns its path if built now, else None."""
    folder = store.settings.data_dir
    with store.session() as session:
        if not force and _current(session, open_forms(folder)):
            return None
        path = build_forms_file(session, folder)
    with _OPEN_LOCK:
        _OPEN.pop(path, None)
    return path

