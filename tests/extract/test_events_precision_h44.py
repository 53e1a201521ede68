"""False events of kinds found on tuning_v22 and the sets before it (h-events44, issue 11): a civic
summons, a hedged move, a date closed by "until … when", "the same day in <date>", an event told again
in a clause that dates something else, a transfer taken for a stay, trips told as an accusation or
counted, not knowing which prison, an unnamed fellow detainee's release, hearsay of the many.
Invented people and sentences; each negative beside its positive control."""

from tests.extract.helpers import person_named


def _events(doc, name: str, kind: str) -> list[str]:
    person = person_named(doc, name)
    return sorted((e.date.value if e.date else "") for e in doc.events if e.person == person.id and e.type == kind)


def _run(text: str, language: str = "en", when: str = "2024-06-01"):
    from datetime import date

    from guwah.extract.pipeline import run_pipeline

    return run_pipeline(text, language, date.fromisoformat(when))


def test_a_summons_for_jury_service_is_no_summons():
    doc = _run("My name is Shirinay Qadir. The court in Leeds has summoned me for jury duty; I was summoned for jury "
               "service from 4 March 2024. My uncle Obul Hesen was summoned to the township police post in June 2020.")
    assert [e for e in doc.events if e.subtype == "summons" and e.person == person_named(doc, "Shirinay Qadir").id] == []
    assert _events(doc, "Obul Hesen", "interrogation") == ["2020-06"]  # the control: the police's summons


def test_a_move_someone_thinks_happened_is_no_transfer():
    doc = _run("An old neighbour thinks my grandfather Mirzat Kerimbek was moved to a prison in Korla. "
               "My cousin Tahirjan Sopi was moved to a prison in Hotan in 2020.")
    assert _events(doc, "Mirzat Kerimbek", "transfer") == []
    assert _events(doc, "Tahirjan Sopi", "transfer") == ["2020"]


def test_until_a_date_when_dates_the_clause_it_opens():
    doc = _run('My aunt Zumret Niyaz ran the bakery until 2019, when officers took her to a "study centre". '
               "My brother Dilmurat Arzi was detained in 2017 and kept in a camp until 2020.")
    assert _events(doc, "Zumret Niyaz", "arrest") == ["2019"]
    assert _events(doc, "Dilmurat Arzi", "arrest") == ["2017"]  # the control: "until 2020" ends his stay


def test_the_same_day_followed_by_its_date_is_dated_by_it():
    doc = _run("I reached Leeds in 2021. My brother Nurbek Sadiqov and I sold carpets in Hotan. Officers took my "
               "brother and me from our stall on the same night in May 2019. My cousin Alimjan Sayit was arrested "
               "in August 2018 and his wife Gulshat Mamut was taken the same day.")
    assert _events(doc, "Nurbek Sadiqov", "arrest") == ["2019-05"]
    assert not any(d.value == "2021" and doc.text[d.start:d.end] == "the same night" for d in doc.dates)
    assert _events(doc, "Gulshat Mamut", "arrest") == ["2018-08"]  # the control: "the same day" alone is chained


def test_an_event_told_again_in_a_clause_dating_something_else_is_not_a_second_one():
    doc = _run("My aunt Rahile Qaraman was taken from her office in April 2017. Her girl, Mehrigul Tash, aged nine "
               "when she was taken, lived with her grandfather until 2022. My uncle Hekim Turdi was arrested "
               "in 2016 and released in 2017. When officers arrested him again in 2020, his wife left for Almaty.")
    assert _events(doc, "Rahile Qaraman", "arrest") == ["2017-04"]
    assert _events(doc, "Rahile Qaraman", "release") == []  # nothing opened from the clause's taking
    assert _events(doc, "Hekim Turdi", "arrest") == ["2016", "2020"]  # the control: told as happening again


def test_an_arrest_opens_a_detention_when_only_a_transfer_follows():
    doc = _run("My cousin Yarmuhemmet Kamil was arrested on 3 October 2018. In March 2019 officers moved him to a "
               "camp in Aksu.")
    assert _events(doc, "Yarmuhemmet Kamil", "detention") == ["2018-10-03"]
    assert _events(doc, "Yarmuhemmet Kamil", "transfer") == ["2019-03"]  # the control: the move stays a transfer


def test_trips_told_as_the_accusation_or_counted_are_no_exits():
    doc = _run("My name is Sabira Ozat. In June 2019 officers asked me why I had travelled to Turkey in 2014. "
               "They said I had gone to Almaty three times. In 2020 I crossed into Kazakhstan at Khorgos.")
    assert _events(doc, "Sabira Ozat", "exit") == ["2020"]  # the control: the crossing the story tells


def test_not_knowing_which_prison_is_no_disappearance():
    doc = _run("My grandfather Mirzat Kerimbek got twelve years in 2020. We do not know which prison he is in. "
               "My cousin Tahirjan Sopi was taken in 2019 and we do not know where he is.")
    assert _events(doc, "Mirzat Kerimbek", "disappearance") == []
    assert _events(doc, "Tahirjan Sopi", "disappearance") == ["2019"]  # the control: where he is, unknown


def test_the_release_of_an_unnamed_fellow_detainee_is_not_the_victims():
    doc = _run("My uncle Obul Hesen was taken to a camp in 2017. In 2020 a woman from Aksu who had been freed wrote "
               "to us that he was alive. My aunt Zumret Niyaz was released in 2020.")
    assert _events(doc, "Obul Hesen", "release") == []
    assert _events(doc, "Zumret Niyaz", "release") == ["2020"]


def test_what_some_people_say_or_relatives_fear_is_no_event():
    doc = _run("Some neighbours say my aunt Rahile Qaraman was released in 2021. Relatives fear my uncle Hekim Turdi "
               "has died. My brother Dilmurat Arzi was released in 2020 and died at home in 2022.")
    assert _events(doc, "Rahile Qaraman", "release") == []
    assert _events(doc, "Hekim Turdi", "death") == []
    assert _events(doc, "Dilmurat Arzi", "release") == ["2020"]  # the controls, told by the teller
    assert _events(doc, "Dilmurat Arzi", "death") == ["2022"]


def test_russian_steps_with_the_person_left_unsaid_are_the_story_persons():
    doc = _run("Мой дядя Обул Хасанов в апреле 2019 года поехал в Аксу к сестре. На вокзале задержали, отобрали "
               "телефон. В марте 2020 года выпустили, но паспорт не вернули.\n\n"
               "Соседи Обула, Мирзат Керимбек и Зумрет Ниязова, уехали в Алматы. Там задержали на рынке.", "ru")
    assert _events(doc, "Обул Хасанов", "arrest") == ["2019-04"]
    assert _events(doc, "Обул Хасанов", "release") == ["2020-03"]
    # the control: two persons named before, no one to choose
    assert _events(doc, "Мирзат Керимбек", "arrest") == []
    assert _events(doc, "Зумрет Ниязова", "arrest") == []


def test_taken_to_a_camps_clinic_is_no_new_custody():
    doc = _run("My aunt Zumret Niyaz was detained in May 2018. In the spring of 2019 she was taken to the camp's clinic "
               "and given an injection. My cousin Tahirjan Sopi was taken to a camp in 2019.")
    assert _events(doc, "Zumret Niyaz", "arrest") == ["2018-05"]
    assert _events(doc, "Zumret Niyaz", "detention") == ["2018-05"]
    assert _events(doc, "Tahirjan Sopi", "detention") == ["2019"]  # the control: taken to the camp itself
