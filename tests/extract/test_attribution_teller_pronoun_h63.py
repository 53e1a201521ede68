"""A person named only as the teller of a report ("according to his friend X", « selon son ami X »,
«по словам его друга X», Kazakh «X-тың айтуынша», Uyghur X نىڭ ئېيتىشىچە) is not whom a following
he/she/«ол»/ئۇ stands for: the pronoun goes on with the person the text was telling of before
(`subjects.is_source`, `turkic.ActPersons._teller`; issue 11).

Invented names and sentences; each text has its positive control: the teller, named later as the
subject or object of an act of their own, is still given that act.
"""

from __future__ import annotations

import pytest

from guwah.extract import extract_text

TEXTS = {
    "kk": ("Менің ағам Темірлан Жақсыбеков 2017 жылы Құлжаға барды. Сәуле Омарқызының айтуынша, оны 2018 жылы "
           "полиция ұстады. Ал Сәуле Омарқызын 2019 жылы полицияға шақырып, тергеді.\n"),
    "ug": ("ئاكام تېمىرلان جاقسىبېك 2017-يىلى غۇلجىغا باردى. سەۋلە ئۆمەرقىزىنىڭ ئېيتىشىچە، ساقچىلار ئۇنى 2018-يىلى "
           "تۇتۇپ كەتكەن.\n"),
    "en": ("My brother Temirlan Zhaksybek went to Ghulja in 2017. According to his friend Nurbol Abenov, he was "
           "detained there in 2018. Nurbol Abenov himself was questioned by the police in 2019.\n"),
    "fr": ("Mon frère Temirlan Zhaksybek est parti à Ghulja en 2017. Selon son ami Nurbol Abenov, il a été arrêté "
           "en 2018. Nurbol Abenov a lui-même été interrogé par la police en 2019.\n"),
    "ru": ("Мой брат Темирлан Жаксыбеков уехал в Кульджу в 2017 году. По словам его друга Нурбола Абенова, "
           "полиция пришла в гостиницу ночью. Он был задержан в 2018 году. Нурбола Абенова в 2019 году "
           "вызывали на допрос в полицию.\n"),
}
NAMES = {"kk": ("Темірлан", "Сәуле"), "ug": ("تېمىرلان", "سەۋلە"), "en": ("Temirlan", "Nurbol"),
         "fr": ("Temirlan", "Nurbol"), "ru": ("Темирлан", "Нурбол")}
# the teller's own act told later in the text (none in the Uyghur text)
OWN = {"kk": "interrogation", "en": "interrogation", "fr": "interrogation", "ru": "interrogation"}


def _events(language: str) -> dict[str, set[str]]:
    """Event types by person name."""
    out = extract_text(TEXTS[language], language=language)
    names = {p["id"]: p["name"] for p in out["persons"]}
    found: dict[str, set[str]] = {}
    for event in out["events"]:
        found.setdefault(names.get(event.get("person")) or "", set()).add(event["type"])
    return found


def _of(events: dict[str, set[str]], given: str) -> set[str]:
    """The event types of the person whose name starts with `given` (any case form: «Нурбола»)."""
    return set().union(*(types for name, types in events.items() if name.startswith(given)))


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_a_teller_is_not_whom_the_pronoun_stands_for(language):
    events = _events(language)
    relative, teller = NAMES[language]
    assert "detention" in _of(events, relative)
    assert not {"detention", "arrest"} & _of(events, teller)
    if language in OWN:
        assert OWN[language] in _of(events, teller)  # the teller's own act stays the teller's
