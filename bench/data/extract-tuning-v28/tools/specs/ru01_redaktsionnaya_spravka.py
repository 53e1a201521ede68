FILE = "ru01_redaktsionnaya_spravka.txt"
LANG = "ru"
DATE = "2020-10-14"
NOTE = ("Newsroom fact-checking desk's internal background memo (редакционная справка) on a planned story, Russian. "
        "Subject in form order with capitals 'МАМЫТОВ Дилшат Абдукеримович', then genitive 'Дилшата', instrumental "
        "'Дилшатом'; wife 'Мамытова Гульмира', nickname «Гуля», 'Гульмирой', 'Гульмиры', 'Г. Мамытовой'; mother only "
        "'Хаджиниса'; brother only 'Нурлан'; dative/genitive staff 'И. В. Соколова' (a man); closing initials 'Д. А.' "
        "are not a mention. Subjectless clauses carry the acts («задержали», «отобрали паспорт», «держали», «перевели», "
        "«Освободили», «не выпускают», «звонили»). Dash Q/A. Transfer chained: 12 March 2018 + three weeks -> 2018-04; "
        "'в августе' -> 2020-08; '12.10' -> 2020-10-12; '5 октября' -> 2020-10-05. Going to Ghulja from Kazakhstan is a "
        "return. 'Нет, не били' negates beating; mother 'не задерживали, в лагере она не была' negates arbitrary arrest and "
        "camp beside summonses «на беседу» (interrogation event, no code). Brother's camp is a single anonymous rumour: "
        "hedged, not gold, not forbidden. 'Консульство Казахстана' is an org.")
ORGS = ["Консульство Казахстана"]
PERSONS = [
    P("p1", "Дилшат Мамытов", ["МАМЫТОВ Дилшат Абдукеримович", "Дилшата", "Дилшатом"], ["victim", "relative"],
      gender="male", ethnicity="Uyghur", birth_year=1984, citizenship=["Kazakhstan"],
      rel=[("husband", "p2"), ("son", "p3"), ("son", "p4"), ("brother", "p5")],
      viol=[("detention.arbitrary_arrest", "На въезде в город задержали"),
            ("movement.passport_confiscation", "отобрали паспорт"),
            ("detention.pretrial", "Три недели держали в следственном изоляторе"),
            ("detention.internment_camp", "перевели в «школу» под Кульджой"),
            ("detention.incommunicado", "Родным ничего не сообщали"),
            ("disappearance.enforced", "где он, Гульмира узнала только через полгода"),
            ("labour.forced_labour", "заставляли работать на швейном участке без оплаты"),
            ("family.separation", "к семье в Жаркент не выпускают")]),
    P("p2", "Гульмира Мамытова", ["Мамытова Гульмира", "Гуля", "Гульмира", "Гульмирой", "Гульмиры", "Г. Мамытовой"],
      ["relative", "victim"], gender="female", rel=[("wife", "p1")],
      viol=[("transnational.harassment", "звонили с китайского номера, предлагали приехать «за мужем» в Кульджу")]),
    P("p3", "Абдукерим Мамытов", ["Абдукерим Мамытов"], ["relative"], gender="male", rel=[("father", "p1")]),
    P("p4", "Хаджиниса", ["Хаджиниса"], ["relative"], gender="female", rel=[("mother", "p1")]),
    P("p5", "Нурлан", ["Нурлан"], ["relative"], gender="male", rel=[("brother", "p1")]),
    P("p6", "Д. Ахметова", ["Д. Ахметова"], ["other"], gender="female"),
    P("p7", "И. В. Соколов", ["И. В. Соколова"], ["other"], gender="male"),
]
PLACES = [
    L("Kazakhstan", ["Казахстана", "Казахстане"]),
    L("Zharkent", ["Жаркента", "Жаркент"]),
    L("Ghulja", ["Кульдже", "Кульджу", "Кульджой"]),
    L("Urumqi", ["Урумчи"]),
]
DATES = [
    D("14.10.2020", "2020-10-14", "day"),
    D("1984", "1984", "year"),
    D(("09.10.2020", 0), "2020-10-09", "day"),
    D("12 марта 2018", "2018-03-12", "day"),
    D("декабре 2019-го", "2019-12", "month"),
    D("августе", "2020-08", "month"),
    D("в [[2019]] г.", "2019", "year"),
    D(("09.10.2020", 1), "2020-10-09", "day"),
    D("жены [[12.10]]", "2020-10-12", "day"),
    D("5 октября", "2020-10-05", "day"),
]
EVENTS = [
    ("return", "p1", "2018-03-12"),
    ("arrest", "p1", "2018-03-12"),
    ("detention", "p1", "2018-03-12"),
    ("transfer", "p1", "2018-04"),
    ("release", "p1", "2019-12"),
    ("interrogation", "p4", "2019"),
]
NEGATED = [("p1", "torture.beating", "Нет, не били"),
           ("p4", "detention.arbitrary_arrest", "не задерживали"),
           ("p4", "detention.internment_camp", "в лагере она не была")]
FORBIDDEN = []
