"""One copy of each rule in persons.py (issue 11, h-x33p): the Russian kin nouns of three regexes are one
list (`lexicon.RU_KIN_NOUNS`), the two greeting lists one (`persons.GREETING_WORDS`), the pronouns'
genders one map (`persons.PRONOUN_GENDER`). Invented texts; controls beside."""

from guwah.extract import persons
from guwah.extract.pipeline import run_pipeline


def test_a_kin_noun_the_relations_do_not_know_in_apposition_no_longer_breaks_the_text():
    # «Племянница X, Y» was read by the apposition rule, whose kin list held a word the relations lack:
    # the whole text failed with a KeyError.
    text = ("Мой сосед Ерлан Касымов живёт в Алматы. Племянница Ерлана, Айгуль Серикова, в 2018 году была "
            "задержана в Кульдже. Жена Ерлана, Гульнар Касымова, ищет её.")
    doc = run_pipeline(text, "ru", None)
    niece = next((p for p in doc.persons if "Айгуль Серикова" in p.names), None)
    assert niece is not None and "victim" in niece.roles, [p.names for p in doc.persons]
    # the control: the wife in the same apposition is the neighbour's wife
    erlan = next(p for p in doc.persons if "Ерлан Касымов" in p.names)
    assert any(r.relation == "wife" for r in erlan.relations)


def test_the_lists_are_one():
    assert {"она", "she", "elle"} <= {w for w, g in persons.PRONOUN_GENDER.items() if g == "female"}
    assert persons._SALUTATION.match("Дорогие мои,") and persons._GREETING.match("My dear Aziz!")
    assert persons._BARE_KIN_RU.search("что отца забрали") and not persons._BARE_KIN_RU.search("что дядю забрали")
    assert persons._KIN_CHAIN_BEFORE_RU.search("бабушка ") and persons._KIN_CHAIN_BEFORE_RU.search("племянник ")
