"""A split's "different" between its two sides binds the linker after either side is split again.

Before (h-adversary67), beyond SEPARATION_PAIRS a split recorded only each mention of one side against
the other side's first mention; once a reviewer split those first mentions off their own sides, no
"different" stood between the rest of the two sides, and the next `guwah link` joined them again (21
mentions against 20 did it at the real bound). A split now carries its entry's standing separations
to both its parts. Invented names."""

from guwah.registry import PairSeen, judge, link_archive, resolve, split
from guwah.storage.tables import Person
from tests.factories import add_mention


def _entry(session, mention):
    return resolve(session, session.get(Person, mention).entry.number).number


def test_the_rest_of_two_parted_sides_stays_apart_after_their_first_mentions_are_split_off(any_store, monkeypatch):
    import guwah.registry as registry

    monkeypatch.setattr(registry, "SEPARATION_PAIRS", 1)  # as 21 against 20 mentions would at 400
    with any_store.session() as session:
        a1, a2, b1, b2 = (add_mention(session, "Qadirjan Tursunbakiev", gender="male", birth_year="1969").id
                          for _ in range(4))
    with any_store.session() as session:
        link_archive(session, "linker-test")
        assert len({_entry(session, m) for m in (a1, a2, b1, b2)}) == 1
    with any_store.session() as session:
        split(session, _entry(session, a1), [b1, b2], "rev-split")  # A = {a1, a2}, B = {b1, b2}
    with any_store.session() as session:
        split(session, _entry(session, a1), [a1], "rev-split")  # a1 apart from a2
    with any_store.session() as session:
        split(session, _entry(session, b1), [b1], "rev-split")  # b1 apart from b2
    with any_store.session() as session:
        control = [add_mention(session, "Abduqahar Yolchibekov", gender="male", birth_year="1981").id
                   for _ in range(2)]
    with any_store.session() as session:
        link_archive(session, "linker-test")
        assert _entry(session, control[0]) == _entry(session, control[1])  # positive control: the run links
        assert _entry(session, a2) != _entry(session, b2)  # the first split's word: A is not B
    with any_store.session() as session:  # a reviewer's later "same" still lifts the carried separation
        judge(session, a2, b2, "same", "rev-again", "one man after all", PairSeen(replace=True))
    with any_store.session() as session:
        link_archive(session, "linker-test", only_new=True)
        assert _entry(session, a2) == _entry(session, b2)
