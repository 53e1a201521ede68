"""Attribution of acts, 0.17.x round (issue 11): a transcript's turns, officials as doers, a family
name's ending as gender, and an act told of the detainees "there". One attribution
(`subjects.attribute`) serves events and violations. Invented people, our own words; each refusal
has a positive control."""

from guwah.extract import subjects
from tests.extract.helpers import codes_of, doc_of, person_named

TRANSCRIPT = """SILENT RIVERS — a radio programme about exile
Episode 7. Transcript.

HOST: Welcome. My guests lived through the camps and now live in Riga. Dilnur Abdukadir and Rustam Ilham, thank you for coming.

DILNUR: Thank you. In March 2018 I was taken from my shop in Aksu by two policemen.

HOST: I was beaten once too, at a demonstration in Riga, so I know a little of fear.

RUSTAM: In the camp they beat me with a rubber baton every week.
"""


def _speaker_of(doc, words: str) -> str | None:
    index = next(i for i in range(len(doc.sentences)) if words in doc.sentence_text(i))
    return doc.speakers.get(index)


def test_a_turn_label_names_who_says_i_on_its_line():
    doc = doc_of(TRANSCRIPT)
    guest = person_named(doc, "Rustam Ilham")
    assert _speaker_of(doc, "rubber baton") == guest.id
    assert _speaker_of(doc, "from my shop") == person_named(doc, "Dilnur Abdukadir").id
    assert "torture.beating" in codes_of(guest)
    assert "torture.beating" not in codes_of(person_named(doc, "Dilnur Abdukadir"))


def test_an_interviewers_label_gives_its_i_to_nobody():
    # The host's "I was beaten" is the host's, who is nobody the text is about; the control is
    # the guest's own line above, which the label gives to the guest.
    doc = doc_of(TRANSCRIPT)
    assert _speaker_of(doc, "demonstration in Riga") is None
    beaten = [p for p in doc.persons if "torture.beating" in codes_of(p)]
    # the guest alone; his turn label (RUSTAM:) is one of his names since 0.40.0
    assert [p.id for p in beaten] == [person_named(doc, "Rustam Ilham").id]
    assert all("Dilnur" not in name for p in beaten for name in p.names)


def test_a_label_that_names_no_one_leaves_the_narrator():
    doc = doc_of("My name is Kamal Yasin. I was born in Kashgar.\n\n"
                 "Note: I was detained in Kashgar in April 2017 and beaten with a baton.\n")
    narrator = person_named(doc, "Kamal Yasin")
    assert _speaker_of(doc, "beaten with a baton") == narrator.id
    assert "torture.beating" in codes_of(narrator)


OFFICIAL = ("Saniya Talgatqyzy is a nurse from Tekes. Her father, Talgat Ermekuly, is a retired driver. "
            "In 2018 the village party secretary, Li Wenbo, took her passport. "
            "On 3 March 2019 she was summoned to the police station and her fingerprints were taken.")


def test_an_official_named_beside_the_act_is_the_doer_not_the_one_it_happened_to():
    doc = doc_of(OFFICIAL)
    official = person_named(doc, "Li Wenbo")
    assert "official" in official.roles
    assert not codes_of(official)
    # "she" is the nurse: her family name says a woman, and her father's says a man.
    assert "medical.biometric_collection" in codes_of(person_named(doc, "Saniya Talgatqyzy"))
    assert "medical.biometric_collection" not in codes_of(person_named(doc, "Talgat Ermekuly"))


def test_an_official_it_happened_to_by_the_parse_keeps_it():
    # Control of the rule above: the parse names the official as the one detained.
    doc = doc_of("The township chief, Li Wenbo, was detained in May 2019 without a warrant and held "
                 "in a camp in Kuqa for a year.")
    assert "detention.arbitrary_arrest" in codes_of(person_named(doc, "Li Wenbo"))


def test_french_lui_passes_over_a_judge_named_with_un_certain():
    doc = doc_of("Ablikim Tursun a été condamné à douze ans en 2019. Le juge, un certain Zhao Qiang, "
                 "ne l'a pas laissé parler. En prison, on lui a refusé ses médicaments pour le cœur.", "fr")
    judge = person_named(doc, "Zhao Qiang")
    assert "official" in judge.roles
    assert not codes_of(judge)
    assert "ill_treatment.denied_medical_care" in codes_of(person_named(doc, "Ablikim Tursun"))


