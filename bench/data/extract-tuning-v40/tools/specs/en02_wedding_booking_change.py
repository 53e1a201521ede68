FILE = "en02_wedding_booking_change.txt"
LANG = "en"
DATE = "2024-04-29"
NOTE = ("Toronto banquet hall's booking amendment request for a wedding reception, the bride's written reason and an "
        "office-use note (North American dates). Bride 'Dilnur KADIR' / signature 'Dilnur Kadir'; groom 'Daniel "
        "REYES' / 'Daniel's'; her mother 'Rabiye Tohti' (different surname) in Kashgar; father 'Abdulla Kadir'; "
        "coordinator 'Priya Nair' (other). Mother: passport collected 'for safekeeping' 2017 and refused again in March "
        "(passport), officers visiting her because of the daughter's rally speech (family reprisal); 'herself has not "
        "been detained' (negated arrest). Father: taken away 2017 (arbitrary arrest), family not told where for a year "
        "(incommunicado + disappearance, same evidence), 2019 fifteen years by a Kashgar court (prison sentence); "
        "prison factory only heard of, unconfirmed (hedged, nothing). Bride: threatening call from a Chinese number "
        "(transnational harassment). Future dates (June 15, 2024; October 12, 2024; 'in June') are not annotated; "
        "'last July' -> 2023-07, 'In March' -> 2024-03; booking no., amounts, guests are not dates.")
ORGS = ["HARBOURVIEW BANQUET HALL"]
PERSONS = [
    P("p1", "Dilnur Kadir", ["Dilnur KADIR", "Dilnur Kadir"], ["narrator", "relative", "victim"], gender="female",
      rel=[("daughter", "p2"), ("daughter", "p3")],
      viol=[("transnational.harassment", "a man with a Chinese number called my phone and told me to \"think of my mother\"")]),
    P("p2", "Rabiye Tohti", ["Rabiye Tohti"], ["victim", "relative"], gender="female",
      rel=[("mother", "p1"), ("wife", "p3")],
      viol=[("movement.passport_confiscation", "Her passport was collected by the neighbourhood committee in 2017"),
            ("family.reprisal", "officers have come to my mother's house twice to ask about me")]),
    P("p3", "Abdulla Kadir", ["Abdulla Kadir"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("husband", "p2")],
      viol=[("detention.arbitrary_arrest", "was taken away in 2017"),
            ("detention.incommunicado", "nobody from the family was told where he was for almost a year"),
            ("disappearance.enforced", "nobody from the family was told where he was for almost a year"),
            ("detention.prison_sentence", "a court in Kashgar gave him fifteen years")]),
    P("p4", "Daniel Reyes", ["Daniel REYES", "Daniel"], ["other"], gender="male"),
    P("p5", "Priya Nair", ["Priya Nair"], ["other"], gender="female"),
]
PLACES = [
    L("Kashgar", ["Kashgar"]),
    L("Toronto", ["Toronto"]),
]
DATES = [
    D("April 29, 2024", "2024-04-29", "day"),
    D("November 3, 2023", "2023-11-03", "day"),
    D(("2017", 0), "2017", "year"),
    D("In [[March]]", "2024-03", "month"),
    D(("2017", 1), "2017", "year"),
    D("2019", "2019", "year"),
    D("last July", "2023-07", "month"),
]
EVENTS = [
    ("arrest", "p3", "2017"),
    ("detention", "p3", "2017"),
    ("disappearance", "p3", "2017"),
    ("sentencing", "p3", "2019"),
]
NEGATED = [("p2", "detention.arbitrary_arrest", "My mother herself has not been detained")]
FORBIDDEN = []
