"""Events lost or made up in en/ru/kk/ug (issue 11, h-events73): returns told with «возвратиться», back to a
place abroad after custody in China, "we went with X" in Kazakh and Uyghur, the Russian participle of an arrest
with its date, and threats on a condition. Each case carries its control in the same setup."""
import pytest

from tests.extract.helpers import doc_of

RU = "Заявление Бекназара Орынбасарова\n\n"
EN = "Statement of Tolqunbek Sarimsaqov\n\n"
KK = "Менің атым Бекназар Орынбасаров. "
UG = "مېنىڭ ئىسمىم بەكنازار ئورۇنباسار. "


def events_by_name(doc) -> set[tuple[str, str, str | None]]:
    names = {p.id: p.names[0] for p in doc.persons if p.names}
    return {(e.type, names.get(e.person, "?"), e.date.value if e.date else None) for e in doc.events}


def test_events_russian_vozvratitsya_is_a_journey_back_either_way():
    doc = doc_of(RU + "В 2017 году мой брат Жанатбек Орынбасаров возвратился в Кульджу. "
                 "В январе 2020 года он возвратился в Казахстан.", language="ru")
    events = events_by_name(doc)
    assert ("return", "Жанатбек Орынбасаров", "2017") in events
    assert ("exit", "Жанатбек Орынбасаров", "2020-01") in events


def test_events_russian_vozvratitsya_denied_is_no_journey():
    doc = doc_of(RU + "В 2017 году мой брат Жанатбек Орынбасаров так и не возвратился в Казахстан. "
                 "В 2018 году его сестра Айсулу Орынбасарова возвратилась в Казахстан.", language="ru")
    events = events_by_name(doc)
    assert not any(e[1] == "Жанатбек Орынбасаров" for e in events)
    assert ("exit", "Айсулу Орынбасарова", "2018") in events  # control: the same verb, not denied


@pytest.mark.parametrize("home, crossing", [("Almaty", True), ("Ghulja", False)])
def test_events_back_home_abroad_after_custody_is_an_exit(home, crossing):
    doc = doc_of(EN + f"My brother Mamatjan Sarimsaqov lives in {home}. In 2018 he was detained in Ghulja. "
                 "He was released in January 2020 and returned in March 2020.")
    events = events_by_name(doc)
    assert ("release", "Mamatjan Sarimsaqov", "2020-01") in events
    assert (("exit", "Mamatjan Sarimsaqov", "2020-03") in events) is crossing
    assert not any(e[0] == "return" for e in events)


def test_events_kazakh_back_to_a_city_abroad_after_custody_is_an_exit():
    held = doc_of(KK + "2019 жылы інім Жанатбек Құлжадағы лагерьден босап, Алматыға қайтып келді.", language="kk")
    assert ("exit", "Жанатбек", "2019") in events_by_name(held)
    # control: back to Almaty from a trip inside Kazakhstan is no crossing
    trip = doc_of(KK + "2019 жылы інім Жанатбек Шымкенттегі туыстарына барып, Алматыға қайтып келді.", language="kk")
    assert not any(e[0] == "exit" for e in events_by_name(trip))


@pytest.mark.parametrize("language, text, companion", [
    ("kk", KK + "2016 жылы біз әйелім Гүлшаһарбен бірге Қазақстанға көшіп келдік.", "Гүлшаһар"),
    ("ug", UG + "2016-يىلى بىز ئايالىم گۈلشەھەر بىلەن قازاقىستانغا كەتتۇق.", "گۈلشەھەر"),
])
def test_events_turkic_we_went_with_someone_takes_them_along(language, text, companion):
    events = events_by_name(doc_of(text, language=language))
    assert ("exit", companion, "2016") in events
    assert sum(e[0] == "exit" for e in events) == 2  # the narrator too


@pytest.mark.parametrize("language, text, stayed", [
    ("kk", KK + "2016 жылы мен Қазақстанға көшіп келдім, әйелім Гүлшаһар Құлжада қалды.", "Гүлшаһар"),
    ("ug", UG + "2016-يىلى مەن قازاقىستانغا كەتتىم، ئايالىم گۈلشەھەر غۇلجىدا قالدى.", "گۈلشەھەر"),
])
def test_events_turkic_i_went_alone_leaves_the_named_one_behind(language, text, stayed):
    events = events_by_name(doc_of(text, language=language))
    assert any(e[0] == "exit" for e in events)  # control: the narrator's exit
    assert not any(e[1] == stayed for e in events)


def test_events_russian_participle_with_its_date_is_the_arrest():
    doc = doc_of(RU + "Мой брат Жанатбек Орынбасаров, задержанный в мае 2018 года, в 2019 году осуждён на 15 лет. "
                 "Другие задержанные рассказали нам о нём.", language="ru")
    events = events_by_name(doc)
    assert ("arrest", "Жанатбек Орынбасаров", "2018-05") in events
    assert ("sentencing", "Жанатбек Орынбасаров", "2019") in events
    assert sum(e[0] == "arrest" for e in events) == 1  # «другие задержанные», the detainees, tell none


@pytest.mark.parametrize("language, threat, done", [
    ("ru", RU + "Если я вернусь в Китай, меня задержат на границе.",
     RU + "В 2018 году я вернулся в Китай, и меня задержали на границе."),
    ("kk", KK + "Полиция анама, егер мен қайтып келмесем, інім Жанатбек ұсталады деді.",
     KK + "2018 жылы інім Жанатбек ұсталды."),
    ("ug", UG + "ساقچىلار ئانامغا، ئەگەر مەن قايتىپ كەلمىسەم، ئىنىم جانات تۇتۇلىدۇ، دېدى.",
     UG + "2018-يىلى ئىنىم جانات تۇتۇلدى."),
])
def test_events_threat_on_a_condition_is_no_event(language, threat, done):
    assert not any(e.type in ("arrest", "detention") for e in doc_of(threat, language=language).events)
    assert any(e.type == "arrest" for e in doc_of(done, language=language).events)  # control: told as done


@pytest.mark.parametrize("language, supposed, made", [
    ("kk", KK + "Егер мен Қытайға барсам, мені ұстайды.", KK + "2017 жылы мен Қытайға бардым."),
    ("ug", UG + "ئەگەر مەن جۇڭگوغا قايتسام، مېنى تۇتىدۇ.", UG + "2017-يىلى مەن جۇڭگوغا قايتتىم."),
])
def test_events_turkic_journey_after_if_is_not_made(language, supposed, made):
    assert not doc_of(supposed, language=language).events
    assert any(e.type == "return" for e in doc_of(made, language=language).events)  # control