def test_a_family_names_ending_tells_the_gender_before_the_context():
    doc = doc_of("Aliya Nurbekqyzy wrote to us from Almaty about her father, Nurbek Sadyqov.")
    assert subjects._gender(doc, person_named(doc, "Aliya Nurbekqyzy").id) == "female"
    assert subjects._gender(doc, person_named(doc, "Nurbek Sadyqov").id) == "male"


HELD = ("Merhaba Qadir is a seamstress from Yarkand. On 4 May 2018 she was taken to the camp in "
        "Yarkand county. The women there had to sing songs for the Party each morning.")


def test_an_act_told_of_the_detainees_there_is_the_held_persons():
    doc = doc_of(HELD)
    assert "indoctrination.political" in codes_of(person_named(doc, "Merhaba Qadir"))


def test_an_act_told_of_detainees_with_no_place_cue_stays_nobodys():
    # Control of the rule above: without "there" (or "where") the group is background.
    doc = doc_of(HELD.replace("The women there had", "In such camps women have"))
    assert "indoctrination.political" not in codes_of(person_named(doc, "Merhaba Qadir"))


def test_an_act_told_of_the_detainees_there_is_nobodys_when_two_were_held():
    doc = doc_of("Merhaba Qadir and her neighbour Gulbahar Tohti are seamstresses from Yarkand. On 4 May "
                 "2018 Merhaba Qadir was taken to the camp in Yarkand county, and Gulbahar Tohti was "
                 "taken to the same camp a week later. The women there had to sing songs for the "
                 "Party each morning.")
    assert "indoctrination.political" not in codes_of(person_named(doc, "Merhaba Qadir"))
    assert "indoctrination.political" not in codes_of(person_named(doc, "Gulbahar Tohti"))


def test_french_detainees_in_a_where_clause_are_the_held_persons():
    doc = doc_of("Ablet Rozi, un commerçant de Kachgar, a été arrêté en avril 2018. Il a été enfermé dans "
                 "un camp de la ville, où les détenus devaient chanter l'hymne national chaque matin.", "fr")
    assert "indoctrination.political" in codes_of(person_named(doc, "Ablet Rozi"))


DESCRIBED = ("Ablet Tursun, a retired teacher from Kashgar, died in a prison hospital in 2021, his son "
             "Memet Ablet said. Relatives say the teacher was taken from his home in March 2018 without "
             "a warrant. The driver who brought him home was never found.")


def _described_in(doc, words: str) -> list[str]:
    index = next(i for i in range(len(doc.sentences)) if words in doc.sentence_text(i))
    sentence = doc.sentences[index]
    return [pid for _s, _e, pid in subjects._descriptions_in(doc, sentence.start, sentence.end)]


def test_a_definite_noun_said_in_apposition_to_a_name_is_that_person():
    doc = doc_of(DESCRIBED)
    teacher = person_named(doc, "Ablet Tursun")
    assert _described_in(doc, "the teacher was taken") == [teacher.id]
    assert "detention.arbitrary_arrest" in codes_of(teacher)
    assert "detention.arbitrary_arrest" not in codes_of(person_named(doc, "Memet Ablet"))


def test_a_definite_noun_said_of_no_one_is_no_one():
    # Control of the rule above: "the driver" was never said of a named person.
    doc = doc_of(DESCRIBED)
    assert _described_in(doc, "The driver") == []


def test_a_noun_said_of_two_people_stands_for_neither():
    doc = doc_of("Ablet Tursun, a teacher from Kashgar, and Kadir Umar, a teacher from Aksu, were friends. "
                 "In 2018 the teacher was taken from his home.")
    assert _described_in(doc, "the teacher was taken") == []


def test_an_act_on_someone_unnamed_is_nobodys():
    doc = doc_of("Gulzira Amanqyzy was held for three days at the city police station in 2017. She says "
                 "the guard Li Wenbo slapped the woman who slept beside her.")
    assert not [p.names for p in doc.persons if "torture.beating" in codes_of(p)]


def test_an_act_on_her_by_the_same_guard_is_hers():
    # Control of the rule above: the object is the woman the text names.
    doc = doc_of("Gulzira Amanqyzy was held for three days at the city police station in 2017. She says "
                 "the guard Li Wenbo slapped her twice.")
    assert "torture.beating" in codes_of(person_named(doc, "Gulzira Amanqyzy"))
