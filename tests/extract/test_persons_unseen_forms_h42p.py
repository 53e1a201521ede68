"""Person rules for the kinds issue 11's unseen testimonies lost (h-persons42): Russian women's names
kept feminine and accusative appositions put in the nominative, a Kazakh accusative after a
patronymic, titled lawyers kept by the person model, names written as a passport writes them, a
chat's timed senders and a forum's other posters, and a French heading in capitals that names no one.
Invented people and sentences; each refusal beside its positive control."""

from guwah.extract import roles_model
from guwah.extract.pipeline import run_pipeline
from tests.extract.helpers import doc_of, person_named


def _names(doc) -> set[str]:
    return {name for person in doc.persons for name in person.names}


def test_persons_russian_woman_named_with_patronymic_keeps_her_surname_beside_her_father_in_the_genitive():
    doc = run_pipeline("Заявление. Я, Ахметова Гульмира Сериковна, 1980 г.р., прошу помочь найти моего отца, "
                       "Ахметова Серика. Его задержали в Кульдже в 2018 году.\n\nС уважением,\nГ. Ахметова", "ru")
    narrator = person_named(doc, "Ахметова Гульмира Сериковна")
    assert "Ахметов Гульмира Сериковна" not in _names(doc)
    assert "Г. Ахметова" in narrator.names  # a signature opens its line: hers, not «Г. Ахметов»
    assert person_named(doc, "Ахметов Серик") is not narrator  # the control: the father, in the genitive


def test_persons_russian_patronymic_in_the_nominative_is_not_declined_again():
    doc = run_pipeline("Вопрос: Представьтесь, пожалуйста.\nОтвет: Сабитова Гульнар Ерлановна, 1968 года рождения.\n"
                       "Вопрос: Что случилось с вашим сыном?\nОтвет: Моего сына Армана задержали в Урумчи в 2017 году.", "ru")
    assert "Сабитова Гульнар Ерлановна" in _names(doc) and "Сабитова Гульнар Ерлановен" not in _names(doc)
    assert "Арман" in _names(doc)  # the son, «Армана» in the accusative, in the nominative


def test_persons_russian_protocol_names_its_interviewee_in_the_genitive_and_she_is_the_narrator():
    doc = run_pipeline("ПРОТОКОЛ ОПРОСА свидетеля Жумабаевой Асель Маратовны, 1975 г.р.\n\n"
                       "Вопрос: Что произошло с вашей семьёй?\nОтвет: В 2018 году моего мужа Ерлана забрали в лагерь. "
                       "Меня саму дважды вызывали в полицию.\nВопрос: Где сейчас ваш муж?\nОтвет: Не знаю.", "ru")
    narrator = next(p for p in doc.persons if p.narrator)
    assert narrator.names == ["Жумабаева Асель Маратовна"]
    # the control: a woman's name in the nominative, and a man's in the genitive, stay each one's own
    doc = run_pipeline("Меня зовут Динара Сейтова. Моего отца Ерлана Сейтова забрали в лагерь в 2017 году.", "ru")
    assert {"Динара Сейтова", "Ерлан Сейтов"} <= _names(doc) and "Динар Сейтов" not in _names(doc)


def test_persons_russian_initials_after_a_noun_are_a_mans_genitive_and_a_womans_signature_label_hers():
    doc = run_pipeline("Приложение к жалобе Турсунова А. от 3 мая 2021 года.\nЗаявитель: Турсунов Алимжан, 1984 г.р.\n"
                       "В 2017 году Турсунова задержали в Кульдже.", "ru")
    assert "Турсунов А." in person_named(doc, "Турсунов Алимжан").names
    doc = run_pipeline("Вечер памяти прошёл в школе. Выступили ученики и учителя.\n"
                       "Составила: заместитель директора Г. Жунусова", "ru")
    assert "Г. Жунусова" in _names(doc) and "Г. Жунусов" not in _names(doc)


def test_persons_russian_womans_name_in_apposition_in_the_accusative_is_put_in_the_nominative():
    doc = run_pipeline("Ответчик должен выплатить Тимуру Сабитову компенсацию. Весной 2018 года полиция увезла мою "
                       "сестру Айгуль Касымову в лагерь, а мою мать Гульнару Касымову вызвали на допрос.", "ru")
    assert {"Айгуль Касымова", "Гульнара Касымова"} <= _names(doc)
    assert "victim" in person_named(doc, "Айгуль Касымова").roles
    # the control: a man's name in the dative (the given name declined too) is no woman's
    assert not {"Тимура Сабитова", "Тимуру Сабитова"} & _names(doc)


def test_persons_kazakh_patronymic_in_the_accusative_loses_its_ending():
    doc = run_pipeline("2017 жылы күйеуім Асқар Бекболатұлын полиция алып кетті. Асқар Бекболатұлының әкесі де "
                       "ұсталды.", "kk")
    assert "Асқар Бекболатұлы" in _names(doc) and "Асқар Бекболатұлын" not in _names(doc)
    assert len(person_named(doc, "Асқар Бекболатұлы").mentions) == 2  # the genitive, as before, is the same man


