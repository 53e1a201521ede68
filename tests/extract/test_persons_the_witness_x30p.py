"""In an exhibit list, "the witness" of an entry is the statement's maker named in an earlier entry's
title ("Witness statement of X"), the first maker where several are named (issue 11, h-x30p: acts told
of "the witness" went to the last person the list named, a cellmate). Invented text; the controls: the
cellmate named in between keeps none of the witness's acts, and "the witness" of a text that names no
statement's maker stays nobody's."""

from guwah.extract import roles_model
from guwah.extract.pipeline import run_pipeline

LIST = ("BUNDLE D: EXHIBITS\n\n"
        "D-1  Witness statement of Nurgul Saparqyzy, signed in Almaty on 5 May 2022.\n\n"
        "D-2  List of the women in her room, written from memory: Gulnar Ospan and Aisha Tohti.\n\n"
        "D-3  Medical note, Almaty clinic, 2022. The witness states that guards beat her with a baton in "
        "the camp in Tekes in 2018 and that she was made to sign a confession.\n\n"
        "D-4  Photographs of the camp's gate, taken from the road in 2019. Not a person exhibit.\n\n"
        "D-5  Copy of the witness's passport, confiscated by the county police in 2017 and returned in 2021.\n")

NOBODY = ("NOTES FOR THE HEARING\n\n"
          "The witness is expected to speak about the camp in Tekes, where guards beat detainees with batons "
          "in 2018. The court asks the parties to agree the order of the hearing and the interpreters by "
          "Friday. Gulnar Ospan, a former detainee, was released in 2019 and now lives in Almaty, where she "
          "works in a bakery. The hearing room has places for thirty people and the press will sit at the "
          "back, behind the families of the detainees.\n")


def _person(doc, word):
    return next((p for p in doc.persons if any(word in n for n in p.names)), None)


def test_the_witness_of_an_exhibit_list_is_the_statements_maker_and_a_cellmate_keeps_none_of_it():
    assert len(LIST) >= roles_model.MIN_CHARS
    doc = run_pipeline(LIST, "en", None)
    maker = _person(doc, "Nurgul")
    assert maker is not None, [p.names for p in doc.persons]
    codes = {v.code for v in maker.violations}
    assert "torture.beating" in codes, codes
    for name in ("Gulnar", "Aisha"):
        other = _person(doc, name)
        assert other is None or "torture.beating" not in {v.code for v in other.violations}


def test_the_witness_of_a_text_with_no_statements_maker_is_nobody():
    doc = run_pipeline(NOBODY, "en", None)
    assert _person(doc, "Gulnar") is not None  # positive control
    for p in doc.persons:
        assert not any(NOBODY[s:e].casefold() == "witness" for s, e in p.mentions)
