"""The public cards of every released person entry in one file that every server process maps.

A search page shows up to PAGE_SIZE entries, each read from its public card
(`guwah.search.public.card_text`, table `public_search_card`). At 1,000,000 entries the cards fill
~600 MB of the database, so a page's 20 cards are 20 random reads through SQLite's B-tree and
SQLCipher's page decryption (~1.5 ms per search against ~0.5 ms at 100,000: docs/benchmarks.md,
"Fourteenth round"). `build_cards_file` writes them, at one index version, as one array of bytes
and one of offsets by public number (`search-cards.bin` beside the name forms file,
`guwah.search.forms`); each process maps it read-only, so a card costs a slice of the page cache.

The file is kept current like the forms file's name index: a process reads from the change log
the entries changed since the file's version (`guwah.search.public.changed_since`) and reads
those from the table, every other from the file (an entry not in the file and not changed since
has no card). What the file holds is public: the cards of approved releases at its version, the
fields the search page and API show. The commit that takes a card off the index (a withdrawal, a
new version of an entry, a rebuild) removes the file from the data folder right after it
(`remove_cards_files`; SECURITY.md), and `guwah serve` (or `guwah search-forms`) makes it again.
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
from sqlalchemy import select

from guwah.search.forms import build_checked, open_mapped, read_arrays, write_arrays
from guwah.storage.tables import PublicSearchCard, PublicSearchVersion

MAGIC = b"GUWAH-CARDS-1\n"
NAME = "search-cards.bin"
# Past this many entries changed since the file was written, cards are read from the table.
DELTA_LIMIT = 20_000
BATCH = 20_000  # cards read at a time while the file is built


def cards_path(folder: Path) -> Path:
    """Where the cards file lives in a data folder."""
    return Path(folder) / NAME


def build_cards_file(connection, folder: Path) -> Path:
    """Write the cards file (`cards_path`) of every public card as `connection` (a connection or
    session, one read transaction) sees it, at the index version read first; replaces any earlier
    one atomically. Returns the path; FileNotFoundError where the file being written was removed
    meanwhile (`remove_cards_files`)."""
    version = connection.scalar(select(PublicSearchVersion.version).where(PublicSearchVersion.id == 1)) or 0
    table = PublicSearchCard.__table__
    blob, numbers, sizes = bytearray(), [], []
    after = 0
    while True:
        rows = connection.execute(select(table.c.number, table.c.card).where(table.c.number > after)
                                  .order_by(table.c.number).limit(BATCH)).all()
        if not rows:
            break
        for number, card in rows:
            encoded = card.encode()
            blob += encoded
            numbers.append(number)
            sizes.append(len(encoded))
        after = rows[-1][0]
    by_number = np.zeros(max(numbers, default=0) + 1, dtype=np.int64)
    by_number[np.array(numbers, dtype=np.int64)] = sizes
    path = cards_path(folder)
    write_arrays(path, MAGIC, {"version": np.array([version], dtype=np.int64),
                               "offsets": np.concatenate([[0], np.cumsum(by_number)]).astype(np.int64),
                               "cards": np.frombuffer(blob, dtype=np.uint8)})
    return path


class CardsFile:
    """An open cards file (memory-mapped, read-only) at index version `version`: the card of entry
    n is `cards[offsets[n]:offsets[n + 1]]` (empty: none)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.stat = path.stat()
        arrays = read_arrays(path, MAGIC)
        self.version = int(arrays["version"][0])
        self.offsets = arrays["offsets"]
        self.cards = arrays["cards"]
        self._lock = threading.Lock()
        self._changed: tuple[int, frozenset | None] | None = None

    def card(self, number: int) -> str | None:
        """The card of entry `number` as the file holds it, None for none."""
        if not 0 <= number < len(self.offsets) - 1:
            return None
        start, end = int(self.offsets[number]), int(self.offsets[number + 1])
        return self.cards[start:end].tobytes().decode() if end > start else None

    def changed(self, session) -> frozenset | None:
        """The entries changed between the file's version and the one `session` sees (read once
        per process and version), or None where the file cannot serve that version: older than
        the file (another state of the archive), a rebuild or pruned log since, more than
        DELTA_LIMIT entries changed."""
        from guwah.search.public import changed_since, index_version

        version = index_version(session)
        kept = self._changed
        if kept is not None and kept[0] == version:
            return kept[1]
        if version < self.version:
            return None
        numbers = changed_since(session, self.version) if version > self.version else np.empty(0, dtype=np.int64)
        found = frozenset(numbers.tolist()) if numbers is not None and len(numbers) <= DELTA_LIMIT else None
        with self._lock:
            self._changed = (version, found)
        return found

    def holds_changed(self, session) -> bool:
        """Whether the file holds a card of an entry changed since it was written (withdrawn or
        superseded: its card there is not the public one any more); True where the change log
        cannot tell."""
        from guwah.search.public import changed_since

        numbers = changed_since(session, self.version)
        return numbers is None or any(self.card(n) is not None for n in numbers.tolist())


