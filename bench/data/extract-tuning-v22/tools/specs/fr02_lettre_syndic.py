FILE = "fr02_lettre_syndic.txt"
LANG = "fr"
DATE = "2022-10-19"
NOTE = ("Registered letter to a property manager (syndic de copropriété) asking for a payment plan for a detained co-owner's "
        "service charges (sender block, addressee block, place-date line, Objet, signature, P.J.). 'Cabinet Moreau Gestion' "
        "(surname inside), 'Résidence Les Platanes', 'allée des Tilleuls' are orgs; 'lot n° 27', '93200', '2 418 euros', "
        "'200 euros', 'dix-huit mois', 'douze ans' are not dates. Both brothers are 'ABLET' (surname = father's given name): "
        "'M. ABLET' in the Objet line is the owner Adil, the sender is 'Ilyar ABLET' / 'Ilyar Ablet'. Property manager "
        "Laurence Petit and sworn translator Rahila Osman are role other. Adil: went back for his father's funeral (return "
        "2017-05), arrested leaving the mosque (arrest + detention; arbitrary arrest), camp, eighteen months without news "
        "(incommunicado), twelve-year sentence learnt in January 2019 (sentencing, date of the sentence itself unknown: "
        "undated). 'Il aurait été transféré ... nous ne pouvons pas le vérifier' is conditional hearsay: no transfer event. "
        "Wife 'n'a jamais été inquiétée en France' negates transnational harassment; her mother in Kashgar must report "
        "weekly on her daughter's calls until she returns (family reprisal). 'le 3 octobre' -> 2022-10-03.")
ORGS = ["Cabinet Moreau Gestion", "Résidence Les Platanes", "allée des Tilleuls"]
PERSONS = [
    P("p1", "Ilyar Ablet", ["Ilyar ABLET", "Ilyar Ablet"], ["narrator", "relative"], gender="male",
      rel=[("brother", "p2")]),
    P("p2", "Adil Ablet", ["M. ABLET", "Adil ABLET"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("husband", "p3")],
      viol=[("detention.arbitrary_arrest", "il a été arrêté à la sortie de la mosquée"),
            ("detention.internment_camp", "envoyé dans un « centre de transformation par l'éducation »"),
            ("detention.incommunicado", "Nous n'avons eu aucune nouvelle pendant dix-huit mois"),
            ("detention.prison_sentence", "condamné à douze ans de prison")]),
    P("p3", "Ayshem Rozi", ["Ayshem Rozi", "Ayshem"], ["relative"], gender="female",
      rel=[("wife", "p2"), ("daughter", "p4")]),
    P("p4", "Gulsum Hoshur", ["Gulsum Hoshur"], ["victim", "relative"], gender="female", rel=[("mother", "p3")],
      viol=[("family.reprisal", "doit passer chaque semaine au comité de quartier à Kachgar pour « rendre compte » des appels de sa fille")]),
    P("p5", "Laurence Petit", ["Laurence Petit"], ["other"], gender="female"),
    P("p6", "Rahila Osman", ["Rahila Osman"], ["other"], gender="female"),
]
PLACES = [
    L("Saint-Denis", ["Saint-Denis"]),
    L("Xinjiang", ["Xinjiang"]),
    L("Kashgar", ["Kachgar"]),
    L("Aksu", ["Aksou"]),
    L("Argenteuil", ["Argenteuil"]),
    L("France", ["France"]),
]
DATES = [
    D("19 octobre 2022", "2022-10-19", "day"),
    D("3 octobre", "2022-10-03", "day"),
    D("mai 2017", "2017-05", "month"),
    D("janvier 2019", "2019-01", "month"),
]
EVENTS = [
    ("return", "p2", "2017-05"),
    ("arrest", "p2", "2017-05"),
    ("detention", "p2", "2017-05"),
    ("sentencing", "p2", None),
]
NEGATED = [("p3", "transnational.harassment", "Elle n'a jamais été inquiétée en France")]
FORBIDDEN = []
