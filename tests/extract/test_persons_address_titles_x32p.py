"""One list of titles of address (`persons.ADDRESS_TITLES`, h-x32p): every rule that skips a title or
reads its gender takes it from there, so a title one rule knew and another did not ("MADAME" before a
transcript's speaker label, "Madame" between a kin word and the name) is skipped everywhere. Invented
text; the controls: the interviewer's label names no one, the gender the title tells is read."""

from guwah.extract import persons
from guwah.extract.pipeline import run_pipeline

TRANSCRIPT = ("INTERVIEWER: When were you taken?\n"
              "MADAME AYNUR TOHTI: I was taken from my home in Ghulja in May 2018 and held in a camp for a year.\n"
              "INTERVIEWER: What happened to your family?\n"
              "MADAME AYNUR TOHTI: My husband, Monsieur Ablet Kerim, was sentenced in 2019 to ten years.\n"
              "INTERVIEWER: Thank you.\n")


def test_a_title_in_the_one_list_is_skipped_before_a_speaker_label():
    doc = run_pipeline(TRANSCRIPT, "en", None)
    names = [n for p in doc.persons for n in p.names]
    speaker = next((p for p in doc.persons if "Aynur Tohti" in p.names), None)
    assert speaker is not None, names
    assert "detention.internment_camp" in {v.code for v in speaker.violations}
    assert not any("Interviewer" in n or "INTERVIEWER" in n for n in names)  # the control


def test_the_list_gives_the_gender_of_every_gendered_title():
    assert persons.ADDRESS_TITLES["madame"] == "female" and persons.ADDRESS_TITLES["г-н"] == "male"
    for title, gender in persons.ADDRESS_TITLES.items():
        if gender:
            found = persons._ADDRESS_BEFORE.search(f"{title.capitalize() if title.isascii() else title}. ")
            assert found and found.group(gender), title
