"""Credentials written after a full name ("Chloe Barker RN", "Dilnur Tohti MD", "Mary Jones Esq.") are no part
of it: one list, `lexicon.CREDENTIALS` (h-fix47; "Chloe Barker RN" came out as "Chloe Barker Rn", read as a
family name in capitals). Invented texts; each negative beside a positive control."""

from guwah.extract.lexicon import CREDENTIALS
from guwah.extract.pipeline import run_pipeline


def _names(text: str) -> list[str]:
    return [name for person in run_pipeline(text, "en", None).persons for name in person.names]


def test_a_credential_after_a_name_is_not_part_of_it():
    names = _names("The nurse, Chloe Barker RN, told me that Dilnur Tohti MD had seen my brother. "
                   "Mary Jones Esq. wrote to the consulate for us.")
    assert {"Chloe Barker", "Dilnur Tohti", "Mary Jones"} <= set(names), names
    assert not any(word in name.split() for name in names for word in ("Rn", "RN", "Md", "MD", "Esq")), names


def test_a_family_name_in_capitals_stays_the_names():
    # the control: a family name written in capitals that is no credential is the name's
    names = _names("In the camp I met Ilyas ABDUREHIM, and Jian Ma had seen my brother there.")
    assert "Ilyas Abdurehim" in names and "Jian Ma" in names, names


def test_credentials_are_written_as_their_holders_write_them():
    assert {"RN", "MD", "PhD", "LLB", "Esq"} <= CREDENTIALS
    assert "Ma" not in CREDENTIALS and "MA" not in CREDENTIALS  # "Ma" is a family name
