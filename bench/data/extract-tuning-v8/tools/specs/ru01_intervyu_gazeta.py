FILE = "ru01_intervyu_gazeta.txt"
LANG = "ru"
DATE = "2025-08-07"
NOTE = ("Russian-language Kazakh regional newspaper interview (question/answer dashes): masthead «ВЕЧЕРНИЙ ТАЛДЫКОРГАН» (org, no "
        "place), issue number «№ 31 (4412)» (not a date), rubric, the interviewer credit «Беседовала Динара Омарова» (not a person), "
        "photo credit. Kazakh naming: Асхат and Ербол Берикулы (brothers; oblique «Ербола Берикулы», «Асхата»); mother Зауре Касымова; "
        "official Дун Хайтао; cellmate «Нуржана Абдиева» (accusative only) beaten by Дун Хайтао — «Меня — нет» negates beating for "
        "the narrator. Шихо = Усу, округ Тачэн; «гражданство Республики Казахстан получил» -> Kazakhstan. Passport taken at the "
        "Хоргос post; signed a paper on the third night (forced confession; «на третью ночь» not annotated); barefoot on snow = "
        "exposure. «Через два дня» after «январе 2018 года» may cross a month -> year; «Зимой» and «Через девять месяцев» -> 2018; "
        "«прошлом году» -> 2024. Brother: whereabouts never told (incommunicado + disappearance). «Маму не трогали» negated. Rumour "
        "of transfers to Урумчи and background «сотни» not gold.")
ORGS = ["«ВЕЧЕРНИЙ ТАЛДЫКОРГАН»"]
PERSONS = [
    P("p1", "Асхат Берикулы", ["Асхат Берикулы", "Асхат", "Асхата"], ["narrator", "victim", "witness", "relative"],
      gender="male", birth_year=1984, citizenship=["Kazakhstan"], rel=[("son", "p2"), ("brother", "p5"), ("husband", "p6")],
      viol=[("movement.passport_confiscation", "На посту Хоргос у меня забрали казахстанский паспорт"),
            ("detention.arbitrary_arrest", "за мной пришли прямо в мамину квартиру и увезли в лагерь"),
            ("detention.internment_camp", "увезли в лагерь на окраине Шихо"),
            ("coercion.forced_confession", "Он требовал, чтобы я подписал бумагу, будто я «вёл пропаганду» в Казахстане. Я подписал на третью ночь"),
            ("torture.exposure", "нас ставили босиком на снег во дворе, иногда на час")]),
    P("p2", "Зауре Касымова", ["Зауре Касымова"], ["relative"], gender="female",
      rel=[("mother", "p1"), ("mother", "p5")]),
    P("p3", "Дун Хайтао", ["Дун Хайтао"], ["official", "perpetrator"], gender="male"),
    P("p4", "Нуржан Абдиев", ["Нуржана Абдиева"], ["victim"], gender="male",
      viol=[("torture.beating", "Нуржана Абдиева, Дун Хайтао бил дубинкой по спине"),
            ("detention.internment_camp", "Соседа по нарам, Нуржана Абдиева")]),
    P("p5", "Ербол Берикулы", ["Ербола Берикулы"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p2")],
      viol=[("detention.prison_sentence", "в том же году осудили на семь лет"),
            ("detention.incommunicado", "Где он сидит, нам так и не сказали"),
            ("disappearance.enforced", "Где он сидит, нам так и не сказали")]),
    P("p6", "Айгерим", ["Айгерим"], ["relative"], gender="female", rel=[("wife", "p1")]),
]
PLACES = [
    L("Tekeli", ["Текели"]),
    L("China", ["Китае"]),
    L("Wusu", ["Шихо", "Усу"]),
    L("Tacheng Prefecture", ["округ Тачэн"]),
    L("Kazakhstan", ["Казахстан", "Казахстане", "Республики Казахстан"]),
    L("Khorgos", ["Хоргос"]),
    L("Urumqi", ["Урумчи"]),
]
DATES = [
    D("7 августа 2025 года", "2025-08-07", "day"),
    D("1984 году", "1984", "year"),
    D("2009-м", "2009", "year"),
    D("2016 году", "2016", "year"),
    D("январе 2018 года", "2018-01", "month"),
    D("Через два дня", "2018", "year"),
    D("Зимой", "2018", "year"),
    D("Через девять месяцев", "2018", "year"),
    D("том же году", "2018", "year"),
    D("прошлом году", "2024", "year"),
]
EVENTS = [
    ("arrest", "p1", "2018"),
    ("detention", "p1", "2018"),
    ("interrogation", "p1", None),
    ("release", "p1", "2018"),
    ("exit", "p1", None),
    ("sentencing", "p5", "2018"),
    ("disappearance", "p5", None),
]
NEGATED = [("p1", "torture.beating", "Меня — нет"),
           ("p2", "detention.arbitrary_arrest", "Маму не трогали")]
FORBIDDEN = [("p2", "detention.internment_camp"), ("p6", "detention.arbitrary_arrest")]
