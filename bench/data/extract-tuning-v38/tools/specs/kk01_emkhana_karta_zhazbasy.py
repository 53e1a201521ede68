FILE = "kk01_emkhana_karta_zhazbasy.txt"
LANG = "kk"
DATE = "2025-03-05"
NOTE = ("Village polyclinic's outpatient medical card, extract of three dated entries by the family doctor, Shelek "
        "(Kazakh Cyrillic): patient 'ҚАСЫМОВА Айнұр Серікқызы' (one mention), doctor 'Бекова С. Т.' / 'С. Т. Бекова' "
        "(other). Patient moved from China 2016 (exit). Husband Жанболат Сәрсенбайұлы went to Tekes county in February "
        "2018 for his father's funeral (return 2018-02), taken by local police without any paper or reason (arbitrary "
        "arrest; arrest + detention 2018-02), 're-education camp' (camp), twelve years learnt in 2020 (sentence; "
        "sentencing undated), never allowed to speak or write to him (incommunicado). His elder brother Ерболат "
        "Сәрсенбайұлы held in the same camp (camp; detention undated), died there 2019 (death in custody; death 2019). "
        "'Өткен жексенбіде' on the entry of Wednesday 12.02.2025 = 2025-02-09: a stranger from a Chinese number demands "
        "she stay away from gatherings in Almaty and threatens her husband (transnational harassment). Patient visited "
        "Ghulja 2017 (return), fingerprints, blood sample and voice taken at the border (biometric), questioned for hours "
        "and let go the same day (interrogation only): 'ешқашан қамауға алынбаған' = negated arbitrary arrest, 'төлқұжаты "
        "да қолында қалған' = negated passport. Daughter Аружан born 2010. Blood pressure, '12-үй', 'жеті жыл' are not "
        "dates; Ақжол көшесі is a street; the polyclinic (with Шелек) is an organisation.")
ORGS = ["«Шелек ауылдық емханасы» МКК"]
PERSONS = [
    P("p1", "Айнұр Серікқызы Қасымова", ["ҚАСЫМОВА Айнұр Серікқызы"], ["victim", "relative"], gender="female",
      birth_year=1985, rel=[("wife", "p2"), ("sister-in-law", "p3"), ("mother", "p4")],
      viol=[("transnational.harassment", "ҚХР нөмірінен бейтаныс ер адам хабарласып, Алматыдағы жиындарға бармауды талап етті"),
            ("medical.biometric_collection", "одан саусақ іздерін, қан үлгісін алған, дауысын жазып алған")]),
    P("p2", "Жанболат Сәрсенбайұлы", ["Жанболат Сәрсенбайұлы"], ["victim"], gender="male",
      rel=[("husband", "p1"), ("brother", "p3"), ("father", "p4")],
      viol=[("detention.arbitrary_arrest", "оны жергілікті полиция ешбір құжатсыз ұстап әкеткен, себебін ешкім айтпаған"),
            ("detention.internment_camp", "оны «қайта тәрбиелеу лагеріне» қамағанын"),
            ("detention.prison_sentence", "оның он екі жылға сотталғанын"),
            ("detention.incommunicado", "онымен бір рет те сөйлесуге, хат жазуға рұқсат берілмеген")]),
    P("p3", "Ерболат Сәрсенбайұлы", ["Ерболат Сәрсенбайұлы"], ["victim"], gender="male",
      rel=[("brother", "p2"), ("brother-in-law", "p1"), ("uncle", "p4")],
      viol=[("detention.internment_camp", "да сол лагерьге қамалған"),
            ("death.in_custody", "2019 жылы сол жерде көз жұмған")]),
    P("p4", "Аружан", ["Аружан"], ["relative"], gender="female", birth_year=2010,
      rel=[("daughter", "p1"), ("daughter", "p2"), ("niece", "p3")]),
    P("p5", "С. Т. Бекова", ["Бекова С. Т.", "С. Т. Бекова"], ["other"], gender="female"),
]
PLACES = [
    L("Enbekshikazakh District", ["Еңбекшіқазақ"]),
    L("Shelek", ["Шелек"]),
    L("China", ["Қытайдан", "ҚХР"]),
    L("Kazakhstan", ["Қазақстан"]),
    L("Tekes", ["Текес"]),
    L("Almaty", ["Алматыдағы"]),
    L("Ghulja", ["Құлжаға"]),
]
DATES = [
    D("17.05.1985", "1985-05-17", "day"),
    D("15.01.2025", "2025-01-15", "day"),
    D("2016 жылы", "2016", "year"),
    D("2018 жылдан", "2018", "year"),
    D("2018 жылдың ақпанында", "2018-02", "month"),
    D("2020 жылы", "2020", "year"),
    D("12.02.2025", "2025-02-12", "day"),
    D("2019 жылы", "2019", "year"),
    D("Өткен жексенбіде", "2025-02-09", "day"),
    D("2010 жылы", "2010", "year"),
    D("05.03.2025", "2025-03-05", "day"),
    D("2017 жылы", "2017", "year"),
]
EVENTS = [
    ("exit", "p1", "2016"),
    ("return", "p2", "2018-02"),
    ("arrest", "p2", "2018-02"),
    ("detention", "p2", "2018-02"),
    ("sentencing", "p2", None),
    ("detention", "p3", None),
    ("death", "p3", "2019"),
    ("return", "p1", "2017"),
    ("interrogation", "p1", "2017"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "Өзі ешқашан қамауға алынбаған"),
           ("p1", "movement.passport_confiscation", "төлқұжаты да қолында қалған")]
FORBIDDEN = []
