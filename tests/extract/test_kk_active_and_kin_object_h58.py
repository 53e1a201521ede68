"""Kazakh acts (issue 11, h-kk58): the active «тұтқындады» ("arrested") is an arrest as the passive
«тұтқындалды» is, never the noun тұтқын "prisoner" or its locative «тұтқында» ("in captivity"); spoken order
with the verb first («Ұстады Ержанды.», «ұстады менің інімді») is an arrest of the person or relative in the
accusative after it, not of a thing held; a relative in the third-person accusative («оның інісін» "his
brother") is the act's object, not the last person named, while a passive verb takes no object. Invented
names and sentences; each negative beside a positive control."""

from __future__ import annotations

from guwah.extract import extract_text

ARREST = "detention.arbitrary_arrest"


def codes(text: str) -> dict[str, list[str]]:
    out = extract_text(text, language="kk", document_date="2021-05-20")
    return {p["name"]: [v["code"] for v in p["violations"]] for p in out["persons"]}


def test_the_active_verb_of_arrest_is_an_arrest():
    found = codes("Көршіміз Дәурен Оспанұлы. 2018 жылы полиция Сәуле Нұрланқызын тұтқындады.")
    assert ARREST in found["Сәуле Нұрланқызы"]
    assert found["Дәурен Оспанұлы"] == []


def test_the_noun_prisoner_and_its_denial_are_no_arrest():
    # «тұтқында» (in captivity), «тұтқындағы» (of those in captivity), the negated verb: no arrest; the control
    # in the same text, the affirmed active verb
    found = codes("Дәурен Оспанұлы бұрын тұтқында болған. Дәурен Оспанұлы тұтқындағы адамдарға хат жазды. "
                  "Полиция Дәурен Оспанұлын тұтқындамады, Сәуле Нұрланқызын тұтқындады.")
    assert found["Дәурен Оспанұлы"] == []
    assert ARREST in found["Сәуле Нұрланқызы"]


def test_the_verb_first_takes_the_person_or_relative_after_it():
    found = codes("Менің інім Бекзат Төлеуұлы. Көршіміз Сәуле Нұрланқызы. Ұстады менің інімді.")
    assert ARREST in found["Бекзат Төлеуұлы"]
    assert found["Сәуле Нұрланқызы"] == []
    found = codes("Көршіміз Гүлнар Сейітқызы. Өткен жылы ұстады Гүлнарды.")
    assert ARREST in found["Гүлнар Сейітқызы"]


def test_the_verb_first_of_a_thing_held_is_no_arrest():
    # «ұстады оның қолын» ("held her hand"): no arrest; the control, a person after the verb in the same text
    found = codes("Көршіміз Сәуле Нұрланқызы. Дәурен Оспанұлы келді. Ұстады оның қолын. Ертеңіне ұстады Дәуренді.")
    assert found["Сәуле Нұрланқызы"] == []
    assert ARREST in found["Дәурен Оспанұлы"]


def test_his_relative_in_the_accusative_is_not_the_one_named_before():
    for act in ("полиция оның інісін ұстады", "полиция әкесін алып кетті", "ұстады оның ағасын"):
        found = codes(f"Көршіміз Сәуле Нұрланқызы. 2019 жылы {act}.")
        assert found["Сәуле Нұрланқызы"] == [], act
    # the control: the relative named before takes the act by the kin word
    found = codes("Көршіміз Сәуле Нұрланқызы. Оның інісі Бекзат Төлеуұлы. 2019 жылы полиция інісін ұстады.")
    assert ARREST in found["Бекзат Төлеуұлы"]
    assert found["Сәуле Нұрланқызы"] == []


def test_a_passive_verb_takes_no_object():
    # «әкесін көруге барып, ұсталды» ("went to see her father and was detained"): she was, not her father
    for told in ("әкесін көруге барып ұсталды", "әкесін көруге Құлжаға барды, сол жерде ұсталды"):
        found = codes(f"Көршіміз Сәуле Нұрланқызы. Ол 2019 жылы {told}.")
        assert ARREST in found["Сәуле Нұрланқызы"], told


def test_a_relative_called_a_traitor_is_not_the_one_made_to_call():
    # «інісін «сатқын» деп айтуды бұйырды» ("ordered her to call her brother a traitor"): the one ordered; the
    # relative in the accusative closes its clause at «деп». The father detained in the same text is no act of hers
    found = codes("Көршіміз Сәуле Нұрланқызы. Тергеуші оған інісін «сатқын» деп айтуды бұйырды. "
                  "Полиция оның әкесін ұстады.")
    assert found["Сәуле Нұрланқызы"] == ["coercion.forced_denunciation"]
