"""A condition of custody told by someone unnamed who reports it is the person the text has just put in
custody (issue 11, h-codes54): "A man released later told me that the room held forty men" — the man tells
it, it is not told of him. Invented texts; control: an unnamed person the sentence tells of (not its teller)
still keeps the condition from being carried."""

from guwah.extract.pipeline import run_pipeline


def _codes(doc, name: str) -> set[str]:
    person = next(p for p in doc.persons if any(name in n for n in p.names))
    return {v.code for v in person.violations}


def test_an_unnamed_teller_does_not_stop_the_condition_from_being_the_held_persons():
    text = ("My name is Ruth Calder. My brother Owen Pryce was taken to a camp in 2018. A man released later told "
            "me that the room held forty men on ten bunks.\n")
    doc = run_pipeline(text, "en", None)
    assert "detention.overcrowding" in _codes(doc, "Owen")


def test_an_unnamed_person_told_of_still_keeps_it_from_being_carried():
    text = ("My name is Ruth Calder. My brother Owen Pryce was taken to a camp in 2018. An old cellmate slept on "
            "the floor because the room held forty men on ten bunks.\n")
    doc = run_pipeline(text, "en", None)
    assert "detention.overcrowding" not in _codes(doc, "Owen")
    assert "detention.internment_camp" in _codes(doc, "Owen")  # the control: his own custody is his
