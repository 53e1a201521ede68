FILE = "ru02_pismo_semi_konsulstvo.txt"
LANG = "ru"
DATE = "2020-01-27"
NOTE = ("Almaty parents' letter to Kazakhstan's consul general in Urumqi (dative addressee, genitive senders, numbered "
        "requests, signatures with initials), 27 January 2020. Son 'Токтаров Ержан Бейбитович' (genitive 'Токтарова "
        "Ержана Бейбитовича', 'Ержан', 'Ержана'; born 1996, citizen of Kazakhstan since 2015): went to Chuguchak "
        "(Tacheng) in December 2017 (return event), police took his Kazakh passport at the grandmother's house and took "
        "him 'на учёбу' on 11 January 2018 (arbitrary arrest + camp + passport confiscation; arrest and detention "
        "events), nothing told since spring 2019, not even whether he is alive (disappearance + incommunicado; "
        "disappearance event 2019); 'На границе у него ничего не отобрали' is true of the border and is no negation; "
        "'ни в чём не обвинялся, суда над ним не было' (negated prison sentence). Mother 'Сауле Токтарова' "
        "(narrator): police video call demanding she come and sign that her son stays 'voluntarily' (transnational "
        "harassment; she did not go: no event, no forced signature). Grandmother 'Кулпаш Ахметова' (accusative "
        "'Ахметову Кулпаш'): summoned twice and questioned about the family abroad (family reprisal; interrogation "
        "event undated). Father 'Бейбит Токтаров' is narrator too. The addressee's title is an organisation; the "
        "microdistrict address is no place. A season with a year is a year date.")
ORGS = ["Генеральному консулу Республики Казахстан"]
PERSONS = [
    P("p1", "Ержан Бейбитович Токтаров", ["Токтарова Ержана Бейбитовича", "Ержан", "Ержана"], ["victim"],
      gender="male", birth_year=1996, citizenship=["Kazakhstan"],
      rel=[("son", "p2"), ("son", "p3"), ("grandson", "p4")],
      viol=[("detention.arbitrary_arrest", "забрали у Ержана казахстанский паспорт и увезли его «на учёбу»"),
            ("detention.internment_camp", "он в учебном центре в Чугучаке"),
            ("movement.passport_confiscation", "забрали у Ержана казахстанский паспорт"),
            ("disappearance.enforced", "С весны 2019 года нам ничего не говорят: ни где он, ни жив ли он"),
            ("detention.incommunicado", "С весны 2019 года нам ничего не говорят: ни где он, ни жив ли он")]),
    P("p2", "Сауле Нурлановна Токтарова", ["Токтаровой Сауле Нурлановны", "Сауле Нурлановне", "Токтарова С. Н."],
      ["narrator", "relative", "victim"], gender="female", rel=[("mother", "p1"), ("wife", "p3")],
      viol=[("transnational.harassment", "позвонили по видеосвязи из полиции Чугучака и потребовали, чтобы я сама приехала и подписала бумаги")]),
    P("p3", "Бейбит Ерболович Токтаров", ["Токтарова Бейбита Ерболовича", "Токтаров Б. Е."], ["narrator", "relative"],
      gender="male", rel=[("father", "p1"), ("husband", "p2")]),
    P("p4", "Кулпаш Ахметова", ["Ахметову Кулпаш"], ["relative", "victim"], gender="female",
      rel=[("grandmother", "p1")],
      viol=[("family.reprisal", "Бабушку дважды вызывали в полицию и спрашивали, с кем мы общаемся в Алматы и что пишем в интернете")]),
]
PLACES = [
    L("Urumqi", ["Урумчи"]),
    L("Almaty", ["Алматы"]),
    L("Kazakhstan", ["Республики Казахстан", "Казахстан"]),
    L("Tacheng", ["Чугучак", "Чугучаке", "Чугучака"]),
    L("China", ["Китае"]),
]
DATES = [
    D("1996 года", "1996", "year"),
    D("2015 года", "2015", "year"),
    D("декабре 2017 года", "2017-12", "month"),
    D("11 января 2018 года", "2018-01-11", "day"),
    D("весны 2019 года", "2019", "year"),
    D("августе 2019 года", "2019-08", "month"),
    D("4 ноября 2019 года", "2019-11-04", "day"),
    D("27 января 2020 года", "2020-01-27", "day"),
]
EVENTS = [
    ("return", "p1", "2017-12"),
    ("arrest", "p1", "2018-01-11"),
    ("detention", "p1", "2018-01-11"),
    ("disappearance", "p1", "2019"),
    ("interrogation", "p4", None),
]
NEGATED = [("p1", "detention.prison_sentence", "Ержан ни в чём не обвинялся, суда над ним не было")]
FORBIDDEN = []
