FILE = "kk01_mulik_tirkeu_otinishi.txt"
LANG = "kk"
DATE = "2025-06-05"
NOTE = ("Application to the public-service centre (Talgar district) for state registration of a right to a house, "
        "Kazakh Cyrillic, with the clerk's mark: applicant 'ТОҚТАРОВА Әйгерім Нұрланқызы' (surname in capitals), "
        "again in the body and signed 'Ә. Тоқтарова'; owner 'СЕРІКОВ Ерлан Маратұлы', then 'Ерлан' and the genitive "
        "'Ерланның' (whole mention); his elder brother 'Серіков Мұрат' shares the surname. Seller 'Бекзат Әлімжанов' "
        "and clerk 'Д. Сапарова' are other. The ЖСН (IIN) encodes a birth date: not annotated; 'Абай көшесі' is a street "
        "named after a writer (no person); the corporation and branch lines are organisations. Husband: to Ghulja April "
        "2018 (return), taken 'сол айда' without reason (arrest+detention 2018-04, arbitrary arrest), «оқу орталығы» "
        "(camp), released 2020 (release), sewing factory against his will (forced labour), passport still kept "
        "(passport). Brother: taken 'in the spring of 2018' (season with a year = year 2018; arrest+detention, arbitrary arrest), died in the camp 2019 (death "
        "in custody, camp). Applicant: went to Ghulja 2018 (return), two hours' questioning at Khorgos (interrogation) and "
        "'мен қамауға алынған жоқпын' (negated). Place case forms (Құлжаға, Құлжадағы, Талғарда) are whole mentions; "
        "'бір жарым жыл', 'екі сағат', 'он жұмыс күні' are durations; citizenship not filled.")
ORGS = ["«Азаматтарға арналған үкімет» мемлекеттік корпорациясы", "Алматы облысы бойынша филиалы, Талғар аудандық бөлімі",
        "Абай көшесі"]
PERSONS = [
    P("p1", "Тоқтарова Әйгерім Нұрланқызы", ["ТОҚТАРОВА Әйгерім Нұрланқызы", "Тоқтарова Әйгерім Нұрланқызы",
                                             "Ә. Тоқтарова"], ["narrator", "relative"], gender="female",
      rel=[("wife", "p2"), ("mother", "p4")]),
    P("p2", "Серіков Ерлан Маратұлы", ["СЕРІКОВ Ерлан Маратұлы", "Ерлан", "Ерланның"], ["victim"], gender="male",
      rel=[("husband", "p1"), ("father", "p4"), ("brother", "p3")],
      viol=[("detention.arbitrary_arrest", "полиция оны ешқандай себепсіз ұстап"),
            ("detention.internment_camp", "«оқу орталығына» жіберді"),
            ("labour.forced_labour", "тігін фабрикасына еріксіз жұмысқа жіберді"),
            ("movement.passport_confiscation", "төлқұжатын полиция әлі күнге дейін қайтармай отыр")]),
    P("p3", "Серіков Мұрат", ["Серіков Мұрат"], ["victim"], gender="male", rel=[("brother", "p2")],
      viol=[("detention.arbitrary_arrest", "Мұрат та 2018 жылдың көктемінде ұсталған"),
            ("detention.internment_camp", "лагерьде"),
            ("death.in_custody", "лагерьде қайтыс болды")]),
    P("p4", "Айдос", ["Айдос"], ["relative"], gender="male", rel=[("son", "p1"), ("son", "p2")]),
    P("p5", "Бекзат Әлімжанов", ["Бекзат Әлімжанов"], ["other"], gender="male"),
    P("p6", "Д. Сапарова", ["Д. Сапарова"], ["other"], gender="female"),
]
PLACES = [
    L("Talgar", ["Талғар", "Талғарда"]),
    L("Ghulja", ["Құлжаға", "Құлжадағы", "Құлжа"]),
    L("Kazakhstan", ["Қазақстан"]),
    L("Khorgos", ["Қорғас"]),
]
DATES = [
    D("[[2016 жылы]] күйеуім", "2016", "year"),
    D("2018 жылдың сәуірінде", "2018-04", "month"),
    D("сол айда", "2018-04", "month"),
    D("2020 жылы", "2020", "year"),
    D("2018 жылдың көктемінде", "2018", "year"),
    D("2019 жылы", "2019", "year"),
    D("[[2018 жылы]] Құлжаға", "2018", "year"),
    D("12.07.2016", "2016-07-12", "day"),
    D("05.06.2025", "2025-06-05", "day"),
]
EVENTS = [
    ("return", "p2", "2018-04"),
    ("arrest", "p2", "2018-04"),
    ("detention", "p2", "2018-04"),
    ("release", "p2", "2020"),
    ("arrest", "p3", "2018"),
    ("detention", "p3", "2018"),
    ("death", "p3", "2019"),
    ("return", "p1", "2018"),
    ("interrogation", "p1", "2018"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "мен қамауға алынған жоқпын")]
FORBIDDEN = []