def open_cards(folder: Path) -> CardsFile | None:
    """The cards file of `folder`, mapped once per process (`guwah.search.forms.open_mapped`)."""
    return open_mapped(cards_path(folder), CardsFile)


def file_cards(session, numbers: list[int]) -> tuple[list[tuple[int, str]], list[int]]:
    """([(number, card)] of these entry numbers read from the cards file, those it has a card
    of; the numbers it cannot answer for, to read from the table): every number where there is
    no file, the session has changed the index and not committed, or the file cannot serve the
    version it sees (`CardsFile.changed`)."""
    from guwah.search.public import changes_pending

    store = session.info.get("guwah_store")
    if store is None or changes_pending(session):
        return [], numbers
    cards = open_cards(store.settings.data_dir)
    changed = cards.changed(session) if cards is not None else None
    if changed is None:
        return [], numbers
    found, rest = [], []
    for number in numbers:
        if number in changed:
            rest.append(number)
        elif (card := cards.card(number)) is not None:
            found.append((number, card))
    return found, rest


def remove_cards_files(folder: Path) -> None:
    """Remove the cards file from a data folder, and any being written (`.tmp<pid>`). Called right
    after a commit that took a card off the index (`guwah.search.public.sync_subject`,
    `rebuild`): a withdrawn entry's card does not stay on disk unencrypted."""
    for path in Path(folder).glob("search-cards*"):
        path.unlink(missing_ok=True)


def _on_disk(cards: CardsFile) -> bool:
    try:
        stat = cards.path.stat()
    except FileNotFoundError:
        return False
    return (stat.st_ino, stat.st_mtime_ns) == (cards.stat.st_ino, cards.stat.st_mtime_ns)


def _current(session, cards: CardsFile | None) -> bool:
    """Whether an open cards file may stay: on disk, serving the version `session` sees with at
    most a quarter of DELTA_LIMIT entries changed since, and holding no card changed since."""
    if cards is None or not _on_disk(cards):
        return False
    changed = cards.changed(session)
    return changed is not None and len(changed) <= DELTA_LIMIT // 4 and not cards.holds_changed(session)


def ensure_cards_file(store, force: bool = False) -> Path | None:
    """Build the cards file of `store`'s archive when it is missing, too far behind the index or
    holds a card changed since (`force`: always); returns its path if built now, else None.

    A commit that takes a card off the index while the file is built removes the file being
    written, or, committed before it was renamed into place, is found by a check in a new
    transaction (`CardsFile.holds_changed`) and the file removed: either way it is built again, at
    most BUILD_TRIES times (then None, no file)."""
    return build_checked(store, force, open_cards, _current, build_cards_file, CardsFile,
                         lambda session, written: written.holds_changed(session))
