"""A named person's whole name set apart beside a withheld witness's name stays shown (a reviewer's
report: with a pseudonymous witness "Rayila Kamal" and her cousin "Adil Kamal" named on an approved
basis, "Rayila Kamal, Adil Kamal and Tursun Ehmet" was shown as "Person ZPBT and Tursun Ehmet": the
cousin, whom the public may read, was shown as withheld, and the pseudonym stood for two people).
A shared surname, a named person's given name alone, or a named name written right after hers
with nothing but a space between (it may be more of her own name) are still masked beside her
(the safe side); the witness is never shown. Invented people, our own words."""

import pytest

from guwah.redaction import WITHHELD, Withheld, build_masking, redact

ALIAS = "Person ZPBT"


def _shown(text: str, named: tuple[str, ...] = ("Adil Kamal",), witness: str = "Rayila Kamal",
           replacement: str = ALIAS) -> str:
    return redact(text, build_masking([Withheld(1, (witness,), replacement)], list(named))).text


@pytest.mark.parametrize(("text", "expected"), [
    ("My name is Rayila Kamal, Adil Kamal is my cousin.", f"My name is {ALIAS}, Adil Kamal is my cousin."),
    ("Witnesses: Rayila Kamal, Adil Kamal, Tursun Ehmet.", f"Witnesses: {ALIAS}, Adil Kamal, Tursun Ehmet."),
    ("Rayila Kamal (Adil Kamal's sister) spoke.", f"{ALIAS} (Adil Kamal's sister) spoke."),
    ("Adil Kamal, Rayila's cousin, was taken.", f"Adil Kamal, {ALIAS} cousin, was taken."),
    ("They took Adil Kamal, Rayila Kamal and her son.", f"They took Adil Kamal, {ALIAS} and her son."),
])
def test_a_named_persons_whole_name_set_apart_beside_the_witness_stays(text, expected):
    assert _shown(text) == expected


@pytest.mark.parametrize(("text", "hidden"), [
    ("They took Rayila Kamal in 2018.", ("Rayila", "Kamal")),  # control: her full name
    ("Rayila Kamal, Adil was there.", ("Rayila", "Kamal", "Adil")),  # his given name alone: may be hers
    ("Rayila Adil Kamal spoke.", ("Rayila", "Adil", "Kamal")),  # only a space: may be her own longer name
    ("Rayila Kamal Adil Kamal spoke.", ("Rayila", "Adil", "Kamal")),
    ("Rayila Kamal-Adil Kamal spoke.", ("Rayila", "Adil", "Kamal")),  # a hyphen joins one name
    ("Kamal, Rayila spoke.", ("Rayila", "Kamal")),  # her surname first, set apart by a comma
])
def test_what_may_be_the_witness_s_own_name_stays_masked(text, hidden):
    shown = _shown(text)
    assert not any(word in shown for word in hidden), shown
    assert ALIAS in shown and shown.endswith((" spoke.", " in 2018.", " was there.")), shown  # control


def test_a_named_name_within_the_witness_s_own_full_name_is_hers():
    shown = _shown("Rayila Adil Kamal, Tursun Ehmet.", named=("Adil Kamal", "Tursun Ehmet"), witness="Rayila Adil Kamal")
    assert shown == f"{ALIAS}, Tursun Ehmet.", shown
    # Control: the same named names beside her shorter name, with "[name withheld]" for her.
    assert _shown("Rayila Kamal, Adil Kamal, Tursun Ehmet.", named=("Adil Kamal", "Tursun Ehmet"),
                  replacement=WITHHELD) == f"{WITHHELD}, Adil Kamal, Tursun Ehmet."


def test_the_witness_in_another_script_beside_a_named_cousin():
    shown = _shown("Райила Камал, Adil Kamal, Tursun Ehmet.")
    assert "Райила" not in shown and "Камал" not in shown and "Adil Kamal, Tursun Ehmet." in shown, shown


def test_a_pseudonymous_testimony_shows_the_named_cousin_beside_its_witness(store, tmp_path):
    from guwah.publish import public_document
    from guwah.redaction import pseudonym
    from tests.test_publish import add, name_person, witness_id

    text = "My name is Rayila Kamal, Adil Kamal is my cousin. They took Adil in Aksu in 2018."
    document_id = add(store, tmp_path, "a.txt", "consent: pseudonymous\n"
                      "witness: {name: Rayila Kamal, consent: pseudonymous}\n", text=text)
    from guwah.releases import approve_basis, approve_release, draft_release, propose_basis

    cousin = name_person(store, document_id, "Adil Kamal", "public", text=text)
    # His surname is hers: shown whole only where the reviewer approving his basis confirmed it
    # (tests/test_publish.py::test_a_named_relative_keeps_the_surname_…).
    with store.session() as session:
        basis = propose_basis(session, cousin, "own_consent", "drafter")
    with store.session() as session:
        approve_basis(session, basis.id, "reviewer", show_shared_name=True)
    # A relative beside its kin word in a pseudonymous testimony: kept on the reviewer's recorded choice.
    with store.session() as session:
        draft = draft_release(session, document_id, "drafter")
    with store.session() as session:
        approve_release(session, draft.id, "reviewer", "he asked to be named", keep_relatives=True)
    with store.session() as session:
        shown = public_document(session, 1).text
    alias = pseudonym(store.ring, witness_id(store, document_id))
    assert shown == f"My name is {alias}, Adil Kamal is my cousin. They took Adil in Aksu in 2018.", shown
