FILE = "ru01_doklad_kazakhi_fabriki.txt"
LANG = "ru"
DATE = "2020-09-15"
NOTE = ("Almaty foundation's report on ethnic Kazakhs of Xinjiang sent to factories in inland provinces. Introduction: "
        "county plans (3,500 people in Tekes for 2019) name no one: no event. Worker 1: 'отправлен в «учебный центр»' = "
        "a taking to a camp told as a sending: arbitrary arrest + camp (rule 1), spring 2018 = 2018; put on a train to "
        "Nanjing with forty others in April 2019 = transfer event; not let out of the gates = forced labour; obliged "
        "to learn Chinese and sing the anthem in the evenings = indoctrination (learning Chinese is not a ban on Kazakh); "
        "passport taken in 2017 = passport confiscation; no contact since December 2019 and whereabouts unknown to the "
        "family = enforced disappearance + incommunicado (rule 2) and a dated disappearance event; 'мужа не били' (his "
        "wife) = negated beating. Worker 2: refused to go to a factory, summoned to the police, held overnight and sent to "
        "a 'vocational training centre' = arbitrary arrest + pre-trial detention + camp (a detention for refusing a "
        "transfer); came home in 2020 = release; watched by a village cadre = not coded. The factory owner's letter "
        "('трудоустроены добровольно', an audit found no violations) is the accused party's denial: no negation. "
        "Adjectival prefecture names (Илийского, Тарбагатайского, Алтайского) are place mentions; 'нанкинской' is not. "
        "The ministry and the foundation are organisations.")
ORGS = ["«Адал Еңбек»", "МИД Казахстана", "Jinling Handwear"]
PERSONS = [
    P("p1", "Динара Сейткали", ["Динара Сейткали"], ["other"], gender="female"),
    P("p2", "Руслан Омарбеков", ["Руслан Омарбеков"], ["other"], gender="male"),
    P("p3", "Бауыржан Кенжеулы", ["Бауыржан Кенжеулы"], ["victim"], gender="male", birth_year=1993, rel=[("husband", "p4")],
      viol=[("detention.arbitrary_arrest", "весной 2018 года был отправлен в «учебный центр» в Кульдже"),
            ("detention.internment_camp", "«учебный центр» в Кульдже"),
            ("labour.forced_labour", "на фабрике рабочих не выпускали за ворота"),
            ("indoctrination.political", "по вечерам они обязаны были учить китайский язык и петь гимн"),
            ("movement.passport_confiscation", "паспорт у него отобрали ещё в 2017 году"),
            ("disappearance.enforced", "где он сейчас, семья не знает"),
            ("detention.incommunicado", "С декабря 2019 года он перестал выходить на связь")]),
    P("p4", "Айгерим Муратқызы", ["Айгерим Муратқызы"], ["relative"], gender="female", rel=[("wife", "p3")]),
    P("p5", "Серик Жомартулы", ["Серик Жомартулы"], ["victim"], gender="male",
      viol=[("detention.arbitrary_arrest", "Через два дня его вызвали в полицию, продержали там ночь и отправили в «центр профессионального обучения»"),
            ("detention.pretrial", "вызвали в полицию, продержали там ночь"),
            ("detention.internment_camp", "«центр профессионального обучения», где он провёл восемь месяцев")]),
    P("p6", "Ма Цзяньго", ["Ма Цзяньго"], ["official"], gender=None),
]
PLACES = [
    L("Xinjiang", ["Синьцзяна"]),
    L("China", ["Китая"]),
    L("Almaty", ["Алматы"]),
    L("Ili", ["Илийского"]),
    L("Tarbagatay", ["Тарбагатайского"]),
    L("Altay", ["Алтайского"]),
    L("Jiangsu", ["Цзянсу"]),
    L("Guangdong", ["Гуандун"]),
    L("Hubei", ["Хубэй"]),
    L("Tekes", ["Текес"]),
    L("Ghulja", ["Кульдже"]),
    L("Nanjing", ["Нанкин"]),
    L("Zharkent", ["Жаркенте"]),
    L("Chuguchak", ["Шәуешека"]),
    L("Kazakhstan", ["Казахстана"]),
]
DATES = [
    D("15 сентября 2020 года", "2020-09-15", "day"),
    D("С [[2018 года]] власти", "2018", "year"),
    D("на [[2019 год]] составлял", "2019", "year"),
    D("1993 года", "1993", "year"),
    D("весной 2018 года", "2018", "year"),
    D("апреле 2019 года", "2019-04", "month"),
    D("2017 году", "2017", "year"),
    D("декабря 2019 года", "2019-12", "month"),
    D("в [[2019 году]] отказался", "2019", "year"),
    D("2020 году", "2020", "year"),
    D("2 сентября 2020 года", "2020-09-02", "day"),
    D("июне 2020 года", "2020-06", "month"),
]
EVENTS = [
    ("arrest", "p3", "2018"),
    ("detention", "p3", "2018"),
    ("transfer", "p3", "2019-04"),
    ("disappearance", "p3", "2019-12"),
    ("arrest", "p5", "2019"),
    ("detention", "p5", "2019"),
    ("release", "p5", "2020"),
]
NEGATED = [("p3", "torture.beating", "мужа не били")]
FORBIDDEN = []
