FILE = "en01_network_support_call.txt"
LANG = "en"
DATE = "2025-11-18"
NOTE = ("Mobile operator's call-recording transcript (header block with call ID, agent number, account lines in inverted "
        "capitals, AGENT/CALLER turns, automated message, agent wrap-up note). Call ID, agent no., clock times, duration, "
        "'12m'/'twelve months' are not dates. Caller Meryem (narrator, wife) named in full, by given name and as "
        "'ABDUREHIM, MERYEM'; husband Alim first only in the inverted line-user field, then 'my husband', then 'Alim'; "
        "son Ilyas in the field and later by given name; sister-in-law Gulbahar (given name only, witness); mother-in-law "
        "Zeynep (negated: 'they didn't take her', positive control: Alim taken at the airport over WhatsApp). Agent Dean "
        "and team leader Priya Rand are roles only (other). Hedged: a sentence ('Maybe he got years, maybe not') is not "
        "a prison sentence: forbidden. Dates: '18/11/2025' (UK order), 'March last year' -> 2024-03 and the later bare "
        "'March' (same month), 'this June' -> 2025-06. Trip to Urumqi to see his mother annotated as a return.")
PERSONS = [
    P("p1", "Meryem Abdurehim", ["ABDUREHIM, MERYEM", "Meryem Abdurehim", "Meryem"], ["narrator", "relative"],
      gender="female", rel=[("wife", "p2"), ("mother", "p5")]),
    P("p2", "Alim Abdurehim", ["ABDUREHIM, ALIM", "Alim"], ["victim", "relative"], gender="male",
      rel=[("husband", "p1"), ("son", "p4"), ("brother", "p3")],
      viol=[("detention.arbitrary_arrest", "they took him at the airport"),
            ("surveillance.digital", "because of WhatsApp on his phone"),
            ("detention.internment_camp", "he was in a camp, a \"training school\" they call it"),
            ("detention.pretrial", "moved to the detention centre in Kashgar"),
            ("detention.incommunicado", "nobody is allowed to visit, not even her")]),
    P("p3", "Gulbahar", ["Gulbahar"], ["relative", "witness"], gender="female", rel=[("sister", "p2")]),
    P("p4", "Zeynep", ["Zeynep"], ["relative"], gender="female", rel=[("mother", "p2")]),
    P("p5", "Ilyas Abdurehim", ["ABDUREHIM, ILYAS", "Ilyas"], ["relative"], gender="male", rel=[("son", "p1")]),
    P("p6", "Dean", ["Dean"], ["other"], gender="male"),
    P("p7", "Priya Rand", ["Priya Rand"], ["other"], gender="female"),
]
PLACES = [
    L("Ürümqi", ["Urumqi"]),
    L("Turpan", ["Turpan"]),
    L("Kashgar", ["Kashgar"]),
]
DATES = [
    D("18/11/2025", "2025-11-18", "day"),
    D("March last year", "2024-03", "month"),
    D("Urumqi in [[March]] to see", "2024-03", "month"),
    D("this June", "2025-06", "month"),
]
EVENTS = [
    ("return", "p2", "2024-03"),
    ("arrest", "p2", "2024-03"),
    ("detention", "p2", "2024-03"),
    ("transfer", "p2", None),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "they didn't take her")]
FORBIDDEN = [("p2", "detention.prison_sentence"), ("p1", "detention.arbitrary_arrest")]
