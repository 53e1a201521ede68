FILE = "ru02_zayavlenie_rastorzhenie.txt"
LANG = "ru"
DATE = "2023-06-15"
NOTE = ("Wife's application to an Almaty civil registry office to register a divorce from a husband declared "
        "missing by a court (addressee block, genitive applicant, ЗАЯВЛЕНИЕ, explanation, signature, office mark "
        "15.06.2023 = document date). Wife 'Касымовой Айгерим Сериковны' (b. 1986) / 'А. С. Касымова'; husband "
        "instrumental 'Жумабаевым Нурланом Маратовичем' (ethnic Kazakh, Kazakh citizen since 2012); his father "
        "genitive 'Жумабаева Марата' (given name = husband's patronymic stem); children accusative 'Алихана', "
        "'Томирис'; clerk 'Ержанова Д. К.' (other). Husband: January 2018 to Chuguchak (return), at Bakhty passport "
        "taken (passport) and messages checked (digital), not let go (arbitrary arrest), camp with Chinese songs "
        "and written 'repentances' (camp + indoctrination), 2019 seven years (prison sentence, told by the "
        "mother-in-law: restated, not hedged), whereabouts unknown, letters unanswered (incommunicado + "
        "disappearance); transfer to Ürümqi only rumoured and unverifiable (hedged, no event). Father: weekly "
        "political classes (indoctrination). Wife: 'не задерживали, только опросили' (negated arrest; interrogation "
        "event). Organisations: registry and court names with district and city, 'отделом ЗАГС г. Талдыкоргана'; "
        "ул. Жандосова is a street named after a person.")
ORGS = ["Управления юстиции Медеуского района г. Алматы", "Медеуского районного суда г. Алматы",
        "отделом ЗАГС г. Талдыкоргана", "ул. Жандосова"]
PERSONS = [
    P("p1", "Айгерим Сериковна Касымова", ["Касымовой Айгерим Сериковны", "А. С. Касымова"], ["narrator", "relative"],
      gender="female", birth_year=1986, rel=[("wife", "p2"), ("mother", "p4"), ("mother", "p5"), ("daughter-in-law", "p3")]),
    P("p2", "Нурлан Маратович Жумабаев", ["Жумабаевым Нурланом Маратовичем"], ["victim"], gender="male",
      ethnicity="Kazakh", citizenship=["Kazakhstan"],
      rel=[("husband", "p1"), ("son", "p3"), ("father", "p4"), ("father", "p5")],
      viol=[("movement.passport_confiscation", "забрали у него казахстанский паспорт"),
            ("surveillance.digital", "проверили переписку в телефоне"),
            ("detention.arbitrary_arrest", "больше не отпустили"),
            ("detention.internment_camp", "его держали в лагере"),
            ("indoctrination.political", "заставляли учить китайские песни и писать «покаяния»"),
            ("detention.prison_sentence", "ему дали семь лет"),
            ("detention.incommunicado", "мы не знаем, где он находится: на наши письма через консульство ответа нет"),
            ("disappearance.enforced", "мы не знаем, где он находится: на наши письма через консульство ответа нет")]),
    P("p3", "Марат Жумабаев", ["Жумабаева Марата"], ["victim", "relative"], gender="male", rel=[("father", "p2")],
      viol=[("indoctrination.political", "каждую неделю заставляют ходить на политзанятия")]),
    P("p4", "Алихан", ["Алихана"], ["relative"], gender="male", rel=[("son", "p1"), ("son", "p2")]),
    P("p5", "Томирис", ["Томирис"], ["relative"], gender="female", rel=[("daughter", "p1"), ("daughter", "p2")]),
    P("p6", "Д. К. Ержанова", ["Ержанова Д. К."], ["other"], gender="female"),
]
PLACES = [
    L("Almaty", ["Алматы"]),
    L("Kazakhstan", ["Республики Казахстан"]),
    L("Tacheng", ["Чугучак"]),
    L("Bakhty", ["Бахты"]),
    L("Ürümqi", ["Урумчи"]),
]
DATES = [
    D("1986", "1986", "year"),
    D("2012 года", "2012", "year"),
    D("3 октября 2009 года", "2009-10-03", "day"),
    D("11 ноября 2022 года", "2022-11-11", "day"),
    D("январе 2018 года", "2018-01", "month"),
    D("2019 году", "2019", "year"),
    D("2018 году", "2018", "year"),
    D("12 июня 2023 г.", "2023-06-12", "day"),
    D("15.06.2023", "2023-06-15", "day"),
]
EVENTS = [
    ("return", "p2", "2018-01"),
    ("arrest", "p2", "2018-01"),
    ("detention", "p2", "2018-01"),
    ("sentencing", "p2", "2019"),
    ("disappearance", "p2", None),
    ("interrogation", "p1", "2018"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "Меня саму на границе в 2018 году не задерживали")]
FORBIDDEN = []
