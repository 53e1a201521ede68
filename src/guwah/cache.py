"""One small cache for values worked out from a text that this process keeps (the release page's
detail readings, the corroboration sketches and shingle hashes).

`functools.lru_cache` keys a value by every argument, so it would keep the archive's texts in
memory; these caches are keyed by what identifies a text instead (an id and a digest of it), and
the text is handed only to the function that works the value out.

One invalidation rule for all: a key names everything the value was worked out from (a text's
digest, a version), so a changed input is a new key, never a stale value; the `size` most recently
used values are kept and the oldest beyond are dropped; `clear()` empties it (a bench's cold run, a
test's).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class LRU(Generic[V]):
    """The `size` most recently used values, by key, shared by the threads of a process."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._values: OrderedDict[Hashable, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable | None, make: Callable[[], V]) -> V:
        """The value kept for `key`, else `make()`'s, then kept. `key` None: made and not kept (an
        input with nothing to identify it by). `make` runs outside the lock: two threads may both
        make a value for one key, and either is kept (they are equal)."""
        if key is not None:
            with self._lock:
                if key in self._values:
                    self._values.move_to_end(key)
                    return self._values[key]
        value = make()
        if key is not None:
            with self._lock:
                self._values[key] = value
                self._values.move_to_end(key)
                while len(self._values) > self.size:
                    self._values.popitem(last=False)
        return value

    def clear(self) -> None:
        """Forget every kept value."""
        with self._lock:
            self._values.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._values)
