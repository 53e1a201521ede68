FILE = "ru02_zhurnal_kluba_golubevodov.txt"
LANG = "ru"
DATE = "2021-05-30"
NOTE = ("Extract of a Bishkek pigeon fanciers' club members' register (журнал учёта членов: numbered members 'SURNAME "
        "Given' in capitals, birth years, dues by year, dated remarks, board decision). Genitive/dative forms: "
        "'Исмаилова А.', 'Ильхама Абдурахманова' / 'Ильхама' / 'Ильхаму', 'Мурата', 'Рустама'; board secretary and "
        "chairman are other. Fee-line years and birth/joining years are dates. Taken off the bus at Irkeshtam customs = "
        "arbitrary arrest (undated: 'на обратном пути' after July); phone taken, Telegram chats found = digital surveillance; "
        "'Где он, семье не говорят' = enforced disappearance; «школа» = camp with Chinese and laws (indoctrination) and "
        "Friday prayer banned; supervised video visits not coded; 'в прошлом году' sentence -> 2020. Brother summoned and "
        "put in a СИЗО about three weeks = arbitrary arrest + pretrial, 'осуждён не был' (negated), released on "
        "undertaking; passport taken 'на хранение' 'прошлой весной' -> 2020. A member held six hours by Kazakh customs at "
        "Kordai over veterinary papers is not an arbitrary arrest (forbidden).")
ORGS = ["Общественное объединение «Клуб любителей голубей „Ак-Кептер“»"]
PERSONS = [
    P("p1", "Абдурахман Исмаилов", ["ИСМАИЛОВ Абдурахман", "Исмаилова А."], ["victim"], gender="male", birth_year=1968,
      rel=[("father", "p2")],
      viol=[("detention.arbitrary_arrest", "на таможне в Иркештаме его сняли с автобуса китайские полицейские"),
            ("surveillance.digital", "Телефон у него отобрали ещё в гостинице: нашли переписку с нашим клубом в «Телеграме»"),
            ("disappearance.enforced", "Где он, семье не говорят"),
            ("detention.internment_camp", "содержится в «школе» под Кашгаром"),
            ("indoctrination.political", "учит там китайский язык и законы"),
            ("culture.religious_ban", "по пятницам молитва запрещена"),
            ("detention.prison_sentence", "отцу дали срок, двенадцать лет")]),
    P("p2", "Ильхам Абдурахманов", ["Ильхама Абдурахманова", "Ильхама", "Ильхаму"], ["relative", "witness"],
      gender="male", rel=[("son", "p1")]),
    P("p3", "Мурат Турсунов", ["ТУРСУНОВ Мурат", "Мурата", "Мурат"], ["relative"], gender="male", birth_year=1979,
      rel=[("brother", "p4")]),
    P("p4", "Рустам Турсунов", ["Рустам Турсунов", "Рустама"], ["victim"], gender="male", rel=[("brother", "p3")],
      viol=[("detention.arbitrary_arrest", "вызван в полицию и помещён в следственный изолятор"),
            ("detention.pretrial", "помещён в следственный изолятор, где пробыл около трёх недель"),
            ("movement.passport_confiscation", "у Рустама забрали паспорт «на хранение»")]),
    P("p5", "Виктор Павлович Кузнецов", ["КУЗНЕЦОВ Виктор Павлович"], ["other"], gender="male", birth_year=1961),
    P("p6", "Н. А. Омурбекова", ["Омурбекова Н. А."], ["other"], gender="female"),
    P("p7", "К. Т. Жумабаев", ["Жумабаев К. Т."], ["other"], gender="male"),
]
PLACES = [
    L("Bishkek", ["Бишкек"]),
    L("Kashgar", ["Кашгар", "Кашгаром"]),
    L("Irkeshtam", ["Иркештаме"]),
    L("Aksu", ["Аксу"]),
    L("Almaty", ["Алматы"]),
    L("Kordai", ["Кордай"]),
]
DATES = [
    D(("30.05.2021", 0), "2021-05-30", "day"),
    D("1968", "1968", "year"),
    D("2004", "2004", "year"),
    D("[[2019]] — уплачен", "2019", "year"),
    D("[[2020]] — не уплачен", "2020", "year"),
    D("[[2021]] — не уплачен", "2021", "year"),
    D("15.09.2019", "2019-09-15", "day"),
    D("июле", "2019-07", "month"),
    D("10.01.2020", "2020-01-10", "day"),
    D(("20.04.2021", 0), "2021-04-20", "day"),
    D("прошлом году", "2020", "year"),
    D("1979", "1979", "year"),
    D("2011", "2011", "year"),
    D("04.11.2019", "2019-11-04", "day"),
    D(("20.04.2021", 1), "2021-04-20", "day"),
    D("прошлой весной", "2020", "year"),
    D("1961", "1961", "year"),
    D("1999", "1999", "year"),
    D(("20.04.2021", 2), "2021-04-20", "day"),
    D(("30.05.2021", 1), "2021-05-30", "day"),
]
EVENTS = [
    ("return", "p1", "2019-07"),
    ("arrest", "p1", None),
    ("detention", "p1", None),
    ("disappearance", "p1", None),
    ("sentencing", "p1", "2020"),
    ("interrogation", "p4", None),
    ("arrest", "p4", None),
    ("detention", "p4", None),
    ("release", "p4", None),
]
NEGATED = [("p4", "detention.prison_sentence", "осуждён не был")]
FORBIDDEN = [("p5", "detention.arbitrary_arrest")]
