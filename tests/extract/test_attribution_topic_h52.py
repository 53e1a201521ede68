"""The topic goes on (issue 11, h-codes52): a French « lui » in a sentence that names no one and whose
subject is no one (« la police », « on ») stands for the subject of the sentence before, not for a relative
named there in an oblique or an apposition; and an act no one is named for in a sentence that speaks to
"you" is not carried to the person the story follows. Invented texts; controls: a person named in the
pronoun's own sentence, a subject that is someone, a hedged act, a negated act, and a sentence in the third
person only."""

from guwah.extract.pipeline import run_pipeline


def _codes(doc, name: str) -> set[str]:
    person = next(p for p in doc.persons if any(name in n for n in p.names))
    return {v.code for v in person.violations}


def test_lui_continues_the_subject_of_the_sentence_before():
    text = ("Nurgül Ablet est rentrée à Kachgar en mai 2018 pour le mariage de son cousin, Tursun Rozi. "
            "À la frontière, la police lui a confisqué le passeport.\n")
    doc = run_pipeline(text, "fr", None)
    assert "movement.passport_confiscation" in _codes(doc, "Nurgül")
    assert "movement.passport_confiscation" not in _codes(doc, "Tursun")


def test_lui_with_someone_named_in_its_own_sentence_or_a_subject_that_is_someone_keeps_the_nearest():
    named = ("Nurgül Ablet est rentrée à Kachgar en mai 2018. "
             "Son cousin Tursun Rozi est venu la chercher, et la police lui a confisqué le passeport.\n")
    doc = run_pipeline(named, "fr", None)
    assert "movement.passport_confiscation" in _codes(doc, "Tursun")
    hedged = ("Nurgül Ablet est rentrée à Kachgar en mai 2018 pour le mariage de son cousin, Tursun Rozi. "
              "À la frontière, la police lui aurait peut-être confisqué le passeport, je ne peux pas le confirmer.\n")
    doc = run_pipeline(hedged, "fr", None)
    assert "movement.passport_confiscation" not in _codes(doc, "Nurgül")
    negated = ("Nurgül Ablet est rentrée à Kachgar en mai 2018 pour le mariage de son cousin, Tursun Rozi. "
               "À la frontière, la police ne lui a pas confisqué le passeport.\n")
    doc = run_pipeline(negated, "fr", None)
    assert "movement.passport_confiscation" not in _codes(doc, "Nurgül")
    assert "movement.passport_confiscation" not in _codes(doc, "Tursun")


def test_an_act_told_to_you_is_not_carried_to_the_person_the_story_follows():
    text = ("Madame,\n\nVotre frère Ilham Tohti est parti à Ghulja en 2019. À son arrivée, il a été arrêté "
            "et placé dans un camp. Depuis, vous recevez des appels d'un policier qui vous demande de rentrer.\n")
    doc = run_pipeline(text, "fr", None)
    assert "detention.internment_camp" in _codes(doc, "Ilham")
    assert "transnational.harassment" not in _codes(doc, "Ilham")
