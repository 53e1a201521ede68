FILE = "kk01_zher_zhalgy_khat.txt"
LANG = "kk"
DATE = "2023-09-20"
NOTE = ("Lessee's explanatory letter under a farm land-lease contract to the head of a peasant farm, with the lessor's "
        "endorsement, Kazakh Cyrillic (full gold). Lessor in the dative 'Ахметова Бақытгүл Сейітқызына', then "
        "'Бақытгүл апай', endorsement 'Б. Ахметова' (other); lessee 'Жұмабаев Қанат Төлеуұлы' / 'Қ. Жұмабаев'; his "
        "father 'Төлеу Жұмабаев' (trap: 'Төлеуұлы' is the son's patronymic, not a mention); mother 'Сәуле', brother "
        "'Айдос', uncle 'Серік ағай' by given name. Impersonal verbs carry the acts (алып кетіп, жіберді, ұстады, "
        "жаттатып, тыйым салды, босатты, қайтармады). Kept passport so he cannot come to the family = passport "
        "confiscation + family separation; 'мені тағы шақырды' = interrogation 2022-12, then 'хабар жоқ' = enforced "
        "disappearance. The uncle died at home and 'ешқашан ұсталған емес' (negated; death.in_custody forbidden). "
        "'Мені өзімді ... ешкім ұстаған жоқ' negated. 'былтыр күзде' -> 2022, 'Былтыр желтоқсанда' -> 2022-12, 'Осы "
        "жазда' -> 2023; '15 қазанға', '15 қарашаға' lie after the document date; hectares, amounts not dates.")
ORGS = ["«Береке» шаруа қожалығы", "СІМ"]
PERSONS = [
    P("p1", "Бақытгүл Сейітқызы Ахметова", ["Ахметова Бақытгүл Сейітқызына", "Бақытгүл", "Б. Ахметова"], ["other"],
      gender="female"),
    P("p2", "Қанат Төлеуұлы Жұмабаев", ["Жұмабаев Қанат Төлеуұлы", "Қ. Жұмабаев"], ["narrator", "relative"],
      gender="male", rel=[("son", "p3"), ("son", "p4"), ("brother", "p5"), ("nephew", "p6")]),
    P("p3", "Төлеу Жұмабаев", ["Төлеу Жұмабаев"], ["victim"], gender="male",
      rel=[("father", "p2"), ("father", "p5"), ("husband", "p4"), ("brother", "p6")],
      viol=[("detention.arbitrary_arrest", "оны үйінен алып кетіп, «саяси оқуға» жіберді"),
            ("detention.internment_camp", "Сотсыз екі жыл лагерьде ұстады"),
            ("indoctrination.political", "күнде қытай тілін жаттатып"),
            ("culture.religious_ban", "намаз оқуға тыйым салды"),
            ("movement.passport_confiscation", "паспортын қайтармады"),
            ("family.separation", "Сол себепті ол бізге келе алмайды"),
            ("disappearance.enforced", "Содан бері одан хабар жоқ")]),
    P("p4", "Сәуле", ["Сәуле"], ["relative"], gender="female", rel=[("wife", "p3"), ("mother", "p2"), ("mother", "p5")]),
    P("p5", "Айдос", ["Айдос"], ["relative"], gender="male", rel=[("son", "p3"), ("son", "p4"), ("brother", "p2")]),
    P("p6", "Серік", ["Серік"], ["relative"], gender="male", rel=[("brother", "p3")]),
]
PLACES = [
    L("Almaty Region", ["Алматы облысы"]),
    L("Uygur District", ["Ұйғыр ауданы"]),
    L("Shonzhy", ["Шонжы"]),
    L("China", ["Қытайдың"]),
    L("Ghulja", ["Құлжа", "Құлжада"]),
    L("Astana", ["Астанаға"]),
    L("Kazakhstan", ["Қазақстанда"]),
]
DATES = [
    D("2020 жылғы 10 наурыз", "2020-03-10", "day"),
    D("1 қыркүйекке", "2023-09-01", "day"),
    D("былтыр күзде", "2022", "year"),
    D("2017 жылдың күзінде", "2017", "year"),
    D("2019 жылы", "2019", "year"),
    D("Былтыр желтоқсанда", "2022-12", "month"),
    D("2018 жылдың қаңтарында", "2018-01", "month"),
    D("Осы жазда", "2023", "year"),
    D("2023 жылғы 20 қыркүйек", "2023-09-20", "day"),
]
EVENTS = [
    ("arrest", "p3", "2017"),
    ("detention", "p3", "2017"),
    ("release", "p3", "2019"),
    ("interrogation", "p3", "2022-12"),
    ("death", "p6", "2018-01"),
]
NEGATED = [("p2", "detention.arbitrary_arrest", "Мені өзімді Қазақстанда ешкім ұстаған жоқ"),
           ("p6", "detention.arbitrary_arrest", "Ол ешқашан ұсталған емес")]
FORBIDDEN = [("p6", "death.in_custody")]
