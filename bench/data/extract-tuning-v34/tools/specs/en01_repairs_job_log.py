FILE = "en01_repairs_job_log.txt"
LANG = "en"
DATE = "2025-02-11"
NOTE = ("Housing association's repairs job log, tenant copy (Birmingham): tenant field in capitals 'NURBIYE TURSUN', "
        "joint-tenant field 'Mr A. Hesen', 'Ms Tursun' (title not in mention), signatures 'K. Doyle', 'P. Chandran', "
        "'L. Fairbairn' beside full names. Repairs staff are named staff (other). Brother-in-law Memtimin translates and "
        "reports (relative, no act). Husband Ablimit Hesen: back to Kashgar April 2017 (return), taken by police the same "
        "month (arrest+detention, arbitrary arrest), 'training school' (camp), fifteen years heard of in 2019 (undated "
        "sentencing), no contact since 2017 (incommunicado), prison unknown (enforced disappearance), passport kept at "
        "Urumqi airport. Father Hesen Qadir: study centre 2018 (camp), home that October (release 2018-10). Tenant 'was "
        "never detained' (negated) beside a threatening call from a Kashgar number (transnational harassment), exit "
        "through Almaty March 2017. 'last Tuesday' anchored on the entry date 3 February 2025 (Monday) = 2025-01-28. "
        "Street address, tenancy ref, clock times and 'four months' are not annotated; 'West Midlands Police' is an "
        "organisation.")
ORGS = ["MERIDIAN HOMES", "West Midlands Police"]
PERSONS = [
    P("p1", "Nurbiye Tursun", ["NURBIYE TURSUN", "Tursun"], ["victim", "relative"], gender="female",
      rel=[("wife", "p2")],
      viol=[("transnational.harassment", "a man rang the tenant from a Kashgar number and told her to")]),
    P("p2", "Ablimit Hesen", ["A. Hesen", "Ablimit Hesen", "Hesen"], ["victim"], gender="male",
      rel=[("husband", "p1"), ("brother", "p3"), ("son", "p7")],
      viol=[("detention.arbitrary_arrest", "the police took him from his parents' house"),
            ("detention.internment_camp", "he was sent to a \"training school\""),
            ("detention.prison_sentence", "a court had given him fifteen years"),
            ("detention.incommunicado", "She has not been able to speak to him since 2017"),
            ("disappearance.enforced", "does not know which prison he is in"),
            ("movement.passport_confiscation", "His passport had been kept by the police at the airport in Urumqi")]),
    P("p3", "Memtimin", ["Memtimin"], ["relative"], gender="male",
      rel=[("brother", "p2"), ("son", "p7"), ("brother-in-law", "p1")]),
    P("p4", "Kerry Doyle", ["K. Doyle", "Kerry Doyle"], ["other"], gender="female"),
    P("p5", "Liam Fairbairn", ["Liam Fairbairn", "L. Fairbairn"], ["other"], gender="male"),
    P("p6", "Priya Chandran", ["Priya Chandran", "Priya", "P. Chandran"], ["other"], gender="female"),
    P("p7", "Hesen Qadir", ["Hesen Qadir"], ["victim"], gender="male", rel=[("father", "p2"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "was taken to a study centre"),
            ("detention.internment_camp", "a study centre in 2018 and held for four months")]),
]
PLACES = [
    L("Sparkbrook", ["Sparkbrook"]),
    L("Birmingham", ["Birmingham"]),
    L("Kashgar", ["Kashgar"]),
    L("Urumqi", ["Urumqi"]),
    L("Almaty", ["Almaty"]),
]
DATES = [
    D("11 February 2025", "2025-02-11", "day"),
    D("9 January 2025", "2025-01-09", "day"),
    D("16 January 2025", "2025-01-16", "day"),
    D("21 January 2025", "2025-01-21", "day"),
    D("April 2017", "2017-04", "month"),
    D("and in [[2019]] that", "2019", "year"),
    D("since [[2017]] and", "2017", "year"),
    D("centre in [[2018]]", "2018", "year"),
    D("that [[October]]", "2018-10", "month"),
    D("March 2017", "2017-03", "month"),
    D("3 February 2025", "2025-02-03", "day"),
    D("last Tuesday", "2025-01-28", "day"),
]
EVENTS = [
    ("return", "p2", "2017-04"),
    ("arrest", "p2", "2017-04"),
    ("detention", "p2", "2017-04"),
    ("sentencing", "p2", None),
    ("arrest", "p7", "2018"),
    ("detention", "p7", "2018"),
    ("release", "p7", "2018-10"),
    ("exit", "p1", "2017-03"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "Ms Tursun herself was never detained")]
FORBIDDEN = []
