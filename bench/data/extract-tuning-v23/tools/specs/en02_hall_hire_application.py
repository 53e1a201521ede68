FILE = "en02_hall_hire_application.txt"
LANG = "en"
DATE = "2022-11-04"
NOTE = ("Australian council hall-hire application (venue block, hirer details, tick boxes, free-text event description, "
        "declaration, office-use block with officer's note). 'MARIBYRNONG CITY COUNCIL', 'Footscray Community Hall' and "
        "'Victorian Uyghur Families Network' are orgs; booking and receipt numbers, capacity, '$300', clock times are not "
        "dates. Hirer in inverted capitals 'ROZI, Adil', then signature 'A. Rozi' and 'Mr Rozi'; sister-in-law 'Gulnar Ismayil' "
        "then bare 'Gulnar'; son 'Ilyar' and wife 'Meryem' by given name only. Officer 'K. Nguyen' is role other; the elders "
        "and the police are roles only. Dates: the event date (19 November 2022) and key collection (18 Nov) are after the "
        "form date: not annotated; '28 October' and '2 Nov' take the form's year; 'last year' -> 2021; '4/11/2022' is "
        "day/month (Australian). Gulnar: twenty days at a police station (pretrial), made to sign unreadable papers (forced "
        "confession), IUD fitted without asking (forced contraception), no passport for years (passport/exit ban); 'She was "
        "not sent to a camp.' = negated internment camp. Her husband: twelve-year sentence, prison unknown (incommunicado). "
        "The boy: not allowed to leave (exit ban). Arrival with the son from Urumqi = exit events dated 2022-10-28; Gulnar's "
        "police-station detention has no date ('After that'). The separation of two sisters is not coded as family.separation "
        "(the code is for spouses and children).")
ORGS = ["MARIBYRNONG CITY COUNCIL", "Footscray Community Hall", "Victorian Uyghur Families Network"]
PERSONS = [
    P("p1", "Adil Rozi", ["ROZI, Adil", "A. Rozi", "Rozi"], ["narrator", "relative"], gender="male",
      rel=[("husband", "p5"), ("brother-in-law", "p2")]),
    P("p2", "Gulnar Ismayil", ["Gulnar Ismayil", "Gulnar"], ["victim", "relative"], gender="female",
      rel=[("sister", "p5"), ("wife", "p3"), ("mother", "p4"), ("sister-in-law", "p1")],
      viol=[("detention.pretrial", "held for twenty days at a police station in Aksu"),
            ("coercion.forced_confession", "made to sign papers she could not read"),
            ("reproductive.forced_contraception", "they fitted her with an IUD without asking her"),
            ("movement.passport_confiscation", "For years the police would not give her a passport")]),
    P("p3", "Shohret Kamil", ["Shohret Kamil"], ["victim", "relative"], gender="male", rel=[("husband", "p2")],
      viol=[("detention.prison_sentence", "was sentenced to twelve years in Aksu"),
            ("detention.incommunicado", "we still do not know which prison he is in")]),
    P("p4", "Ilyar", ["Ilyar"], ["victim", "relative"], gender="male", rel=[("son", "p2"), ("nephew", "p5")],
      viol=[("movement.passport_confiscation", "the boy was not allowed to leave either")]),
    P("p5", "Meryem", ["Meryem"], ["relative"], gender="female",
      rel=[("wife", "p1"), ("sister", "p2"), ("aunt", "p4")]),
    P("p6", "K. Nguyen", ["K. Nguyen"], ["other"]),
]
PLACES = [
    L("Urumqi", ["Urumqi"]),
    L("Melbourne", ["Melbourne"]),
    L("Aksu", ["Aksu"]),
]
DATES = [
    D("28 October", "2022-10-28", "day"),
    D("2017", "2017", "year"),
    D("2016", "2016", "year"),
    D("4/11/2022", "2022-11-04", "day"),
    D("2 Nov", "2022-11-02", "day"),
    D("last year", "2021", "year"),
]
EVENTS = [
    ("exit", "p2", "2022-10-28"), ("exit", "p4", "2022-10-28"),
    ("sentencing", "p3", "2017"),
    ("arrest", "p2", None), ("detention", "p2", None),
]
NEGATED = [("p2", "detention.internment_camp", "She was not sent to a camp")]
FORBIDDEN = []
