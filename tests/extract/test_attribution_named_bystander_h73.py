"""Two attribution losses of the spent sets, in general form (issue 11, h-attrib73; invented names and
sentences):

- a relative named in apposition to the kin noun a visitor went to see ("left to see his father, X",
  «поехал навестить отца, X») is a bystander as an unnamed one is (`subjects._unnamed_bystander`): a
  pronoun of the next sentence ("his phone", «у него») goes on with the visitor, the clause's subject;
- a transcript's one-word label in capitals ("OSMAN:") is the family name of the person named in full,
  not a relative whose given name it also is (`persons._turn_speaker`): "I" and "my" of that turn are his.

Each negative beside a control in the same text: the named relative keeps an act done to him by name, and
an officer named as the doer of an act is no victim of it.
"""

from __future__ import annotations

from tests.extract.helpers import codes_of, doc_of, person_named


def test_english_pronoun_goes_on_with_the_visitor_past_the_relative_he_went_to_see():
    doc = doc_of("Mr Orhan Tal left Leeds in May 2019 to see his own father, Rahim Uzak, who was ill. "
                 "At the airport the police went through his phone. In June officers detained Rahim Uzak "
                 "at the hospital.", "en")
    assert "surveillance.digital" in codes_of(person_named(doc, "Orhan Tal"))
    assert "surveillance.digital" not in codes_of(person_named(doc, "Rahim Uzak"))
    # control: the act done to the father by name is his
    assert "detention.arbitrary_arrest" in codes_of(person_named(doc, "Rahim Uzak"))


def test_russian_pronoun_goes_on_with_the_visitor_past_the_relative_he_went_to_see():
    doc = doc_of("В мае 2018 года брат Арман Келдибаев поехал в Чугучак навестить больного дядю, Серика "
                 "Омарова. На посту полицейские забрали у него паспорт. Летом полиция задержала Серика "
                 "Омарова на рынке.", "ru")
    assert "movement.passport_confiscation" in codes_of(person_named(doc, "Арман Келдибаев"))
    assert "movement.passport_confiscation" not in codes_of(person_named(doc, "Серик Омаров"))
    assert "detention.arbitrary_arrest" in codes_of(person_named(doc, "Серик Омаров"))


def test_a_first_person_visitor_leaves_the_named_relative_his_own_pronoun():
    """No third person above the visit ("I went to see my uncle, X"): "he" is still the uncle."""
    doc = doc_of("My name is Aliya Tursun. In May 2019 I went to Hotan to see my uncle, Rahim Uzak. "
                 "In June he was detained at the market.", "en")
    assert "detention.arbitrary_arrest" in codes_of(person_named(doc, "Rahim Uzak"))
    assert "detention.arbitrary_arrest" not in codes_of(person_named(doc, "Aliya Tursun"))


TRANSCRIPT = ("Interview record (extract)\nPresent: Mara Lind (interviewer), Tomas Berg (interpreter), "
              "the witness Kadir Osman\n\nLIND: Where did they stop you?\n\n"
              "OSMAN: At a checkpoint near Aksu. They put my phone into a scanner and it found WhatsApp. "
              "Then they took me to a camp.\n\nLIND: And your father?\n\n"
              "OSMAN: My father Osman Tahir is old. In 2019 the police detained Osman Tahir at his shop.\n")


def test_a_capitalised_label_is_the_surname_of_the_one_named_in_full():
    doc = doc_of(TRANSCRIPT, "en")
    assert "surveillance.digital" in codes_of(person_named(doc, "Kadir Osman"))
    assert "surveillance.digital" not in codes_of(person_named(doc, "Osman Tahir"))
    assert "surveillance.digital" not in codes_of(person_named(doc, "Tomas Berg"))
    # control: what is told of the father by name stays his
    assert "detention.arbitrary_arrest" in codes_of(person_named(doc, "Osman Tahir"))


def test_an_officer_named_as_the_doer_is_no_victim():
    doc = doc_of("My name is Aliya Tursun. In 2018 Officer Li Wenbo took my passport at the border.", "en")
    assert "movement.passport_confiscation" in codes_of(person_named(doc, "Aliya Tursun"))
    assert not codes_of(person_named(doc, "Li Wenbo"))
