FILE = "ru01_vosstanovlenie_dannykh.txt"
LANG = "ru"
DATE = "2023-10-03"
NOTE = ("Data-recovery lab's intake ticket (заявка на диагностику: header, customer Ф. И. О. in capitals, device fields, the "
        "customer's explanation written down by the clerk, clerk's notes, signature 'А. С. Жумабаева'). «ДатаСпас» and ООН are "
        "organisations. Father 'Жумабаев Серик Нурланович' (form order surname-given-patronymic); mother 'Роза Жумабаева'; brother "
        "'Ержан' by given name; clerk 'Д. Ким' (initial + surname, other). Subjectless «забрали паспорт», «забрали и его самого», "
        "«держали», «заставляли», «Выпустили», «не пускают». Going to Chuguchak = return 2018-05; arrest «через месяц» -> 2018-06 "
        "(no span); «покаяние» weekly = political indoctrination; only Chinese = language ban; not let home to Kazakhstan = family "
        "separation. The supervised monthly video call is not coded. Blood sample hearsay («не знаем точно»): no biometric code. "
        "Mother «её никто не задерживал» negated. Brother questioned and let go the same day: interrogation only; «прошлым летом» -> "
        "2022 (season = year). Grandmother died at home in 2019: death event, death.in_custody forbidden. '2014 года' (laptop year) "
        "is a date; prices and '5 рабочих дней' are not.")
ORGS = ["ДатаСпас", "ООН"]
PERSONS = [
    P("p1", "Айгерим Жумабаева", ["ЖУМАБАЕВА АЙГЕРИМ СЕРИКОВНА", "А. С. Жумабаева"], ["narrator", "relative"], gender="female",
      rel=[("daughter", "p2"), ("daughter", "p3"), ("sister", "p4"), ("granddaughter", "p5")]),
    P("p2", "Серик Жумабаев", ["Жумабаев Серик Нурланович"], ["victim"], gender="male",
      rel=[("father", "p1"), ("father", "p4"), ("husband", "p3"), ("son", "p5")],
      viol=[("movement.passport_confiscation", "На границе у него забрали паспорт"),
            ("detention.arbitrary_arrest", "через месяц забрали и его самого — ни суда, ни обвинения"),
            ("detention.internment_camp", "Два года держали в лагере под Чугучаком"),
            ("culture.language_ban", "заставляли говорить только по-китайски"),
            ("indoctrination.political", "каждую неделю писать «покаяние»"),
            ("family.separation", "домой в Казахстан не пускают до сих пор")]),
    P("p3", "Роза Жумабаева", ["Роза Жумабаева"], ["relative"], gender="female",
      rel=[("mother", "p1"), ("mother", "p4"), ("wife", "p2")]),
    P("p4", "Ержан", ["Ержан"], ["relative"], gender="male",
      rel=[("son", "p2"), ("son", "p3"), ("brother", "p1")]),
    P("p5", "Бибигуль Токтарова", ["Бибигуль Токтарова"], ["relative"], gender="female",
      rel=[("mother", "p2"), ("grandmother", "p1")]),
    P("p6", "Д. Ким", ["Д. Ким"], ["other"]),
]
PLACES = [L("Almaty", ["Алматы"]), L("Chuguchak", ["Чугучак", "Чугучаком", "Чугучаке"]), L("Kazakhstan", ["Казахстан"]),
          L("China", ["Китай"])]
DATES = [
    D("3 октября 2023", "2023-10-03", "day"),
    D("2014 года", "2014", "year"),
    D("мае 2018 года", "2018-05", "month"),
    D("в [[2020 году]]", "2020", "year"),
    D("в [[2019 году]]", "2019", "year"),
    D("прошлым летом", "2022", "year"),
]
EVENTS = [
    ("return", "p2", "2018-05"), ("arrest", "p2", "2018-06"), ("detention", "p2", "2018-06"), ("release", "p2", "2020"),
    ("return", "p4", "2022"), ("interrogation", "p4", "2022"),
    ("death", "p5", "2019"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "её никто не задерживал")]
FORBIDDEN = [("p5", "death.in_custody")]
