FILE = "en05_scholarship_suspension_notice.txt"
LANG = "en"
DATE = "2025-02-11"
NOTE = ("Scholarship foundation's notice suspending a PhD scholar's stipend, with the scholar's e-mailed reply. "
        "'THE ARDEN ROSS FOUNDATION' is an organisation (not a person); 'Professor Lindqvist' (surname only) is a "
        "named supervisor, role other. Mother 'Rabiye Hesen': police search after the son's seminar abroad with the "
        "warning about him (family reprisal), prayer mat and Quran taken (religious ban); 'was not taken anywhere' = "
        "negated arbitrary arrest; weekly reporting to the village office is left uncoded (not confinement). Brother "
        "'Mutellip Hesen': detained spring 2018 (arbitrary arrest), two years in a 'training centre' (camp), moved "
        "straight to a textile plant in 2020 (transfer + forced labour). Scholar: WeChat voice message from an "
        "officer = transnational harassment. 'February instalment' -> 2025-02. Not dates: 'Two days after', 'that "
        "month', 'sixty days', 'by the summer' (future), 'every Monday', clause numbers.")
ORGS = ["THE ARDEN ROSS FOUNDATION", "University of Toronto", "Royal Canadian Mounted Police"]
PERSONS = [
    P("p1", "Nurmemet Hesen", ["Nurmemet Hesen"], ["narrator", "relative", "victim"], gender="male",
      rel=[("son", "p2"), ("brother", "p3")],
      viol=[("transnational.harassment", "received a WeChat voice message from an officer in Hotan telling me to stop my research")]),
    P("p2", "Rabiye Hesen", ["Rabiye Hesen"], ["victim", "relative"], gender="female",
      rel=[("mother", "p1"), ("mother", "p3")],
      viol=[("family.reprisal", "police officers came to her house, searched it"),
            ("culture.religious_ban", "took away her prayer mat and her copy of the Quran")]),
    P("p3", "Mutellip Hesen", ["Mutellip Hesen"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p2")],
      viol=[("detention.arbitrary_arrest", "was detained in spring 2018"),
            ("detention.internment_camp", "spent two years in what the authorities call a training centre in Hotan"),
            ("labour.forced_labour", "moved straight from there to a textile plant in Hotan, and he still works there")]),
    P("p4", "Helen Draycott", ["Helen Draycott", "Draycott"], ["other"], gender="female"),
    P("p5", "Lindqvist", ["Lindqvist"], ["other"]),
]
PLACES = [
    L("Hotan", ["Hotan"]),
    L("Ottawa", ["Ottawa"]),
]
DATES = [
    D("20 January 2025", "2025-01-20", "day"),
    D("30 November 2024", "2024-11-30", "day"),
    D("the [[February]] instalment", "2025-02", "month"),
    D("11 February 2025", "2025-02-11", "day"),
    D("In [[October]]", "2024-10", "month"),
    D("spring 2018", "2018", "year"),
    D("In [[2020]]", "2020", "year"),
    D("in [[November]]", "2024-11", "month"),
    D("2 December", "2024-12-02", "day"),
]
EVENTS = [
    ("arrest", "p3", "2018"),
    ("detention", "p3", "2018"),
    ("transfer", "p3", "2020"),
]
NEGATED = [("p2", "detention.arbitrary_arrest", "She was not taken anywhere")]
FORBIDDEN = []
