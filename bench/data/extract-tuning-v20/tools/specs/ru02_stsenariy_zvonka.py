FILE = "ru02_stsenariy_zvonka.txt"
LANG = "ru"
DATE = "2021-05-25"
NOTE = ("Script of a school's 'last bell' ceremony in Zharkent. 'Школа-гимназия № 4 имени Абая' is an org (Abai's name inside "
        "is no person); the street 'Толе би' is not a person. Speaker labels ВЕДУЩИЙ 1, ВЕДУЩАЯ 2, 'ЧИТАЕТ ПРЕДСЕДАТЕЛЬ "
        "РОДКОМА' and the unnamed director are not persons. 'Составила: ... Г. Жунусова' (compiler), the first teacher "
        "'Зульфия Хамитовна Мамытова' and the first-grader 'Камила' are persons with role other. '11 «А»', '1 «Б»', '№ 4', "
        "clock times are not dates; '2021' in the title is a year date. 'Одиннадцать лет назад' -> 2010; 'прошлом году' -> "
        "2020. Teacher Тахир Ниязов -> daughter Мадина Тахирова (Russified surname from the father's given name); genitive "
        "'Ильяса Абдуллаева'. Oblique places 'Кульджу', 'Кульджой', 'Кульдже', 'Хоргосе'. Arrest at the border, camp, sentence; "
        "his letter says 'его не бьют' (negated beating) but Chinese songs daily (indoctrination). Mother in Ghulja whose "
        "passport was taken and who cannot come to her son in Kazakhstan = passport confiscation + family separation (both).")
ORGS = ["Школа-гимназия № 4 имени Абая"]
PERSONS = [
    P("p1", "Г. Жунусова", ["Г. Жунусова"], ["other"], gender="female"),
    P("p2", "Зульфия Хамитовна Мамытова", ["Зульфия Хамитовна Мамытова"], ["other"], gender="female"),
    P("p3", "Тахир Ниязов", ["Тахир Ниязов"], ["victim", "relative"], gender="male", rel=[("father", "p4")],
      viol=[("detention.arbitrary_arrest", "его задержали на границе в Хоргосе"),
            ("detention.internment_camp", "два года он провёл в лагере под Кульджой"),
            ("detention.prison_sentence", "в 2020 году его осудили на семь лет"),
            ("indoctrination.political", "каждый день заставляют разучивать китайские песни")]),
    P("p4", "Мадина Тахирова", ["Мадина Тахирова"], ["relative"], gender="female", rel=[("daughter", "p3")]),
    P("p5", "Ильяс Абдуллаев", ["Ильяса Абдуллаева"], ["victim", "relative"], gender="male", rel=[("son", "p6")],
      viol=[("family.separation", "с тех пор она не может приехать к сыну в Казахстан")]),
    P("p6", "Гульнара Абдуллаева", ["Гульнара Абдуллаева"], ["victim", "relative"], gender="female",
      rel=[("mother", "p5")],
      viol=[("movement.passport_confiscation", "в прошлом году у неё забрали паспорт"),
            ("family.separation", "она не может приехать к сыну в Казахстан")]),
    P("p7", "Камила", ["Камила"], ["other"], gender="female"),
]
PLACES = [
    L("Zharkent", ["Жаркент"]),
    L("Ghulja", ["Кульджу", "Кульджой", "Кульдже"]),
    L("Khorgos", ["Хоргосе"]),
    L("Kazakhstan", ["Казахстан"]),
]
DATES = [
    D("ЗВОНОК – [[2021]]", "2021", "year"),
    D("25 мая 2021", "2021-05-25", "day"),
    D("Одиннадцать лет назад", "2010", "year"),
    D("2018 году", "2018", "year"),
    D("2020 году", "2020", "year"),
    D("прошлом году", "2020", "year"),
]
EVENTS = [
    ("arrest", "p3", "2018"),
    ("detention", "p3", None),
    ("sentencing", "p3", "2020"),
]
NEGATED = [("p3", "torture.beating", "его не бьют")]
FORBIDDEN = []
