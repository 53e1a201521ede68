"""Issue 11, Russian leftovers (h-ru59): the spouse as kin in any case, a letter's "my" never the addressee's,
a statement headed with its maker in the genitive, «Забрали в 2018 году.» with no one said, and a journey
«с мужем». Invented names, our own sentences; each negative has its positive control in the same text."""

from guwah.extract.ner import ru_noun_lemmas
from guwah.extract.persons import kin_relation
from tests.extract.helpers import codes_of, doc_of, person_named


def _events(doc, person):
    return {(e.type, e.date.value if e.date else None) for e in doc.events if e.person == person.id}


def _relations(person):
    return {(r.relation, r.person) for r in person.relations}


def test_spouse_words_are_kin_by_their_own_gender():
    assert kin_relation("супруга") == ("wife", "female")
    assert kin_relation("супругой") == ("wife", "female")  # the dictionary's lemma is «супруг»: the form's own gender
    assert kin_relation("супругом") == ("husband", "male")
    assert ru_noun_lemmas("супругой")[0] == "супруга"
    assert kin_relation("соседом") is None  # the control: a noun for no relative


def test_my_spouse_in_the_accusative_is_the_narrators_wife():
    doc = doc_of("Меня зовут Талгат Омаров. Мою супругу, Зейнегуль Касымову, полиция задержала в Кашгаре "
                 "в мае 2018 года. Её брат Айдос Касымов живёт в Алматы.", "ru")
    talgat, wife, brother = (person_named(doc, n) for n in ("Талгат Омаров", "Зейнегуль Касымова", "Айдос Касымов"))
    assert ("wife", wife.id) in _relations(talgat)
    assert ("brother", brother.id) in _relations(wife)
    assert brother.id not in {r.person for r in talgat.relations}  # the wife's brother, not the narrator's
    assert ("arrest", "2018-05") in _events(doc, wife)


def test_a_letters_my_husband_is_not_the_addressees():
    doc = doc_of("Уважаемый Бауржан Ерикович!\n\nПишу Вам по поводу моего мужа. Мой муж поехал в Кульджу в марте "
                 "2018 года, и там его задержала полиция. С тех пор я ничего о нём не знаю. Ваш брат Марлен тоже "
                 "пропал.", "ru")
    addressee, brother = person_named(doc, "Бауржан Ерикович"), person_named(doc, "Марлен")
    assert not addressee.narrator and not brother.narrator
    assert ("brother", brother.id) in _relations(addressee)  # the control: «Ваш брат» is the addressee's
    assert not any(r.relation == "husband" for r in addressee.relations)
    assert _events(doc, addressee) == set() and "victim" not in addressee.roles
    writer = next(p for p in doc.persons if p.narrator)
    husband = doc.person(next(r.person for r in writer.relations if r.relation == "husband"))
    assert ("arrest", "2018-03") in _events(doc, husband)


_ACT = """АКТ об осмотре квартиры

Квартира № 12 принадлежит Нуриеву Тимуру Камиловичу. При осмотре присутствовала соседка Ахмедова Лола Рустамовна.

Объяснение Д. К. Нуриевой (со слов заявительницы):
«Брат уехал в Урумчи в мае 2017 года, и там его задержали. В 2019 году на границе у меня просмотрели телефон.»

Подписи: Д. К. Нуриева, Л. Р. Ахмедова. Полное имя заявительницы: Нуриева Дилара Камиловна."""


def test_a_statement_headed_with_its_maker_in_the_genitive_is_the_makers():
    doc = doc_of(_ACT, "ru")
    maker, owner, neighbour = (person_named(doc, n) for n in ("Нуриева Дилара Камиловна", "Нуриев Тимур Камилович",
                                                               "Ахмедова Лола Рустамовна"))
    assert "surveillance.digital" in codes_of(maker)  # «у меня» is the maker's
    # «Брат» is hers, and the one named with her surname and patronymic
    assert ("brother", owner.id) in _relations(maker)
    assert ("arrest", "2017-05") in _events(doc, owner)
    # the control: the neighbour, named before the heading, says nothing and is no one's relative
    assert codes_of(neighbour) == set() and not neighbour.relations and "victim" not in neighbour.roles


def test_taken_with_no_one_said_is_the_topics_arrest_not_a_things():
    doc = doc_of("Меня зовут Сания Жакупова. Мой брат Ерболат Жакупов жил в Кульдже. Забрали в 2018 году. "
                 "Паспорт забрали в 2017 году. С тех пор мы ничего о нём не знаем.", "ru")
    brother = person_named(doc, "Ерболат Жакупов")
    arrests = {d for t, d in _events(doc, brother) if t == "arrest"}
    assert arrests == {"2018"}  # the passport taken in 2017 is no arrest
    assert _events(doc, person_named(doc, "Сания Жакупова")) == set()


def test_a_journey_with_my_husband_takes_the_known_husband_along():
    doc = doc_of("Меня зовут Айнур Сапарова. Мой муж Нурлан Ахметов работал в Кульдже. Моя сестра Гульнар "
                 "Сапарова живёт в Кашгаре. В мае 2019 года я уехала с мужем из Кульджи в Казахстан.", "ru")
    narrator, husband, sister = (person_named(doc, n) for n in ("Айнур Сапарова", "Нурлан Ахметов", "Гульнар Сапарова"))
    assert ("exit", "2019-05") in _events(doc, narrator)
    assert ("exit", "2019-05") in _events(doc, husband)
    assert _events(doc, sister) == set()  # the control: a relative not taken along


def test_a_journey_with_an_unknown_relative_takes_no_one_else():
    doc = doc_of("Меня зовут Айнур Сапарова. Моя сестра Гульнар Сапарова живёт в Кашгаре. В мае 2019 года я "
                 "уехала с сыном из Кульджи в Казахстан.", "ru")
    assert ("exit", "2019-05") in _events(doc, person_named(doc, "Айнур Сапарова"))
    assert _events(doc, person_named(doc, "Гульнар Сапарова")) == set()  # no son known: no one is added


def test_the_addressee_who_answers_as_i_with_initials_is_the_narrator():
    # A bank's letter greets her; her own explanation follows, «Я, <surname> <initials>, …»: then "my" is hers.
    doc = doc_of("Клиенту: Сериковой Дане Болатовне\n\nУважаемая Дана Болатовна!\n\nСообщаем, что операции по Вашему "
                 "счёту приостановлены.\n\n"
                 "Специалист Ахметов Р. С.\n\nПОЯСНЕНИЕ КЛИЕНТА\nЯ, Серикова Д. Б., поясняю следующее. Мой муж, "
                 "Арман Сериков, в 2018 году поехал в Кульджу, и там его задержала полиция.", "ru")
    writer, husband = person_named(doc, "Серикова Дана Болатовна"), person_named(doc, "Арман Сериков")
    assert writer.narrator and ("husband", husband.id) in _relations(writer)
    assert not person_named(doc, "Ахметов Р. С.").narrator  # the control: the bank's signer is no narrator
    assert ("arrest", "2018") in _events(doc, husband)
