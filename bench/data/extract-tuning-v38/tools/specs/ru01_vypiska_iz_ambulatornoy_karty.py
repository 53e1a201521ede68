FILE = "ru01_vypiska_iz_ambulatornoy_karty.txt"
LANG = "ru"
DATE = "2025-03-11"
NOTE = ("Almaty city polyclinic's extract from an outpatient's medical card (выписка из медицинской карты): ФИО field "
        "'Турдиева Маргуба Ахметжановна', anamnesis 'со слов пациентки', diagnosis, signatures 'Ким Е. В.', "
        "'Сагынтаева А. М.' (staff, other). Husband Турдиев Рахман Ильхамович (1969) went to Kulja in November 2017 to "
        "see his mother (return 2017-11), detained by local police without reason (arbitrary arrest; arrest + detention "
        "undated), about eighteen months in a 'центр профессионального обучения' (camp), released 2019, passport not "
        "returned and exit to Kazakhstan banned (passport), cannot rejoin the family (separation). His mother Касымова "
        "Зухра died in hospital in Kulja in 2020 of a stroke, 'под стражей она не находилась' (death event; death in "
        "custody forbidden). The patient 'задержаниям не подвергалась' (negated arbitrary arrest). Season + year 'весны "
        "2018 года' = year. The polyclinic heading (with Алматы) is an organisation; microdistrict Айгерим-1 is a place, "
        "house number not. Blood pressure, doses, 'через месяц' are not dates.")
ORGS = ["КГП на ПХВ «Городская поликлиника № 19» УОЗ г. Алматы"]
PERSONS = [
    P("p1", "Маргуба Ахметжановна Турдиева", ["Турдиева Маргуба Ахметжановна"], ["relative"], gender="female",
      birth_year=1972, rel=[("wife", "p2"), ("mother", "p3"), ("daughter-in-law", "p4")]),
    P("p2", "Рахман Ильхамович Турдиев", ["Турдиев Рахман Ильхамович"], ["victim"], gender="male", birth_year=1969,
      rel=[("husband", "p1"), ("father", "p3"), ("son", "p4")],
      viol=[("detention.arbitrary_arrest", "был задержан там местной полицией без объяснения причин"),
            ("detention.internment_camp", "содержался в так называемом «центре профессионального обучения»"),
            ("movement.passport_confiscation", "паспорт ему не вернули, выезд в Казахстан запрещён"),
            ("family.separation", "он до сих пор не может воссоединиться с семьёй")]),
    P("p3", "Дильнур Рахмановна Турдиева", ["Турдиева Дильнур Рахмановна"], ["relative"], gender="female",
      rel=[("daughter", "p1"), ("daughter", "p2"), ("granddaughter", "p4")]),
    P("p4", "Зухра Касымова", ["Касымова Зухра"], ["relative"], gender="female",
      rel=[("mother", "p2"), ("grandmother", "p3"), ("mother-in-law", "p1")]),
    P("p5", "Е. В. Ким", ["Ким Е. В."], ["other"]),
    P("p6", "А. М. Сагынтаева", ["Сагынтаева А. М."], ["other"], gender="female"),
]
PLACES = [
    L("Almaty", ["Алматы"]),
    L("Aigerim-1", ["Айгерим-1"]),
    L("Ghulja", ["Кульджу", "Кульдже", "Кульджи"]),
    L("China", ["КНР"]),
    L("Kazakhstan", ["Казахстан"]),
]
DATES = [
    D("11.03.2025", "2025-03-11", "day"),
    D("02.08.1972", "1972-08-02", "day"),
    D("2016 года", "2016", "year"),
    D("весны 2018 года", "2018", "year"),
    D("Ильхамович, [[1969]] г. р.", "1969", "year"),
    D("ноябре 2017 года", "2017-11", "month"),
    D("2019 году", "2019", "year"),
    D("2020 году", "2020", "year"),
    D("04.02.2025", "2025-02-04", "day"),
]
EVENTS = [
    ("return", "p2", "2017-11"),
    ("arrest", "p2", None),
    ("detention", "p2", None),
    ("release", "p2", "2019"),
    ("death", "p4", "2020"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "задержаниям не подвергалась")]
FORBIDDEN = [("p4", "death.in_custody")]
