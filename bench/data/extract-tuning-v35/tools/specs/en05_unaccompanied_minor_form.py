FILE = "en05_unaccompanied_minor_form.txt"
LANG = "en"
DATE = "2021-07-23"
NOTE = ("Airline unaccompanied-minor handling form for a girl flying Almaty-Istanbul (numbered sections, names in capitals, "
        "dotted dates, grandmother's free-text note to the crew, airport-use block). 'SKYBRIDGE AIRWAYS' is an organisation; "
        "booking reference, flight number and clock time are not dates. Child 'MIHRIBAN ERKIN' / 'Mihriban' (surname = father's "
        "given name Erkin Turdi; 'Erkin' alone is the father); grandmother 'PATEM ABDULLA' signs 'P. Abdulla'; mother "
        "'NURSIMA QADIR' / 'Nursima'; son 'Alimjan'; agent 'A. Seitkali' (initial + surname: other). Father 'taken from their "
        "house' = arbitrary arrest (arrest + detention 2017-03); seen in the camp in 2018 = internment camp; nobody knows where "
        "he is, no office answers = enforced disappearance + incommunicado (disappearance undated). Move to Urumqi is hearsay "
        "('I do not know if that is so'): no transfer. Mother: 'not sent to a camp herself' = internment camp negated; ID card "
        "kept and passport refused = passport confiscation; call from someone for the Ghulja police asking her Istanbul address "
        "= transnational harassment. Son put in a state boarding school, not released to the family = family separation. "
        "Mother and child left China in 2019 (exit). 'In February' -> 2021-02; 'for two years' not annotated.")
ORGS = ["SKYBRIDGE AIRWAYS"]
PERSONS = [
    P("p1", "Mihriban Erkin", ["MIHRIBAN ERKIN", "Mihriban"], ["relative"], gender="female", birth_year=2011, age=10,
      rel=[("daughter", "p3"), ("daughter", "p4"), ("granddaughter", "p2"), ("sister", "p5")]),
    P("p2", "Patem Abdulla", ["PATEM ABDULLA", "P. Abdulla"], ["narrator", "relative"], gender="female",
      rel=[("grandmother", "p1"), ("mother", "p3"), ("grandmother", "p5")]),
    P("p3", "Nursima Qadir", ["NURSIMA QADIR", "Nursima"], ["victim", "relative"], gender="female",
      rel=[("mother", "p1"), ("daughter", "p2"), ("wife", "p4"), ("mother", "p5")],
      viol=[("movement.passport_confiscation", "the police kept her identity card and for two years refused her a passport"),
            ("transnational.harassment", "someone speaking for the Ghulja police rang Nursima and asked for her address in Istanbul")]),
    P("p4", "Erkin Turdi", ["Erkin Turdi", "Erkin"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("husband", "p3"), ("father", "p5")],
      viol=[("detention.arbitrary_arrest", "was taken from their house in Ghulja in March 2017"),
            ("detention.internment_camp", "saw him in the camp on the east side of the city in 2018"),
            ("disappearance.enforced", "Since then nobody knows where he is"),
            ("detention.incommunicado", "no office answers us")]),
    P("p5", "Alimjan", ["Alimjan"], ["victim", "relative"], gender="male",
      rel=[("son", "p3"), ("son", "p4"), ("brother", "p1"), ("grandson", "p2")],
      viol=[("family.separation", "was put in a state boarding school in Ghulja after his father was taken, and the school will not release him to us")]),
    P("p6", "A. Seitkali", ["A. Seitkali"], ["other"]),
]
PLACES = [
    L("Almaty", ["Almaty"]),
    L("Istanbul", ["Istanbul"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Türkiye", ["Türkiye"]),
    L("Ghulja", ["Ghulja"]),
    L("Urumqi", ["Urumqi"]),
]
DATES = [
    D("23.07.2021", "2021-07-23", "day"),
    D("02.04.2011", "2011-04-02", "day"),
    D("since [[2019]]", "2019", "year"),
    D("March 2017", "2017-03", "month"),
    D("city in [[2018]]", "2018", "year"),
    D("In [[2019]] she", "2019", "year"),
    D("In [[February]]", "2021-02", "month"),
]
EVENTS = [
    ("arrest", "p4", "2017-03"),
    ("detention", "p4", "2017-03"),
    ("disappearance", "p4", None),
    ("exit", "p3", "2019"),
    ("exit", "p1", "2019"),
]
NEGATED = [("p3", "detention.internment_camp", "She was not sent to a camp herself")]
FORBIDDEN = []
