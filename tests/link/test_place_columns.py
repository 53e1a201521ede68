"""The linker's place columns read each distinct hometown and facility cell once (h-link29)."""

from __future__ import annotations

from guwah.link import features
from guwah.link.mentions import Mention


def _mentions() -> list[Mention]:
    # two hometowns, each beside three facilities (one cell naming none), and a mention without either
    cells = [(home, facility) for home in ("Kashgar", "Ghulja, Ili")
             for facility in ("Qizilsu camp No. 4", "тюрьма Куча", "camp")]
    return [Mention(str(n), "Ali Hasan", hometown=home, facility=facility) for n, (home, facility) in enumerate(cells)] \
        + [Mention("x", "Ali Hasan")]


def test_each_hometown_is_resolved_once(monkeypatch) -> None:
    calls: list[str] = []
    real = features.place_id

    def counted(text: str) -> str:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(features, "place_id", counted)
    features.place_columns(_mentions())
    # one call per distinct hometown, however many facilities it comes with (before: two per
    # pair); the parts of an address are read by place_id itself
    assert calls.count("Kashgar") == 1 and calls.count("Ghulja, Ili") == 1


def test_columns_are_those_of_each_cell_alone() -> None:
    mentions = _mentions()
    places = features.place_columns(mentions)
    for mention in mentions:
        home, facility = features.stated(mention.hometown), mention.facility
        key = features.facility_key(facility)
        # as feature_columns documents them: area, facility key, home_place
        assert places[(mention.hometown, facility)] == (
            features.area(home, facility if key else None), key, features.home_place(home))
    # a positive control: the cells are read (a place, a facility key, a home) and differ
    assert places[("Kashgar", "Qizilsu camp No. 4")][1] is not None
    assert places[("Kashgar", "camp")][1] is None
    assert places[("Kashgar", "camp")][0] != places[("Ghulja, Ili", "camp")][0]
    assert places[(None, None)] == (None, None, None)
