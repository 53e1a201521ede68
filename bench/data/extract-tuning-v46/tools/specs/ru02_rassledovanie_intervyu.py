FILE = "ru02_rassledovanie_intervyu.txt"
LANG = "ru"
DATE = "2023-05-22"
NOTE = ("Investigative supply-chain piece by an Almaty journalist (wiring harnesses from Hefei in cars assembled in "
        "Kostanay) with an interview of a named worker and his mother, and the company's denial. Told in October 2019 "
        "that one person per family must go and 'whoever refuses goes to study', fenced dormitory, out only in a group "
        "with a minder = transfer event + forced labour; phones checked weekly = digital surveillance; 'Меня нет' to 'were "
        "you beaten?' = negated beating (a fellow worker beaten for praying is unnamed: no person). Left with his mother "
        "for Kazakhstan in November 2021 = exit events for both ('в ноябре' chained on September 2021). After his "
        "interview the county police summoned his father twice and demanded the son 'come back' = family reprisal + "
        "interrogation (undated: 'после того как' gives no interval) on the father; the demand to pass on and calls from "
        "unknown numbers = transnational harassment on the son (rule 5). The foreman who held the wage cards is a "
        "team leader: `official`. The company's 'все сотрудники работают добровольно' and its audit are the accused "
        "party's denial: no negation. Shipment and audit dates annotated; '31 год' is an age, 'почти два года' a duration.")
ORGS = ["Ruiheng Auto Wiring"]
PERSONS = [
    P("p1", "Асель Нуртазина", ["Асель Нуртазина"], ["other"], gender="female"),
    P("p2", "Мирас Талғатұлы", ["Мирас Талғатұлы", "Мирас", "Мирасу"], ["victim", "witness"], gender="male", age=31,
      rel=[("son", "p3"), ("son", "p5")],
      viol=[("labour.forced_labour", "В Хэфэе нас поселили в общежитии за забором, выходить можно было только группой, с сопровождающим"),
            ("surveillance.digital", "Телефоны проверяли каждую неделю"),
            ("transnational.harassment", "Самому Мирасу звонят с незнакомых номеров")]),
    P("p3", "Сауле Ахметова", ["Сауле Ахметовой"], ["relative"], gender="female", rel=[("mother", "p2")]),
    P("p4", "Ли Хунбо", ["Ли Хунбо"], ["official"], gender=None),
    P("p5", "Талғат Ермекұлы", ["Талғата Ермекұлы"], ["relative", "victim"], gender="male", rel=[("father", "p2")],
      viol=[("family.reprisal", "полиция уезда Мори дважды вызывала его отца, Талғата Ермекұлы, и требовала, чтобы сын «вернулся и не позорил семью»")]),
]
PLACES = [
    L("Hefei", ["Хэфэя", "Хэфэе"]),
    L("Kazakhstan", ["Казахстане", "Казахстан"]),
    L("Almaty", ["Алматы"]),
    L("Kostanay", ["Костанае"]),
    L("Mori", ["Мори"]),
    L("Taldykorgan", ["Талдыкоргане"]),
]
DATES = [
    D("22 мая 2023 года", "2023-05-22", "day"),
    D("января 2022", "2022-01", "month"),
    D("март 2023 года", "2023-03", "month"),
    D("ноябре 2021 года", "2021-11", "month"),
    D("октябре 2019 года", "2019-10", "month"),
    D("сентябре 2021 года", "2021-09", "month"),
    D("а в [[ноябре]] вместе", "2021-11", "month"),
    D("марте 2023 года", "2023-03", "month"),
    D("10 апреля 2023 года", "2023-04-10", "day"),
    D("декабре 2022 года", "2022-12", "month"),
]
EVENTS = [
    ("transfer", "p2", "2019-10"),
    ("exit", "p2", "2021-11"),
    ("exit", "p3", "2021-11"),
    ("interrogation", "p5", None),
]
NEGATED = [("p2", "torture.beating", "— [[Меня нет]].")]
FORBIDDEN = []
