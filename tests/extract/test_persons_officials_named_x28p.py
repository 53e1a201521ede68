"""Officials named with a Russian police title before the name, or naming themselves on the phone with
their service after the name (issue 11, h-x28p). «начальник полиции X», «участковый X», «следователь
X», «заместитель начальника поселкового участка X»: the title is no part of the name and makes X an
official; "This is X from the … police", « C'est X, de la police de … », «Это звонит X из полиции …»:
the caller is an official. Invented texts; the control in each: the relative named beside them is no
official, and a caller's words "This is …" before a relative's name without a service make no official."""

import pytest

from guwah.extract import roles_model
from guwah.extract.pipeline import run_pipeline

RU_TITLES = (
    "Меня зовут Сауле Кенжебек, я живу в Алматы. В марте 2018 года начальник полиции Ма Цзюнь вызвал моего "
    "отца Кенжебека Оспана в участок. Участковый Чэнь Гуан сказал ему, что он должен сдать паспорт. Следователь "
    "Ло Пин допрашивал отца три дня, а потом его отправили в лагерь в Текесе. Потом заместитель начальника "
    "поселкового участка Сунь Тао приходил к моей матери и требовал, чтобы она молчала. С тех пор семья ничего "
    "не знает об отце. Я прошу помочь найти его и узнать, где он сейчас находится и здоров ли он.\n")

EN_CALLER = (
    "My name is Mihray Tursun and I live in Toronto. In March 2020 my phone rang late at night. A man said: "
    "\"This is Zhou Peng from the Kashgar police. Your father is well, but you must come home.\" He called "
    "again a week later and said my father would be sent to a camp if I spoke to journalists. My father "
    "Yasin Tursun was detained in 2017 and we have not heard from him since. I have written to the embassy "
    "many times but nobody has answered. My aunt told me on the phone: \"This is Yasin Tursun's house, the "
    "police come every week.\"\n")

FR_CALLER = (
    "Je m'appelle Aygul Emet et je vis à Lyon. En mars 2020, mon téléphone a sonné la nuit. Un homme a dit : "
    "« C'est Zhou Peng, de la police d'Aksou. Votre père va bien, mais vous devez rentrer. » Il a rappelé une "
    "semaine plus tard et a dit que mon père serait envoyé dans un camp si je parlais aux journalistes. Mon "
    "père Memet Emet a été arrêté en 2017 et nous n'avons plus de nouvelles de lui. J'ai écrit plusieurs fois "
    "à l'ambassade et au ministère, sans réponse. Ma mère, à Aksou, n'ose plus me parler au téléphone depuis 2019.\n")

RU_CALLER = (
    "Меня зовут Сауле Кенжебек, я живу в Алматы. В марте 2020 года мне позвонили ночью. «Это звонит Чжоу Пэн "
    "из полиции Кульджи, — сказал мужчина. — Ваш отец здоров, но вы должны вернуться». Через неделю он "
    "позвонил снова и сказал, что отца отправят в лагерь, если я буду говорить с журналистами. Мой отец "
    "Кенжебек Оспан задержан в 2017 году, и с тех пор семья ничего о нём не знает. Я прошу помочь найти отца. "
    "Моя мать живёт в Кульдже и с 2019 года боится говорить со мной по телефону, даже по праздникам.\n")


def _person(doc, name):
    return next((p for p in doc.persons if any(n.startswith(name) for n in p.names)), None)


def test_a_russian_police_title_before_the_name_makes_an_official_and_is_no_part_of_the_name():
    assert len(RU_TITLES) >= roles_model.MIN_CHARS
    doc = run_pipeline(RU_TITLES, "ru", None)
    for name in ("Ма Цзюнь", "Чэнь Гуан", "Ло Пин", "Сунь Тао"):
        person = _person(doc, name)
        assert person is not None, [p.names for p in doc.persons]
        assert person.names == [name]  # «Участковый» stays out of the name
        assert "official" in person.roles
    father = _person(doc, "Кенжебек")
    assert father is not None and "official" not in father.roles and "victim" in father.roles


@pytest.mark.parametrize("language, text, caller, relative", [
    ("en", EN_CALLER, "Zhou Peng", "Yasin Tursun"),
    ("fr", FR_CALLER, "Zhou Peng", "Memet Emet"),
    ("ru", RU_CALLER, "Чжоу Пэн", "Кенжебек Оспан"),
])
def test_a_caller_naming_himself_with_his_service_is_an_official(language, text, caller, relative):
    assert len(text) >= roles_model.MIN_CHARS
    doc = run_pipeline(text, language, None)
    person = _person(doc, caller)
    assert person is not None, [p.names for p in doc.persons]
    assert "official" in person.roles and "victim" not in person.roles
    father = _person(doc, relative)
    assert father is not None and "official" not in father.roles
