"""Who a form's possessives and kin phrases belong to (issue 11, h-persons66): "X's father. He has …" tells
the father's gender, not X's; "her uncle in Aksu, Y" names the uncle; a staff field after a column's gap
("Ref.: …   Case officer: X") is staff as at a line's start, and no narrator. Invented texts and names; each
negative beside a positive control."""

from guwah.extract.persons import named_as_staff
from guwah.extract.pipeline import run_pipeline


def _person(doc, name):
    person = next((p for p in doc.persons if name in p.names), None)
    assert person is not None, (name, [p.names for p in doc.persons])
    return person


def test_a_pronoun_after_a_possessives_kin_noun_is_the_kins_and_the_owner_keeps_her_relatives():
    text = ("Care note, Room 12\n\n"
            "Zulhumar Rozaxun rang the desk. Ablet Rozaxun, who lived here until 2016, is Zulhumar's father. "
            "He has been serving an eleven-year sentence near Aksu since 2019. Zulhumar added that her uncle in "
            "Aksu, Memtimin Rozaxun, was questioned by the police last week.\n")
    doc = run_pipeline(text, "en", None)
    daughter = _person(doc, "Zulhumar Rozaxun")
    assert daughter.attributes.get("gender", (None,))[0] != "male", daughter.attributes
    uncle = _person(doc, "Memtimin Rozaxun")
    # the kin phrase with its place is the named uncle, not an unnamed one
    assert "her uncle" in [text[s:e] for s, e in uncle.mentions], [text[s:e] for s, e in uncle.mentions]
    assert not [p for p in doc.persons if not p.names and p.kin_of and p.kin_of[1] == "uncle"], \
        [(p.names, p.kin_of) for p in doc.persons]
    # control: the father is still the one the court sentenced
    assert "victim" in _person(doc, "Ablet Rozaxun").roles


def test_a_kin_phrase_with_a_place_and_no_name_is_an_unnamed_relative_and_the_place_no_name():
    text = ("Zulhumar Rozaxun told the nurse that her uncle in Aksu was questioned by the police last week, "
            "and that her cousin, Memtimin Rozaxun, was taken to a camp in 2018.\n")
    doc = run_pipeline(text, "en", None)
    names = {n for p in doc.persons for n in p.names}
    assert not any("Aksu" in n for n in names), names
    assert any(not p.names and p.kin_of and p.kin_of[1] == "uncle" for p in doc.persons), \
        [(p.names, p.kin_of) for p in doc.persons]
    assert "her cousin" in [text[s:e] for s, e in _person(doc, "Memtimin Rozaxun").mentions]


def test_a_staff_field_after_a_columns_gap_is_staff_like_one_at_a_lines_start():
    text = ("WILL INSTRUCTIONS - ATTENDANCE NOTE\n"
            "File: 24/0932   Fee earner: Henrietta Vowles   Seen: 3 May 2024\n"
            "Checked by: Lorcan Pettigrew\n\n"
            "I want my estate to go to my two daughters in equal shares. My husband, Yusup Qadir, was taken to a "
            "camp in Hotan in 2017 and I do not know if he is alive, so please do not name him as an executor.\n")
    doc = run_pipeline(text, "en", None)
    staff = named_as_staff(doc)
    fee_earner, checker = _person(doc, "Henrietta Vowles"), _person(doc, "Lorcan Pettigrew")
    assert fee_earner.id in staff and checker.id in staff
    assert not fee_earner.narrator and "victim" not in fee_earner.roles
    assert "victim" in _person(doc, "Yusup Qadir").roles  # control: the husband the text tells of


def test_russian_a_staff_field_after_a_columns_gap():
    text = ("АКТ ПРИЁМА ДОКУМЕНТОВ\n"
            "Номер: 118/24\tПринял: Лаптева Ирина Сергеевна\n\n"
            "Заявитель: Турсунова Айгуль Маратовна. Со слов заявителя, её муж, Турсунов Марат Алимович, в 2018 году "
            "задержан в Кульдже и отправлен в лагерь.\n")
    doc = run_pipeline(text, "ru", None)
    assert _person(doc, "Лаптева Ирина Сергеевна").id in named_as_staff(doc)
    assert "victim" in _person(doc, "Турсунов Марат Алимович").roles
