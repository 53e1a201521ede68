"""Issue 11 (h-kin57): a Russian kin noun in an oblique case with a name in apposition («уехала с сыном X»,
«вместе с мужем X», «с дочерью X») is the kin tie, read by lemma as the nominative apposition is; the
owner is the clause's subject. Invented names, our own sentences; each negative carries a positive control.
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import doc_of, person_named


def relations(doc, owner: str) -> set[tuple[str, str]]:
    person = person_named(doc, owner)
    return {(name, r.relation) for r in person.relations for name in doc.person(r.person).names}


@pytest.mark.parametrize("sentence, name, relation", [
    ("В 2017 году я уехала с сыном Темирланом в Алматы.", "Темирлан", "son"),
    ("Вместе с мужем Бахытжаном мы жили в Кульдже.", "Бахытжан", "husband"),
    ("Я переехала с дочерью Меруерт в Казахстан в 2016 году.", "Меруерт", "daughter"),
    ("Я долго жила вместе с братом Нурбеком Омаровым в Урумчи.", "Нурбек Омаров", "brother"),
])
def test_a_kin_noun_in_the_instrumental_names_the_narrators_relative(sentence, name, relation):
    doc = doc_of("Меня зовут Зульфия Касымова. " + sentence, "ru")
    assert (name, relation) in relations(doc, "Зульфия Касымова")


def test_a_named_subject_owns_the_relative_of_its_clause():
    doc = doc_of("Гульнара Сейтова уехала с сыном Темирланом в Алматы в 2017 году.", "ru")
    assert ("Темирлан", "son") in relations(doc, "Гульнара Сейтова")


def test_a_name_in_the_genitive_after_the_kin_noun_is_its_owner_not_the_relative():
    doc = doc_of("Меня зовут Зульфия Касымова. Я пришла к сыну Айдара домой. "
                 "Потом я уехала с сыном Темирланом в Алматы.", "ru")
    found = relations(doc, "Зульфия Касымова")
    assert not any(name.startswith("Айдар") for name, _ in found)
    assert ("Темирлан", "son") in found  # control


def test_no_kin_noun_no_kin_tie():
    doc = doc_of("Меня зовут Зульфия Касымова. Я уехала с соседом Темирланом в Алматы. "
                 "Потом я уехала с сыном Ерланом в Астану.", "ru")
    found = relations(doc, "Зульфия Касымова")
    assert not any(name == "Темирлан" for name, _ in found)
    assert ("Ерлан", "son") in found  # control
