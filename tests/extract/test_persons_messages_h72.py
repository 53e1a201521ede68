"""Persons named the way messages name them (issue 11, h-persons72): a name addressed in the second
person at a line's or sentence's start ("Dilnur, did you hear …", «Айгерим, ты слышала …»), a Turkic kin
word of address after a given name ("Patime hede", «Айгүл апай»), a kin word used as a title in any case
("uncle Tokhtasin", «Мама Айсулу:», «тётя Гуля»), and a post's header line ("Posted by @handle (Name)"),
which is no headline. Invented people, our own words. Negative controls: labels, bots, channels, a
greeting, a country or a kin word addressed, and a greeting on the line before "Mon frère …"."""

import pytest

from guwah.extract.pipeline import run_pipeline


def _names(text: str, language: str) -> list[str]:
    return [name for person in run_pipeline(text, language, None).persons for name in person.names]


@pytest.mark.parametrize(("language", "text", "name"), [
    ("en", "Dilnur, did you hear what happened to Memet? The police came at night and took him to the camp.\n",
     "Dilnur"),
    ("en", "— Mihray, are you still in Almaty? They took my father to the camp in March.\n", "Mihray"),
    ("fr", "Aynur, tu as appris ce qui est arrivé à Memet ? La police l'a emmené au camp.\n", "Aynur"),
    ("ru", "Айгерим, ты слышала, что случилось с Нурланом? Полиция забрала его ночью в лагерь.\n", "Айгерим"),
])
def test_a_name_addressed_with_you_is_a_person(language, text, name):
    names = _names(text, language)
    assert name in names, names


@pytest.mark.parametrize(("language", "text", "name"), [
    ("en", "Yesterday Patime hede called from Ghulja. She said the police took her son in May.\n", "Patime"),
    ("en", "Did anyone hear from uncle Tokhtasin? The police took him to the camp last week.\n", "Tokhtasin"),
    ("kk", "Кеше Айгүл апай хабарласты. Оның айтуынша, ұлы 2018 жылы лагерьге алынды.\n", "Айгүл"),
    ("ru", "Вчера звонила тётя Гуля. Её сына забрали в лагерь в 2018 году.\n", "Гуля"),
    ("ru", "[05.04.2020 10:12] Мама Айсулу: Сынок, вчера опять приходили из участка.\n"
           "[05.04.2020 10:15] Бахтияр: Мама, не отвечай им ничего.\n"
           "[05.04.2020 10:20] Мама Айсулу: Папу ещё держат в лагере.\n", "Айсулу"),
])
def test_a_given_name_with_a_kin_word_of_address_is_a_person(language, text, name):
    names = _names(text, language)
    assert name in names, names


def test_a_posts_header_line_is_no_headline():
    text = ("Posted by user_ayjan88 (Ayjan Rozi) on 4 June 2022\n"
            "My uncle was arrested in Hotan in 2017. The police took him from his shop.\n")
    names = _names(text, "en")
    assert names == ["Ayjan Rozi"], names  # the name; not the handle
    # the control: a headline of capitalised words still names no one
    headline = "Kazakh Farmer Ayjan Rozi Dies in Custody at Camp\nA farmer died in custody in 2019, his family said.\n"
    assert "Ayjan Rozi" not in _names(headline, "en")


