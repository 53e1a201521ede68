"""A narrator named once — in a letter's signature with her maiden name beside it ("Aliya Brown (née
Tursunqyzy)", then a copy line), or in a profile's heading under a page title ("Student Profile" over
"ZUMRET ABDULLA ("Zumi")") — is the one who says "I", and the person model keeps her (issue 11, h-x30p:
both were dropped with their acts). Invented texts; the controls: a relative named in the body is no
narrator, and a signature with nothing named stays nobody's."""

import pytest

from guwah.extract import roles_model
from guwah.extract.pipeline import run_pipeline

LETTER = ("14 Elm Road\nLeeds LS6 2AB\n\n"
          "Dear Sir or Madam,\n\n"
          "I am writing about my brother, Arman Tursunuly, who has been held in a camp in Tekes since "
          "2018. He was arrested at his shop after he had visited us in Almaty. Nobody has told us where "
          "he is now.\n\n"
          "Last month a man who said he was from the Chinese police telephoned me at home in Leeds and "
          "told me to stop speaking to journalists, or my brother would never come home. He called me "
          "again two weeks later and asked for my address.\n\n"
          "I would be grateful for any help you can give.\n\n"
          "Yours faithfully,\n\n"
          "Aliya Brown (née Tursunqyzy)\n"
          "Copy to: Leeds Kazakh Association\n")

PROFILE = ("RIVERSIDE HIGH SCHOOL YEARBOOK 2022\n"
           "Senior Showcase\n\n"
           "ZUMRET ABDULLA (\"Zumi\")\n"
           "Class of 2022\n\n"
           "In my own words\n\n"
           "I was born in Kashgar and came to Vancouver when I was eight. My father Abdulla Tohti was "
           "taken to a camp in 2017 and we have not heard from him since. In 2019 a man called me on my "
           "phone and warned me not to talk about my father at school. I did anyway, and I will keep "
           "doing it, because my father cannot speak for himself. My friends in the debate club helped "
           "me write to our member of parliament, and I thank them for it. Next year I will study law.\n")


def _person(doc, word):
    return next((p for p in doc.persons if any(word in n for n in p.names)), None)


def test_a_letter_signed_with_a_maiden_name_is_its_narrators_and_kept():
    assert len(LETTER) >= roles_model.MIN_CHARS
    doc = run_pipeline(LETTER, "en", None)
    names = [p.names for p in doc.persons]
    her = _person(doc, "Aliya")
    assert her is not None, names
    assert her.narrator and "witness" in her.roles
    brother = _person(doc, "Arman")
    assert brother is not None and not brother.narrator, names  # the control: the brother is told of
    assert "victim" in brother.roles


@pytest.mark.parametrize("given", ["ZUMRET", "MIHRIBAN"])  # a given name the lexicon lists; one it lacks
def test_a_profiles_heading_name_under_a_page_title_is_the_narrator(given):
    text = PROFILE.replace("ZUMRET", given)
    assert len(text) >= roles_model.MIN_CHARS
    doc = run_pipeline(text, "en", None)
    names = [p.names for p in doc.persons]
    her = _person(doc, given.title())
    assert her is not None, names
    assert her.narrator
    father = _person(doc, "Abdulla Tohti")
    assert father is not None and not father.narrator, names  # the control
    assert not any("Showcase" in n for p in doc.persons for n in p.names if p.narrator)


ESSAY = ("Essay: The person I admire most\n"
         "Sanubar Kerimova, Year 9\n\n"
         "The person I admire most is my grandfather, Memet Rozi. He was born in 1950 in Ghulja and worked "
         "as a vet for forty years. I am fifteen, and until last summer I had only seen him on video calls. "
         "In 2018 he was taken to a camp and held there for a year; he was not allowed to pray and he was "
         "given little food. When he came back he was kept at home under watch. Now he lives with us in "
         "Almaty, and in the evenings he teaches me the names of the birds of his village.\n")


def test_a_writers_name_in_title_case_stays_the_narrator_before_a_grandfather_named_in_the_first_line():
    doc = run_pipeline(ESSAY, "en", None)
    names = [p.names for p in doc.persons]
    writer = _person(doc, "Sanubar")
    assert writer is not None and writer.narrator, names
    grandfather = _person(doc, "Memet Rozi")
    assert grandfather is not None and not grandfather.narrator, names  # the control
