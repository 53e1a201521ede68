FILE = "en01_tribunal_decision_reasons.txt"
LANG = "en"
DATE = "2024-03-18"
NOTE = ("UK First-tier Tribunal (IAC) decision and reasons, promulgated 18 March 2024 (= document date; hearing 4 "
        "March 2024). The appellant is anonymised ('AB', 'the appellant'): no person, so his own acts (WeChat pressure "
        "from the Aksu police, his exit) carry no gold. Brother 'Mirkamil Yasin': taken from his shop by police in "
        "April 2018 and sent to a 'training centre' (arbitrary arrest + camp; arrest and detention events), family "
        "not told where he is and no word (disappearance + incommunicado; disappearance event at the taking). Mother "
        "'Sajide Nizam': summoned and questioned about the son abroad, told to persuade him to return (family "
        "reprisal; interrogation event 2021); her claimed month of detention is found not established by the judge "
        "(hedge: neither gold nor forbidden). Paragraph 5 is country information in general terms (no person, no "
        "event). Judge 'Harcourt', counsel 'O. Danquah' (initial + surname = person), presenting officer 'Pellow' "
        "(titles left out) are other. Appeal number is not a date; Taylor House is a hearing centre (organisation).")
ORGS = ["Taylor House", "FIRST-TIER TRIBUNAL (IMMIGRATION AND ASYLUM CHAMBER)", "Home Office",
        "THE SECRETARY OF STATE FOR THE HOME DEPARTMENT"]
PERSONS = [
    P("p1", "Mirkamil Yasin", ["Mirkamil Yasin"], ["victim", "relative"], gender="male", ethnicity="Uyghur",
      rel=[("son", "p2")],
      viol=[("detention.arbitrary_arrest", "was taken from his shop in Aksu by police in April 2018"),
            ("detention.internment_camp", "sent to what the family was told was a training centre"),
            ("disappearance.enforced", "the family has not been told where he is held and has had no word from him"),
            ("detention.incommunicado", "the family has not been told where he is held and has had no word from him")]),
    P("p2", "Sajide Nizam", ["Sajide Nizam"], ["relative", "victim"], gender="female", ethnicity="Uyghur",
      rel=[("mother", "p1")],
      viol=[("family.reprisal", "was summoned to the local police station, questioned about him for a day and told to persuade him to return")]),
    P("p3", "Harcourt", ["HARCOURT", "Harcourt"], ["other"]),
    P("p4", "O. Danquah", ["O. Danquah"], ["other"], gender="male"),
    P("p5", "Pellow", ["Pellow"], ["other"], gender="female"),
]
PLACES = [
    L("China", ["China"]),
    L("Aksu", ["Aksu"]),
    L("United Kingdom", ["United Kingdom"]),
    L("Sheffield", ["Sheffield"]),
]
DATES = [
    D("4 March 2024", "2024-03-04", "day"),
    D(("18 March 2024", 0), "2024-03-18", "day"),
    D("1994", "1994", "year"),
    D("9 September 2019", "2019-09-09", "day"),
    D("2 February 2022", "2022-02-02", "day"),
    D("30 June 2023", "2023-06-30", "day"),
    D("April 2018", "2018-04", "month"),
    D("from [[2020]] an officer", "2020", "year"),
    D("in [[2021]] his mother", "2021", "year"),
    D(("18 March 2024", 1), "2024-03-18", "day"),
]
EVENTS = [
    ("arrest", "p1", "2018-04"),
    ("detention", "p1", "2018-04"),
    ("disappearance", "p1", "2018-04"),
    ("interrogation", "p2", "2021"),
]
NEGATED = []
FORBIDDEN = []
