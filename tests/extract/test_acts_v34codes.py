"""Acts read and given from the kinds of loss the spent v34 showed (h-v34codes, issue 11): a passport someone
else "still has", a family that "does not know which prison he is in", washing refused with the verb of
washing first («мыться не давали»), a verb of fitting with no matter of contraception, and a subject pronoun
after the source of what is told (« D'après Mme X, il … », "According to Ms X, he …"). Invented names and
sentences; each positive beside a control."""

from guwah.extract import violations
from guwah.extract.pipeline import run_pipeline


def _read(text: str, language: str, classified: bool = True) -> list[set[str]]:
    """The codes read in each sentence (the rules, and the act model unless `classified` is False)."""
    doc = run_pipeline(text, language, None)
    refused: set = set()
    hits = violations._trigger_hits(doc, refused)
    if classified:
        hits = violations._classified_hits(doc, hits, refused)
    found: list[set[str]] = [set() for _ in doc.sentences]
    for trigger, index, _match in hits:
        found[index].add(trigger.code)
    return found


def _codes(text: str, language: str) -> dict[str, set[str]]:
    return {p.name: {v.code for v in p.violations} for p in run_pipeline(text, language, None).persons if p.name}


def test_a_passport_another_still_has_is_kept_from_its_owner_but_his_own_is_not():
    codes = _codes("My cousin Dawut Imerov was let go in 2021, but they still have his passport. "
                   "His brother Tursun Imerov came back in 2020 and he still has his passport.", "en")
    assert "movement.passport_confiscation" in codes["Dawut Imerov"], codes
    assert "movement.passport_confiscation" not in codes.get("Tursun Imerov", set()), codes


def test_a_family_that_does_not_know_which_prison_he_is_in():
    read = _read("Kerim Sadykov was sentenced in 2019. His wife does not know which prison he is in. "
                 "His wife knows which prison he is in.", "en", classified=False)
    assert "disappearance.enforced" in read[1], read
    assert "disappearance.enforced" not in read[2], read
    # the not knowing is the act: an earlier negation in its clause does not deny it, and it is his
    codes = _codes("My brother Kerim Sadykov was sentenced in 2019. His wife Aygul Sadykova has not been able to "
                   "speak to him since 2017 and does not know which prison he is in.", "en")
    assert {"disappearance.enforced", "detention.incommunicado"} <= codes["Kerim Sadykov"], codes
    assert not codes.get("Aygul Sadykova"), codes


def test_russian_washing_refused_with_the_verb_of_washing_first():
    read = _read("Моего брата Марата Ержанова держали в изоляторе. Мыться ему не давали неделями. "
                 "Мыться ему давали раз в день.", "ru", classified=False)
    assert "ill_treatment.denied_hygiene" in read[1], read
    assert "ill_treatment.denied_hygiene" not in read[2], read


def test_a_verb_of_fitting_without_a_matter_of_contraception_is_none():
    read = _read("Work order 31 for the flat of Gulbahar Nizam. Heater fitted by P. Ostrowski. "
                 "In 2018 the township clinic fitted Gulbahar Nizam with a coil although she refused.", "en")
    assert "reproductive.forced_contraception" not in read[1], read
    assert "reproductive.forced_contraception" in read[2], read


def test_a_subject_pronoun_after_the_source_goes_on_with_the_subject_before():
    text = ("Mme Dilara KASIMOVA vit à Nantes. Son mari, M. Ilham TOXTI, est reparti à Hotan en mai 2018 pour voir son "
            "père. D'après Mme Kasimova, il a été arrêté à la gare le lendemain.")
    codes = _codes(text, "fr")
    assert "detention.arbitrary_arrest" in codes["Ilham Toxti"], codes
    doc = run_pipeline(text, "fr", None)
    fathers = [p for p in doc.persons if p.kin_of and p.kin_of[1] == "father"]
    assert not any(p.violations for p in fathers), [(p.kin_of, p.violations) for p in doc.persons]


def test_english_according_to_a_titled_source():
    codes = _codes("Her husband Ilham Toxti went back to Hotan in May 2018 to visit his father. "
                   "According to Ms Kasimova, he was arrested at the station the next day.", "en")
    assert "detention.arbitrary_arrest" in codes["Ilham Toxti"], codes
    assert "detention.arbitrary_arrest" not in codes.get("Kasimova", set()), codes
