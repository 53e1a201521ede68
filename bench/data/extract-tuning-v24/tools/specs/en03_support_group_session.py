FILE = "en03_support_group_session.txt"
LANG = "en"
DATE = "2025-09-14"
NOTE = ("Transcript of a peer-support group session for families (group name with 'MUNICH': org, no place mention), session "
        "line with weekday date, facilitator and volunteer interpreter (roles only, other), speaker labels in capitals, "
        "check-in round, an unnamed 'MEMBER' turn, transcriber's note. First-person plural 'we' of the families. "
        "Gulnisa's husband 'My husband, Yusup': arrested at his shop in Urumqi in 2019, no lawyer/visit/call "
        "(incommunicado), made to sign a confession (reported by a released cellmate), sentenced to fifteen years 'two "
        "years after they took him' (chained -> 2021), seen 'Last Tuesday' (-> 2025-09-09). Kamil's sister Nadire "
        "missing since 2018, police deny holding her (enforced disappearance); her daughter Aysu in a state boarding "
        "school, grandmother not allowed to take her (separation). Father Abdulla: 'was never in a camp' (negated; the "
        "camp claim was made on Twitter) but blood and voice recording taken (positive control). 'Session 22', 'Room 2', "
        "'7 members', 'five minutes', 'Fifteen years' are not dates.")
ORGS = ["FAMILIES' CIRCLE MUNICH"]
PERSONS = [
    P("p1", "Hanneke Brandt", ["Hanneke Brandt", "HANNEKE"], ["other"], gender="female"),
    P("p2", "Timur", ["Timur"], ["other"], gender="male"),
    P("p3", "Gulnisa", ["GULNISA", "Gulnisa"], ["narrator", "relative"], gender="female", rel=[("wife", "p4")]),
    P("p4", "Yusup", ["Yusup"], ["victim", "relative"], gender="male", rel=[("husband", "p3")],
      viol=[("detention.prison_sentence", "was sentenced for \"separatism\" two years after they took him. Fifteen years"),
            ("detention.arbitrary_arrest", "He was arrested in Urumqi in 2019, at his shop"),
            ("detention.incommunicado", "no lawyer, no visit, not one call"),
            ("coercion.forced_confession", "they made Yusup sign a confession, he didn't even read it")]),
    P("p5", "Kamil", ["KAMIL", "Kamil"], ["narrator", "relative"], gender="male",
      rel=[("brother", "p6"), ("son", "p8"), ("uncle", "p7")]),
    P("p6", "Nadire", ["Nadire"], ["victim", "relative"], gender="female", rel=[("sister", "p5"), ("mother", "p7")],
      viol=[("disappearance.enforced", "since 2018 nobody knows where she is. The police in Atush say \"we don't have her\"")]),
    P("p7", "Aysu", ["Aysu"], ["victim", "relative"], gender="female", rel=[("daughter", "p6")],
      viol=[("family.separation", "they put her in a state boarding school, a kind of orphanage, and my mother is not allowed to take her home")]),
    P("p8", "Abdulla", ["Abdulla"], ["victim", "relative"], gender="male", rel=[("father", "p5")],
      viol=[("medical.biometric_collection", "give blood and read a text for a voice recording")]),
]
PLACES = [
    L("Ürümqi", ["Urumqi"]),
    L("Artux", ["Atush"]),
]
DATES = [
    D("14 September 2025", "2025-09-14", "day"),
    D("Last Tuesday", "2025-09-09", "day"),
    D("two years after they took him", "2021", "year"),
    D("Urumqi in [[2019]]", "2019", "year"),
    D("since [[2018]]", "2018", "year"),
]
EVENTS = [
    ("arrest", "p4", "2019"),
    ("detention", "p4", "2019"),
    ("sentencing", "p4", "2021"),
    ("disappearance", "p6", "2018"),
]
NEGATED = [("p8", "detention.internment_camp", "was never in a camp")]
FORBIDDEN = [("p3", "detention.arbitrary_arrest"), ("p5", "detention.internment_camp"), ("p7", "detention.internment_camp")]
