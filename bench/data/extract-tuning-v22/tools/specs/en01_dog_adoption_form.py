FILE = "en01_dog_adoption_form.txt"
LANG = "en"
DATE = "2024-06-08"
NOTE = ("Dog-rescue adoption application form (applicant block in capitals, Q/A section, references, office-use home check "
        "and decision). The rescue's name line is an org apart from the city after the comma ('MANCHESTER' is a place "
        "mention); ref number, '6 yrs', '19', 'eleven years', '6 ft', 'M16', '14 Clarendon Road' are not persons, places or "
        "dates; the dogs 'Bosun' and 'Ayyar' are not persons. Referees, the home-check volunteer and the rehoming manager "
        "are role other. Naming: household in capitals ('TURSUNAY ELI', 'OSMAN ELI', 'DILNUR ELI'), later 'Osman', 'Dilnur', "
        "'Mrs Eli'; the father-in-law Eli Rozi (his given name is the family's surname) is later only 'my father-in-law' / "
        "'his father'. 'we moved to Manchester in 2016' = exit for the three family members (first-person we). "
        "'the spring of 2020' -> 2020 (year); 'In January', 'in March', 'last October' anchored on the document date "
        "(2024-01, 2024-03, 2023-10). Father-in-law: taken by police to a 'training school' (arrest + detention 2018; "
        "arbitrary arrest, camp), out 2020 but confined to his brother's home with weekly reporting (house arrest), made to "
        "ring his son abroad (family reprisal; transnational harassment for Osman), a camera on the gate (checkpoint "
        "surveillance). His own 'had not been mistreated', relayed with 'we do not know if he could speak freely', is "
        "hedged (nothing negated or forbidden). Mother-in-law questioned twice 'but she was not detained': interrogation "
        "event, arbitrary arrest negated.")
ORGS = ["PAWS & WHISKERS RESCUE", "Uyghur association"]
PERSONS = [
    P("p1", "Tursunay Eli", ["TURSUNAY ELI", "Mrs Eli"], ["narrator", "relative"], gender="female",
      rel=[("wife", "p2"), ("mother", "p3")]),
    P("p2", "Osman Eli", ["OSMAN ELI", "Osman"], ["relative", "victim"], gender="male",
      rel=[("husband", "p1"), ("father", "p3"), ("son", "p4"), ("son", "p5")],
      viol=[("transnational.harassment", "his father was made to ring him and ask him to stop")]),
    P("p3", "Dilnur Eli", ["DILNUR ELI", "Dilnur"], ["relative"], gender="female", age=19,
      rel=[("daughter", "p1"), ("daughter", "p2"), ("granddaughter", "p4"), ("granddaughter", "p5")]),
    P("p4", "Eli Rozi", ["Eli Rozi"], ["victim", "relative"], gender="male",
      rel=[("father", "p2"), ("grandfather", "p3"), ("husband", "p5")],
      viol=[("detention.arbitrary_arrest", "the police took him to a \"training school\""),
            ("detention.internment_camp", "came out of the camp"),
            ("detention.house_arrest", "he has to live with his brother's family in Ghulja and report to the neighbourhood office every Friday"),
            ("family.reprisal", "his father was made to ring him and ask him to stop"),
            ("surveillance.checkpoint", "a camera on the gate of his brother's house")]),
    P("p5", "Hajigul Abdulla", ["Hajigul Abdulla"], ["relative"], gender="female",
      rel=[("mother", "p2"), ("wife", "p4"), ("grandmother", "p3")]),
    P("p6", "Helen Marsh", ["Helen Marsh"], ["other"], gender="female"),
    P("p7", "Gulbahar Yusup", ["Gulbahar Yusup"], ["other"], gender="female"),
    P("p8", "Carl Benson", ["Carl Benson"], ["other"], gender="male"),
    P("p9", "K. Whitfield", ["K. Whitfield"], ["other"]),
]
PLACES = [
    L("Manchester", ["MANCHESTER", "Manchester"]),
    L("Whalley Range", ["Whalley Range"]),
    L("Ghulja", ["Ghulja"]),
    L("Geneva", ["Geneva"]),
    L("Rusholme", ["Rusholme"]),
]
DATES = [
    D("in [[2016]].", "2016", "year"),
    D("until [[2018]],", "2018", "year"),
    D("spring of 2020", "2020", "year"),
    D("In [[January]] he", "2024-01", "month"),
    D("twice in [[2018]]", "2018", "year"),
    D("in [[March]]", "2024-03", "month"),
    D("last October", "2023-10", "month"),
    D("6 June 2024", "2024-06-06", "day"),
    D("8 June 2024", "2024-06-08", "day"),
]
EVENTS = [
    ("exit", "p1", "2016"),
    ("exit", "p2", "2016"),
    ("exit", "p3", "2016"),
    ("arrest", "p4", "2018"),
    ("detention", "p4", "2018"),
    ("release", "p4", "2020"),
    ("interrogation", "p5", "2018"),
]
NEGATED = [("p5", "detention.arbitrary_arrest", "she was not detained")]
FORBIDDEN = []
