FILE = "fr02_planning_benevoles.txt"
LANG = "fr"
DATE = "2025-04-03"
NOTE = ("Volunteer rota of a social grocery in Strasbourg (planning des bénévoles) with a remarks section. Names in the "
        "grid in French 'NOM Prénom' capitals ('ABDUGHENI Parida' five times), later given names only, signature "
        "'O. Marchal'. Volunteers are other. Every rota day (7/04–18/04, 'jusqu'au 8 avril', 'vendredi 18') is after "
        "the document date: not annotated. Traps: 'en arrêt maladie' (sick leave, no arrest), 'garde les clés'. "
        "Parida: calls on WhatsApp from a man claiming to be Korla police asking for names of association members, since "
        "March 2025 = transnational harassment. Sister Mahire: went back from Istanbul to Korla 2017 (return), taken to a "
        "camp on arrival (arbitrary arrest, camp; arrest and detention 2017), one small bread roll a meal in the camp (food deprivation), released 2019, sent to a garment factory in "
        "Aksu unpaid (forced labour); 'Mahire n'a jamais été jugée' negated (prison sentence). 'depuis Noël' = "
        "2024-12-25; no news since then is not coded (not in custody).")
ORGS = ["LE PANIER DU NEUDORF"]
PERSONS = [
    P("p1", "Odile Marchal", ["MARCHAL Odile", "Odile", "O. Marchal"], ["other"], gender="female"),
    P("p2", "Samia Benali", ["BENALI Samia", "Samia"], ["other"], gender="female"),
    P("p3", "Bernard Hoffmann", ["HOFFMANN Bernard", "Bernard"], ["other"], gender="male"),
    P("p4", "Parida Abdugheni", ["ABDUGHENI Parida", "Parida"], ["victim", "relative"], gender="female",
      rel=[("sister", "p6")],
      viol=[("transnational.harassment", "un homme qui se présente comme policier de Korla l'appelle sur WhatsApp")]),
    P("p5", "Lucas Petit", ["PETIT Lucas", "Lucas"], ["other"], gender="male"),
    P("p6", "Mahire", ["Mahire"], ["victim"], gender="female", rel=[("sister", "p4")],
      viol=[("detention.arbitrary_arrest", "elle a été emmenée dans un camp dès son arrivée"),
            ("detention.internment_camp", "emmenée dans un camp"),
            ("ill_treatment.food_deprivation", "on ne lui donnait qu'un petit pain par repas"),
            ("labour.forced_labour", "envoyée dans une usine de vêtements à Aksou, sans salaire les premiers mois")]),
]
PLACES = [
    L("Strasbourg", ["Strasbourg"]),
    L("Korla", ["Korla"]),
    L("Istanbul", ["Istanbul"]),
    L("Aksu", ["Aksou"]),
]
DATES = [
    D("le 3 avril 2025", "2025-04-03", "day"),
    D("Depuis [[mars]]", "2025-03", "month"),
    D("en [[2017]]", "2017", "year"),
    D("en [[2019]]", "2019", "year"),
    D("Noël", "2024-12-25", "day"),
]
EVENTS = [
    ("return", "p6", "2017"),
    ("arrest", "p6", "2017"),
    ("detention", "p6", "2017"),
    ("release", "p6", "2019"),
]
NEGATED = [("p6", "detention.prison_sentence", "Mahire n'a jamais été jugée")]
FORBIDDEN = []