LETTER = """To whom it may concern,

My brother Ablet Tursun was taken from his home in Ghulja in March 2018 and sent to a camp. We have had no
news of him since then, and my mother has been questioned by the police twice. I am writing to ask for help
in finding out where he is held and whether he is alive. I have asked a lawyer, Adv. Daniel Weiss, to follow
the case, and the lawyer Mr Kenan Aksoy in Istanbul has also written to the consulate. Our family lawyer,
Ms Selin Demir, keeps the file. Everything we know is in it.

Yours faithfully,

Gulbahar Tursun
"""


def test_persons_titled_lawyers_stay_persons_of_the_text():
    doc = doc_of(LETTER)
    assert roles_model.applies(doc)  # the person model ran
    assert {"Daniel Weiss", "Kenan Aksoy", "Selin Demir"} <= _names(doc)
    assert "victim" in person_named(doc, "Ablet Tursun").roles
    assert "titled" in roles_model.sure(doc, person_named(doc, "Selin Demir"))
    # the control: a name with no title is not made sure by this rule
    assert "titled" not in roles_model.sure(doc, person_named(doc, "Ablet Tursun"))


def test_persons_a_bylines_titled_writer_is_not_made_sure_by_the_title():
    doc = doc_of("By Dr Hannah Whitcombe\n\n" + LETTER)
    whitcombe = [p for p in doc.persons if "Hannah Whitcombe" in p.names]
    assert not whitcombe or "titled" not in roles_model.sure(doc, whitcombe[0])
    assert "titled" in roles_model.sure(doc, person_named(doc, "Daniel Weiss"))  # the control, in the same text


def test_persons_names_written_as_a_passport_writes_them():
    doc = doc_of("Route: ALMATY/URUMQI\nPassenger name: TURSUNOVA/AYGUL MS\nPassenger: KASYMOV Erlan MR\n\n"
                 "My brother Ablet Tursun was taken in 2018.")
    assert {"Aygul Tursunova", "Erlan Kasymov", "Ablet Tursun"} <= _names(doc)
    assert not any("Almaty" in name or "Urumqi" in name for name in _names(doc))  # a route, no title: no one


CHAT = """[12:03] Aygul: my brother Erkin was arrested yesterday in Ghulja
[12:04] Dilnur: oh no. do you know where they took him?
[12:05] Aygul: the police station first, then a camp they say. my mother is crying all day
[12:07] Dilnur: I am so sorry. my cousin Ablet was sent to a camp last year too
"""


def test_persons_a_chats_timed_senders_are_persons_and_say_their_lines():
    doc = doc_of(CHAT)
    aygul, dilnur = person_named(doc, "Aygul"), person_named(doc, "Dilnur")
    assert ("brother", person_named(doc, "Erkin").id) in {(r.relation, r.person) for r in aygul.relations}
    assert ("cousin", person_named(doc, "Ablet").id) in {(r.relation, r.person) for r in dilnur.relations}
    assert not any(r.person == person_named(doc, "Ablet").id for r in aygul.relations)
    # the controls: an untimed note's label makes no person, nor a timed label of one word that is no given name
    doc = doc_of("Note: my brother Erkin was arrested yesterday in Ghulja.\nNote: my cousin Ablet too.")
    assert "Note" not in _names(doc) and "Erkin" in _names(doc)
    doc = run_pipeline("[11.10.2021 09:15] Ак-Тиш: Здравствуйте, Мукаддас Турсунова! Напоминаем о приёме в 15:30.\n"
                       "[11.10.2021 09:20] Мукаддас: Спасибо, приду.\n[11.10.2021 09:21] Ак-Тиш: Ждём вас.", "ru")
    assert "Ак-Тиш" not in _names(doc) and "Мукаддас Турсунова" in _names(doc)


FORUM = """Forum: Lost relatives

user4471 wrote:
My uncle Tursun Memet was taken to a camp in Hotan in 2018. Nobody has heard from him since.

aygul_k wrote:
My father Ablet Yasin was also detained in Hotan that year. He was released in 2020.

user4471 wrote:
Thank you. My aunt Rahile Osman was questioned twice by the police after I posted here.
"""


def test_persons_another_posters_kin_is_not_the_narrators():
    doc = doc_of(FORUM)
    narrator = next(p for p in doc.persons if p.narrator)
    kin = {r.person for r in narrator.relations}
    assert person_named(doc, "Ablet Yasin").id not in kin
    # the controls: the thread's first poster's uncle and aunt, in both of their posts
    assert {person_named(doc, "Tursun Memet").id, person_named(doc, "Rahile Osman").id} <= kin


def test_persons_french_heading_in_capitals_with_function_words_names_no_one():
    doc = run_pipeline("Cas 2 — ABLET TURSUN\nOuïghour, né en 1970 à Ghulja.\n\nCHERS MEMBRES ET AMIS\n\n"
                       "Cette année encore, nous avons recueilli des témoignages. Gulnisa Ehmet, née en 1972 à "
                       "Ghulja, raconte que son mari a été arrêté.", "fr")
    assert "Ablet Tursun" in _names(doc)  # the control: a case's heading over its description
    assert not any("Membres" in name or "Chers" in name for name in _names(doc))
