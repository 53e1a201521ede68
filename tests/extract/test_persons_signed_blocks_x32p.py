"""Several first persons in one document (issue 11, h-x32p): a page of entries each signed in a header
line (writer, town, date), and a letter signed with a given name alone inside a translator's certificate.
Each block's "I" is its signer's; the translator's "I" keeps none of the letter's acts. Invented texts;
each negative beside a positive control in the same text."""

from guwah.extract.pipeline import run_pipeline

ENTRIES = ("Guest book for Mukaddes Tursun (1948–2019)\n"
           "Opened by her grandson · 9 entries\n\n"
           "Entry 1 — Parhat Kerim, Ottawa — 2 May 2019\n"
           "My grandmother, Mukaddes Tursun, died in Ottawa last week. I will read every message here to my "
           "mother, who cannot travel.\n\n"
           "Entry 2 — Nurgul Sadiq, Bishkek — 4 May 2019\n"
           "I was held with Mukaddes in the camp at Karamay in 2018. The guards beat me with a baton when I "
           "asked for water, and she shared her bread with me.\n\n"
           "Entry 3 — \"A neighbour\", Karamay — 5 May 2019\n"
           "I cannot write my name. The police took my passport in 2017 and I cannot leave.\n\n"
           "Entry 4 — Parhat Kerim, Ottawa — 6 May 2019\n"
           "Thank you all. I have read every word to my mother.\n")

LETTER = ("CERTIFIED TRANSLATION\n"
          "Source language: Uyghur    Target language: English\n\n"
          "[Translation begins]\n\n"
          "My dear daughter Dilnur,\n\n"
          "I am well and you must not worry. In March the police took my passport and told me to stay in "
          "the village. Every week I must attend the political study class at the neighbourhood office. "
          "Your brother Ekrem is still in the camp at Aksu; we have had no word from him since the winter.\n\n"
          "Your mother,\n"
          "Amangul\n\n"
          "[Translation ends]\n\n"
          "I, Rosalind Hartley, certified translator, certify that the above is a true and complete "
          "translation of the original presented to me. Leeds, 4 June 2023.\n")


def _person(doc, word):
    return next((p for p in doc.persons if any(word in n for n in p.names)), None)


def _codes(person):
    return {v.code for v in person.violations} if person else set()


def test_each_entry_is_told_by_the_writer_its_header_names():
    doc = run_pipeline(ENTRIES, "en", None)
    names = [p.names for p in doc.persons]
    held = _person(doc, "Nurgul")
    assert held is not None, names  # a writer named only in an entry's header is a person
    assert "torture.beating" in _codes(held), _codes(held)
    owner = _person(doc, "Parhat")
    assert owner is not None and "torture.beating" not in _codes(owner)
    # the page's owner, who writes twice, tells it; not a guest, not the person remembered
    assert owner.narrator and not held.narrator
    # an entry signed by no name ("A neighbour"): its "I" is no one's, not the owner's, not the guest's
    assert "movement.passport_confiscation" not in _codes(owner) | _codes(held)
    remembered = _person(doc, "Mukaddes")
    assert remembered is not None and not remembered.narrator


def test_one_dated_heading_is_no_page_of_entries():
    # one header naming no one does not take the "I" from the narrator who gives her name below it
    text = ("Letters to the editor — Karamay — 4 May 2019\n"
            "My name is Nurgul Sadiq. I was held in the camp at Karamay in 2018. The guards beat me with a baton "
            "when I asked for water.\n")
    doc = run_pipeline(text, "en", None)
    held = _person(doc, "Nurgul")
    assert held is not None and held.narrator and "torture.beating" in _codes(held)


def test_a_letter_signed_inside_a_translation_is_told_by_its_signer():
    doc = run_pipeline(LETTER, "en", None)
    names = [p.names for p in doc.persons]
    mother = _person(doc, "Amangul")
    assert mother is not None, names  # signed with a given name alone
    assert "movement.passport_confiscation" in _codes(mother), _codes(mother)
    # the translator who certifies the text is its frame: no person, no act of the letter's
    translator = _person(doc, "Hartley")
    assert translator is None or not translator.violations, names
    assert _person(doc, "Ekrem") is not None  # positive control: the letter's persons stay


def test_a_kin_word_at_a_lines_end_names_no_field_label():
    text = ("Remembering our teacher\n"
            "Page created 3 May 2021 by her son\n"
            "Entries: 5 · Sort: oldest first\n\n"
            "My mother, Aynur Tohti, was held in a camp in Hotan in 2018. Her son, Ilham Tohti, wrote this page.\n")
    doc = run_pipeline(text, "en", None)
    names = [n for p in doc.persons for n in p.names]
    assert not any("Entries" in n for n in names), names
    assert _person(doc, "Ilham") is not None and _person(doc, "Aynur") is not None, names  # the controls
