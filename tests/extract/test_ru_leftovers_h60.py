"""Issue 11, Russian leftovers (h-ru60): an undated «…, потом увезли» takes the date told before it, never
the document's; one let go after a check (a phone looked through at a border) was in no custody, so no
release; «Ваш брат X» under a dative heading above the «от» line is the addressee's. Invented names, our own
sentences; each negative has its positive control in the same text."""

from datetime import date

from guwah.extract.pipeline import run_pipeline
from tests.extract.helpers import doc_of, person_named

_TOLD_ON = date(2024, 5, 10)


def _events(doc, person):
    return {(e.type, e.date.value if e.date else None) for e in doc.events if e.person == person.id}


def _named(doc, surname: str, given: str):
    """The person one of whose names has the surname and the given name in whatever case (a heading's dative)."""
    found = [p for p in doc.persons if any(surname in n and given in n for n in p.names)]
    assert len(found) == 1, [p.names for p in doc.persons]
    return found[0]


def _relations(person):
    return {(r.relation, r.person) for r in person.relations}


def test_then_taken_away_takes_the_year_told_before_not_the_documents_date():
    doc = run_pipeline("Мой дядя Бахыт Сейтказиев в прошлом году поехал к сестре в Кульджу. На вокзале в Урумчи "
                       "отобрали документы, потом увезли. Полгода держали в лагере.", "ru", _TOLD_ON)
    uncle = person_named(doc, "Бахыт Сейтказиев")
    assert ("arrest", "2023") in _events(doc, uncle)
    assert not any(d == _TOLD_ON.isoformat() for _t, d in _events(doc, uncle))


def test_a_dateline_is_no_date_of_an_undated_taking_but_today_is():
    heading = "Собрание 10 мая 2024 г.\n\n"
    doc = run_pipeline(heading + "Мой дядя Бахыт Сейтказиев поехал к сестре в Кульджу. На вокзале в Урумчи "
                       "отобрали документы, потом увезли.", "ru", _TOLD_ON)
    assert _events(doc, person_named(doc, "Бахыт Сейтказиев")) >= {("arrest", None)}
    assert not any(e.date for e in doc.events)
    # the control: «сегодня» says the document's day
    doc = run_pipeline(heading + "Мой дядя Бахыт Сейтказиев поехал к сестре в Кульджу. Сегодня утром на вокзале "
                       "в Урумчи отобрали документы, потом увезли.", "ru", _TOLD_ON)
    assert ("arrest", _TOLD_ON.isoformat()) in _events(doc, person_named(doc, "Бахыт Сейтказиев"))


def test_let_go_after_a_phone_check_is_no_release_ru():
    doc = doc_of("Меня зовут Айнура Сеитова. Моего брата Ерлана Сеитова задержали в Кульдже в 2018 году, а в 2020 "
                 "году отпустили. Меня саму не задерживали: в 2019 году я ездила в Кашгар, на границе у меня "
                 "проверили телефон и отпустили.", "ru")
    brother, narrator = person_named(doc, "Ерлан Сеитов"), person_named(doc, "Айнура Сеитова")
    assert ("release", "2020") in _events(doc, brother)  # the control: a release from custody told before
    assert not any(e.type == "release" for e in doc.events if e.person != brother.id)
    assert _events(doc, narrator) == set()


def test_let_go_after_a_bag_search_is_no_release_en():
    doc = doc_of("My name is Dilnaz Omarova. My brother Arslan Omarov was arrested in Ghulja in 2018 and released "
                 "in 2020. In 2019 I travelled to Kashgar. At the border the guards searched my bags and let me go.")
    brother, narrator = person_named(doc, "Arslan Omarov"), person_named(doc, "Dilnaz Omarova")
    assert ("release", "2020") in _events(doc, brother)
    assert not any(t == "release" for t, _d in _events(doc, narrator))


_CLAIM = """Директору ТОО «Жасыл Дала»
Саматову Ерику Болатовичу
г. Талдыкорган, ул. Абая, 5

от Омарова Дастана Кайратовича,
г. Текели

ПИСЬМО

В марте 2019 года я передал Вам задаток за зерно. Ваша супруга Асель сказала мне, что поставка задержится.
Ваш младший брат Талгат Саматов в апреле 2019 года поехал в Кульджу, и там его задержали.
Мой брат Айдос Омаров помогал ему с документами.

Д. К. Омаров
"""


def test_your_kin_under_a_dative_heading_is_the_addressees():
    doc = doc_of(_CLAIM, "ru")
    addressee, writer = _named(doc, "Саматов", "Ерик"), _named(doc, "Омаров", "Дастан")
    wife, brother = person_named(doc, "Асель"), person_named(doc, "Талгат Саматов")
    assert ("wife", wife.id) in _relations(addressee)
    assert ("brother", brother.id) in _relations(addressee)
    assert not {wife.id, brother.id} & {r.person for r in writer.relations}
    # the control: «Мой брат» is the writer's
    assert ("brother", person_named(doc, "Айдос Омаров").id) in _relations(writer)
    assert ("arrest", "2019-04") in _events(doc, brother)


def test_a_heading_with_two_names_gives_your_kin_no_owner():
    # two persons above the «от» line: whose «Ваш брат» it is is not said
    doc = doc_of(_CLAIM.replace("Саматову Ерику Болатовичу\n", "Саматову Ерику Болатовичу\nКенесову Нурлану Ердосовичу\n"),
                 "ru")
    brother, writer = person_named(doc, "Талгат Саматов"), _named(doc, "Омаров", "Дастан")
    assert not any(r.person == brother.id for p in doc.persons for r in p.relations)
    assert ("brother", person_named(doc, "Айдос Омаров").id) in _relations(writer)
    assert ("arrest", "2019-04") in _events(doc, brother)
