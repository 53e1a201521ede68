"""A first-person teller who hears of an act is not its topic; guesses, hearsay and retractions tell no
act; a form's kin field names the person of its name field (issue 11, h-pron58). Invented names and our
own sentences; each negative beside a positive control in the same text."""

from guwah.extract.lexicon import unconfirmed_after
from guwah.extract.pipeline import run_pipeline


def _doc(text: str, language: str):
    return run_pipeline(text, language, None)


def _codes(doc) -> dict[str, set[str]]:
    return {p.names[0]: {v.code for v in p.violations} for p in doc.persons if p.names}


def _events(doc) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for event in doc.events:
        person = doc.person(event.person) if event.person else None
        if person is not None and person.names:
            found.setdefault(person.names[0], set()).add(event.type)
    return found


# --- 1. "we heard she …": the hearer is a witness, the pronoun goes on with the subject before ---

def test_we_heard_she_was_sentenced_is_the_grandmothers_not_the_aunts():
    doc = _doc("My name is Dilshat Omarov. My grandmother, Saniye Kadir, sold bread in Turpan. Police arrested my "
               "grandmother at the market in March 2018. She spent a year in a camp outside Turpan, and my aunt Rabiya "
               "heard from a guard that the reason was her prayers. Last spring we heard that she was sentenced to "
               "eleven years.\n", "en")
    codes = _codes(doc)
    assert "detention.prison_sentence" in codes["Saniye Kadir"], codes
    assert "detention.arbitrary_arrest" in codes["Saniye Kadir"], codes  # the control: her own arrest
    assert not codes.get("Rabiya"), codes


def test_french_we_learned_she_was_sentenced_is_not_the_aunt_told():
    doc = _doc("Je m'appelle Dilshat Omarov. Ma grand-mère, Saniye Kadir, vendait du pain à Tourfan. La police a "
               "arrêté ma grand-mère au marché en mars 2018. Elle a passé un an dans un camp hors de Tourfan, et un "
               "gardien a expliqué à ma tante Rabiya que c'était pour ses prières. Le printemps dernier, nous avons "
               "appris qu'elle était condamnée à onze ans.\n", "fr")
    codes = _codes(doc)
    assert "detention.prison_sentence" in codes["Saniye Kadir"], codes
    assert "detention.prison_sentence" not in codes.get("Rabiya", set()), codes


def test_i_myself_sentenced_stays_mine():
    # the control: the teller as the act's own subject, no verb of hearing
    doc = _doc("My name is Dilshat Omarov. My grandmother, Saniye Kadir, sold bread in Turpan. She spent a year in "
               "a camp outside Turpan. Last spring I was sentenced to eleven years.\n", "en")
    codes = _codes(doc)
    assert "detention.prison_sentence" in codes["Dilshat Omarov"], codes
    assert "detention.prison_sentence" not in codes["Saniye Kadir"], codes


# --- 3. guesses, hearsay and retractions ---

def test_speculated_arrest_is_no_act_beside_a_told_one():
    doc = _doc("My name is Dilshat Omarov. My uncle Yusup Omarov lives in Almaty. A few posters speculated that he "
               "was arrested last winter. My cousin Marat Omarov was arrested in 2020.\n", "en")
    codes, events = _codes(doc), _events(doc)
    assert "detention.arbitrary_arrest" not in codes.get("Yusup Omarov", set()), codes
    assert "arrest" not in events.get("Yusup Omarov", set()), events
    assert "detention.arbitrary_arrest" in codes["Marat Omarov"], codes
    assert "arrest" in events["Marat Omarov"], events


def test_a_letter_suggested_he_was_arrested_is_no_act():
    doc = _doc("My name is Dilshat Omarov. My uncle Yusup Omarov lives in Almaty. A comment under the article "
               "suggested that he was arrested as well. My cousin Marat Omarov was arrested in 2020.\n", "en")
    codes = _codes(doc)
    assert "detention.arbitrary_arrest" not in codes.get("Yusup Omarov", set()), codes
    assert "detention.arbitrary_arrest" in codes["Marat Omarov"], codes


def test_french_supposed_arrest_is_no_act():
    doc = _doc("Je m'appelle Dilshat Omarov. Mon oncle Yusup Omarov vit à Almaty. Certains voisins supposent qu'il a "
               "été arrêté en 2019. Mon cousin Marat Omarov a été arrêté en 2020.\n", "fr")
    codes = _codes(doc)
    assert "detention.arbitrary_arrest" not in codes.get("Yusup Omarov", set()), codes
    assert "detention.arbitrary_arrest" in codes["Marat Omarov"], codes


def test_suspecting_nothing_does_not_hedge_the_act_beside_it():
    # the verb of guessing hedges only the clause under it
    doc = _doc("My name is Dilshat Omarov. My sister Aygul Omarova suspected nothing, and police arrested her in "
               "May 2018.\n", "en")
    assert "detention.arbitrary_arrest" in _codes(doc)["Aygul Omarova"], _codes(doc)


