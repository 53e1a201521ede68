FILE = "en01_bus_season_refund.txt"
LANG = "en"
DATE = "2025-02-18"
NOTE = ("UK bus operator's annual travelcard refund application filed by the cardholder's husband (cardholder and applicant "
        "fields in capitals, free-text reason, office-use block). 'Foxline Buses' is an organisation; 'Haymarket travel shop' is "
        "a shop, not a place. Cardholder MUNIRE HASAN (surname = her father's given name, Hasan Niyaz); sons Yusuf and Emir by "
        "given name; brother 'Ilham' by given name. Exit stopped at Kashgar airport and travel document kept = passport "
        "confiscation; not allowed to leave while husband and sons are in Leicester = family separation. Weekly signing at the "
        "police post is not coded. 'not being held anywhere and nobody has accused her' = arbitrary arrest negated. Father in a "
        "'so-called training school' for 2018 = internment camp, untreated blood pressure = denied medical care. Brother "
        "'picked up' = arbitrary arrest, 'given eleven years' = prison sentence (undated), no letter = incommunicado; Aksu prison "
        "is hearsay ('I cannot confirm'): no transfer. Calls from a Chinese number to the husband = transnational harassment. "
        "'last September' -> 2024-09 (return), 'last August' -> 2024-08, '3 November' -> 2024-11-03, 'since December' -> "
        "2024-12; card start date 01/09/2024 is a date; 'by Christmas' and 'five months' are not annotated.")
ORGS = ["FOXLINE BUSES", "Haymarket travel shop"]
PERSONS = [
    P("p1", "Munire Hasan", ["MUNIRE HASAN"], ["victim"], gender="female",
      rel=[("wife", "p2"), ("daughter", "p3"), ("sister", "p4"), ("mother", "p6"), ("mother", "p7")],
      viol=[("movement.passport_confiscation", "border officers stopped her at the gate, kept her British travel document"),
            ("family.separation", "she is not allowed to leave, and I am here in Leicester with our boys")]),
    P("p2", "Abdulla Kerim", ["ABDULLA KERIM", "Abdulla Kerim"], ["narrator", "relative", "victim"], gender="male",
      rel=[("husband", "p1"), ("father", "p6"), ("father", "p7")],
      viol=[("transnational.harassment", "I have had three calls from a Chinese number telling me to send my wife's bank details")]),
    P("p3", "Hasan Niyaz", ["Hasan Niyaz"], ["victim", "relative"], gender="male", rel=[("father", "p1"), ("father", "p4")],
      viol=[("detention.internment_camp", "sent to the so-called training school in Atush for the whole of 2018"),
            ("ill_treatment.denied_medical_care", "with high blood pressure, and the doctors there never treated it")]),
    P("p4", "Ilham", ["Ilham"], ["victim", "relative"], gender="male", rel=[("brother", "p1"), ("son", "p3")],
      viol=[("detention.arbitrary_arrest", "was picked up from his shop in 2019"),
            ("detention.prison_sentence", "later given eleven years"),
            ("detention.incommunicado", "the family has never had one letter from him")]),
    P("p5", "Hannah Price", ["Hannah Price"], ["other"], gender="female"),
    P("p6", "Yusuf", ["Yusuf"], ["relative"], gender="male", rel=[("son", "p1"), ("son", "p2")]),
    P("p7", "Emir", ["Emir"], ["relative"], gender="male", rel=[("son", "p1"), ("son", "p2")]),
]
PLACES = [
    L("Leicester", ["Leicester"]),
    L("Urumqi", ["Urumqi"]),
    L("Kashgar", ["Kashgar"]),
    L("Atush", ["Atush"]),
    L("Aksu", ["Aksu"]),
]
DATES = [
    D("18 February 2025", "2025-02-18", "day"),
    D("01/09/2024", "2024-09-01", "day"),
    D("last September", "2024-09", "month"),
    D("last August", "2024-08", "month"),
    D("3 November", "2024-11-03", "day"),
    D("whole of [[2018]]", "2018", "year"),
    D("shop in [[2019]]", "2019", "year"),
    D("since [[December]]", "2024-12", "month"),
]
EVENTS = [
    ("return", "p1", "2024-09"),
    ("detention", "p3", "2018"),
    ("release", "p3", None),
    ("arrest", "p4", "2019"),
    ("detention", "p4", "2019"),
    ("sentencing", "p4", None),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "she is not being held anywhere")]
FORBIDDEN = []
