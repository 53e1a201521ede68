FILE = "en07_podcast_show_notes.txt"
LANG = "en"
DATE = "2026-04-20"
NOTE = ("Podcast episode show-notes page (show title, episode line with duration, timestamped chapter list, content note, "
        "music credit, support line). Host Femke de Graaf is a credit (interviewer), not a person; chapter times and '52 min' "
        "are not dates; song title 'Kashgar Morning' and 'Flemish Refugee Action' are names, not places. Guest Ablikim Turdi "
        "(39) <- father Turdi Niyaz; brother Abduweli Turdi; wife Rozigul Ahmet; released neighbour Memetjan Hoshur. Both "
        "father and brother taken on 22 February 2017 (one evidence span for two persons); father released after eleven days -> "
        "release 2017-03. 'two years later' -> 2019. Brother's death in 2021 is rumour ('Nobody will confirm it'): no death event, "
        "no code, not forbidden. Police officer beside the father on a video call = surveillance.digital; shop sign replaced "
        "with Chinese = language ban. Tengritagh Road is a street, not annotated.")
ORGS = ["Kashgar Morning", "Flemish Refugee Action", "Femke de Graaf"]
PERSONS = [
    P("p1", "Ablikim Turdi", ["Ablikim Turdi", "Ablikim"], ["witness", "relative"], gender="male", age=39,
      rel=[("son", "p2"), ("brother", "p3"), ("husband", "p5")]),
    P("p2", "Turdi Niyaz", ["Turdi Niyaz"], ["victim"], gender="male", rel=[("father", "p1"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "his father and his older brother Abduweli Turdi were both taken from the bakery"),
            ("detention.pretrial", "released after eleven days at the Yarkand county detention centre"),
            ("culture.language_ban", "replaced by the authorities with one in Chinese"),
            ("surveillance.digital", "a police officer sat beside him during their video call")]),
    P("p3", "Abduweli Turdi", ["Abduweli Turdi", "Abduweli"], ["victim"], gender="male", rel=[("brother", "p1"), ("son", "p2")],
      viol=[("detention.arbitrary_arrest", "his father and his older brother Abduweli Turdi were both taken from the bakery"),
            ("detention.overcrowding", "kept in a cell for twenty men with about sixty inside"),
            ("ill_treatment.food_deprivation", "was fed one bun a day"),
            ("detention.solitary_confinement", "spent a month alone in a dark room"),
            ("detention.incommunicado", "His father was never allowed to speak about Abduweli")]),
    P("p4", "Memetjan Hoshur", ["Memetjan Hoshur"], ["witness", "victim"], gender="male"),
    P("p5", "Rozigul Ahmet", ["Rozigul Ahmet"], ["relative"], gender="female", rel=[("wife", "p1")]),
]
PLACES = [
    L("Antwerp", ["Antwerp"]),
    L("Yarkand County", ["Yarkand county", "Yarkand"]),
    L("Belgium", ["Belgium"]),
    L("Ghent", ["Ghent"]),
    L("Lyon", ["Lyon"]),
    L("Almaty", ["Almaty"]),
]
DATES = [
    D("20 April 2026", "2026-04-20", "day"),
    D("Belgium in [[2015]]", "2015", "year"),
    D("22 February 2017", "2017-02-22", "day"),
    D("two years later", "2019", "year"),
    D("In [[2023]] a police", "2023", "year"),
    D("died in [[2021]]", "2021", "year"),
]
EVENTS = [
    ("exit", "p1", "2015"),
    ("arrest", "p2", "2017-02-22"),
    ("detention", "p2", None),
    ("release", "p2", "2017-03"),
    ("arrest", "p3", "2017-02-22"),
    ("detention", "p3", None),
    ("release", "p4", None),
]
NEGATED = []
FORBIDDEN = []
