"""The relative a kin word is about when the text has named that relative before (h-kin75, issue 11):
- a bare kin word in brackets after a name in a form's list ("Rozimet Qadir (father)") says what the named
  person is to the one the form is about; a later "her father was arrested" is that person, and the brother
  introduced the same way is a man, whom "her" cannot stand for;
- "Name (wife of Y)": the bracket is an apposition as the comma is, so the wife is the named woman and Y,
  her husband, is the later "her husband";
- "his brother" of a man whose brother is named is that named brother.
Invented names and sentences; each negative beside a positive control."""

from __future__ import annotations

from guwah.extract import extract_text

DOC_DATE = "2025-03-01"


def _out(text: str) -> dict:
    return extract_text(text, language="en", document_date=DOC_DATE)


def _victims(out: dict) -> set[str]:
    return {p["name"] for p in out["persons"] if "victim" in p["roles"] and p["names"]}


def _unnamed(out: dict) -> list[dict]:
    return [p for p in out["persons"] if not p["names"]]


def _unnamed_kin(out: dict, relation: str) -> list[dict]:
    ids = {r["person"] for p in out["persons"] for r in p["relations"] if r["relation"] == relation}
    return [p for p in _unnamed(out) if p["id"] in ids]


_FORM = ("CASE SHEET (phone call)\n"
         "Volunteer: Tamsin Greywell\n\n"
         "CALLER\nName: Nurbiye Qadirova\n\n"
         "PERSONS CONCERNED\n"
         "1. Rozimet Qadir (father), born about 1955, a farmer\n"
         "2. Ekrem Rozimet (brother), age 31, a mechanic\n\n"
         "NOTES\n"
         "The caller says her father was arrested at the market in May 2018 and sent to a camp. "
         "{mother}\n")


def test_form_bracket_kin_names_the_later_kin_word():
    out = _out(_FORM.format(mother="Her mother was questioned twice at the police station."))
    assert "Rozimet Qadir" in _victims(out)
    assert not _unnamed_kin(out, "father")
    # the brother, introduced as a man, owns no "her father" or "her mother"
    ekrem = next(p for p in out["persons"] if p["name"] == "Ekrem Rozimet")
    assert not [r for r in ekrem["relations"] if r["relation"] in ("father", "mother")]


def test_form_bracket_kin_leaves_an_unnamed_relative_of_another_kind_alone():
    # control: the mother is introduced by no bracket, and stays an unnamed relative of the caller
    out = _out(_FORM.format(mother="Her mother was arrested in 2019 and held for a month."))
    assert "Rozimet Qadir" in _victims(out)
    mothers = _unnamed_kin(out, "mother")
    assert len(mothers) == 1 and "victim" in mothers[0]["roles"]


def test_bracket_kin_word_only_a_kin_word():
    # a bracket that holds no kin word ("(driver)") introduces nobody: "his father" stays unnamed
    text = ("PERSONS CONCERNED\n1. Rozimet Qadir (driver), born about 1955\n\n"
            "Rozimet Qadir says his father was arrested in May 2018 and sent to a camp.\n")
    out = _out(text)
    assert _unnamed_kin(out, "father")
    assert not [p for p in out["persons"] if p["name"] == "Rozimet Qadir" and "victim" in p["roles"]]


def test_wife_of_in_brackets_is_the_named_woman():
    text = ("Notes made for the client, Mrs Gulzire ROZAQ (wife of Nurali Eziz):\n"
            "The client says that her husband was taken from his shop by the police in March 2017 and "
            "that nobody told the family where he was held.\n")
    out = _out(text)
    assert "Nurali Eziz" in _victims(out)
    assert not _unnamed(out)  # no unnamed wife beside Gulzire, no unnamed husband beside Nurali
    gulzire = next(p for p in out["persons"] if p["name"] == "Gulzire Rozaq")
    assert "victim" not in gulzire["roles"]


def test_wife_of_after_a_non_name_stays_unnamed():
    # control: a bracket after no name ("a statement (wife of …)") makes no one the wife
    text = ("The family sent a statement (wife of Nurali Eziz) in 2020.\n"
            "Nurali Eziz was taken from his shop by the police in March 2017.\n")
    out = _out(text)
    assert "Nurali Eziz" in _victims(out)
    assert {p["name"] for p in out["persons"] if p["names"]} == {"Nurali Eziz"}
    assert not [r for p in out["persons"] for r in p["relations"]
                if r["relation"] == "wife" and r["person"] in {q["id"] for q in out["persons"] if q["names"]}]


def _holder(text: str, out: dict, mention: str) -> str:
    """The name of the person one of whose mentions is the text `mention`."""
    return next(p["name"] for p in out["persons"]
                if any(text[m["start"]:m["end"]] == mention for m in p["mentions"]))


def test_his_brother_of_a_man_whose_brother_is_named_is_that_brother():
    text = ("Rustam Imin, the brother of Tohir Imin, stayed in Ghulja. Tohir Imin, the brother of Rustam Imin, "
            "lives in Ankara.\nTohir Imin says that his brother was beaten by the police in 2020.\n")
    out = _out(text)
    assert _holder(text, out, "his brother") == "Rustam Imin"
    assert "Rustam Imin" in _victims(out) and "Tohir Imin" not in _victims(out)


def test_her_mother_after_the_named_mother_is_still_that_mother():
    # control: the nearest woman named as someone's mother is the later "her mother" (the rule kept)
    text = ("Aygul Rozi says that her mother, Merhaba Qasim, lives in Ghulja with her grandson.\n"
            "In 2018 her mother was taken to a camp by the police.\n")
    out = _out(text)
    assert "Merhaba Qasim" in _victims(out) and "Aygul Rozi" not in _victims(out)
