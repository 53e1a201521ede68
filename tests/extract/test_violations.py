import pytest

from tests.extract.helpers import TESTIMONY, codes_of, doc_of, person_named


def narrator_codes(text: str) -> set[str]:
    doc = doc_of("Arman Seitkali\n\n" + text)
    return codes_of(person_named(doc, "Arman Seitkali"))


def test_violations_of_the_narrator():
    codes = codes_of(person_named(doc_of(TESTIMONY), "Nurlan Tursunov"))
    assert {"torture.tiger_chair", "torture.beating", "detention.internment_camp", "detention.pretrial",
            "detention.arbitrary_arrest", "indoctrination.political", "ill_treatment.denied_hygiene"} <= codes


@pytest.mark.parametrize("sentence, code", [
    ("I was never beaten by the guards.", "torture.beating"),
    ("She says I was not beaten, only shouted at.", "torture.beating"),
    ("I was not subjected to the tiger chair, which others suffered.", "torture.tiger_chair"),
    ("I heard that they might have used electric shocks.", "torture.electric_shock"),
    ("Reportedly the guards used the tiger chair.", "torture.tiger_chair"),
    ("Rights groups report forced sterilization across the region.", "reproductive.forced_sterilization"),
    ("The prisoners were beaten every night.", "torture.beating"),
    ("Many women were raped.", "sexual_violence.rape"),
])
def test_violations_negation_hedging_background_give_no_code(sentence, code):
    text = "I was taken to an internment camp. I spent a year there. " + sentence
    assert code not in narrator_codes(text)


def test_violations_negated_codes_absent_from_the_testimony():
    codes = codes_of(person_named(doc_of(TESTIMONY), "Nurlan Tursunov"))
    assert not codes & {"torture.electric_shock", "sexual_violence.rape", "reproductive.forced_sterilization"}


def test_violations_we_counts_for_the_narrator_only_once_detained():
    before = "We were forced to sing red songs at school. I was later taken to an internment camp."
    assert "indoctrination.political" not in narrator_codes(before)
    after = "I was taken to an internment camp. We were forced to sing red songs."
    assert "indoctrination.political" in narrator_codes(after)


def test_violations_we_without_detention_is_not_the_narrator():
    assert "ill_treatment.denied_hygiene" not in narrator_codes("I taught in the camp. We had no shower there.")


def test_violations_attributed_to_the_named_victim():
    doc = doc_of(TESTIMONY)
    assert "death.in_custody" in codes_of(person_named(doc, "Erlan Bekov"))
    assert "death.in_custody" not in codes_of(person_named(doc, "Nurlan Tursunov"))


def test_violations_evidence_contains_the_trigger():
    doc = doc_of(TESTIMONY)
    for person in doc.persons:
        for violation in person.violations:
            start, end = violation.evidence
            assert 0 <= start < end <= len(doc.text)
            assert doc.text[start:end].strip()
