FILE = "en04_football_club_lapse_notice.txt"
LANG = "en"
DATE = "2025-02-13"
NOTE = ("Amateur football club's notice of lapsed membership, the wife's reply and a committee note. Addressee in "
        "capitals 'Mr A. YASIN' (initial + surname = mention), 'Adil' and 'Adil's' later; 'Mrs Mehriban Yasin' then "
        "'Mrs Yasin' (mention 'Yasin') beside the father-in-law 'Yasin Rozi' (Turkic naming). Club officers and players "
        "are named members acting as such (other). 1 March 2025 is after the document date (not annotated). Adil went "
        "to Kashgar 14 June 2024 (return), taken off a bus by police 2 July 2024 (arbitrary arrest, arrest, detention), "
        "'under investigation' = pretrial, no visits or calls = incommunicado; 'He has not been sentenced' negated. "
        "Brother Yunus went too (return), questioned two days (interrogation) and made to sign a statement calling his brother a separatist (forced denunciation), flew back to London August 2024 "
        "(exit). Father died at home October 2024 (death event; death.in_custody forbidden). 'sent off', 'lapsed', "
        "'taken off the squad list' are traps, not acts.")
ORGS = ["WALTHAMSTOW PHOENIX FC"]
PERSONS = [
    P("p1", "Adil Yasin", ["A. YASIN", "Adil"], ["victim"], gender="male",
      rel=[("husband", "p2"), ("brother", "p4"), ("son", "p5"), ("father", "p6")],
      viol=[("detention.arbitrary_arrest", "police took Adil off the bus from the hospital and drove him away"),
            ("detention.pretrial", "he is \"under investigation\" in Kashgar"),
            ("detention.incommunicado", "no visits or calls are allowed")]),
    P("p2", "Mehriban Yasin", ["Mehriban Yasin", "Yasin"], ["relative", "narrator"], gender="female",
      rel=[("wife", "p1"), ("mother", "p6")]),
    P("p3", "Dave Huckle", ["Dave Huckle", "Huckle"], ["other"], gender="male"),
    P("p4", "Yunus", ["Yunus"], ["victim", "relative"], gender="male", rel=[("brother", "p1"), ("son", "p5")],
      viol=[("coercion.forced_denunciation", "made to sign a statement calling his brother a separatist")]),
    P("p5", "Yasin Rozi", ["Yasin Rozi"], ["relative"], gender="male", rel=[("father", "p1"), ("father", "p4")]),
    P("p6", "Ilham", ["Ilham"], ["relative"], gender="male", age=11, rel=[("son", "p1"), ("son", "p2")]),
    P("p7", "Jamie O'Donnell", ["Jamie O'Donnell"], ["other"], gender="male"),
    P("p8", "Bilal Chaudhry", ["Bilal Chaudhry"], ["other"], gender="male"),
]
PLACES = [
    L("Kashgar", ["Kashgar"]),
    L("London", ["London"]),
]
DATES = [
    D("Date: [[3 February 2025]]", "2025-02-03", "day"),
    D("1 September 2024", "2024-09-01", "day"),
    D("10 February 2025", "2025-02-10", "day"),
    D("14 June 2024", "2024-06-14", "day"),
    D("2 July", "2024-07-02", "day"),
    D("in [[August]].", "2024-08", "month"),
    D("in [[December]] that", "2024-12", "month"),
    D("in [[October]].", "2024-10", "month"),
    D("13 February 2025", "2025-02-13", "day"),
]
EVENTS = [
    ("return", "p1", "2024-06-14"),
    ("return", "p4", "2024-06-14"),
    ("arrest", "p1", "2024-07-02"),
    ("detention", "p1", "2024-07-02"),
    ("interrogation", "p4", None),
    ("exit", "p4", "2024-08"),
    ("death", "p5", "2024-10"),
]
NEGATED = [("p1", "detention.prison_sentence", "He has not been sentenced")]
FORBIDDEN = [("p5", "death.in_custody")]
