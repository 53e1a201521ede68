FILE = "ru02_obyavlenie_assotsiatsii.txt"
LANG = "ru"
DATE = "2021-03-11"
NOTE = ("Notice of an Almaty cross-border traders' association to its members (numbered items, member headwords "
        "'SURNAME Given' in capitals with goods and pavilion, secretary's signature 'Г. Оспанова'). Wife 'Роза "
        "Тохтасынова', son 'Дильшат' by given name. Going out through Khorgos for goods = return; arrest in a hotel, "
        "half a year in a СИЗО with hunger (food deprivation), then nine years = arbitrary arrest + pretrial + prison sentence (sentencing 2019, "
        "chained). Passport seized in Urumqi, not allowed out of the house without the local officer's permission = house arrest; 'Её в лагерь не "
        "отправляли' negated. Camp, Chinese and party songs = internment + indoctrination; kept from leaving China two "
        "more months after release, then back to the family in Almaty = passport/exit ban + family separation, exit "
        "'на прошлой неделе' -> 2021-03. Hedged: 'ЯКУБОВ Рустам' only 'по непроверенным сведениям' (no codes, no "
        "events, role other). 'на апрель' lies after the document date; '15:00', pavilion numbers not dates.")
ORGS = ["ОБЪЕДИНЕНИЕ ЮРИДИЧЕСКИХ ЛИЦ «АССОЦИАЦИЯ ПРИГРАНИЧНЫХ ТОРГОВЦЕВ ХОРГОС-СЕРВИС»", "ТЦ «Адем»"]
PERSONS = [
    P("p1", "Абдурашид Тохтасынов", ["ТОХТАСЫНОВ Абдурашид"], ["victim"], gender="male", rel=[("husband", "p2")],
      viol=[("detention.arbitrary_arrest", "был задержан прямо в гостинице"),
            ("detention.pretrial", "полгода провёл в следственном изоляторе"),
            ("ill_treatment.food_deprivation", "кормили так плохо, что он похудел на двадцать килограммов"),
            ("detention.prison_sentence", "затем осуждён на девять лет")]),
    P("p2", "Роза Тохтасынова", ["Роза Тохтасынова"], ["relative"], gender="female", rel=[("wife", "p1")]),
    P("p3", "Хурсанай Маметова", ["МАМЕТОВА Хурсанай"], ["victim"], gender="female", rel=[("mother", "p4")],
      viol=[("movement.passport_confiscation", "Паспорт у неё изъяли в Урумчи летом 2018 года"),
            ("detention.house_arrest", "без разрешения участкового ей нельзя выходить из дома")]),
    P("p4", "Дильшат", ["Дильшат"], ["relative"], gender="male", rel=[("son", "p3")]),
    P("p5", "Ерлан Курманалиев", ["КУРМАНАЛИЕВ Ерлан"], ["victim"], gender="male",
      viol=[("detention.arbitrary_arrest", "был задержан в Чугучаке"),
            ("detention.internment_camp", "держали в лагере больше года"),
            ("indoctrination.political", "заставляли учить китайский и петь песни о партии"),
            ("movement.passport_confiscation", "выезжать из Китая не разрешали ещё два месяца"),
            ("family.separation", "выезжать из Китая не разрешали ещё два месяца; на прошлой неделе он вернулся в Алматы к семье")]),
    P("p6", "Рустам Якубов", ["ЯКУБОВ Рустам"], ["other"], gender="male"),
    P("p7", "Сауле Ибраева", ["Сауле Ибраева"], ["other"], gender="female"),
    P("p8", "Г. Оспанова", ["Г. Оспанова"], ["other"], gender="female"),
]
PLACES = [
    L("Almaty", ["Алматы"]),
    L("Khorgos", ["Хоргос"]),
    L("China", ["КНР", "Китая"]),
    L("Ghulja", ["Кульдже"]),
    L("Urumqi", ["Урумчи"]),
    L("Turpan", ["Турфане"]),
    L("Chuguchak", ["Чугучаке"]),
    L("Kashgar", ["Кашгаре"]),
]
DATES = [
    D("11 марта 2021 года", "2021-03-11", "day"),
    D("за [[2020 год]] принимаются", "2020", "year"),
    D("январе 2019 года", "2019-01", "month"),
    D("летом 2018 года", "2018", "year"),
    D("сентябре 2019 года", "2019-09", "month"),
    D("декабре 2020 года", "2020-12", "month"),
    D("на прошлой неделе", "2021-03", "month"),
    D("осенью 2019 года", "2019", "year"),
]
EVENTS = [
    ("return", "p1", "2019-01"),
    ("arrest", "p1", "2019-01"),
    ("detention", "p1", "2019-01"),
    ("sentencing", "p1", "2019"),
    ("arrest", "p5", "2019-09"),
    ("detention", "p5", "2019-09"),
    ("release", "p5", "2020-12"),
    ("exit", "p5", "2021-03"),
]
NEGATED = [("p3", "detention.internment_camp", "Её в лагерь не отправляли")]
FORBIDDEN = []