def test_said_then_denied_in_its_sentence_is_no_act():
    doc = _doc("Je m'appelle Dilshat Omarov. Mon oncle Yusup Omarov vit à Almaty. Certains ont dit qu'il avait été "
               "arrêté en 2019, mais ce n'est pas vrai. Mon cousin Marat Omarov a été arrêté en 2020.\n", "fr")
    codes = _codes(doc)
    assert "detention.arbitrary_arrest" not in codes.get("Yusup Omarov", set()), codes
    assert "detention.arbitrary_arrest" in codes["Marat Omarov"], codes


def test_a_tellers_retraction_takes_back_what_was_told():
    doc = _doc("My name is Dilshat Omarov. My uncle Yusup Omarov lives in Almaty. In my first letter I wrote that he "
               "had been detained in 2019. I was wrong: he was not detained. My cousin Marat Omarov was detained in "
               "2020.\n", "en")
    codes, events = _codes(doc), _events(doc)
    assert "detention.arbitrary_arrest" not in codes.get("Yusup Omarov", set()), codes
    assert not events.get("Yusup Omarov"), events
    assert "detention.arbitrary_arrest" in codes["Marat Omarov"], codes


def test_what_is_denied_after_and_what_is_not():
    text = "Some said he died in the camp; that is not true, he writes to me."
    assert unconfirmed_after(text, text.index("died") + 4, len(text))
    # "it is not true that …" denies what comes after it, not the act before
    text = "He was beaten in 2019, and it is not true that he confessed."
    assert not unconfirmed_after(text, text.index("beaten") + 6, len(text))
    # a detail corrected is no retraction of the act
    text = "He was held for two years. I was wrong about the date."
    assert not unconfirmed_after(text, text.index("held") + 4, text.index(".") + 1)
    text = "He was held for two years. I was wrong: he was never held."
    assert unconfirmed_after(text, text.index("held") + 4, text.index(".") + 1)


# --- 2. a form's kin field and its name field ---

def _relations(doc, name: str) -> set[tuple[str, str]]:
    person = next(p for p in doc.persons if name in p.names)
    return {(r.relation, doc.person(r.person).names[0] if doc.person(r.person).names else "") for r in person.relations}


def test_form_kin_field_over_name_field_names_the_grandmother():
    doc = _doc("FAMILY MEMBER FORM\nApplicant: Dilshat Omarov\nRelationship: my grandmother\nName: Saniye Kadir\n"
               "Year of birth: 1941\nWhat happened: She was taken to a camp in 2018.\n", "en")
    assert ("grandmother", "Saniye Kadir") in _relations(doc, "Dilshat Omarov"), _relations(doc, "Dilshat Omarov")
    assert not any(p.narrator for p in doc.persons if "Saniye Kadir" in p.names)
    assert not [p for p in doc.persons if not p.names and p.violations], "an unnamed grandmother besides her"
    assert "detention.internment_camp" in _codes(doc)["Saniye Kadir"], _codes(doc)


def test_french_form_name_field_over_kin_field():
    doc = _doc("FICHE FAMILLE\nDemandeur : Dilshat Omarov\nNom : Saniye Kadir\nLien de parenté : ma grand-mère\n"
               "Ce qui s'est passé : Elle a été emmenée dans un camp en 2018.\n", "fr")
    assert ("grandmother", "Saniye Kadir") in _relations(doc, "Dilshat Omarov"), _relations(doc, "Dilshat Omarov")
    assert "detention.internment_camp" in _codes(doc)["Saniye Kadir"], _codes(doc)


def test_russian_form_fio_field_and_kin_field():
    doc = _doc("АНКЕТА\nЗаявитель: Дильшат Омаров\nСтепень родства: моя бабушка\nФ.И.О.: Сание Кадырова\n"
               "Что произошло: В 2018 году её забрали в лагерь.\n", "ru")
    owner = next(p for p in doc.persons if p.names and p.names[0].startswith("Дильшат"))
    grandmother = next(p for p in doc.persons if p.names and p.names[0].startswith("Сание"))
    assert any(r.relation == "grandmother" and r.person == grandmother.id for r in owner.relations), owner.relations
    assert not [p for p in doc.persons if not p.names and p.violations]


def test_kin_field_of_another_block_names_no_one():
    # the control: a blank line between the kin field and a name field; "my grandmother" stays unnamed
    doc = _doc("Applicant: Dilshat Omarov\nRelationship: my grandmother\n\nName: Saniye Kadir\n"
               "Note: the applicant's neighbour.\n", "en")
    assert ("grandmother", "Saniye Kadir") not in _relations(doc, "Dilshat Omarov")
