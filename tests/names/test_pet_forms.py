"""Pet forms (Саша for Александр: data/pet-forms.txt) and a name of one part set beside a full name
(a family-search request's "Zilvane, his sister" against "Zilvane Oktur"): both are partial
agreements, between similar_name and same_name, never equality (issue 10). Invented surnames."""

import pytest

from guwah.names import compare_names
from guwah.names.compare import compare_many, explain_names
from guwah.names.forms import name_forms, pet_forms, pet_fulls
from guwah.names.given import lexicon
from guwah.names.keys import name_keys
from guwah.names.settings import SAME_NAME, SIMILAR_NAME


@pytest.mark.parametrize(("pet", "full"), [
    ("Саша Зервинов", "Александр Зервинов"),
    ("Sasha Zervinov", "Aleksandr Zervinov"),
    ("Саша Зервинова", "Александра Зервинова"),
    ("Слава Окторов", "Ярослав Окторов"),
    ("Женя Окторова", "Евгения Окторова"),
    ("Зервинов Коля", "Николай Зервинов"),
])
def test_a_pet_form_is_a_weaker_agreement_than_the_full_name(pet, full):
    score = compare_names(pet, full)
    assert SIMILAR_NAME <= score < SAME_NAME, score
    assert compare_names(full, full) >= SAME_NAME  # the full name itself is equality
    assert set(name_keys(pet)) & {key for key in name_keys(full) if key.startswith("p:")}  # blocked together


@pytest.mark.parametrize(("pet", "other"), [
    ("Саша Зервинов", "Алексей Зервинов"),   # another name of the same letters
    ("Коля Зервинов", "Александр Зервинов"),  # another name's pet form
    ("Саша Зервинов", "Александр Окторов"),   # the pet form matches, the family does not
])
def test_a_pet_form_does_not_reach_other_names(pet, other):
    assert compare_names(pet, other) < SIMILAR_NAME


def test_the_pet_table_reads_every_entry_and_no_turkic_given_name():
    """Every pet form has a full name; none is a given name of the Uyghur and Kazakh lexicon (Tursun,
    Aygül are names of their own, not pet forms)."""
    table = pet_forms()
    assert len(table) >= 40 and all(table.values())
    assert not set(table) & set(lexicon())
    assert pet_fulls(name_forms("Гульнар").readings[0][0].reduced) == ()


@pytest.mark.parametrize(("alone", "full", "partial"), [
    ("Zilvane", "Zilvane Oktur", True),
    ("Zilvane", "Oktur Zilvane", True),                 # lists write the father's name first too
    ("Зильване", "Окторова Зильване", True),
    ("Zilvane", "Zilvane, daughter of Oktur", None),    # against a kinship form: its given name
])
def test_a_name_of_one_part_beside_a_full_name_is_a_partial_agreement(alone, full, partial):
    """Partial (similar_name, not same_name) against a given name beside a family name, so that
    namesakes sharing a given name are not linked on it; against a given name beside a patronymic
    only (-qyzy, "daughter of"), as a name that left its patronymic out (h-filial64)."""
    score = compare_names(alone, full)
    if partial is None:
        assert score >= SAME_NAME, score
    else:
        assert SIMILAR_NAME <= score < SAME_NAME, score
    assert explain_names(alone, full).score == pytest.approx(score)


def test_compare_many_equals_compare_names_for_these_pairs():
    """The array scoring (guwah.names.table) reads pet forms in its stems as compare_names does."""
    pairs = [("Саша Зервинов", "Александр Зервинов"), ("Слава Окторов", "Станислав Окторов"),
             ("Zilvane", "Zilvane Oktur"), ("Окторова", "Окторова Зильване"), ("Tursun Nurmemet", "Nur Memet"),
             ("Nurmemet Tursun", "Nur Memet"), ("Zilvane", "Zilvane, daughter of Oktur"), ("Zilvane", "Mr. Zilvane")]
    assert compare_many(pairs) == pytest.approx([compare_names(a, b) for a, b in pairs])
