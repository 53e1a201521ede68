FILE = "ru02_obrashchenie_materi.txt"
LANG = "ru"
DATE = "2024-05-06"
NOTE = ("Mother's appeal (обращение) to a documentation NGO: dative addressee 'Сапаровой Д. Е.' (other), genitive sender "
        "'Кенжебаевой Айгуль Маратовны', 'гражданки Республики Казахстан' (place mention), signature 'Кенжебаева А. М.'. "
        "Son 'Кенжебаев Дархан Ерболович' / 'Дархана' (born 1986, 'гражданин КНР': КНР is a place mention): went back "
        "to Nilka in February 2018 (return), passport taken at Khorgos, 'Через месяц после его приезда' -> 2018-03 taken "
        "'на обучение' with no document (arbitrary arrest + camp), sentenced December 2019 to seven years, calls and "
        "visits forbidden since 2020 (incommunicado), prison not told (disappearance). Beating and darkness are "
        "hearsay she will not affirm (nothing). Daughter-in-law Гульмира Касен: 'не задерживали' (negated arbitrary "
        "arrest), passport taken, cannot leave with the child (family separation). Granddaughter Аружан, eight (age). "
        "Mother: consulate officer 'Чжан Хуа' threatened her son's fate over interviews 'В марте прошлого года' -> "
        "2023-03 (transnational harassment). Cadre Нурлан Сейтжан: official + perpetrator. Court, consulate, NGO and "
        "UN working group are organisations.")
ORGS = ["«Адал Дерек»", "суд Нилкинского уезда", "консульства КНР", "Рабочую группу ООН по насильственным исчезновениям"]
PERSONS = [
    P("p1", "Айгуль Маратовна Кенжебаева", ["Кенжебаевой Айгуль Маратовны", "Кенжебаева А. М."],
      ["narrator", "relative", "victim"], gender="female", citizenship=["Kazakhstan"],
      rel=[("mother", "p2"), ("grandmother", "p4"), ("mother-in-law", "p3")],
      viol=[("transnational.harassment", "назвался Чжан Хуа и сказал, что если я буду давать интервью, сыну «будет хуже»")]),
    P("p2", "Дархан Ерболович Кенжебаев", ["Кенжебаев Дархан Ерболович", "Дархана"], ["victim"], gender="male",
      birth_year=1986, citizenship=["China"], rel=[("son", "p1"), ("husband", "p3"), ("father", "p4")],
      viol=[("movement.passport_confiscation", "На посту в Хоргосе у него забрали паспорт"),
            ("detention.arbitrary_arrest", "увезли Дархана «на обучение». Никакого документа семье не дали"),
            ("detention.internment_camp", "увезли Дархана «на обучение»"),
            ("detention.prison_sentence", "приговорил его к семи годам за «разжигание экстремизма»"),
            ("detention.incommunicado", "С 2020 года звонки и свидания запрещены"),
            ("disappearance.enforced", "В какой тюрьме он теперь, нам не сообщают")]),
    P("p3", "Гульмира Касен", ["Гульмира Касен", "Гульмиру"], ["relative", "victim"], gender="female",
      rel=[("wife", "p2"), ("mother", "p4"), ("daughter-in-law", "p1")],
      viol=[("movement.passport_confiscation", "у неё тоже забрали паспорт"),
            ("family.separation", "она не может выехать к нам с ребёнком")]),
    P("p4", "Аружан", ["Аружан"], ["relative"], gender="female", age=8,
      rel=[("daughter", "p2"), ("daughter", "p3"), ("granddaughter", "p1")]),
    P("p5", "Нурлан Сейтжан", ["Нурлан Сейтжан"], ["official", "perpetrator"], gender="male"),
    P("p6", "Чжан Хуа", ["Чжан Хуа"], ["official", "perpetrator"]),
    P("p7", "Д. Е. Сапарова", ["Сапаровой Д. Е."], ["other"], gender="female"),
]
PLACES = [
    L("Kazakhstan", ["Республики Казахстан"]),
    L("Taldykorgan", ["Талдыкоргане"]),
    L("China", ["КНР"]),
    L("Nilka", ["Нилку", "Нилке"]),
    L("Khorgos", ["Хоргосе"]),
    L("Almaty", ["Алматы"]),
]
DATES = [
    D("1986 года", "1986", "year"),
    D("2012 года", "2012", "year"),
    D("феврале 2018 года", "2018-02", "month"),
    D("Через месяц после", "2018-03", "month"),
    D("декабре 2019 года", "2019-12", "month"),
    D("До [[2020 года]]", "2020", "year"),
    D("С [[2020 года]]", "2020", "year"),
    D("марте прошлого года", "2023-03", "month"),
    D("6 мая 2024", "2024-05-06", "day"),
]
EVENTS = [
    ("return", "p2", "2018-02"),
    ("arrest", "p2", "2018-03"),
    ("detention", "p2", "2018-03"),
    ("sentencing", "p2", "2019-12"),
    ("disappearance", "p2", None),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "Гульмиру не задерживали")]
FORBIDDEN = []
