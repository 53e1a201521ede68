FILE = "kk01_lager_zholdamasy_otinish.txt"
LANG = "kk"
DATE = "2022-05-20"
NOTE = ("Grandmother's application to the city education department for free vouchers to a children's summer health "
        "camp (сауықтыру лагері) for her two grandchildren, with a social pedagogue's note; Kazakh Cyrillic, full gold. "
        "Addressee in the dative 'Н. Ж. Омарбековаға' and signature 'Ж. Дүйсенова' = other; applicant in the ablative "
        "capitals 'ҚАСЫМОВА БАҚЫТ НҰРҒАЛИҚЫЗЫНАН', signature 'Б. Қасымова'. Children 'Алихан Ерланұлы' / 'Алиханды' / "
        "'Алихан' and dative 'Аружан Ерланқызына' / 'Аружан' carry the patronymic of their father Ерлан Сәкенұлы. "
        "Trap: 'лагері' / 'лагерінде' = the summer camp; the boy's «менің әкем лагерьде отыр» refers to the father's "
        "camp, already coded from «оқу орталығына» алып кетті. Father went back = return 2017; taken 'в 2018 жылдың "
        "көктемінде' (season with year -> 2018); no contact = incommunicado; sentence learnt by phone in 2020 "
        "(sentencing undated). Beating in prison is hearsay nobody saw: neither. Mother went to Ghulja = return; "
        "passport taken and cannot come back to her children = passport + family separation. «мені ешкім ұстаған емес» "
        "negates arbitrary arrest of the grandmother beside the real threatening calls (transnational harassment). "
        "'өткен айда' -> 2022-04; 'маусымның 15-інде' (future) not annotated; the phone number and 'Абай көшесі' "
        "(street named after a poet) are traps.")
ORGS = ["Талдықорған қалалық білім бөлімінің", "Абай көшесі", "«Балдәурен»"]
PERSONS = [
    P("p1", "Қасымова Бақыт Нұрғалиқызы", ["ҚАСЫМОВА БАҚЫТ НҰРҒАЛИҚЫЗЫНАН", "Б. Қасымова"],
      ["narrator", "victim", "relative"], gender="female",
      rel=[("mother", "p4"), ("grandmother", "p2"), ("grandmother", "p3")],
      viol=[("transnational.harassment", "маған екі рет телефон соғып, Алиханды әкесінің туыстарына жіберуімді талап етті")]),
    P("p2", "Алихан Ерланұлы", ["Алихан Ерланұлы", "Алиханды", "Алихан"], ["relative"], gender="male", birth_year=2012,
      rel=[("son", "p4"), ("son", "p5"), ("grandson", "p1"), ("brother", "p3")]),
    P("p3", "Аружан Ерланқызы", ["Аружан Ерланқызына", "Аружан"], ["relative"], gender="female", birth_year=2014,
      rel=[("daughter", "p4"), ("daughter", "p5"), ("granddaughter", "p1"), ("sister", "p2")]),
    P("p4", "Ерлан Сәкенұлы", ["Ерлан Сәкенұлы"], ["victim", "relative"], gender="male",
      rel=[("son", "p1"), ("father", "p2"), ("father", "p3"), ("husband", "p5")],
      viol=[("detention.arbitrary_arrest", "оны полиция «оқу орталығына» алып кетті"),
            ("detention.internment_camp", "«оқу орталығына»"),
            ("detention.incommunicado", "Содан бері онымен хабарласа алмаймыз"),
            ("detention.prison_sentence", "оның он жылға сотталғанын")]),
    P("p5", "Гүлназ", ["Гүлназ"], ["victim", "relative"], gender="female",
      rel=[("wife", "p4"), ("mother", "p2"), ("mother", "p3")],
      viol=[("movement.passport_confiscation", "оның төлқұжатын алып қойды"),
            ("family.separation", "содан бері ол балаларына орала алмай отыр")]),
    P("p6", "Н. Ж. Омарбекова", ["Н. Ж. Омарбековаға"], ["other"], gender="female"),
    P("p7", "Ж. Дүйсенова", ["Ж. Дүйсенова"], ["other"], gender="female"),
]
PLACES = [
    L("Taldykorgan", ["Талдықорған"]),
    L("Ghulja", ["Құлжадағы", "Құлжаға", "Құлжа"]),
    L("China", ["Қытайға"]),
]
DATES = [
    D("2012", "2012", "year"),
    D("2014", "2014", "year"),
    D("2017 жылы", "2017", "year"),
    D("2018 жылдың көктемінде", "2018", "year"),
    D("2020 жылы", "2020", "year"),
    D("2019 жылы", "2019", "year"),
    D("өткен айда", "2022-04", "month"),
    D("20.05.2022", "2022-05-20", "day"),
]
EVENTS = [
    ("return", "p4", "2017"),
    ("arrest", "p4", "2018"),
    ("detention", "p4", "2018"),
    ("sentencing", "p4", None),
    ("return", "p5", "2019"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "мені ешкім ұстаған емес")]
FORBIDDEN = []
