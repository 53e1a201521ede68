"""One copy of each rule in the extractor (h-onecopy63): the negation words, the personal pronouns, a
subject's relations in the parse and the verbs of custody are each written once, in `lexicon`, and every
module reads that one list (a module's own exception is built from it, named and said why).

The scans below read every module of `guwah.extract`: a list written again in a module (a second
negation list, a second set of pronouns) makes them fail, whatever its words.
"""

from __future__ import annotations

import importlib
import pkgutil

import guwah.extract
from guwah.extract import acts, events, lexicon, persons, roles_model, subjects, violations
from guwah.extract.document import Doc, Relation
from guwah.extract.ner import Analysis, Token


def module_lists():
    """(module name, attribute name, value) of every set, frozenset and tuple a module of the extractor
    holds at its top level (its own or imported)."""
    for info in pkgutil.iter_modules(guwah.extract.__path__):
        module = importlib.import_module(f"guwah.extract.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, (set, frozenset, tuple)) and all(isinstance(v, str) for v in value):
                yield info.name, name, value


def test_violations_reads_the_one_negation_list_with_its_one_named_exception():
    assert lexicon.NEGATION_WORDS < violations._NEGATION_TOKENS
    assert violations._NEGATION_TOKENS - lexicon.NEGATION_WORDS == {"plus"}
    assert events.NEGATION_WORDS is lexicon.NEGATION_WORDS


def test_no_module_keeps_a_negation_list_of_its_own():
    # any list holding the negations of the three languages is the lexicon's, or built on it
    found = [(m, n) for m, n, v in module_lists() if {"never", "jamais", "никогда"} <= set(v)]
    assert ("violations", "_NEGATION_TOKENS") in found
    for module, name in found:
        value = getattr(importlib.import_module(f"guwah.extract.{module}"), name)
        assert value is lexicon.NEGATION_WORDS or lexicon.NEGATION_WORDS <= value, (module, name)


def test_the_elided_french_negation_is_a_word_of_the_list_but_not_of_its_pattern():
    # « n'a jamais » is a token "n'" in the parse; the regular expression reads words without apostrophes
    # ("plus", violations' exception, is "more" alone: never a negation of the pattern)
    assert "n'" in lexicon.NEGATION_WORDS and "plus" not in lexicon.NEGATION_WORDS
    assert lexicon.negated("Elle n'a jamais été")
    assert not lexicon.negated("Ten plus two men were")
    assert not lexicon.negated("Elle a été")


def _pronoun(word: str) -> Analysis:
    return Analysis(model="test", tokens=[Token(0, len(word), word, "PRON", word, "obj", 0)])


def test_acts_and_subjects_read_the_one_list_of_personal_pronouns():
    assert subjects.PERSONAL_PRONOUNS is lexicon.PERSONAL_PRONOUNS
    for word in sorted(lexicon.PERSONAL_PRONOUNS):
        assert acts.object_class(_pronoun(word), 0) == "person", word
    # a pronoun of a thing is no person (the control)
    for word in ("it", "cela", "это"):
        assert acts.object_class(_pronoun(word), 0) is None, word
    # an object pronouns' list (not the lists with subjects and possessives: `PERSON_WORDS`, the person model's
    # third persons) is the lexicon's
    found = [(m, n) for m, n, v in module_lists() if {"him", "lui", "него"} <= set(v) and not {"he", "she"} & set(v)]
    assert found and all(getattr(importlib.import_module(f"guwah.extract.{m}"), n) is lexicon.PERSONAL_PRONOUNS
                         for m, n in found), found


def test_a_subjects_relations_are_written_once():
    subject = {"nsubj", "nsubjpass", "nsubj:pass"}
    found = [(m, n, v) for m, n, v in module_lists() if set(v) == subject]
    assert {m for m, _n, _v in found} >= {"lexicon", "subjects", "events", "violations"}
    assert all(v is lexicon.SUBJECT_DEPS for _m, _n, v in found), [(m, n) for m, n, v in found]


def test_the_verbs_of_custody_are_one_list():
    assert lexicon.ARREST_VERBS <= lexicon.CUSTODY_VERBS
    assert events.ARREST_VERBS is lexicon.ARREST_VERBS
    # the person model's act verbs are the custody verbs (less those it was trained without, its one named
    # exception) and those of the other acts
    trained = lexicon.CUSTODY_VERBS - roles_model._UNTRAINED_CUSTODY_VERBS
    assert roles_model._UNTRAINED_CUSTODY_VERBS < lexicon.CUSTODY_VERBS
    assert trained <= roles_model._ACT_VERBS and not roles_model._UNTRAINED_CUSTODY_VERBS & roles_model._ACT_VERBS
    assert {"beat", "torture", "release"} <= roles_model._ACT_VERBS
    assert not {"beat", "torture", "release"} & lexicon.CUSTODY_VERBS
    found = [(m, n) for m, n, v in module_lists() if {"detain", "arrest", "hold"} <= set(v)]
    assert ("roles_model", "_ACT_VERBS") in found
    for module, name in found:
        assert trained <= getattr(importlib.import_module(f"guwah.extract.{module}"), name), (module, name)


def test_a_relative_named_by_a_join_names_the_next_in_the_same_call():
    # "her mother" (of "my wife") stands before "my wife" in the persons: once "my wife" joins Gulnar, the
    # mother joins Gulnar's named mother, in the one call (each pass saw the persons in their order before)
    doc = Doc(text="")
    owner = doc.new_person(names=["Alim Kerimov"])
    mother = doc.new_person()
    wife = doc.new_person(kin_of=(owner.id, "wife"))
    mother.kin_of = (wife.id, "mother")
    gulnar = doc.new_person(names=["Gulnar Kerimova"])
    aynur = doc.new_person(names=["Aynur Sadikova"])
    unrelated = doc.new_person(kin_of=(owner.id, "brother"))  # the control: no named brother, stays
    owner.relations.append(Relation(gulnar.id, "wife", (0, 0)))
    gulnar.relations.append(Relation(aynur.id, "mother", (0, 0)))
    joined = persons._named_relatives(doc)
    assert [p.id for p in doc.persons] == [owner.id, gulnar.id, aynur.id, unrelated.id]
    assert joined is True
    assert not persons._named_relatives(doc)  # nothing left to join
