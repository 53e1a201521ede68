FILE = "ru02_pamyatka.txt"
LANG = "ru"
DATE = "2019-06-10"
NOTE = ("Volunteer leaflet (памятка) for Kyrgyz citizens travelling to Xinjiang: advice sections, three 'real stories', hotline "
        "number and clock times (no dates), revision date at the foot = document date. Kyrgyz naming: «Нурбек Токтогул уулу» "
        "(oblique «Нурбека»), «Жылдыз Абдыкадыр кызы» (the fathers' names inside are no persons), «Бекболот Асанов» <- «Асана "
        "Жумабаева» (father, genitive). WhatsApp found on the phone = digital surveillance; 23 days in an «изолятор» = pretrial; "
        "released without passport. «Саму Жылдыз не задерживали» negated while her mother is taken «на учёбу» (internment) and "
        "refused treatment. «Через два месяца» after August 2018 -> 2018. Phone demands from «Ли Цзюнем» (instrumental) = "
        "transnational harassment; the father summoned twice = family reprisal. «с китайским паспортом» gives no citizenship. "
        "Ministry name with «Кыргызской Республики» is an organisation; «Атуш» and «Артуша» are one place.")
ORGS = ["Министерства иностранных дел Кыргызской Республики", "«Мекен-Жардам»"]
PERSONS = [
    P("p1", "Нурбек Токтогул уулу", ["Нурбек Токтогул уулу", "Нурбека"], ["victim"], gender="male",
      viol=[("surveillance.digital", "в его телефоне нашли WhatsApp"),
            ("detention.arbitrary_arrest", "Нурбека продержали в изоляторе 23 дня"),
            ("detention.pretrial", "продержали в изоляторе 23 дня"),
            ("movement.passport_confiscation", "паспорт ему не вернули до сих пор")]),
    P("p2", "Жылдыз Абдыкадыр кызы", ["Жылдыз Абдыкадыр кызы", "Жылдыз"], ["relative", "witness"], gender="female",
      rel=[("daughter", "p3")]),
    P("p3", "Гулайым Сатыбалдиева", ["Гулайым Сатыбалдиевой", "Гулайым"], ["victim", "relative"], gender="female",
      rel=[("mother", "p2")],
      viol=[("detention.arbitrary_arrest", "мать при ней увезли «на учёбу»"),
            ("detention.internment_camp", "увезли «на учёбу»"),
            ("ill_treatment.denied_medical_care", "лечить её в лагере отказались")]),
    P("p4", "Бекболот Асанов", ["Бекболот Асанов", "Бекболота"], ["victim", "relative"], gender="male", ethnicity="Kyrgyz",
      rel=[("son", "p6")],
      viol=[("transnational.harassment", "ему трижды звонил человек, назвавшийся Ли Цзюнем из управления общественной безопасности, и требовал прислать фото паспорта")]),
    P("p5", "Ли Цзюнь", ["Ли Цзюнем"], ["official", "perpetrator"], gender="male"),
    P("p6", "Асан Жумабаев", ["Асана Жумабаева"], ["victim", "relative"], gender="male", rel=[("father", "p4")],
      viol=[("family.reprisal", "после этого дважды вызывали в полицию в Артуше")]),
]
PLACES = [
    L("Kyrgyzstan", ["Кыргызстана"]),
    L("Xinjiang", ["Синьцзян", "СУАР"]),
    L("China", ["КНР", "Китае"]),
    L("Bishkek", ["Бишкек", "Бишкеке"]),
    L("Torugart", ["Торугарт", "Торугарта"]),
    L("Irkeshtam", ["Иркештам"]),
    L("Naryn", ["Нарына"]),
    L("Kashgar", ["Кашгар"]),
    L("Artux", ["Атуш", "Артуша", "Артуше"]),
]
DATES = [
    D("марте 2018 года", "2018-03", "month"),
    D("августе 2018 года", "2018-08", "month"),
    D("Через два месяца", "2018", "year"),
    D("апреле этого года", "2019-04", "month"),
    D("10.06.2019", "2019-06-10", "day"),
]
EVENTS = [
    ("arrest", "p1", "2018-03"),
    ("detention", "p1", "2018-03"),
    ("release", "p1", "2018"),
    ("arrest", "p3", "2018-08"),
    ("detention", "p3", "2018-08"),
    ("release", "p3", "2018"),
]
NEGATED = [("p2", "detention.arbitrary_arrest", "Саму Жылдыз не задерживали")]
FORBIDDEN = [("p4", "detention.arbitrary_arrest"), ("p6", "detention.internment_camp")]
