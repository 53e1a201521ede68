"""The document's focal person (issue 11, h-focal65): a letter, memo or form about one person names
that person in a header field ("Spouse: X", "Member: X"), and the acts told later with no subject of
their own, or with a "he" whose nearest name sits in an earlier sentence, are that person's
(`focal.focal_person`, `focal.focal_owner`, `focal.focal_for_pronoun`). And a "She" after the client's
name in the memo's prose gives no gender to the spouse named in the header above (`persons`). Invented
names and sentences; each text carries its control (the one who says "I", a preparer's field, a name
the sentence itself gives the act).
"""

from __future__ import annotations

from guwah.extract.focal import focal_person
from tests.extract.helpers import codes_of, doc_of, person_named

MEMO = ("HARTWELL BOOKKEEPING\nClient memo\n\nClient: Aynur Sadyk\nSpouse: Bolat Sadyk - absent, cannot sign\n"
        "Prepared by: Megan Hollis, EA\n\nBackground\n"
        "Aynur visited the office on May 2 with her son Erlan, who helped with English. She and Bolat have "
        "submitted joint returns for years. Bolat went to Kulja in June 2018 to visit his parents. As Aynur tells it, "
        "officers stopped him at the coach station and confiscated his passport. Erlan was not detained and lives "
        "with her in Denver.")


def test_the_spouse_field_gives_the_focal_person_never_the_preparer():
    doc = doc_of(MEMO)
    # "he" of the memo: the spouse of its header, not the son named nearer in the prose
    assert focal_person(doc, "male") == person_named(doc, "Bolat Sadyk").id
    # control: the client, whom the memo quotes as its teller ("As Aynur tells it"), is not whom it is about
    assert person_named(doc, "Aynur Sadyk").id not in {focal_person(doc), focal_person(doc, "male")}
    # control: the preparer's field names the form's staff, never the focal person
    assert person_named(doc, "Megan Hollis").id not in {focal_person(doc), focal_person(doc, "male"),
                                                        focal_person(doc, "female")}


def test_a_she_after_the_client_gives_the_spouse_above_no_gender():
    doc = doc_of(MEMO)
    assert doc.person(person_named(doc, "Bolat Sadyk").id).attributes.get("gender", (None,))[0] != "female"
    # control: the client, named right before "She", is a woman
    assert person_named(doc, "Aynur Sadyk").attributes["gender"][0] == "female"


def test_the_passport_is_the_spouses_not_the_sons():
    doc = doc_of(MEMO)
    assert "movement.passport_confiscation" in codes_of(person_named(doc, "Bolat Sadyk"))
    assert "movement.passport_confiscation" not in codes_of(person_named(doc, "Erlan"))


FORM = ("NORTHFIELD RAIL PENSION SCHEME\nCertificate of existence\n\nMember: Dilshat Karim\nMember no.: NR-40113\n\n"
        "Statement by a relative\n"
        "I am his niece, Mahire Tohti, and I write for the family. My uncle worked on the railway in Leeds "
        "until 2017 and went back to Kulja in 2018. In 2019 the family sent photos of the house to Oliver Brandt, a "
        "friend in Leeds. That autumn police took him from the market to a camp. Oliver Brandt visited Kulja in "
        "2021. Police questioned him at the airport for six hours.\n\nMahire Tohti")


def test_a_him_after_a_name_in_passing_is_the_member_after_a_subject_is_that_subject():
    doc = doc_of(FORM)
    dilshat = person_named(doc, "Dilshat Karim")
    oliver = person_named(doc, "Oliver Brandt")
    assert focal_person(doc) == dilshat.id
    # the friend was named only as whom photos were sent to: "him" of the next sentence is the member
    assert "detention.internment_camp" in codes_of(dilshat)
    assert "detention.internment_camp" not in codes_of(oliver)
    # control: the friend is the subject of "visited": the "him" questioned after it is his
    assert any(e.person == oliver.id and e.type == "interrogation" for e in doc.events)
    assert not any(e.person == dilshat.id and e.type == "interrogation" for e in doc.events)


def test_no_focal_person_where_the_header_names_only_the_writer():
    """Control: a letter whose only header field names the one who says "I" has no focal person."""
    doc = doc_of("From: Mahire Tohti\n\nI write about my uncle. Police took him to a camp in 2019.\n\nMahire Tohti")
    assert focal_person(doc) is None
