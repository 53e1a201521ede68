"""Who an event is about (0.16.0 round): invented texts, our own words."""

from tests.extract.helpers import doc_of, person_named

FAMILY = """My name is Gulnar Sabit. I was born in Artux in 1994.

My family had four members: my mother, my father, my younger brother Almas and me. In June 2018 Almas, then 20, was taken from our house by police and held in a camp near Artux. My father never learned why.
"""


def _types(doc, person) -> set[str]:
    return {e.type for e in doc.events if e.person == person.id}


def test_a_one_word_name_a_kin_cue_gave_is_that_person_where_it_comes_again():
    doc = doc_of(FAMILY)
    brother = person_named(doc, "Almas")
    assert len(brother.mentions) >= 3  # "my younger brother", "Almas" twice
    assert {"arrest", "detention"} <= _types(doc, brother)
    assert "victim" in brother.roles
    assert not _types(doc, person_named(doc, "Gulnar Sabit")) & {"arrest", "detention"}

