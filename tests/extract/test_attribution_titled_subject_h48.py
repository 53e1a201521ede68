"""A "he" that opens a sentence goes on with the subject of the sentence before only when that mention
may be a "he" (issue 11, h-attrib48): "Mrs Osman … lost her father, X. He had been held …" is not Mrs
Osman's, even when the persons rules joined "Mrs Osman" to a man of that surname; the title of address
of the mention itself tells (`subjects._titled`). Before, the death in custody went to the brother-in-law
the surname was joined to (tuning_v25, a landlord's reference). Invented sentences.
"""

from __future__ import annotations

from tests.extract.helpers import codes_of, doc_of, person_named

TEXT = ("Re: Reference for MR KAMIL OSMAN\n\nMr Osman has rented my flat since 2019 with his wife Zeynep Arslan. "
        "His elder brother, Tahir Osman, was taken from his home in Aksu in 2018 and put in a camp. {subject}, as I "
        "called {object} at first, lost {possessive} father, Halil Arslan, in June 2020. He had been held since 2018 "
        "and died while still in detention in Aksu.")


def test_he_after_a_mrs_is_the_man_named_after_her():
    doc = doc_of(TEXT.format(subject="Mrs Osman", object="her", possessive="her"), "en")
    assert "death.in_custody" in codes_of(person_named(doc, "Halil Arslan"))
    assert "death.in_custody" not in codes_of(person_named(doc, "Tahir Osman"))
    # control: the brother's own camp stays his
    assert "detention.internment_camp" in codes_of(person_named(doc, "Tahir Osman"))
