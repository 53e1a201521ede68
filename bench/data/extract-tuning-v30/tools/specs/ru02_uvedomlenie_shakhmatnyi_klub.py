FILE = "ru02_uvedomlenie_shakhmatnyi_klub.txt"
LANG = "ru"
DATE = "2025-01-29"
NOTE = ("Bishkek chess club's notice suspending a lapsed membership, the member's son's reply and the board's decision. "
        "Member in dative/genitive 'Рахимову А. Ю.', 'Рахимова А. Ю.' and by name and patronymic 'Ахмет Юсупович' / "
        "'Ахмета Юсуповича'; the son 'Дильшат Рахимов', 'Д. А. Рахимов' shares the surname; aunt 'Рисалат' by given name. "
        "Club chairman and trainer/secretary are other. Member: went to Kashgar May 2019 (return), detained in the street "
        "June 2019 (arbitrary arrest; arrest, detention 2019-06), eight months in a 'vocational training centre' (camp), "
        "Uyghur forbidden (language ban), made to write thanks to the party (indoctrination), his diabetes medicine taken away (denied medical care), released February 2020, "
        "passport kept until 2023, almost four years not seen by the family (family separation), back in Bishkek March "
        "2023 (exit). 'Отца не судили' negated; 'не били' is his own guarded word (hedged: neither). Aunt: seven years "
        "for a Koran at home (prison sentence + religious ban), learnt 2021 (undated sentencing). 'весны 2019 года' is "
        "a year date; '2023 и 2024 годы', '2023–2024 годы' give two dates each. Chess terms and 'п. 4.3' are no dates.")
ORGS = ["«Шахматный клуб „Белая ладья“»"]
PERSONS = [
    P("p1", "Рахимов Ахмет Юсупович", ["Рахимову А. Ю.", "Ахмет Юсупович", "Ахмета Юсуповича", "Рахимова А. Ю."],
      ["victim"], gender="male", rel=[("father", "p3"), ("brother", "p4")],
      viol=[("detention.arbitrary_arrest", "его задержали прямо на улице"),
            ("detention.internment_camp", "восемь месяцев держали в «центре профобучения»"),
            ("culture.language_ban", "запрещали говорить по-уйгурски"),
            ("indoctrination.political", "заставляли писать, как он благодарен партии"),
            ("ill_treatment.denied_medical_care", "Лекарства от диабета, которые он привёз с собой, у него отобрали"),
            ("movement.passport_confiscation", "паспорт не отдавали до 2023 года"),
            ("family.separation", "почти четыре года мы его не видели")]),
    P("p2", "Бекболотов Нурлан Асанович", ["Н. А. Бекболотов", "Нурлан Асанович"], ["other"], gender="male"),
    P("p3", "Дильшат Рахимов", ["Дильшат Рахимов", "Д. А. Рахимов"], ["relative", "narrator"], gender="male",
      rel=[("son", "p1"), ("nephew", "p4")]),
    P("p4", "Рисалат", ["Рисалат"], ["victim"], gender="female", rel=[("sister", "p1"), ("aunt", "p3")],
      viol=[("detention.prison_sentence", "приговорили к семи годам"),
            ("culture.religious_ban", "за то, что дома у неё нашли Коран")]),
    P("p5", "Сорокина В. П.", ["В. П. Сорокиной", "Сорокина В. П."], ["other"], gender="female"),
]
PLACES = [
    L("Bishkek", ["Бишкек"]),
    L("Kashgar", ["Кашгар"]),
]
DATES = [
    D("15.01.2025", "2025-01-15", "day"),
    D("за [[2023]] и", "2023", "year"),
    D("и [[2024 годы]]", "2024", "year"),
    D("весны 2019 года", "2019", "year"),
    D("22 января 2025", "2025-01-22", "day"),
    D("мае 2019 года", "2019-05", "month"),
    D("В [[июне]] его", "2019-06", "month"),
    D("феврале 2020 года", "2020-02", "month"),
    D("до [[2023 года]], и", "2023", "year"),
    D("марте 2023 года", "2023-03", "month"),
    D("2021 году", "2021", "year"),
    D("1986 года", "1986", "year"),
    D("29.01.2025", "2025-01-29", "day"),
    D("за [[2023]]–2024", "2023", "year"),
    D("2023–[[2024 годы]]", "2024", "year"),
]
EVENTS = [
    ("return", "p1", "2019-05"),
    ("arrest", "p1", "2019-06"),
    ("detention", "p1", "2019-06"),
    ("release", "p1", "2020-02"),
    ("exit", "p1", "2023-03"),
    ("sentencing", "p4", None),
]
NEGATED = [("p1", "detention.prison_sentence", "Отца не судили")]
FORBIDDEN = []
