FILE = "en05_care_home_visitor_log.txt"
LANG = "en"
DATE = "2025-01-27"
NOTE = ("Long-term care home's visitor log, notes column, Richmond BC (resident in inverted 'SADIQ, Patem' = one mention, "
        "ISO entry dates, staff initials J.T./M.R./P.W. are not persons, nurse 'P. Wong' and social worker 'Dana Ferreira' "
        "are staff, other; mosque friend 'Gulchehre Mamut' / 'Mrs Mamut' other). Son Alim Qadir (father's given name: "
        "Qadir Sadiq's son): fifteen years from a Ghulja court 2018 (sentence + sentencing 2018), moved to a Gansu prison "
        "2021 (transfer), no visit or call since 2020 (incommunicado); 'never been released'. An unnamed man from a "
        "'Chinese community association' makes the resident sign a letter and photographs her (transnational harassment) "
        "and came to the granddaughter's door in December (= 2024-12; harassment of Nilufer). Grandfather Qadir Sadiq died "
        "at home in Ghulja 2016 before the arrests (death event; death in custody forbidden). Aunt Rahile Qadir questioned "
        "'last Sunday' on the entry of Sunday 2025-01-26 (= 2025-01-19) because the family posted about Alim (family "
        "reprisal; interrogation only). Resident left China 1998 (exit). 'Richmond RCMP' is an organisation; '03:00' and "
        "'two hours' are not dates.")
ORGS = ["Richmond RCMP"]
PERSONS = [
    P("p1", "Patem Sadiq", ["SADIQ, Patem"], ["victim", "relative"], gender="female", birth_year=1941,
      rel=[("mother", "p2"), ("grandmother", "p3"), ("wife", "p4"), ("mother", "p5")],
      viol=[("transnational.harassment", "Asked the resident to sign a letter in Chinese and took her photograph before staff could stop him")]),
    P("p2", "Alim Qadir", ["Alim Qadir", "Alim"], ["victim"], gender="male",
      rel=[("son", "p1"), ("father", "p3"), ("son", "p4"), ("brother", "p5")],
      viol=[("detention.prison_sentence", "He was given fifteen years by a court in Ghulja in 2018"),
            ("detention.incommunicado", "The family has not been allowed a single visit or call since 2020")]),
    P("p3", "Nilufer Alim", ["Nilufer Alim", "Nilufer"], ["relative", "victim"], gender="female",
      rel=[("granddaughter", "p1"), ("daughter", "p2"), ("granddaughter", "p4"), ("niece", "p5")],
      viol=[("transnational.harassment", "the same man had come to her own door in December asking about her work and her trips to Washington")]),
    P("p4", "Qadir Sadiq", ["Qadir Sadiq"], ["relative"], gender="male",
      rel=[("husband", "p1"), ("father", "p2"), ("grandfather", "p3"), ("father", "p5")]),
    P("p5", "Rahile Qadir", ["Rahile Qadir"], ["victim", "relative"], gender="female",
      rel=[("daughter", "p1"), ("sister", "p2"), ("aunt", "p3"), ("daughter", "p4")],
      viol=[("family.reprisal", "was questioned by the police for an afternoon because the family had posted about Alim online")]),
    P("p6", "Gulchehre Mamut", ["Gulchehre Mamut", "Mamut"], ["other"], gender="female"),
    P("p7", "P. Wong", ["P. Wong"], ["other"]),
    P("p8", "Dana Ferreira", ["Dana Ferreira"], ["other"], gender="female"),
]
PLACES = [
    L("Richmond", ["Richmond"]),
    L("British Columbia", ["British Columbia"]),
    L("Ghulja", ["Ghulja"]),
    L("Gansu", ["Gansu"]),
    L("Washington", ["Washington"]),
    L("China", ["China"]),
]
DATES = [
    D("Born: [[1941]]", "1941", "year"),
    D("2025-01-05", "2025-01-05", "day"),
    D("2025-01-09", "2025-01-09", "day"),
    D("in Ghulja in [[2018]]", "2018", "year"),
    D("in [[2021]]", "2021", "year"),
    D("since [[2020]]", "2020", "year"),
    D("2025-01-12", "2025-01-12", "day"),
    D("in [[December]]", "2024-12", "month"),
    D("2025-01-19", "2025-01-19", "day"),
    D("in [[2016]]", "2016", "year"),
    D("2025-01-26", "2025-01-26", "day"),
    D("last Sunday", "2025-01-19", "day"),
    D("2025-01-27", "2025-01-27", "day"),
    D("12 January", "2025-01-12", "day"),
    D("in [[1998]]", "1998", "year"),
]
EVENTS = [
    ("sentencing", "p2", "2018"),
    ("transfer", "p2", "2021"),
    ("death", "p4", "2016"),
    ("interrogation", "p5", "2025-01-19"),
    ("exit", "p1", "1998"),
]
NEGATED = []
FORBIDDEN = [("p4", "death.in_custody")]
