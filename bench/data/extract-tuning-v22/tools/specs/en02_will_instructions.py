FILE = "en02_will_instructions.txt"
LANG = "en"
DATE = "2023-02-21"
NOTE = ("Solicitor's will-instruction attendance note (matter line, client block, family list in capitals, notes, Q/A on "
        "wishes, executors, action). 'HARGREAVES & LOWE LLP' (surnames inside) and 'Coventry Road' (street with a toponym) "
        "are orgs; matter number, ages 38/35/41, '10:30', '£2,000', 'six hours', 'ten years', 'B9' and the closing initials "
        "'PR' are not persons or dates; '7 March' is after the document date (not annotated). Fee earner Priya Raman and "
        "co-executor Daniel Okafor are role other. Children listed as 'ALIM RUSTEM' etc. (surname = father's given name), "
        "later by given name only; Erkin's children Mihray and Arslan by given name only. 'naturalised 2011' -> citizenship "
        "United Kingdom. Wife died in Birmingham after a stroke: death event, death.in_custody forbidden. Erkin: taken from "
        "his shop by police (arrest + detention 2017-04, arbitrary arrest), camp, 'No contact since June 2017' "
        "(incommunicado), location unknown (disappearance); the 'long sentence' is a belief the client did not want "
        "recorded as fact (no sentencing event, no code, not forbidden); the 'presumption of death' route is not a death "
        "(death.in_custody forbidden). Zulpiye: questioned six hours at Khorgos, phone copied (interrogation 2018, digital "
        "surveillance), 'She was not detained' (arbitrary arrest negated).")
ORGS = ["HARGREAVES & LOWE LLP", "Coventry Road"]
PERSONS = [
    P("p1", "Priya Raman", ["Priya Raman"], ["other"], gender="female"),
    P("p2", "Rustem Niyaz", ["RUSTEM NIYAZ"], ["relative", "witness"], gender="male", birth_year=1958,
      citizenship=["United Kingdom"],
      rel=[("husband", "p3"), ("father", "p4"), ("father", "p5"), ("father", "p6"), ("grandfather", "p7"),
           ("grandfather", "p8")]),
    P("p3", "Hanipe Niyaz", ["Hanipe Niyaz"], ["relative"], gender="female", rel=[("wife", "p2")]),
    P("p4", "Alim Rustem", ["ALIM RUSTEM", "Alim Rustem", "Alim"], ["relative"], gender="male", age=38,
      rel=[("son", "p2"), ("brother", "p5"), ("brother", "p6")]),
    P("p5", "Zulpiye Rustem", ["ZULPIYE RUSTEM", "Zulpiye"], ["relative", "victim"], gender="female", age=35,
      rel=[("daughter", "p2"), ("sister", "p4"), ("sister", "p6")],
      viol=[("surveillance.digital", "her phone was copied")]),
    P("p6", "Erkin Rustem", ["ERKIN RUSTEM", "Erkin"], ["victim", "relative"], gender="male", age=41,
      rel=[("son", "p2"), ("brother", "p4"), ("brother", "p5"), ("father", "p7"), ("father", "p8")],
      viol=[("detention.arbitrary_arrest", "Erkin was taken from the shop by police in April 2017"),
            ("detention.internment_camp", "held at a camp on the edge of the city"),
            ("detention.incommunicado", "No contact since June 2017"),
            ("disappearance.enforced", "Client does not know where Erkin is held")]),
    P("p7", "Mihray", ["Mihray"], ["relative"], gender="female", rel=[("daughter", "p6"), ("granddaughter", "p2")]),
    P("p8", "Arslan", ["Arslan"], ["relative"], gender="male", rel=[("son", "p6"), ("grandson", "p2")]),
    P("p9", "Daniel Okafor", ["Daniel Okafor"], ["other"], gender="male"),
]
PLACES = [
    L("Small Heath", ["Small Heath"]),
    L("Birmingham", ["Birmingham"]),
    L("Kashgar", ["Kashgar"]),
    L("Xinjiang", ["Xinjiang"]),
    L("Almaty", ["Almaty"]),
    L("London", ["London"]),
    L("Khorgos", ["Khorgos"]),
]
DATES = [
    D("21 February 2023", "2023-02-21", "day"),
    D("14 August 1958", "1958-08-14", "day"),
    D("naturalised [[2011]]", "2011", "year"),
    D("Birmingham in [[2020]]", "2020", "year"),
    D("Kashgar in [[2004]]", "2004", "year"),
    D("April 2017", "2017-04", "month"),
    D("June 2017", "2017-06", "month"),
    D("visit in [[2018]]", "2018", "year"),
]
EVENTS = [
    ("death", "p3", "2020"),
    ("exit", "p2", "2004"),
    ("arrest", "p6", "2017-04"),
    ("detention", "p6", "2017-04"),
    ("interrogation", "p5", "2018"),
]
NEGATED = [("p5", "detention.arbitrary_arrest", "She was not detained")]
FORBIDDEN = [("p3", "death.in_custody"), ("p6", "death.in_custody")]
