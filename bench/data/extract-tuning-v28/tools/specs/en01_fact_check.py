FILE = "en01_fact_check.txt"
LANG = "en"
DATE = "2024-04-17"
NOTE = ("Online fact-check article (verdict, 'What we found', Q/A with the source). Claim quotes the name in capitals "
        "'ABLIKIM TURGHUN', later 'Ablikim Turghun', 'Mr Turghun'; daughter 'Mihrigul Ablikim' (surname = father's given "
        "name); mother only 'Patigul', brother only 'Ekrem'. Bylines, researcher and editor are named staff (other). "
        "'Xinjiang Truth Window' is an account name (org). '9 April' -> 2024-04-09; 'last summer' -> 2023 (year); "
        "sentencing dated by the notice, chained 'five weeks after his release'. Father: arrest + camp 2018-03, release "
        "2019-05, prison sentence. Mother: 'She was never detained' negates arbitrary arrest beside passport taken and a "
        "tracking app (positive controls). Brother deported from Egypt (return), not heard from (incommunicado), "
        "whereabouts unknown (disappearance). Beating claim is unverified and the daughter cannot tell: hedged, neither "
        "gold nor forbidden.")
ORGS = ["Xinjiang Truth Window", "VERITY DESK"]
PERSONS = [
    P("p1", "Ablikim Turghun", ["ABLIKIM TURGHUN", "Ablikim Turghun", "Mr Turghun"], ["victim", "relative"], gender="male",
      ethnicity="Uyghur", rel=[("father", "p2"), ("husband", "p3"), ("father", "p4")],
      viol=[("detention.arbitrary_arrest", "taken from his school by police in March 2018"),
            ("detention.internment_camp", "held for fourteen months in a facility in Atush that the authorities called a vocational training centre"),
            ("detention.prison_sentence", "to 11 years in prison")]),
    P("p2", "Mihrigul Ablikim", ["Mihrigul Ablikim", "Mihrigul"], ["relative"], gender="female",
      rel=[("daughter", "p1"), ("daughter", "p3"), ("sister", "p4")]),
    P("p3", "Patigul", ["Patigul"], ["relative", "victim"], gender="female",
      rel=[("wife", "p1"), ("mother", "p2"), ("mother", "p4")],
      viol=[("movement.passport_confiscation", "the police took her passport in 2017"),
            ("surveillance.digital", "keep a police app on her phone that reports where she goes")]),
    P("p4", "Ekrem", ["Ekrem"], ["relative", "victim"], gender="male",
      rel=[("son", "p1"), ("son", "p3"), ("brother", "p2")],
      viol=[("detention.incommunicado", "has not been heard from since"),
            ("disappearance.enforced", "the family does not know where Ekrem is held")]),
    P("p5", "Hannah Okafor", ["Hannah Okafor"], ["other"], gender="female"),
    P("p6", "Tomasz Wisniewski", ["Tomasz Wisniewski"], ["other"], gender="male"),
    P("p7", "Selin Aydin", ["Selin Aydin"], ["other"], gender="female"),
    P("p8", "Gareth Pryce", ["Gareth Pryce"], ["other"], gender="male"),
]
PLACES = [
    L("Kashgar", ["Kashgar"]),
    L("Atush", ["Atush"]),
    L("Leiden", ["Leiden"]),
    L("Netherlands", ["Netherlands"]),
    L("Cairo", ["Cairo"]),
    L("Egypt", ["Egypt"]),
    L("China", ["China"]),
    L("The Hague", ["The Hague"]),
]
DATES = [
    D("17 April 2024", "2024-04-17", "day"),
    D("freed in [[2019]]", "2019", "year"),
    D("9 April", "2024-04-09", "day"),
    D("March 2018", "2018-03", "month"),
    D("May 2019", "2019-05", "month"),
    D("21 June 2019", "2019-06-21", "day"),
    D("last summer", "2023", "year"),
    D("passport in [[2017]]", "2017", "year"),
    D("July 2017", "2017-07", "month"),
    D("the [[2019]] release", "2019", "year"),
    D("a [[2016]] school", "2016", "year"),
]
EVENTS = [
    ("arrest", "p1", "2018-03"),
    ("detention", "p1", "2018-03"),
    ("release", "p1", "2019-05"),
    ("sentencing", "p1", "2019-06-21"),
    ("return", "p4", "2017-07"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "She was never detained")]
FORBIDDEN = []
