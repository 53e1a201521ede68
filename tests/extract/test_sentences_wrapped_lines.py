"""Hard-wrapped prose (text wrapped at about 70 characters) is joined across its line breaks into
one sentence, offsets unchanged (`sentences._wrapped`); a short line, a capital and a paragraph
break still end one."""

from guwah.extract.document import Doc
from guwah.extract.sentences import split_sentences
from tests.extract.helpers import codes_of, doc_of, person_named

WRAPPED = ("My brother Ablet Tursun was arrested in Kashgar in May 2018. For half a year\n"
           "nobody in the family could learn where he was. The police just hung up on\n"
           "us whenever we called the station in Kashgar to ask about him.\n"
           "Statement of\n"
           "my sister\n"
           "Signed in Almaty on 3 March 2021 by the witness herself\n"
           "Gulnar Ismail\n\n"
           "the second paragraph starts in lower case.\n")


def _sentences(text: str) -> list[str]:
    doc = Doc(text)
    split_sentences(doc)
    return [text[s.start:s.end] for s in doc.sentences]


def test_a_long_line_goes_on_into_a_lower_case_line_and_offsets_point_into_the_text():
    found = _sentences(WRAPPED)
    assert "For half a year\nnobody in the family could learn where he was." in found
    assert "The police just hung up on\nus whenever we called the station in Kashgar to ask about him." in found
    # The controls: a short line ends at its break ("Statement of" / "my sister"), a long line before a
    # capital ends too, and a blank line ends a paragraph whatever follows.
    assert "Statement of" in found and "my sister" in found
    assert "Signed in Almaty on 3 March 2021 by the witness herself" in found and "Gulnar Ismail" in found
    assert "the second paragraph starts in lower case." in found


def test_an_act_told_across_a_wrapped_line_is_found():
    doc = doc_of(WRAPPED)
    ablet = person_named(doc, "Ablet Tursun")
    assert "detention.incommunicado" in codes_of(ablet)
    assert "detention.arbitrary_arrest" in codes_of(ablet)  # the control, on one line
    evidence = next(v.evidence for v in ablet.violations if v.code == "detention.incommunicado")
    # the offsets point into the text as given (its wrapping breaks read as spaces: `unwrap_lines`)
    assert WRAPPED[evidence[0]:evidence[1]].startswith("For half a year\nnobody")
    assert doc.text[evidence[0]:evidence[1]].startswith("For half a year nobody")
    # Cut at its break, "For half a year" alone read as a term served: a prison sentence he was never told to have.
    assert "detention.prison_sentence" not in codes_of(ablet)


def test_who_heard_of_an_act_is_not_whom_it_was_done_to():
    # Joined across a wrapped line, the hearer opened the sentence that told the act: tuning_v11's
    # subtitle file gave "my brother-in-law, Ehet Tash,\nheard that Nurahmet had been handed thirteen
    # years" to Ehet Tash (a forbidden code).
    doc = doc_of("In the summer of 2020 my brother-in-law, Rozi Tash, heard that my husband Ablet Tursun\n"
                 "had been given thirteen years in prison. A year later Rozi Tash himself was sentenced\n"
                 "to ten years in prison.\n")
    later = doc.text.index("A year later")
    rozi = person_named(doc, "Rozi Tash")
    sentenced = [v.evidence[0] for v in rozi.violations if v.code == "detention.prison_sentence"]
    assert sentenced and all(start >= later for start in sentenced)  # the control: his own sentence is his
    assert "detention.prison_sentence" in codes_of(person_named(doc, "Ablet Tursun"))


# A form filled in as hard-wrapped prose at a width of about 60 characters (invented people), with its
# fields on lines of their own.
FORM = ("Applicant: Gulbahar Imin\n"
        "Date of detention: 2018\n"
        "Status: released 2019\n"
        "\n"
        "For eight years I sold fabric in Ghulja with my brother, Akbar\n"
        "Imin, until the spring of 2017. In July 2017 my brother was\n"
        "arrested at the bazaar and nobody has told us where he is. I\n"
        "had to report to the police station every week and they kept\n"
        "my ID card. In May 2018 I was taken to a camp outside of\n"
        "Yining County. I left in 2020 with my daughter Aynur for\n"
        "Almaty.\n")


def test_a_line_that_a_capital_opens_goes_on_when_the_word_could_not_have_fitted_on_the_line_before():
    from guwah.extract.sentences import wrap_breaks

    breaks = {FORM[:b].rsplit("\n", 1)[-1][-12:] for b in wrap_breaks(FORM)}
    # "outside of" / "Yining County", "my brother, Akbar" / "Imin": a place or a name that did not fit
    assert "p outside of" in breaks and "other, Akbar" in breaks
    # the controls: the form's fields are lines of their own, and a line that ends a sentence ends it
    assert not any(b.endswith(("Gulbahar Imin", "ion: 2018", "leased 2019")) for b in breaks)


def test_an_event_told_over_a_wrapped_line_is_read_and_its_place_is_the_next_lines():
    doc = doc_of(FORM)
    akbar = person_named(doc, "Akbar Imin")  # a name cut by the wrap is one name
    assert any(e.type == "arrest" and e.person == akbar.id and e.date and e.date.value == "2017-07" for e in doc.events)
    detention = next(e for e in doc.events if e.type == "detention" and e.date and e.date.value == "2018-05")
    assert next(p for p in doc.places if p.id == detention.place).name.startswith("Yining")
    # the text keeps its length, and its fields their line breaks
    assert len(doc.text) == len(FORM) and doc.text.startswith("Applicant: Gulbahar Imin\nDate of detention: 2018\n")


def test_a_text_with_too_few_wrapped_lines_keeps_its_capitalised_lines():
    from guwah.extract.sentences import wrap_breaks

    # a heading over a metadata line, once: no text wrapped at a width (the lower-case control joins)
    text = ("Situation of a Uyghur engineer married to a French citizen\n"
            "Written question no. 1234 by a senator of the Haute-Savoie department\n"
            "published in the official journal of 9 March 2023, page 12\n")
    assert [text[b + 1] for b in wrap_breaks(text)] == ["p"]
