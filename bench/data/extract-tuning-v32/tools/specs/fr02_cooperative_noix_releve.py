FILE = "fr02_cooperative_noix_releve.txt"
LANG = "fr"
DATE = "2023-10-03"
NOTE = ("Walnut co-operative's member account statement with an internal accounting note (member fields 'Nom : OSMAN' / "
        "'Prénom : Mukerrem' as two mentions, tonnages, percentages, amounts). Member then 'Mme Osman'; husband "
        "'Abduqadir Osman'; daughter 'Sevinch', son 'Ilham' then 'M. Ilham Osman'; accountant 'Corinne Payet' (other). "
        "'leur arrivée en France en 2015' = exit of both spouses; going back to Xinjiang in March 2017 = return; "
        "passport withdrawn on arrival = passport confiscation; the 'centre de formation' is hedged (conditional "
        "'aurait', no confirmation): no camp code, no detention event, nothing forbidden. 'Depuis l'été 2022 on ne sait "
        "plus où il se trouve' = enforced disappearance (event 2022). 'Mme Osman elle-même n'a jamais été arrêtée' "
        "negated. 'campagne 2022-2023' gives two years; 'Le conseil du 12 octobre' lies after the document date.")
ORGS = ["COOPÉRATIVE NOIX DU VERCORS"]
PERSONS = [
    P("p1", "Mukerrem Osman", ["OSMAN", "Mukerrem", "Mme Osman"], ["relative"], gender="female",
      rel=[("wife", "p2"), ("mother", "p3"), ("mother", "p4")]),
    P("p2", "Abduqadir Osman", ["Abduqadir Osman"], ["victim"], gender="male",
      rel=[("husband", "p1"), ("father", "p3"), ("father", "p4")],
      viol=[("movement.passport_confiscation", "On lui a retiré son passeport à son arrivée"),
            ("disappearance.enforced", "on ne sait plus où il se trouve")]),
    P("p3", "Sevinch", ["Sevinch"], ["relative"], gender="female", rel=[("daughter", "p1"), ("daughter", "p2"), ("sister", "p4")]),
    P("p4", "Ilham Osman", ["Ilham", "Ilham Osman"], ["relative"], gender="male",
      rel=[("son", "p1"), ("son", "p2"), ("brother", "p3")]),
    P("p5", "Corinne Payet", ["Corinne Payet"], ["other"], gender="female"),
]
PLACES = [
    L("Saint-Marcellin", ["Saint-Marcellin"]),
    L("Isère", ["Isère"]),
    L("Kargilik", ["Kargilik"]),
    L("France", ["France"]),
    L("Xinjiang", ["Xinjiang"]),
    L("China", ["Chine"]),
    L("Astana", ["Astana"]),
]
DATES = [
    D("depuis : [[2017]]", "2017", "year"),
    D("campagne [[2022]]-2023", "2022", "year"),
    D("campagne 2022-[[2023]]", "2023", "year"),
    D("le 15 décembre 2022", "2022-12-15", "day"),
    D("3 octobre 2023", "2023-10-03", "day"),
    D("28 septembre", "2023-09-28", "day"),
    D("en [[2015]]", "2015", "year"),
    D("mars 2017", "2017-03", "month"),
    D("l'été 2022", "2022", "year"),
]
EVENTS = [
    ("exit", "p1", "2015"),
    ("exit", "p2", "2015"),
    ("return", "p2", "2017-03"),
    ("disappearance", "p2", "2022"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "Mme Osman elle-même n'a jamais été arrêtée")]
FORBIDDEN = []
