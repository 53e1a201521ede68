FILE = "ru01_obyavlenie_podezd.txt"
LANG = "ru"
DATE = "2021-03-12"
NOTE = ("Notice on an Almaty stairwell door (объявление) from the house council with three handwritten replies stamped dd.mm "
        "without a year (year from the notice, 2021). 'ул. Жандосова' is a street named after a person (org, no person); "
        "house, flat, box numbers, '7 лет', 'шесть штук' are not dates; 'С 15 по 20 марта', 'до 14 марта' are after the "
        "document date (not annotated). 'Рахимовых' (the family) is not a person mention. Staircase elder 'Светлане "
        "Викторовне Ким' / 'Светлане Викторовне' / 'Светлана В.' and neighbours Нурлан and Галина Петровна are role other. "
        "Subjectless clauses carry the acts on Ablet: 'задержали прямо на вокзале, забрали телефон, отвезли в «лагерь»', "
        "'Потом осудили на 7 лет' (sentencing chained: May 2018 + two years -> 2020, no span). 'Аблет-ака' -> mention "
        "'Аблет'. Mother 'в лагере не была' (internment negated) but was called in 'на беседу' (interrogation, no date). "
        "Forced sewing in the colony is explicitly rumour ('это слухи, проверить нельзя'): no labour code, not forbidden. "
        "'в прошлом году' -> 2020; 'вчера' on the 12.03 reply -> 2021-03-11; 'в январе' -> 2021-01 (transfer camp -> prison "
        "in Urumqi).")
ORGS = ["ул. Жандосова"]
PERSONS = [
    P("p1", "Светлана Викторовна Ким", ["Светлане Викторовне Ким", "Светлане Викторовне", "Светлана В."], ["other"],
      gender="female"),
    P("p2", "Аблет Рахимов", ["Аблета Рахимова", "Аблета", "Аблет"], ["victim", "relative"], gender="male",
      rel=[("son", "p3"), ("husband", "p4"), ("father", "p5")],
      viol=[("detention.arbitrary_arrest", "задержали прямо на вокзале"),
            ("surveillance.digital", "якобы за то, что «установил запрещённое приложение»"),
            ("detention.internment_camp", "отвезли в «лагерь»"),
            ("disappearance.enforced", "Два года о нём ничего не было известно"),
            ("detention.prison_sentence", "осудили на 7 лет")]),
    P("p3", "Мерьем Касым", ["Мерьем Касым"], ["relative"], gender="female", rel=[("mother", "p2")]),
    P("p4", "Гульнара Рахимова", ["Гульнара Рахимова", "Гульнара", "Гульнаре"], ["relative", "witness"], gender="female",
      rel=[("wife", "p2"), ("mother", "p5")]),
    P("p5", "Дильшат", ["Дильшатом"], ["relative"], gender="male", rel=[("son", "p2"), ("son", "p4")]),
    P("p6", "Нурлан", ["Нурлан"], ["other"], gender="male"),
    P("p7", "Галина Петровна", ["Галина Петровна"], ["other"], gender="female"),
]
PLACES = [
    L("Almaty", ["Алматы"]),
    L("Ghulja", ["Кульджу"]),
    L("Istanbul", ["Стамбул"]),
    L("Urumqi", ["Урумчи"]),
]
DATES = [
    D("до [[2018 года]]", "2018", "year"),
    D("мае 2018", "2018-05", "month"),
    D("в [[прошлом году]]", "2020", "year"),
    D("10.03.2021", "2021-03-10", "day"),
    D(("11.03", 0), "2021-03-11", "day"),
    D(("11.03", 1), "2021-03-11", "day"),
    D("2017 году", "2017", "year"),
    D("12.03", "2021-03-12", "day"),
    D("вчера", "2021-03-11", "day"),
    D("январе", "2021-01", "month"),
]
EVENTS = [
    ("arrest", "p2", "2018-05"),
    ("detention", "p2", "2018-05"),
    ("sentencing", "p2", "2020"),
    ("transfer", "p2", "2021-01"),
    ("interrogation", "p3", None),
    ("exit", "p4", "2020"),
    ("exit", "p5", "2020"),
]
NEGATED = [("p3", "detention.internment_camp", "в лагере не была")]
FORBIDDEN = []
