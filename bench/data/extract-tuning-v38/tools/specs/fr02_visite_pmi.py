FILE = "fr02_visite_pmi.txt"
LANG = "fr"
DATE = "2025-02-14"
NOTE = ("PMI nurse's (puéricultrice) home-visit report after a birth, Montreuil (child/mother/father fields 'Prénom NOM', "
        "'Mme Abliz', 'M. Abdulla'; nurse 'Claire Bonnet' / 'C. Bonnet' and 'Dr Martin' are staff, other). The mother's "
        "mother Saadet Hoshur arrested in Kashgar 2018 'because her daughter lived in France' (arbitrary arrest + family "
        "reprisal; arrest + detention 2018), two years in a camp, released 2020, made to sew unpaid in a workshop she may "
        "not leave (forced labour); calls only with a policeman present (not coded). Sister Zeynure Abliz operated on by "
        "force after her second son in 2019 on the neighbourhood committee's decision (forced sterilisation); the mother "
        "'n'a subi aucune opération de ce type' (negated forced sterilisation). Father arrived in France 2015 (exit); his "
        "unnamed brother questioned in Ghulja 'le mois dernier' (= 2025-01; unnamed, not annotated). The baby's birth "
        "date is a date (birth year 2025). 'le 21 février' is after the document date (not annotated); weights, '31 ans' "
        "(age), 'deux ans', 'deux semaines' are not dates. The PMI centre and the CMP are organisations.")
ORGS = ["Centre de PMI Croix-de-Chavaux", "CMP de Montreuil"]
PERSONS = [
    P("p1", "Elnur Abdulla", ["Elnur ABDULLA"], ["relative"], gender="male", birth_year=2025,
      rel=[("son", "p2"), ("son", "p3"), ("grandson", "p4")]),
    P("p2", "Munire Abliz", ["Munire ABLIZ", "Abliz"], ["relative"], gender="female", age=31,
      rel=[("mother", "p1"), ("daughter", "p4"), ("sister", "p5")]),
    P("p3", "Kamil Abdulla", ["Kamil ABDULLA", "Abdulla"], ["relative"], gender="male",
      rel=[("father", "p1")]),
    P("p4", "Saadet Hoshur", ["Saadet Hoshur"], ["victim"], gender="female",
      rel=[("mother", "p2"), ("mother", "p5"), ("grandmother", "p1")],
      viol=[("detention.arbitrary_arrest", "a été arrêtée à Kachgar en 2018, selon la famille « parce que sa fille vivait en France »"),
            ("family.reprisal", "« parce que sa fille vivait en France »"),
            ("detention.internment_camp", "Elle a passé deux ans dans un camp"),
            ("labour.forced_labour", "on l'oblige à coudre dans un atelier textile de l'usine du quartier, sans salaire et sans droit de partir")]),
    P("p5", "Zeynure Abliz", ["Zeynure Abliz"], ["victim"], gender="female",
      rel=[("sister", "p2"), ("daughter", "p4")],
      viol=[("reproductive.forced_sterilization", "a été opérée de force pour ne plus avoir d'enfants")]),
    P("p6", "Claire Bonnet", ["Claire Bonnet", "C. Bonnet"], ["other"], gender="female"),
    P("p7", "Martin", ["Martin"], ["other"]),
]
PLACES = [
    L("Montreuil", ["Montreuil"]),
    L("France", ["France"]),
    L("Xinjiang", ["Xinjiang"]),
    L("Kashgar", ["Kachgar"]),
    L("Ghulja", ["Ghulja"]),
]
DATES = [
    D("le 9 janvier 2025", "2025-01-09", "day"),
    D("14 février 2025", "2025-02-14", "day"),
    D("Kachgar en [[2018]]", "2018", "year"),
    D("sortie en [[2020]]", "2020", "year"),
    D("fils, en [[2019]]", "2019", "year"),
    D("France en [[2015]]", "2015", "year"),
    D("le mois dernier", "2025-01", "month"),
]
EVENTS = [
    ("arrest", "p4", "2018"),
    ("detention", "p4", "2018"),
    ("release", "p4", "2020"),
    ("exit", "p3", "2015"),
]
NEGATED = [("p2", "reproductive.forced_sterilization", "n'a subi aucune opération de ce type")]
FORBIDDEN = []
