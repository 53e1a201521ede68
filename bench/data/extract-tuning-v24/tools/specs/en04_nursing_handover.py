FILE = "en04_nursing_handover.txt"
LANG = "en"
DATE = "2026-01-19"
NOTE = ("Hospital ward's nursing shift handover, voice recording transcribed for a teaching module (ward header with the "
        "city in capitals 'LEEDS': a place; nurses by full name with RN, then first-name speaker labels in capitals; "
        "patients in inverted 'SURNAME, Given' form with bed numbers and ages; 'Dr Mensah'; clinical shorthand). Nurses, "
        "doctor and the two other patients are roles only (other). Patient Parida Tokhti (only as 'TOKHTI, Parida'): "
        "camp in Korla in 2018 with wrists chained at night (shackling), unknown pills every morning (forced medication), "
        "let out in 2019, came to the UK in 2021 (exit). Husband 'Husband, Qurban' 'was never detained' (negated, quoted) "
        "but passport kept (positive control). Daughter Dilnur (given name only, 'Dilnur's'). Relative dates: 'Saturday' "
        "(-> 2026-01-17, admission), 'Yesterday evening' (-> 2026-01-18). Bed numbers, ages, clock times ('at ten', 'at two', "
        "'at three'), '9 degrees', 'session 3' are not dates.")
PERSONS = [
    P("p1", "Chloe Barker", ["Chloe Barker", "CHLOE"], ["other"], gender="female"),
    P("p2", "Priyanka Nair", ["Priyanka Nair", "PRIYANKA"], ["other"], gender="female"),
    P("p3", "Robert Jenkins", ["JENKINS, Robert"], ["other"], gender="male", age=81),
    P("p4", "Parida Tokhti", ["TOKHTI, Parida"], ["victim", "relative"], gender="female", age=58,
      rel=[("wife", "p7"), ("mother", "p6")],
      viol=[("detention.internment_camp", "in the camp in Korla"),
            ("detention.shackling", "they chained her wrists at night"),
            ("medical.forced_medication", "made her take pills every morning, she never knew what for")]),
    P("p5", "Mensah", ["Mensah"], ["other"]),
    P("p6", "Dilnur", ["Dilnur"], ["relative"], gender="female", rel=[("daughter", "p4")]),
    P("p7", "Qurban", ["Qurban"], ["victim", "relative"], gender="male", rel=[("husband", "p4")],
      viol=[("movement.passport_confiscation", "They kept his passport, so he can't come")]),
    P("p8", "Grace Okafor", ["OKAFOR, Grace"], ["other"], gender="female", age=67),
]
PLACES = [
    L("Leeds", ["LEEDS"]),
    L("Korla", ["Korla"]),
    L("Xinjiang", ["Xinjiang"]),
]
DATES = [
    D("19/01/2026", "2026-01-19", "day"),
    D("Came in [[Saturday]]", "2026-01-17", "day"),
    D("Yesterday evening", "2026-01-18", "day"),
    D("2018", "2018", "year"),
    D("2019", "2019", "year"),
    D("2021", "2021", "year"),
]
EVENTS = [
    ("detention", "p4", "2018"),
    ("release", "p4", "2019"),
    ("exit", "p4", "2021"),
]
NEGATED = [("p7", "detention.arbitrary_arrest", "he was never detained")]
FORBIDDEN = [("p7", "detention.internment_camp"), ("p6", "detention.internment_camp"), ("p3", "detention.shackling")]
