"""Acts found but given to nobody or to the wrong person on unseen writers (issue 11, "Attribution by
syntax, not by proximity"): each rule read generally, from the way a text is built, not from one
sentence's wording. Invented texts in our own words; each refusal has a positive control in the
same text. Each test failed on extractor 0.25.0 as merged."""

from tests.extract.helpers import codes_of, doc_of, person_named


def test_we_who_suffer_what_the_held_suffer_include_the_speaker():
    # The memoir never says "I was detained" before the camp's conditions: "thirty of us slept in a
    # room built for eight" says the speaker was among the held (the gold convention: collective
    # conditions told by a detainee are that detainee's).
    doc = doc_of("Notes from the yard, by Ilham Qadir\n\n"
                 "I sold books in Korla for twenty years. In the winter of 2017 the police drove my brother, "
                 "Ablimit Qadir, away from his shop, and since then we have not been told where he is held.\n\n"
                 "Later that year I too ended up in the yard behind the county school. Thirty of us slept in a "
                 "room built for eight. Every evening a guard watched us swallow white tablets.\n")
    ilham, ablimit = person_named(doc, "Ilham Qadir"), person_named(doc, "Ablimit Qadir")
    assert "detention.overcrowding" in codes_of(ilham)
    assert "medical.forced_medication" in codes_of(ilham)
    # a family's "we" that is not told what became of someone is not the speaker's act
    assert "detention.incommunicado" not in codes_of(ilham)
    assert "detention.incommunicado" in codes_of(ablimit)  # positive control, same text


def test_nous_who_suffer_what_the_held_suffer_include_the_speaker():
    doc = doc_of("Témoignage de Gulbahar Eli\n\n"
                 "Je m'appelle Gulbahar Eli et je suis née à Ghulja. En 2018 je me suis retrouvée dans un centre "
                 "à la sortie de la ville. Nous étions quarante femmes dans une cellule prévue pour dix. "
                 "Mon voisin, Ahmet Tursun, a été condamné à dix ans de prison en 2019.\n", "fr")
    gulbahar = person_named(doc, "Gulbahar Eli")
    assert "detention.overcrowding" in codes_of(gulbahar)
    assert "detention.prison_sentence" not in codes_of(gulbahar)
    assert "detention.prison_sentence" in codes_of(person_named(doc, "Ahmet Tursun"))  # positive control


def test_nas_who_suffer_what_the_held_suffer_include_the_speaker():
    doc = doc_of("Рассказ Айгуль Сеитовой\n\n"
                 "Меня зовут Айгуль Сеитова, я родилась в Чугучаке. Весной 2018 года я оказалась в здании бывшей "
                 "школы за городом. В комнате на восемь человек нас было тридцать. Моего брата, Ерлана Сеитова, "
                 "приговорили к двенадцати годам.\n", "ru")
    aigul = person_named(doc, "Айгуль Сеитова")
    assert "detention.overcrowding" in codes_of(aigul)
    assert "detention.prison_sentence" not in codes_of(aigul)


def test_he_as_the_passive_subject_after_an_official_is_not_the_official():
    # "he" right after an official's deed: as the subject of an active verb he is the official
    # (the doer); as the subject of a passive verb he is the one it was done to, never the doer.
    doc = doc_of("Case note. Erkin Sabit, 47, a driver from Ghulja, was taken from his home in March 2018. "
                 "In the police station an interrogator, Mr Zhao Ming, kicked him until he fainted. "
                 "In May 2018 he was moved to the city detention centre. His cousin, Aziz Sabit, was held in the "
                 "same centre for two months.")
    erkin, zhao = person_named(doc, "Erkin Sabit"), person_named(doc, "Zhao Ming")
    assert "detention.pretrial" in codes_of(erkin)
    assert "detention.pretrial" not in codes_of(zhao)
    assert "detention.pretrial" in codes_of(person_named(doc, "Aziz Sabit"))  # positive control
