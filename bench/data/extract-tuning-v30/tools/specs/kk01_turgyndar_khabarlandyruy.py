FILE = "kk01_turgyndar_khabarlandyruy.txt"
LANG = "kk"
DATE = "2025-03-10"
NOTE = ("Residents' housing co-operative notice to neighbours in Zharkent (тұрғындарға хабарландыру), Kazakh "
        "Cyrillic, full gold: water cut, cleaning rota, help for the family in flat 12, Nauryz, parking, dues. "
        "Neighbour 'Серікболат Тоқтарұлы', later genitive 'Серікболаттың'; wife 'Бибігүл' in case forms "
        "('Бибігүлге', 'Бибігүлдің'); sister 'Күләшті' / 'Күләш'; children in the instrumental pair 'Ерасыл мен "
        "Аружанмен' (mention 'Аружанмен'); chair 'М. Қасымова' and bookkeeper 'Болат Әлиевке' are other. Street named "
        "after a writer is no person. Future dates (14, 21, 31 наурыз) are not annotated; 'Наурыз мерекесі' is a holiday, "
        "not a date. Neighbour: came from China 2009 (exit), went to Ghulja February 2018 (return), passport taken at "
        "Khorgos, taken 'to study' = camp (arbitrary arrest + camp; arrest, detention 2018), televised 'I admit my guilt' video 2019 (forced confession), no news a year and a half "
        "(incommunicado), ten years learnt 2020 (undated sentencing), prison unknown (enforced disappearance). Sister "
        "summoned several times (interrogation). 'Өткен жылы' = 2024. Wife 'оны ешкім ұстаған жоқ' negated.")
ORGS = ["«Нұр» тұрғын үй кооперативі", "Әуезов көшесі"]
PERSONS = [
    P("p1", "Серікболат Тоқтарұлы", ["Серікболат Тоқтарұлы", "Серікболаттың"], ["victim"], gender="male",
      rel=[("husband", "p2"), ("brother", "p3"), ("father", "p4"), ("father", "p5")],
      viol=[("movement.passport_confiscation", "Қытай полициясы оның төлқұжатын алып қойған"),
            ("detention.arbitrary_arrest", "кейін оны «оқуға», яғни лагерьге апарған"),
            ("detention.internment_camp", "«оқуға», яғни лагерьге апарған"),
            ("coercion.forced_confession", "оның «кінәмді мойындаймын» деген бейнежазбасын көрсетті"),
            ("detention.incommunicado", "Бір жарым жыл бойы отбасы одан ешқандай хабар алмады"),
            ("detention.prison_sentence", "оның он жылға сотталғанын"),
            ("disappearance.enforced", "Қай түрмеде отырғаны әлі күнге белгісіз")]),
    P("p2", "Бибігүл", ["Бибігүл", "Бибігүлге", "Бибігүлдің"], ["relative"], gender="female",
      rel=[("wife", "p1"), ("mother", "p4"), ("mother", "p5")]),
    P("p3", "Күләш", ["Күләшті", "Күләш"], ["victim", "relative"], gender="female", rel=[("sister", "p1")]),
    P("p4", "Ерасыл", ["Ерасыл"], ["relative"], gender="male", rel=[("son", "p1"), ("son", "p2")]),
    P("p5", "Аружан", ["Аружанмен"], ["relative"], gender="female", rel=[("daughter", "p1"), ("daughter", "p2")]),
    P("p6", "Болат Әлиев", ["Болат Әлиевке"], ["other"], gender="male"),
    P("p7", "М. Қасымова", ["М. Қасымова"], ["other"], gender="female"),
]
PLACES = [
    L("Zharkent", ["Жаркент"]),
    L("Kazakhstan", ["Қазақстан"]),
    L("China", ["Қытайдан", "Қытай", "Қытайға"]),
    L("Ghulja", ["Құлжаға", "Құлжада"]),
    L("Khorgos", ["Қорғас"]),
]
DATES = [
    D("10.03.2025", "2025-03-10", "day"),
    D("2009 жылы", "2009", "year"),
    D("2018 жылдың ақпанында", "2018-02", "month"),
    D("2019 жылы", "2019", "year"),
    D("2020 жылы", "2020", "year"),
    D("Өткен жылы", "2024", "year"),
    D("07.03.2025", "2025-03-07", "day"),
]
EVENTS = [
    ("exit", "p1", "2009"),
    ("return", "p1", "2018-02"),
    ("arrest", "p1", "2018"),
    ("detention", "p1", "2018"),
    ("sentencing", "p1", None),
    ("interrogation", "p3", None),
]
NEGATED = [("p2", "detention.arbitrary_arrest", "оны ешкім ұстаған жоқ")]
FORBIDDEN = []
