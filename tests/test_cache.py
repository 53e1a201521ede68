"""`guwah.cache.LRU`, the one cache the release page's detail readings and the corroboration sketches keep."""

from guwah.cache import LRU


def test_cache_keeps_the_most_recently_used_and_makes_each_value_once():
    made = []
    kept = LRU(2)

    def make(value):
        return lambda: made.append(value) or value

    assert kept.get("a", make(1)) == 1 and kept.get("a", make(9)) == 1 and made == [1]  # kept
    kept.get("b", make(2))
    kept.get("a", make(9))  # "a" used last: "b" is the oldest now
    kept.get("c", make(3))
    assert len(kept) == 2 and kept.get("b", make(4)) == 4 and kept.get("a", make(9)) == 9  # "b" dropped, then "a"
    assert made == [1, 2, 3, 4, 9]


def test_cache_keeps_nothing_without_a_key_and_forgets_all_on_clear():
    kept = LRU(4)
    assert kept.get(None, lambda: 1) == 1 and len(kept) == 0
    kept.get("a", lambda: 1)
    assert len(kept) == 1
    kept.clear()
    assert len(kept) == 0 and kept.get("a", lambda: 2) == 2
