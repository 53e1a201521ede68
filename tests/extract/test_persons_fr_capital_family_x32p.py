"""A one-sentence French text naming its person the French way, the family name in capitals ("Prénom
NOM"), gave no person at all (issue 11, h-x32p: the name run needs lower-case letters after the first).
Invented sentences; the control: an organisation and a city in capitals make no person."""

from guwah.extract.pipeline import run_pipeline


def test_a_family_name_in_capitals_after_the_given_name_is_a_person():
    doc = run_pipeline("Rahima MAHMUT a été arrêtée à Kachgar en mars 2018 puis envoyée dans un camp.", "fr", None)
    assert [p.names for p in doc.persons] == [["Rahima Mahmut"]]
    assert "detention.internment_camp" in {v.code for v in doc.persons[0].violations}


def test_capitals_that_name_no_one_make_no_person():
    doc = run_pipeline("Un rapport de l'ONU publié à GENÈVE en 2022 décrit les camps ; "
                       "Gulnar TURSUN y a témoigné de sa détention.", "fr", None)
    names = [n for p in doc.persons for n in p.names]
    assert names == ["Gulnar Tursun"], names
