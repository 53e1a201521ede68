"""Persons in forms and headers (issue 11, h-header65): an inverted "FAMILY, Given" value ends where a gap of
columns opens the next field; "I am X's daughter, Y Z" introduces Y Z, and X is the other holder of the word (a
header's "FAMILY, X"), the father "my father" then joins; a man's title never gives a bare family name to a
woman named with « Mademoiselle », and the title is no part of her name. Invented names and sentences; each
negative beside a positive control."""

from guwah.extract.pipeline import run_pipeline


def _doc(text: str, language: str):
    return run_pipeline(text, language, None)


def _holder(doc, name: str):
    found = [p for p in doc.persons if name in p.names]
    assert found, [(p.names, [doc.text[s:e] for s, e in p.mentions]) for p in doc.persons]
    return found[0]


def _mentions(doc, person) -> list[str]:
    return [doc.text[s:e] for s, e in person.mentions]


_CERTIFICATE = (
    "NORTHGATE BAKERS' MUTUAL FUND\n"
    "Annual confirmation of entitlement\n\n"
    "Holder: TOKHTAROV, Ilyas          Holder ref.: NB/55102\n"
    "Date of birth: 02/09/1949          Paid since: 01/03/2011\n\n"
    "Statement by a relative\n"
    "I am Ilyas's daughter, Nurgul Ilyas, and I collect his payments. My father baked bread in Leeds for "
    "thirty years. In 2018 police took my father from his sister's house in Hotan and he was sent to a camp.\n\n"
    "Nurgul Ilyas, Leeds\n")


def test_an_inverted_header_value_ends_at_the_column_gap():
    doc = _doc(_CERTIFICATE, "en")
    holder = _holder(doc, "Ilyas Tokhtarov")
    assert "TOKHTAROV, Ilyas" in _mentions(doc, holder)
    # the next field's label is no part of the name, nor a name of its own
    assert not any("Holder" in n for p in doc.persons for n in p.names), [p.names for p in doc.persons]


def test_the_owner_of_a_kin_word_is_not_the_relative_apposed_to_it():
    doc = _doc(_CERTIFICATE, "en")
    father, daughter = _holder(doc, "Ilyas Tokhtarov"), _holder(doc, "Nurgul Ilyas")
    # "Ilyas's" names the father, "my father" is he; the daughter introduces herself
    assert "Ilyas" in _mentions(doc, father) and "Ilyas" not in _mentions(doc, daughter)
    assert "My father" in _mentions(doc, father), _mentions(doc, father)
    assert daughter.narrator and not father.narrator
    assert any(r.person == daughter.id and r.relation == "daughter" for r in father.relations)


def test_a_plain_self_introduction_still_names_the_narrator():
    # positive control: "I am X Y," with no possessive is the speaker's own name
    doc = _doc("I am Nurgul Ilyas, and I write about my father. My father was taken by police in Hotan in 2018.\n",
               "en")
    assert _holder(doc, "Nurgul Ilyas").narrator


_LETTER = (
    "CAISSE MUTUELLE DU RHÔNE\n\n"
    "Mademoiselle Gulbahar ABLIMIT\n"
    "3, rue des Tanneurs\n"
    "69003 Lyon\n\n"
    "Lyon, le 4 mars 2024\n\n"
    "Objet : compte de M. Memet ABLIMIT\n\n"
    "Mademoiselle,\n\n"
    "Vous nous indiquez que M. Ablimit, parti à Kachgar en 2017, a été arrêté peu après son arrivée. "
    "Nous ne pouvons pas modifier le compte sans sa signature.\n\n"
    "Claire Morand\nConseillère\n")


def test_a_mans_title_never_gives_the_family_name_to_a_woman_titled_mademoiselle():
    doc = _doc(_LETTER, "fr")
    father, daughter = _holder(doc, "Memet Ablimit"), _holder(doc, "Gulbahar Ablimit")
    assert "Ablimit" in _mentions(doc, father), _mentions(doc, father)
    assert "Ablimit" not in _mentions(doc, daughter), _mentions(doc, daughter)
    # the title is no part of her name, and she stays a person (titled in the address block)
    assert not any("Mademoiselle" in n for n in daughter.names), daughter.names


def test_a_family_name_the_document_writes_in_capitals_is_a_mention_alone_too():
    text = ("Fiche d'entretien\n\nPersonne reçue : Mme TURDI Gulnar\nMari : M. HESEN Arslan, absent du foyer.\n\n"
            "M. HESEN est parti à Aksou en 2017 ; des policiers l'ont emmené peu après. Mme TURDI élève seule "
            "leurs enfants. Selon elle, M. HESEN a été condamné en 2018. Le centre HESEN-NORD n'a rien à voir.\n")
    doc = _doc(text, "fr")
    husband = _holder(doc, "Arslan Hesen")
    # the bare family name in capitals is his; a word that only holds it (a hyphened name) is not
    assert _mentions(doc, husband).count("HESEN") == 2, _mentions(doc, husband)
    assert "HESEN-NORD" not in _mentions(doc, husband)
