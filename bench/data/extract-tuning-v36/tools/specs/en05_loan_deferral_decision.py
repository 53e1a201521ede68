FILE = "en05_loan_deferral_decision.txt"
LANG = "en"
DATE = "2024-09-10"
NOTE = ("Canadian credit union's member relief (loan deferral) decision with numbered terms, a hardship summary "
        "and a staff note; signature 'K. Marchetti' = lending officer Kevin Marchetti (other). Trap: 'Mijit Turdi' / "
        "'Mr. Turdi' carries his father's given name; the father is 'Turdi Qadir' (81, 'was not detained': negated). "
        "Mother Rahile Yunus taken because she had a son abroad (arbitrary arrest + family reprisal), blood, fingerprints and voice at a 'health check' in 2017 (biometric collection), a year in a "
        "'training centre' (internment camp), then seven years (prison sentence; undated: offset after a month date) "
        "for Quran lessons (religious ban), family cannot write (incommunicado). Sister Patime sent to a Korla factory "
        "under a labour-transfer quota (forced labour). 'Kashgar Intermediate Court' is an organisation. 'in July', "
        "'This spring', 'in June' anchored on 2024; 'December 2024' review lies after the document date; loan "
        "number, amounts, 'four months', 'six weeks' are not dates.")
ORGS = ["LAKESHORE COMMUNITY CREDIT UNION", "Kashgar Intermediate Court"]
PERSONS = [
    P("p1", "Nadire Ablet", ["Nadire Ablet", "Ablet"], ["relative"], gender="female", rel=[("wife", "p2")]),
    P("p2", "Mijit Turdi", ["Mijit Turdi", "Turdi", "Mijit"], ["relative"], gender="male",
      rel=[("husband", "p1"), ("son", "p4"), ("son", "p3"), ("brother", "p5")]),
    P("p3", "Rahile Yunus", ["Rahile Yunus"], ["victim"], gender="female",
      rel=[("mother", "p2"), ("mother", "p5"), ("wife", "p4")],
      viol=[("medical.biometric_collection", "had to give blood, fingerprints and a voice recording at a free \"health check\" in 2017"),
            ("detention.arbitrary_arrest", "She was taken from her apartment in Kashgar in March 2018"),
            ("family.reprisal", "after the neighbourhood committee reported that she had a son abroad"),
            ("detention.internment_camp", "She spent a year in what officials called a training centre"),
            ("detention.prison_sentence", "was then given seven years by the Kashgar Intermediate Court"),
            ("culture.religious_ban", "which the family says meant holding Quran lessons for her grandchildren"),
            ("detention.incommunicado", "The family cannot write to her")]),
    P("p4", "Turdi Qadir", ["Turdi Qadir"], ["relative"], gender="male", age=81,
      rel=[("father", "p2"), ("father", "p5"), ("husband", "p3")]),
    P("p5", "Patime", ["Patime"], ["victim", "relative"], gender="female", rel=[("sister", "p2"), ("daughter", "p4"), ("daughter", "p3")],
      viol=[("labour.forced_labour", "was sent from her village to a garment factory in Korla in 2020 under a \"labour transfer\" quota; she earns little and cannot leave")]),
    P("p6", "Kevin Marchetti", ["Kevin Marchetti", "K. Marchetti"], ["other"], gender="male"),
]
PLACES = [
    L("Scarborough", ["Scarborough"]),
    L("Kashgar", ["Kashgar"]),
    L("Canada", ["Canada"]),
    L("Korla", ["Korla"]),
]
DATES = [
    D("September 10, 2024", "2024-09-10", "day"),
    D("August 27, 2024", "2024-08-27", "day"),
    D("charged in [[July]]", "2024-07", "month"),
    D("2009", "2009", "year"),
    D("check\" in [[2017]]", "2017", "year"),
    D("March 2018", "2018-03", "month"),
    D("Korla in [[2020]]", "2020", "year"),
    D("This spring", "2024", "year"),
    D("reduced in [[June]]", "2024-06", "month"),
]
EVENTS = [
    ("exit", "p2", "2009"),
    ("arrest", "p3", "2018-03"),
    ("detention", "p3", "2018-03"),
    ("sentencing", "p3", None),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "was not detained")]
FORBIDDEN = []
