FILE = "en03_museum_volunteer_roster.txt"
LANG = "en"
DATE = "2024-06-22"
NOTE = ("Museum front-of-house volunteer roster (Markdown grid of Saturdays x shifts, notes column) with the coordinator's "
        "notes on two volunteers' shift swaps, Paisley. Volunteers Ronan McBride and Fiona Gallacher and coordinator "
        "'K. Docherty' are other; 'Aigerim Serikkyzy' patronymic; father 'Erkin Sabir' vs daughter 'Dilnaz Erkin' (surname = "
        "father's given name). Roster day dates '1 Jun' ... '22 Jun' take the year of the header; 'Sat 29 Jun' is after the "
        "document date (not annotated); 'Last week' is a week offset (not annotated); 'May of this year' -> 2024-05, 'this "
        "summer' -> 2024. Taken from his classroom = arbitrary arrest; no visits or letters = incommunicado; sentence for "
        "lessons taught in Uyghur = language ban. Mother 'was not arrested' (negated) beside passport taken and leave "
        "permission. Consulate caller asking for the attendance list = transnational harassment. Aunt detained for WhatsApp "
        "= arrest + digital surveillance; 'the school' = camp with songs and thought reports; after release a Monday "
        "flag-raising and lecture is not coded separately; 'may not leave her village' = house arrest. A volunteer shut in a "
        "store by a faulty door is no arrest or solitary confinement (forbidden).")
ORGS = ["PAISLEY MUSEUM"]
PERSONS = [
    P("p1", "Dilnaz Erkin", ["Dilnaz Erkin", "Dilnaz"], ["relative", "victim"], gender="female",
      rel=[("daughter", "p2"), ("daughter", "p3")],
      viol=[("transnational.harassment", "someone who said he was from the Chinese consulate in Edinburgh rang Dilnaz twice and asked who was coming to our Uyghur textile talk")]),
    P("p2", "Erkin Sabir", ["Erkin Sabir"], ["victim"], gender="male",
      rel=[("father", "p1"), ("husband", "p3")],
      viol=[("detention.arbitrary_arrest", "was taken from his classroom in March 2018"),
            ("detention.incommunicado", "nobody in the family has been allowed to visit him or write to him since"),
            ("detention.prison_sentence", "a court had given him sixteen years"),
            ("culture.language_ban", "because of old lessons he had taught in Uyghur")]),
    P("p3", "Rozigul Hamit", ["Rozigul Hamit"], ["victim", "relative"], gender="female",
      rel=[("wife", "p2"), ("mother", "p1")],
      viol=[("movement.passport_confiscation", "the police took her passport"),
            ("detention.house_arrest", "she has to ask permission to leave Atush")]),
    P("p4", "Aigerim Serikkyzy", ["Aigerim Serikkyzy", "Aigerim"], ["relative"], gender="female",
      rel=[("niece", "p5")]),
    P("p5", "Zhanar Tolegen", ["Zhanar Tolegen"], ["victim"], gender="female", rel=[("aunt", "p4")],
      viol=[("detention.arbitrary_arrest", "was detained in Tacheng in 2019"),
            ("surveillance.digital", "because she had WhatsApp on her phone"),
            ("detention.internment_camp", "what Aigerim called \"the school\""),
            ("indoctrination.political", "she had to learn Chinese songs and write a thought report every week"),
            ("detention.house_arrest", "she may not leave her village")]),
    P("p6", "Ronan McBride", ["Ronan McBride", "Ronan"], ["other"], gender="male"),
    P("p7", "Fiona Gallacher", ["Fiona Gallacher"], ["other"], gender="female"),
    P("p8", "K. Docherty", ["K. Docherty"], ["other"]),
]
PLACES = [
    L("Atush", ["Atush"]),
    L("Edinburgh", ["Edinburgh"]),
    L("Tacheng", ["Tacheng"]),
]
DATES = [
    D("JUNE 2024", "2024-06", "month"),
    D("22/06/2024", "2024-06-22", "day"),
    D("Sat [[1 Jun]]", "2024-06-01", "day"),
    D("Sat [[8 Jun]]", "2024-06-08", "day"),
    D("Sat [[15 Jun]]", "2024-06-15", "day"),
    D("Sat [[22 Jun]]", "2024-06-22", "day"),
    D("March 2018", "2018-03", "month"),
    D("May of this year", "2024-05", "month"),
    D("2019", "2019", "year"),
    D("2021", "2021", "year"),
    D("this summer", "2024", "year"),
]
EVENTS = [
    ("arrest", "p2", "2018-03"),
    ("detention", "p2", "2018-03"),
    ("sentencing", "p2", None),
    ("arrest", "p5", "2019"),
    ("detention", "p5", "2019"),
    ("release", "p5", "2021"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "was not arrested")]
FORBIDDEN = [("p6", "detention.arbitrary_arrest"), ("p6", "detention.solitary_confinement")]
