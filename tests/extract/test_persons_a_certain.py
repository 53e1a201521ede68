"""« un certain X », "a certain X", «некий X»: a name the writer only half knows is a person's, even
after a place noun (« un policier du canton, un certain X ») and whatever the language model calls
it (issue 11, h-x26p; left from h-x25p). Invented texts; the control in each: a thing's noun before
"named"/« nommée » still names no person."""

import pytest

from guwah.extract.pipeline import run_pipeline


@pytest.mark.parametrize("language, text, person, thing", [
    ("fr", "Un policier du canton, un certain Ma Lin, la suivait partout. Une association nommée Umut Yolu aide "
           "les familles. Sa sœur Aygul Sabit a été arrêtée en 2018.", "Ma Lin", "Umut Yolu"),
    ("en", "A guard from the county, a certain Wang Tao, told her to keep quiet. A village named Yengi Awat lies "
           "near the road. Her sister Aygul Sabit was detained in 2018.", "Wang Tao", "Yengi Awat"),
    ("ru", "Некий Ван Тао из полиции звонил ей каждую неделю. Её сестру Айгуль Сабитову задержали в 2018 году.",
     "Ван Тао", None),
])
def test_a_certain_names_a_person_and_a_thing_named_stays_none(language, text, person, thing):
    doc = run_pipeline(text, language, None)
    names = [n for p in doc.persons for n in p.names]
    assert person in names
    if thing:
        assert not any(thing in n for n in names)
