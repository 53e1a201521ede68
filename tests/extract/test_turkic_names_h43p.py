"""Kazakh names the lexicon does not know, told by their cue (issue 11, h-persons43): the words between
«Мен,» and the next comma (a statement's "I, X, …"), one or two capitalised words after a kinship word
(«Күйеуі Мұратбек Сейітқали», «Жиенім …», «келінім …»), an initial with a family name («Ж. Сәрсенбаев»); an
unknown name keeps a final -и or -а (its own letter, not a case). Invented texts; each negative beside a
positive control."""

from guwah.extract.pipeline import run_pipeline


def _names(text: str) -> dict:
    doc = run_pipeline(text, "kk", None)
    return {name: person for person in doc.persons for name in person.names}


def test_the_narrators_name_after_men_comma_whole():
    names = _names("Мен, Сейітқали Мұратбек Жомартұлы, 1980 жылы Құлжада туғанмын. 2017 жылы мені лагерьге жапты.")
    assert "Сейітқали Мұратбек Жомартұлы" in names, list(names)
    assert len(names) == 1, list(names)


def test_unknown_names_after_a_kin_word_and_an_initialled_signer():
    names = _names("Мәселенің мазмұны: Күйеуі Мұратбек Сейітқали, Қазақстан азаматы, 2018 жылы ұсталды. "
                   "Келінім Ким-Ли 2019 жылы ұсталды. Әкем Алматыда тұрады. Анам Мен де барамын.\n"
                   "Қабылдаған: Ж. Сәрсенбаев")
    assert {"Мұратбек Сейітқали", "Ким-Ли", "Ж. Сәрсенбаев"} <= set(names), list(names)
    assert "victim" in names["Мұратбек Сейітқали"].roles
    # a kin word before a place or a pronoun names no one
    assert len(names) == 3, list(names)


def test_new_kin_words_cue_a_name_that_is_also_a_word():
    # Жұлдыз ("star") and Бақыт ("happiness") are given names and words: a kinship word before makes them
    # names (жиенім, my nephew or niece; келінім, my daughter-in-law); the same word without one stays a word
    names = _names("Жиенім Жұлдыз пен келінім Бақыт 2018 жылы ұсталды. Жұлдыз түнде жанып тұрды.")
    assert {"Жұлдыз", "Бақыт"} <= set(names), list(names)
    assert "victim" in names["Бақыт"].roles
    star = run_pipeline("Жұлдыз түнде жанып тұрды. Бақыт бәріне керек.", "kk", None)
    assert not star.persons, [p.names for p in star.persons]
