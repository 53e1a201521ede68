FILE = "en02_therapy_self_referral.txt"
LANG = "en"
DATE = "2024-02-06"
NOTE = ("NHS talking-therapies online self-referral form (surname field 'HAMIT', first-name field, DOB, ethnicity, "
        "GP, medication 'none', free-text answers, PHQ/GAD scores) with a practitioner's triage note. Narrator Zulpiye "
        "Hamit = 'HAMIT' / 'Zulpiye' / 'Ms Hamit'; her father Hamit Rozi (his given name is her surname). Mother by given "
        "name only ('Gulbahar'). 'I came to Leeds in 2016' = exit. Sentence learnt by phone 'Two years later' (2019 is "
        "a date; sentencing event undated). 'last spring' -> 2023; bare 'December' -> 2023-12. 'She was not taken to "
        "the camp' negates internment_camp for the mother beside political classes and phone checks. Weight loss / "
        "enough to eat is wondering only (hedged food deprivation: neither gold nor forbidden). Being made to call the "
        "daughter is coded as transnational harassment of the daughter only. 'Current medication: none', 'Hyde Park "
        "Surgery', 'LEEDS TALKING THERAPIES' are traps. GP 'Dr A. Pearson' / 'Dr Pearson' and practitioner Helen Marsh = other.")
ORGS = ["Hyde Park Surgery", "LEEDS TALKING THERAPIES"]
PERSONS = [
    P("p1", "Zulpiye Hamit", ["HAMIT", "Zulpiye", "Hamit"], ["narrator", "victim", "relative"],
      gender="female", ethnicity="Uyghur", birth_year=1993, rel=[("daughter", "p2"), ("daughter", "p3")],
      viol=[("transnational.harassment", "the police made her call me, ask for my address and the name of my university, and tell me to come home")]),
    P("p2", "Hamit Rozi", ["Hamit Rozi"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("husband", "p3")],
      viol=[("detention.arbitrary_arrest", "police took my father, Hamit Rozi, from our home in Aksu"),
            ("detention.internment_camp", "\"education\" camps"),
            ("detention.prison_sentence", "he had got fifteen years")]),
    P("p3", "Gulbahar", ["Gulbahar"], ["victim", "relative"], gender="female",
      rel=[("mother", "p1"), ("wife", "p2")],
      viol=[("indoctrination.political", "go to political classes at the neighbourhood committee every Monday and sing the songs"),
            ("surveillance.digital", "The police look through her phone every time she goes to the market")]),
    P("p4", "A. Pearson", ["A. Pearson", "Pearson"], ["other"]),
    P("p5", "Helen Marsh", ["Helen Marsh"], ["other"], gender="female"),
]
PLACES = [
    L("Leeds", ["Leeds"]),
    L("Aksu", ["Aksu"]),
]
DATES = [
    D("02/02/2024", "2024-02-02", "day"),
    D("14/07/1993", "1993-07-14", "day"),
    D("2016", "2016", "year"),
    D("November 2017", "2017-11", "month"),
    D("Two years later", "2019", "year"),
    D("last spring", "2023", "year"),
    D("In [[December]] the police", "2023-12", "month"),
    D("06/02/2024", "2024-02-06", "day"),
]
EVENTS = [
    ("exit", "p1", "2016"),
    ("arrest", "p2", "2017-11"),
    ("detention", "p2", "2017-11"),
    ("sentencing", "p2", None),
]
NEGATED = [("p3", "detention.internment_camp", "She was not taken to the camp")]
FORBIDDEN = []
