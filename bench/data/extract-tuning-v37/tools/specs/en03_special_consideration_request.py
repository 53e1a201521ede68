FILE = "en03_special_consideration_request.txt"
LANG = "en"
DATE = "2023-06-21"
NOTE = ("Exam centre's special-consideration application for an A-level candidate (inverted 'IMIN, Dilnur', "
        "component codes, declaration). Grandfather 'Yasin Hoshur' ('Mr Hoshur') taken from home Feb 2018 after a "
        "Quran was found (arbitrary arrest + religious ban), died in custody in Aksu 3 June 2023 (death.in_custody, "
        "death event). Insulin refusal reported by a former detainee, 'no way of checking' = hedged: no code. "
        "Grandmother 'Mahinur' made to sign a paper on the cause of death (forced confession); 'was not held' = "
        "negated arbitrary arrest; family summoned to the county office (no interrogation event: no questioning "
        "stated). Father 'Imin Yasin' = 'Mr Yasin' (not the grandfather): WeChat voice message from a self-styled "
        "police officer = transnational harassment. 'JUNE 2023' in the series title is a month date. Not dates: "
        "'five days before', 'three days before', candidate/centre numbers, component codes.")
ORGS = ["Bolton Sixth Form College"]
PERSONS = [
    P("p1", "Dilnur Imin", ["IMIN, Dilnur", "Dilnur"], ["relative"], gender="female",
      rel=[("granddaughter", "p2"), ("daughter", "p3"), ("granddaughter", "p4")]),
    P("p2", "Yasin Hoshur", ["Yasin Hoshur", "Hoshur"], ["victim", "relative"], gender="male",
      rel=[("grandfather", "p1"), ("father", "p3"), ("husband", "p4")],
      viol=[("detention.arbitrary_arrest", "he was taken from his home"),
            ("culture.religious_ban", "after officials found a Quran in the family's house"),
            ("death.in_custody", "died on 3 June 2023 while in custody in Aksu")]),
    P("p3", "Imin Yasin", ["Imin Yasin", "Yasin"], ["relative", "victim"], gender="male",
      rel=[("father", "p1"), ("son", "p2"), ("son", "p4")],
      viol=[("transnational.harassment", "received a voice message on WeChat from a man who called himself a police officer in Aksu")]),
    P("p4", "Mahinur", ["Mahinur"], ["relative", "victim"], gender="female",
      rel=[("grandmother", "p1"), ("wife", "p2"), ("mother", "p3")],
      viol=[("coercion.forced_confession", "was made to sign a paper stating that her husband died of a heart illness")]),
    P("p5", "Sandra Ellis", ["Sandra Ellis", "S. Ellis"], ["other"], gender="female"),
    P("p6", "Raj Patel", ["Raj Patel", "R. Patel"], ["other"], gender="male"),
]
PLACES = [
    L("Aksu", ["Aksu"]),
    L("Xinjiang", ["Xinjiang"]),
    L("China", ["China"]),
    L("Manchester", ["Manchester"]),
]
DATES = [
    D("JUNE 2023", "2023-06", "month"),
    D(("21/06/2023", 0), "2023-06-21", "day"),
    D(("21/06/2023", 1), "2023-06-21", "day"),
    D("8 June 2023", "2023-06-08", "day"),
    D("14 June 2023", "2023-06-14", "day"),
    D("3 June 2023", "2023-06-03", "day"),
    D("February 2018", "2018-02", "month"),
    D("5 June", "2023-06-05", "day"),
    D("11 June", "2023-06-11", "day"),
]
EVENTS = [
    ("arrest", "p2", "2018-02"),
    ("detention", "p2", "2018-02"),
    ("death", "p2", "2023-06-03"),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "Mahinur herself was not held")]
FORBIDDEN = []
