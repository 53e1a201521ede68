FILE = "en05_conference_visa_letter_emails.txt"
LANG = "en"
DATE = "2025-01-24"
NOTE = ("Conference organiser's visa-invitation e-mail exchange with a Kazakhstan-based co-author about a detained "
        "Uyghur professor listed on the programme. Draft-programme line in inverted form 'QEYSER, Erkin; NURLANOVA, "
        "Aigerim' (each whole inverted form is a mention), 'Prof. Qeyser' (mention 'Qeyser'), bare 'Erkin' for the "
        "professor but 'Ms Erkin' for his daughter Nigare (Turkic naming: her surname is his given name). The secretariat "
        "officer and the session chair are other. Congress dates 16–19 June 2025 are after the document date (not "
        "annotated); '1990–2015' gives two dates; 'before 2017' keeps the year. Professor: passport taken 2017, taken "
        "from his office April 2018 (arbitrary arrest, arrest, detention), no word for three years (incommunicado), "
        "fifteen years learnt in 2021 (undated sentencing); move to Shihezi unconfirmed (no transfer). The co-author was "
        "questioned five hours at Khorgos August 2019 (interrogation) and her phone copied (surveillance.digital); 'I was "
        "not detained' negated.")
ORGS = ["Congress Secretariat", "Nordic Congress of Soil Science"]
PERSONS = [
    P("p1", "Karin Lindqvist", ["Karin Lindqvist", "Lindqvist", "Karin"], ["other"], gender="female"),
    P("p2", "Aigerim Nurlanova", ["Aigerim Nurlanova", "NURLANOVA, Aigerim", "Nurlanova", "Aigerim"],
      ["victim", "narrator", "witness"], gender="female",
      viol=[("surveillance.digital", "the officers copied everything on my phone")]),
    P("p3", "Erkin Qeyser", ["QEYSER, Erkin", "Qeyser", "Erkin Qeyser", "Erkin"], ["victim"], gender="male",
      rel=[("father", "p4")], skip=["Ms [[Erkin]] may"],
      viol=[("movement.passport_confiscation", "his passport was taken from him"),
            ("detention.arbitrary_arrest", "he was taken from his office by men in plain clothes"),
            ("detention.incommunicado", "For three years his family heard nothing"),
            ("detention.prison_sentence", "he had been given fifteen years for \"separatism\"")]),
    P("p4", "Nigare Erkin", ["Nigare", "Erkin"], ["relative"], gender="female", rel=[("daughter", "p3")],
      skip=["about [[Erkin]], and"]),
    P("p5", "Jan Vermeulen", ["Jan Vermeulen"], ["other"], gender="male"),
]
PLACES = [
    L("Tarim Basin", ["Tarim Basin"]),
    L("Uppsala", ["Uppsala"]),
    L("Urumqi", ["Urumqi"]),
    L("Shihezi", ["Shihezi"]),
    L("Khorgos", ["Khorgos"]),
    L("China", ["China"]),
    L("Munich", ["Munich"]),
    L("Almaty", ["Almaty"]),
]
DATES = [
    D("21 January 2025", "2025-01-21", "day"),
    D("[[1990]]–2015", "1990", "year"),
    D("1990–[[2015]]", "2015", "year"),
    D("23 January 2025", "2025-01-23", "day"),
    D("In [[2017]] his", "2017", "year"),
    D("April 2018", "2018-04", "month"),
    D("In [[2021]] his", "2021", "year"),
    D("before [[2017]]", "2017", "year"),
    D("August 2019", "2019-08", "month"),
    D("24 January 2025", "2025-01-24", "day"),
]
EVENTS = [
    ("arrest", "p3", "2018-04"),
    ("detention", "p3", "2018-04"),
    ("sentencing", "p3", None),
    ("interrogation", "p2", "2019-08"),
]
NEGATED = [("p2", "detention.arbitrary_arrest", "I was not detained")]
FORBIDDEN = []
