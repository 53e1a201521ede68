FILE = "ru01_perevod_spravki_izdanie.txt"
LANG = "ru"
DATE = "2019-11-15"
NOTE = ("Kazakh outlet's publication (15.11.2019 = document date) of a Russian translation of a township party "
        "committee's 'справка о положении' (03.09.2019) on an ethnic Kazakh in Toli County, with an editor's "
        "introduction and a translator's note in other voices. 'Ерлан Тлеубердиев' / 'Ерлана Тлеубердиева' / inverted "
        "'Тлеубердиев Ерлан' / 'Ерлан' (Kazakh, PRC citizen, born 1979): taken by police from a pasture in May 2018 "
        "(arbitrary arrest; arrest event), family did not know where he was for over seven months (incommunicado + "
        "disappearance; disappearance event), 'обучается в центре' since 22.05.2018 (camp; detention event). The "
        "справка's 'Задержанию не подвергался' is the state's denial against the editor's account: no negation, and "
        "arrest stays gold; its claims on food and video visits are not coded. Wife 'Айнур Бекболат': daily language "
        "night school and weekly flag-raising (indoctrination). Sister 'Гульнар Тлеубердиева' (Kazakhstan citizen) "
        "'ни разу не задерживалась' (negated arbitrary arrest). The cadre living in the home is not coded. Secretary "
        "'Ма Цзиньлу' official; translator 'Д. Сейткали' other. The outlet, the party committee and the consulate are "
        "organisations; 'КНР' and 'Казахстана' in citizenship phrases are place mentions.")
ORGS = ["Дала Хабар", "Партийный комитет волости Ямату", "Генеральное консульство КНР в Алматы"]
PERSONS = [
    P("p1", "Ерлан Тлеубердиев", ["Ерлана Тлеубердиева", "Тлеубердиев Ерлан", "Ерлан"], ["victim", "relative"],
      gender="male", ethnicity="Kazakh", birth_year=1979, citizenship=["China"], rel=[("brother", "p2"), ("husband", "p3")],
      viol=[("detention.arbitrary_arrest", "в мае 2018 года его забрали полицейские прямо с пастбища в Толийском уезде"),
            ("detention.incommunicado", "больше семи месяцев родные не знали, где он"),
            ("disappearance.enforced", "больше семи месяцев родные не знали, где он"),
            ("detention.internment_camp", "С 22.05.2018 обучается в центре профессионально-технического обучения уезда")]),
    P("p2", "Гульнар Тлеубердиева", ["Гульнар Тлеубердиева", "Гульнар"], ["relative", "witness"], gender="female",
      citizenship=["Kazakhstan"], rel=[("sister", "p1")]),
    P("p3", "Айнур Бекболат", ["Айнур Бекболат"], ["victim", "relative"], gender="female", rel=[("wife", "p1")],
      viol=[("indoctrination.political", "Супруга ежедневно посещает вечернюю школу государственного языка и еженедельный подъём государственного флага")]),
    P("p4", "Ма Цзиньлу", ["Ма Цзиньлу"], ["official"]),
    P("p5", "Д. Сейткали", ["Д. Сейткали"], ["other"]),
]
PLACES = [
    L("Almaty", ["Алматы"]),
    L("Kazakhstan", ["Казахстана"]),
    L("China", ["КНР", "Китай"]),
    L("Toli County", ["Толийском уезде", "Толийского уезда"]),
    L("Yamatu", ["Ямату"]),
]
DATES = [
    D("15.11.2019", "2019-11-15", "day"),
    D("мае 2018 года", "2018-05", "month"),
    D("сентябре 2019 года", "2019-09", "month"),
    D("[[1979]] г. р.", "1979", "year"),
    D("22.05.2018", "2018-05-22", "day"),
    D("03.09.2019", "2019-09-03", "day"),
    D("20 сентября 2019 года", "2019-09-20", "day"),
]
EVENTS = [
    ("arrest", "p1", "2018-05"),
    ("disappearance", "p1", "2018-05"),
    ("detention", "p1", "2018-05-22"),
]
NEGATED = [("p2", "detention.arbitrary_arrest", "ни разу не задерживалась")]
FORBIDDEN = []
