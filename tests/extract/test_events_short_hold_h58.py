"""A short hold told by its length is also the arrest (h-codes58, issue 11): held for some days at a police
station, «продержали двое суток», « retenu deux jours » — on the
tuning splits the writers list an arrest with such a detention, and the extractor told the detention only
(codes: `detention.pretrial` where the gold has `detention.arbitrary_arrest`). Invented names and
sentences; each negative beside a positive control in the same text."""

from guwah.extract.pipeline import run_pipeline


def _events(text: str, language: str) -> dict[str, set[str]]:
    doc = run_pipeline(text, language, None)
    names = {p.id: p.name for p in doc.persons}
    found: dict[str, set[str]] = {}
    for event in doc.events:
        found.setdefault(names.get(event.person), set()).add(event.type)
    return found


def test_held_for_days_is_an_arrest_and_held_for_years_in_a_camp_is_not_by_this_rule():
    found = _events("In March 2019 Qasim Tohtiyev was held for eight days at a police post in Urumqi. "
                    "His cousin Nurlan Tohtiyev was held for three years in a camp near Aksu.", "en")
    assert {"arrest", "detention"} <= found["Qasim Tohtiyev"], found
    assert "arrest" not in found.get("Nurlan Tohtiyev", set()), found


def test_an_arrest_told_before_the_hold_is_not_told_twice():
    doc = run_pipeline("On 3 May 2018 police arrested Qasim Tohtiyev in Kashgar. He was held for ten days "
                       "at the city police station.", "en", None)
    arrests = [e for e in doc.events if e.type == "arrest"]
    assert len(arrests) == 1, doc.events


def test_russian_held_two_days_at_the_station_is_an_arrest():
    found = _events("В марте 2019 года Касыма Тохтиева продержали в участке в Аксу двое суток.", "ru")
    assert "arrest" in found["Касым Тохтиев"], found
