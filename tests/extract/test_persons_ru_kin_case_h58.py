"""A lone name in apposition to a Russian kin noun in an oblique case is given back in the nominative
(issue 11, h-ru58): the name agrees with the noun in case, so pymorphy reads it in the noun's case and gender
(`ner._kin_before`) and inflects it, not only where its dictionary knows the name. Invented names, our own
sentences; each text carries its control.
"""

from __future__ import annotations

from guwah.extract import extract_text


def names(text: str) -> set[str]:
    return {p["name"] for p in extract_text(text, language="ru")["persons"]}


def test_instrumental_dative_and_prepositional_names_after_kin_nouns_are_nominative():
    found = names("Меня зовут Гульнара Касымова. В 2019 году я уехала в Казахстан с сыном Даниялом. "
                  "Я часто писала тёте Зулхумаре и говорила о дяде Турсуне.")
    assert {"Даниял", "Зулхумара", "Турсун"} <= found
    assert not found & {"Даниялом", "Зулхумаре", "Турсуне", "Турсуна"}
    assert "Гульнара Касымова" in found  # control: the writer's own name as written


def test_an_undeclined_name_after_a_kin_noun_stays_as_written():
    found = names("Меня зовут Гульнара Касымова. Я жила в Алматы с дочерью Айым и с тётей Гульжамал. "
                  "Потом я писала тёте Зулхумаре.")
    assert {"Айым", "Гульжамал"} <= found  # undeclined names after a kin noun are not cut («Ай»)
    assert "Зулхумара" in found  # control: a declined one is read back
