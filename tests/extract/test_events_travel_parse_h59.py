"""A journey read from the parse (issue 11, h-events59): a verb of travel and the place it goes to, whatever
words stand between them ("travelled from Oslo to Kashgar", «поехала к сестре в Кульджу»), the verb known by
its lemma with a prefix of motion set aside («ездила», «съездил»; « repartie », which also says "back").
A journey not told as done, a person moved in the passive, a place where (not where to) tells no crossing.
Exits and returns are kept for kin, victims and witnesses only (`roles.assign_roles`), so each traveller here is kin.
Invented names and sentences; a control beside each negative."""

from __future__ import annotations

import pytest

from guwah.extract import extract_text
from guwah.extract.lexicon import back_lemma, motion_lemma


def crossings(text: str, language: str) -> set[tuple[str, str | None, str | None]]:
    out = extract_text(text, language=language, document_date="2024-01-01")
    names = {p["id"]: p["name"] for p in out["persons"]}
    return {(e["type"], names.get(e["person"]), (e["date"] or {}).get("value"))
            for e in out["events"] if e["type"] in ("exit", "return")}


@pytest.mark.parametrize("text, language, expected", [
    # a place of departure between the verb and where to
    ("My sister Nazakat Turdahun lives in Oslo. In 2017 she travelled from Oslo to Kashgar to see her father.", "en",
     {("return", "Nazakat Turdahun", "2017")}),
    # the verb negated: no journey (the control, his sister, travels)
    ("My cousin Nazakat Turdahun and her brother Qurbanjan Turdahun live in Oslo. In 2018 Nazakat travelled from Oslo "
     "to Kashgar; Qurbanjan did not travel from Oslo to Kashgar that year.", "en",
     {("return", "Nazakat Turdahun", "2018")}),
    # a prefixed verb of motion («ездить»), with a crossing point after the destination
    ("Моя сестра Назакат Турдахунова живёт в Алматы. В 2019 году она ездила в Кульджу через Хоргос.", "ru",
     {("return", "Назакат Турдахунова", "2019")}),
    # someone to visit between the verb and where to
    ("Моя сестра Назакат Турдахунова живёт в Алматы. В августе 2019 года она поехала к сестре в Кульджу.", "ru",
     {("return", "Назакат Турдахунова", "2019-08")}),
    # French « re- »: gone back, so from abroad though the text has not said where she lived
    ("Nazakat Turdahun, la cousine de mon mari, est repartie à Kachgar en mars 2018 pour un enterrement.", "fr",
     {("return", "Nazakat Turdahun", "2018-03")}),
])
def test_journeys_read_from_the_parse(text, language, expected):
    assert crossings(text, language) == expected


def test_a_person_moved_in_the_passive_crosses_nothing():
    # "was moved to Almaty" tells a move by others, not a journey of one's own; the control leaves
    text = ("My brother Qurbanjan Turdahun was held in Ghulja. In 2019 he was moved from Ghulja to Almaty by a company. "
            "His sister Nazakat Turdahun lived in Ghulja; in 2020 she travelled from Ghulja to Almaty with her son.")
    assert crossings(text, "en") == {("exit", "Nazakat Turdahun", "2020")}


def test_a_place_where_is_no_destination_in_russian():
    # «в Кульдже»: where he stayed on (the prepositional case), not where he went; the control goes «в Кульджу»
    text = ("Мой дядя Турдахун Эзизов живёт в Бишкеке. В 2017 году он поехал на свадьбу, которая была в Кульдже. "
            "В 2018 году его жена Назакат Эзизова поехала в Кульджу к матери.")
    assert crossings(text, "ru") == {("return", "Назакат Эзизова", "2018")}


def test_the_lemma_tables():
    assert motion_lemma("съездить") and motion_lemma("repartir") and motion_lemma("travel")
    assert not motion_lemma("replacer") and not motion_lemma("сказать")
    assert back_lemma("repartir") and back_lemma("revenir") and back_lemma("вернуться")
    assert not back_lemma("partir") and not back_lemma("поехать")


@pytest.mark.parametrize("text, language, expected", [
    # a journey asked for, with a modal: none; the control, told as made, is one
    ("My aunt Nazakat Turdahun lives in Oslo. The consulate told her she must go back to Kashgar to renew her "
     "passport. Her husband Qurbanjan Turdahun, who also lives in Oslo, travelled from Oslo to Kashgar in 2019.", "en",
     {("return", "Qurbanjan Turdahun", "2019")}),
    # the cause of an arrest: the accusation, not a journey the story tells; the control goes
    ("Моя тётя Назакат Турдахунова живёт в Алматы. В 2018 году она поехала к сестре в Кульджу, и там её задержали "
     "за то, что она ездила в Турцию.", "ru", {("return", "Назакат Турдахунова", "2018")}),
    # an infinitive after « ordonner de »: asked, not done; the control « est repartie » is done
    ("Ma tante Nazakat Turdahun vit à Lyon. La police lui a ordonné de rentrer en Chine. "
     "Son mari Qurbanjan Turdahun est reparti à Kachgar en 2019.", "fr", {("return", "Qurbanjan Turdahun", "2019")}),
])
def test_journeys_not_made(text, language, expected):
    assert crossings(text, language) == expected
