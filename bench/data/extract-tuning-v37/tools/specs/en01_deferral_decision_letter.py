FILE = "en01_deferral_decision_letter.txt"
LANG = "en"
DATE = "2025-08-14"
NOTE = ("University admissions office's letter approving a deferral of entry, restating the applicant's account. "
        "Applicant 'Zulhumar Abliz' ('Ms Abliz'; surname = father's given name, father 'Abliz Memet'). Mother 'Aynisa "
        "Turdi': return to Urumqi March 2017, detained at the airport (arbitrary arrest), passport and residence card "
        "confiscated, ~14 months in a 'skills school' (camp) with songs and self-criticism, let out 2018, not allowed "
        "to leave -> cannot come back to her children (family separation); 'never been charged or brought before a "
        "court' = negated prison_sentence. Uncle 'Ilham Turdi' taken from his shop in spring 2019, whereabouts not "
        "told (enforced disappearance); trial unknown (no sentencing). Father: calls from a Chinese number asking for "
        "names of association members = transnational harassment (no interrogation event). 'Tuesday' -> 2025-08-12. "
        "Not dates: 'September 2026', '31 August', '1 June', 'this autumn' (future), fourteen months, applicant ID.")
ORGS = ["University of Leeds", "Notre Dame Catholic Sixth Form College"]
PERSONS = [
    P("p1", "Zulhumar Abliz", ["Zulhumar Abliz", "Abliz"], ["relative"], gender="female",
      rel=[("daughter", "p2"), ("daughter", "p5"), ("niece", "p3"), ("sister", "p4")]),
    P("p2", "Aynisa Turdi", ["Aynisa Turdi"], ["victim", "relative"], gender="female",
      rel=[("mother", "p1"), ("mother", "p4"), ("wife", "p5"), ("sister", "p3")],
      viol=[("detention.arbitrary_arrest", "Border police detained her at the airport"),
            ("movement.passport_confiscation", "her passport and British residence card were confiscated there"),
            ("detention.internment_camp", "she was kept in a compound the local office called a \"skills school\""),
            ("indoctrination.political", "every morning began with patriotic songs and every week ended with a written self-criticism"),
            ("family.separation", "she has not been able to come back to you and your brother in England")]),
    P("p3", "Ilham Turdi", ["Ilham Turdi"], ["victim", "relative"], gender="male",
      rel=[("uncle", "p1"), ("brother", "p2")],
      viol=[("detention.arbitrary_arrest", "was taken away from his shop in Ghulja"),
            ("disappearance.enforced", "Nobody has told the family where he is being held")]),
    P("p4", "Erpan", ["Erpan"], ["relative"], gender="male", rel=[("brother", "p1"), ("son", "p2"), ("son", "p5")]),
    P("p5", "Abliz Memet", ["Abliz Memet"], ["relative", "victim"], gender="male",
      rel=[("father", "p1"), ("father", "p4"), ("husband", "p2")],
      viol=[("transnational.harassment", "received calls last December from a man using a Chinese number who wanted the names")]),
    P("p6", "Owen Hartley", ["Owen Hartley"], ["other"], gender="male"),
    P("p7", "Fiona Lister", ["Fiona Lister"], ["other"], gender="female"),
]
PLACES = [
    L("Leeds", ["Leeds"]),
    L("Urumqi", ["Urumqi"]),
    L("Xinjiang", ["Xinjiang Uyghur Autonomous Region"]),
    L("England", ["England"]),
    L("Ghulja", ["Ghulja"]),
    L("Bradford", ["Bradford"]),
]
DATES = [
    D("14 August 2025", "2025-08-14", "day"),
    D("28 July", "2025-07-28", "day"),
    D("met on [[Tuesday]]", "2025-08-12", "day"),
    D("March 2017", "2017-03", "month"),
    D("in [[2018]]. She", "2018", "year"),
    D("spring 2019", "2019", "year"),
    D("last December", "2024-12", "month"),
]
EVENTS = [
    ("return", "p2", "2017-03"),
    ("arrest", "p2", "2017-03"),
    ("detention", "p2", "2017-03"),
    ("release", "p2", "2018"),
    ("arrest", "p3", "2019"),
    ("detention", "p3", "2019"),
]
NEGATED = [("p2", "detention.prison_sentence", "She has never been charged or brought before a court")]
FORBIDDEN = []
