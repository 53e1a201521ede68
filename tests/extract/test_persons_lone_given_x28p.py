"""A lone given name that is the only naming of a person, or that names again a person named in full
(issue 11, h-x28p): "the sister of X" / « la sœur de X » (the one a kin noun is of), a chat's sender
label "X (Y's wife):", a quoted "X, from Ghulja" in a list of cellmates, and a Russian woman's name in
the accusative («встретила X Y … X рассказала»: one person, her name back in the nominative). Invented
texts; the control in each: a place after the same words ("the son of Kashgar", "Kashgar, from the
air") is no person, and a man's name in the dative («позвонила Тимуру Сабитову») stays his."""

from guwah.extract.pipeline import run_pipeline

PAD_EN = (" The police took my mother's passport in 2016 and told her she could not leave the county. I have "
          "written to the embassy many times. Nobody has answered my letters, and my family in Kashgar is afraid "
          "to speak to me on the phone.")
PAD_FR = (" La police a retiré le passeport de ma mère en 2016 et lui a interdit de quitter le district. J'ai "
          "écrit plusieurs fois à l'ambassade. Personne ne m'a répondu et ma famille à Kachgar a peur de me "
          "parler au téléphone.")
PAD_RU = (" Полиция забрала паспорт моей матери в 2016 году и запретила ей выезжать из уезда. Я много раз "
          "писала в посольство. Никто мне не ответил, а моя семья в Кашгаре боится говорить со мной по телефону.")


def _named(doc, word):
    return [p for p in doc.persons if any(doc.text[s:e] == word for s, e in p.mentions)]


def test_the_one_a_kin_noun_is_of_is_a_person_and_a_place_is_not():
    doc = run_pipeline("My name is Mahire Sabit and I live in Toronto. I am the sister of Abduweli, who was taken "
                       "to a camp in 2017. My father was called the son of Kashgar by everyone." + PAD_EN, "en", None)
    assert _named(doc, "Abduweli"), [p.names for p in doc.persons]
    assert not any("Kashgar" in n for p in doc.persons for n in p.names)
    doc = run_pipeline("Je m'appelle Mahire Sabit. C'est Aygul, la sœur d'Abduweli, qui m'a dit qu'il avait été "
                       "arrêté en 2017. On appelait mon père le fils de Kachgar." + PAD_FR, "fr", None)
    assert _named(doc, "Abduweli") and _named(doc, "Aygul"), [p.names for p in doc.persons]
    assert not any("Kachgar" in n for p in doc.persons for n in p.names)


def test_a_chat_sender_label_with_whose_kin_and_a_quoted_cellmate_from_a_place():
    chat = ("[12/03/2019, 20:01] Aizhan Sadykova: Any news from home?\n"
            "[12/03/2019, 20:05] Saltanat (Nurlan's wife): Nothing yet, they took his phone at the station.\n"
            "[12/03/2019, 20:07] Aizhan Sadykova: Dad was detained in Tekes in 2018 and nobody tells us where.\n"
            "[12/03/2019, 20:09] Saltanat (Nurlan's wife): I will ask again tomorrow.\n" + PAD_EN)
    doc = run_pipeline(chat, "en", None)
    assert _named(doc, "Saltanat"), [p.names for p in doc.persons]
    cell = ("My name is Mahire Sabit and I live in Toronto. In the camp she shared a cell with Aynur Kadir, Gulnar "
            "Sabit and \"Rahile, from Ghulja\". She called the view \"Kashgar, from the air\"." + PAD_EN)
    doc = run_pipeline(cell, "en", None)
    assert _named(doc, "Rahile"), [p.names for p in doc.persons]
    assert not any("Kashgar" in n for p in doc.persons for n in p.names)


def test_a_russian_womans_name_in_the_accusative_is_one_person_with_her_given_name_alone():
    doc = run_pipeline("Меня зовут Айгерим Болат. В 2019 году я встретила Гульнару Саидову в Алматы. Гульнара "
                       "рассказала, что её мужа задержали в 2017 году. Вечером я позвонила Тимуру Сабитову." + PAD_RU,
                       "ru", None)
    found = _named(doc, "Гульнара")
    assert len(found) == 1 and "Гульнара Саидова" in found[0].names, [p.names for p in doc.persons]
    assert any(doc.text[s:e] == "Гульнару Саидову" for s, e in found[0].mentions)
    assert not any("Тимура" in n for p in doc.persons for n in p.names), [p.names for p in doc.persons]


def test_a_chat_sender_told_nothing_of_is_kept_and_no_victim_of_a_he_in_her_own_line():
    # the sender of a time-stamped message wrote in the chat: a person of the text, whatever the model
    # says; "they took his phone" in her own line is not hers (a speaker label is no antecedent)
    chat = ("[12/03/2019, 20:01] Aizhan Sadykova: Any news from home?\n"
            "[12/03/2019, 20:05] Saltanat (Nurlan's wife): Nothing yet, they took his phone at the station.\n"
            "[12/03/2019, 20:09] Saltanat (Nurlan's wife): I will ask again tomorrow.\n" + PAD_EN)
    doc = run_pipeline(chat, "en", None)
    saltanat = _named(doc, "Saltanat")
    assert saltanat and "victim" not in saltanat[0].roles
    # the control: the same lines without their stamps are no chat export, and the rule keeps no one
    from guwah.extract import persons
    assert saltanat[0].id in persons.named_as_a_chat_sender(doc)
    plain = run_pipeline(chat.replace("[12/03/2019, 20:01] ", "").replace("[12/03/2019, 20:05] ", "")
                         .replace("[12/03/2019, 20:09] ", ""), "en", None)
    assert not persons.named_as_a_chat_sender(plain)
