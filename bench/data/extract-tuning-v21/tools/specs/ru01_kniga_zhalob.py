FILE = "ru01_kniga_zhalob.txt"
LANG = "ru"
DATE = "2024-10-11"
NOTE = ("Bus station's complaints book page (книга жалоб и предложений): company header, sheet no. 47, visitor fields, "
        "phone, route no. 512, '23:40', '6 часов', numbered requests, administration's answer. The answer date 14.10.2024 "
        "is after the document date (not annotated). Orgs: «Сайран Автовокзал», «ул. Жансугурова» (street named after a "
        "person). Name forms: record order with patronymic «Жумабаева Айгуль Нурлановна», signature «А. Н. Жумабаева»; "
        "mother «Касымова Зейнеп» (own surname); brother with Kazakh patronymic «Ерлан Нурланулы»; cashier «Бекова» / "
        "genitive-dative «Бековой М.»; guard and station head «Д. К. Сарсенбаев» (roles other). «Кульдже»/«Кульджи», "
        "«Талдыкорган»/«Талдыкоргана», «Хоргосе» inflected; «КНР». Mother: taken at the market (arbitrary arrest), "
        "'учебный центр' (camp), no blood-pressure medicine (denied medical care), forced to learn Chinese "
        "(indoctrination), passport returned only «в прошлом месяце» -> 2024-09 (passport confiscation). Brother: detained, "
        "sentenced to ten years, no contact (incommunicado). Granddaughter Алия «не задерживали» (negated) but her phone "
        "checked for two hours (digital, positive control).")
ORGS = ["«Сайран Автовокзал»", "ул. Жансугурова"]
PERSONS = [
    P("p1", "Жумабаева Айгуль Нурлановна", ["Жумабаева Айгуль Нурлановна", "А. Н. Жумабаева"], ["narrator", "relative"],
      gender="female", rel=[("daughter", "p2"), ("sister", "p3"), ("mother", "p4")]),
    P("p2", "Касымова Зейнеп", ["Касымова Зейнеп"], ["victim", "relative"], gender="female",
      rel=[("mother", "p1"), ("mother", "p3"), ("grandmother", "p4")],
      viol=[("detention.arbitrary_arrest", "забрали в Кульдже прямо с рынка"),
            ("detention.internment_camp", "держали почти два года\nв так называемом «учебном центре»"),
            ("ill_treatment.denied_medical_care", "ей не давали лекарства от давления"),
            ("indoctrination.political", "заставляли учить китайский язык"),
            ("movement.passport_confiscation", "Маме только в прошлом месяце\nвернули паспорт")]),
    P("p3", "Ерлан Нурланулы", ["Ерлан Нурланулы"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p2")],
      viol=[("detention.prison_sentence", "его осудили на десять лет"),
            ("detention.incommunicado", "с ним нет связи")]),
    P("p4", "Алия", ["Алию"], ["victim", "relative"], gender="female", rel=[("daughter", "p1"), ("granddaughter", "p2")],
      viol=[("surveillance.digital", "её телефон\nпроверяли два часа")]),
    P("p5", "Бекова М.", ["Бекова", "Бековой М."], ["other"], gender="female"),
    P("p6", "Серик Ахметов", ["Серик Ахметов"], ["other"], gender="male"),
    P("p7", "Д. К. Сарсенбаев", ["Д. К. Сарсенбаев"], ["other"], gender="male"),
]
PLACES = [
    L("Almaty", ["Алматы"]),
    L("Taldykorgan", ["Талдыкорган", "Талдыкоргана"]),
    L("Ürümqi", ["Урумчи"]),
    L("Yining", ["Кульдже", "Кульджи"]),
    L("Khorgos", ["Хоргосе"]),
    L("China", ["КНР"]),
]
DATES = [
    D("11.10.2024", "2024-10-11", "day"),
    D("2018 году", "2018", "year"),
    D("прошлом месяце", "2024-09", "month"),
]
EVENTS = [
    ("arrest", "p2", "2018"),
    ("detention", "p2", "2018"),
    ("release", "p2", None),
    ("exit", "p2", "2024-10"),
    ("detention", "p3", None),
    ("sentencing", "p3", None),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "не задерживали")]
FORBIDDEN = []