def test_labels_bots_channels_greetings_and_kin_words_are_no_persons():
    chat = ("[12/03/2019 21:14] Admin: Welcome to the group.\n"
            "[12/03/2019 21:15] Moderator: Please keep to family news.\n"
            "[12/03/2019 21:16] Kashgar News Bot: New post in the channel.\n"
            "[12/03/2019 21:17] Reply: see above\n"
            "Forwarded from Kashgar News\n"
            "Hello, did you see the post? Please share it, you know why.\n"
            "Mama, did you call? Uncle, are you there? Kazakhstan, you have to act.\n"
            "[12/03/2019 21:20] Zarina B.: Dilnur, did you call uncle Tokhtasin?\n"
            "[12/03/2019 21:22] Zarina B.: Nobody answers.\n")
    names = _names(chat, "en")
    # the positive controls in the same chat: the sender, the one addressed, the uncle
    assert {"Zarina B.", "Dilnur", "Tokhtasin"} <= set(names), names
    assert not {"Admin", "Moderator", "Reply", "Hello", "Mama", "Uncle", "Kazakhstan"} & set(names), names
    assert not any("Kashgar" in name or "News" in name for name in names), names
    russian = "Переслано от Новости Кашгара\nЗдравствуйте, вы видели пост?\nМама, ты звонила?\n"
    assert _names(russian, "ru") == []


def test_a_greeting_before_a_line_that_opens_with_a_kin_phrase_is_no_name():
    text = ("De : Meryem Tursunniyaz\nObjet : mon frère\n\nBonjour,\n"
            "Mon frère Alimjan a été arrêté à Kachgar en 2018 et envoyé dans un camp.\n")
    names = _names(text, "fr")
    assert "Bonjour" not in names
    assert "Alimjan" in names and "Meryem Tursunniyaz" in names, names  # the controls


@pytest.mark.parametrize(("language", "text", "name"), [
    ("en", "[10:02] Support (Dana K.): Hello, your transfer was declined.\n"
           "[10:05] Client: Why? My brother is in a camp and his family needs the money.\n"
           "[10:07] Operator (voice bot): Please wait.\n"
           "[10:09] Support (Kashgar Office): We will check.\n", "Dana K."),
    ("ru", "[20.06.2023 09:40] Служба поддержки (Дана К.): Здравствуйте, перевод отклонён.\n"
           "[20.06.2023 09:42] Клиент: Почему? Мой брат в лагере, деньги нужны его семье.\n"
           "[20.06.2023 09:45] Оператор (голосовой бот): Ожидайте.\n", "Дана К."),
])
def test_the_name_in_brackets_after_a_chat_labels_office_is_the_sender(language, text, name):
    names = _names(text, language)
    assert name in names, names
    # the controls: a role, a bot and an office in brackets name no one
    assert not any(word in n for n in names for word in ("bot", "бот", "Office", "Support", "Client", "Клиент")), names


@pytest.mark.parametrize(("language", "text", "names"), [
    ("en", "Forwarded from Nurlan\nMy brother was taken to the camp in 2018 and we have not heard from him since.\n",
     {"Nurlan"}),
    ("en", "From: Dilnur <dilnur88@mail.kz>\nTo: Aygul\nSubject: news\n\nMy brother was taken to the camp in 2018.\n\n"
           "— Dilnur\n", {"Dilnur", "Aygul"}),
    ("fr", "De : Aynur\nÀ : Memet\nObjet : nouvelles\n\nMon frère a été emmené au camp en 2018.\n\nAynur\n",
     {"Aynur", "Memet"}),
    ("ru", "От кого: Айгерим\nКому: Нурлан\nТема: новости\n\nМоего брата забрали в лагерь в 2018 году.\n\nАйгерим\n",
     {"Айгерим", "Нурлан"}),
])
def test_a_given_name_in_a_messages_header_or_last_line_is_a_person(language, text, names):
    found = set(_names(text, language))
    assert names <= found, found


def test_a_header_that_names_an_account_names_no_one():
    text = ("Forwarded from Channel 5\nMessage from Admin\nFrom: Records office\nTo: Support\n\n"
            "My brother was taken to the camp in 2018.\n\nThanks\n")
    assert _names(text, "en") == []
    russian = "Переслано от Админ\nОт: Модератор\nКому: Нурлан\n\nМоего брата забрали в лагерь.\n\nАдминистрация\n"
    assert _names(russian, "ru") == ["Нурлан"]  # the control: the one field that names someone
