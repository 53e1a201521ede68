"""An arrest opens a detention (docs/cli-json.md; `events.arrests_open_detentions`)."""

from tests.extract.helpers import doc_of, person_named

TEXT = """Statement of Gulnar Ismail

Police arrested my cousin Rahila Osman on 4 March 2019 at her shop in Turpan. Her husband, Tursun Kadir, was arrested on 6 March 2019 and released the same evening.

Officers arrested Anar Sabit in May 2018. In June 2018 he was sent to a camp in Aksu.
"""


def _events(doc, name: str) -> list[tuple[str, str | None]]:
    person = person_named(doc, name)
    return sorted((e.type, e.date.value if e.date else None) for e in doc.events if e.person == person.id)


def test_an_arrest_with_no_detention_told_opens_one_from_its_date_with_its_evidence():
    doc = doc_of(TEXT)
    assert _events(doc, "Rahila") == [("arrest", "2019-03-04"), ("detention", "2019-03-04")]
    person = person_named(doc, "Rahila")
    [arrest] = [e for e in doc.events if e.person == person.id and e.type == "arrest"]
    [detention] = [e for e in doc.events if e.person == person.id and e.type == "detention"]
    assert detention.evidence == arrest.evidence


def test_an_arrest_let_go_the_same_day_opens_no_detention():
    doc = doc_of(TEXT)
    assert _events(doc, "Tursun Kadir") == [("arrest", "2019-03-06"), ("release", "2019-03-06")]


def test_a_detention_told_separately_is_not_told_twice():
    doc = doc_of(TEXT)
    assert _events(doc, "Anar Sabit") == [("arrest", "2018-05"), ("detention", "2018-06")]


def test_the_gold_rule_adds_what_the_extractor_adds():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "bench" / "arrest_detentions.py"
    spec = importlib.util.spec_from_file_location("arrest_detentions", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    day = lambda v: {"value": v, "precision": "day" if len(v) == 10 else "month"}  # noqa: E731
    events = [{"type": "arrest", "person": "a", "date": day("2019-03-04")},
              {"type": "arrest", "person": "b", "date": day("2019-03-06")},
              {"type": "release", "person": "b", "date": day("2019-03-06")},
              {"type": "arrest", "person": "c", "date": day("2018-05")},
              {"type": "detention", "person": "c", "date": day("2018-06")}]
    assert module.opened_detentions(events) == [{"type": "detention", "person": "a", "date": day("2019-03-04")}]
