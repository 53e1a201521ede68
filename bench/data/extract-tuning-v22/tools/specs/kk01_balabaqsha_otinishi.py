FILE = "kk01_balabaqsha_otinishi.txt"
LANG = "kk"
DATE = "2020-08-11"
NOTE = ("Application (отініш) for a kindergarten place to a city education department, Kazakh Cyrillic, full gold, with a "
        "methodist's intake stamp. Addressee block in dative 'А. Мұқановқа' and sender in capitals, ablative "
        "'ОСПАНОВА ГҮЛНҰР САПАРҚЫЗЫНАН'; child in form order with accusative patronymic 'Жақыпов Әлихан Ерболатұлын', later "
        "'Әлиханға'. 'Талдықорған қаласы әкімдігінің' (head of the addressee block), 'Қабанбай батыр көшесі' and the "
        "kindergarten '№ 12 «Балдырған»' are orgs; house/flat numbers, phone, '№ 12', queue number 348 are not dates. "
        "Addressee, methodist 'Б. Нұрғалиева' and neighbour 'Сәуле апай' are role other. '1 қыркүйекте' is after the "
        "document date (not annotated); 'былтыр күзде' -> 2019 (year). Husband: arbitrary arrest, passport taken, camp, "
        "seven months without news (disappearance + incommunicado), release 2019-01, not allowed back to Kazakhstan "
        "(family separation), unpaid factory work (forced labour). 'Ерболат сотталған жоқ, түрмеге де түспеген' negates a "
        "prison sentence; 'someone seems to listen ... I do not know for sure' is hedged (no surveillance code, not "
        "forbidden). Father-in-law died at home of a heart attack and 'was never detained': death event, death.in_custody "
        "forbidden, arbitrary arrest negated.")
ORGS = ["Талдықорған қаласы әкімдігінің", "Қабанбай батыр көшесі", "№ 12 «Балдырған» бөбекжай-балабақшасына"]
PERSONS = [
    P("p1", "Гүлнұр Оспанова", ["ОСПАНОВА ГҮЛНҰР САПАРҚЫЗЫНАН", "Г. Оспанова"], ["narrator", "relative"], gender="female",
      rel=[("wife", "p2"), ("mother", "p3"), ("mother", "p5"), ("daughter", "p6")]),
    P("p2", "Ерболат Жақыпов", ["Ерболат Жақыпов", "Ерболат"], ["victim", "relative"], gender="male",
      citizenship=["Kazakhstan"], rel=[("husband", "p1"), ("father", "p3"), ("father", "p5"), ("son", "p4")],
      viol=[("detention.arbitrary_arrest", "ешбір себепсіз ұстап"),
            ("movement.passport_confiscation", "паспортын алып қойды"),
            ("detention.internment_camp", "өзін «білім беру орталығына» жіберді"),
            ("disappearance.enforced", "Жеті ай бойы біз оның қайда екенін білмедік"),
            ("detention.incommunicado", "ешқандай хабар болмады"),
            ("family.separation", "оған Қазақстанға қайтуға рұқсат бермейді"),
            ("labour.forced_labour", "тігін фабрикасында ақысыз жұмыс істеуге мәжбүр")]),
    P("p3", "Әлихан Жақыпов", ["Жақыпов Әлихан Ерболатұлын", "Әлиханға"], ["relative"], gender="male", birth_year=2017,
      rel=[("son", "p1"), ("son", "p2"), ("grandson", "p4")]),
    P("p4", "Жақып Сейітұлы", ["Жақып Сейітұлы"], ["relative"], gender="male",
      rel=[("father", "p2"), ("grandfather", "p3"), ("grandfather", "p5")]),
    P("p5", "Айару", ["Айару"], ["relative"], gender="female", rel=[("daughter", "p1"), ("daughter", "p2")]),
    P("p6", "Күләш Омарқызы", ["Күләш Омарқызы"], ["relative"], gender="female", rel=[("mother", "p1")]),
    P("p7", "А. Мұқанов", ["А. Мұқановқа"], ["other"], gender="male"),
    P("p8", "Б. Нұрғалиева", ["Б. Нұрғалиева"], ["other"], gender="female"),
    P("p9", "Сәуле", ["Сәуле"], ["other"], gender="female"),
]
PLACES = [
    L("Taldykorgan", ["Талдықорған"]),
    L("China", ["Қытайдағы"]),
    L("Ghulja", ["Құлжаға", "Құлжадағы"]),
    L("Kazakhstan", ["Қазақстан", "Қазақстанға"]),
    L("Almaty", ["Алматыдан"]),
    L("Tekeli", ["Текелі"]),
]
DATES = [
    D("2017 жылғы 3 наурызда", "2017-03-03", "day"),
    D("2014 жылдан", "2014", "year"),
    D("2018 жылдың сәуірінде", "2018-04", "month"),
    D("2019 жылдың қаңтарында", "2019-01", "month"),
    D("былтыр күзде", "2019", "year"),
    D("10.08.2020", "2020-08-10", "day"),
    D("11.08.2020", "2020-08-11", "day"),
]
EVENTS = [
    ("arrest", "p2", "2018-04"),
    ("detention", "p2", "2018-04"),
    ("release", "p2", "2019-01"),
    ("death", "p4", "2019"),
]
NEGATED = [("p2", "detention.prison_sentence", "Ерболат сотталған жоқ, түрмеге де түспеген"),
           ("p4", "detention.arbitrary_arrest", "Ол ешқашан ұсталған емес")]
FORBIDDEN = [("p4", "death.in_custody")]
