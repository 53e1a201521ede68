FILE = "fr01_entretien_cpe_lycee.txt"
LANG = "fr"
DATE = "2023-01-19"
NOTE = ("Lycée's record of a meeting between the senior education adviser (CPE) and a pupil's family on absences. "
        "Pupil 'KERIM Batur' (inverted, one mention; 'Batur'); mother 'Mme Parizat OSMAN' ('Mme Osman', 'P. Osman'); "
        "father 'M. Kerim Yaqup' ('M. Yaqup' = the father; his brother 'Memet Yaqup'). Father went back to Kashgar "
        "June 2017 (return), held three weeks in a police station from the airport ('on l'a gardé': arbitrary arrest + "
        "pretrial), then taken to a 'centre d'éducation' (camp; transfer, year only), no news (incommunicado). The "
        "mother's belief that he works in a workshop, 'elle n'en sait rien' = hedged: no forced labour. Pupil: "
        "stranger on Instagram demanding names of protesters = transnational harassment. Uncle: summoned twice in "
        "2019 (one interrogation event), 'n'a jamais été arrêté' = negated arbitrary arrest. Dates: 'l'automne "
        "dernier' -> 2022. Not dates: 'lundi', 'dimanche', 'vendredi', 'premier trimestre', 'vacances d'hiver' "
        "(future), 'trois semaines', counts of half-days.")
ORGS = ["Lycée Jean-Jaurès", "Éducation nationale"]
PERSONS = [
    P("p1", "Batur Kerim", ["KERIM Batur", "Batur"], ["relative", "victim"], gender="male",
      rel=[("son", "p2"), ("son", "p3"), ("nephew", "p4")],
      viol=[("transnational.harassment", "un inconnu a écrit à Batur sur Instagram, en ouïghour, pour lui réclamer les noms")]),
    P("p2", "Parizat Osman", ["Parizat OSMAN", "Osman", "P. Osman"], ["relative"], gender="female",
      rel=[("mother", "p1"), ("wife", "p3")]),
    P("p3", "Kerim Yaqup", ["Kerim Yaqup", "Yaqup"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("husband", "p2"), ("brother", "p4")],
      viol=[("detention.arbitrary_arrest", "on l'a gardé trois semaines dans un poste de police"),
            ("detention.pretrial", "gardé trois semaines dans un poste de police"),
            ("detention.internment_camp", "on l'a conduit dans un « centre d'éducation » à la sortie de Kachgar"),
            ("detention.incommunicado", "la famille n'a plus aucune nouvelle directe")]),
    P("p4", "Memet Yaqup", ["Memet Yaqup"], ["relative"], gender="male",
      rel=[("brother", "p3"), ("uncle", "p1")]),
    P("p5", "Claire Dumoulin", ["Claire Dumoulin", "C. Dumoulin"], ["other"], gender="female"),
    P("p6", "Thomas Garnier", ["Thomas Garnier", "Garnier"], ["other"], gender="male"),
]
PLACES = [
    L("Montreuil", ["Montreuil"]),
    L("Kashgar", ["Kachgar"]),
    L("Urumqi", ["Ürümqi"]),
    L("Paris", ["Paris"]),
]
DATES = [
    D("19 janvier 2023", "2023-01-19", "day"),
    D("le 5 septembre", "2022-09-05", "day"),
    D("le 8 décembre dernier", "2022-12-08", "day"),
    D("l'automne dernier", "2022", "year"),
    D("juin 2017", "2017-06", "month"),
    D("En [[octobre]]", "2022-10", "month"),
    D("en [[2019]]", "2019", "year"),
]
EVENTS = [
    ("return", "p3", "2017-06"),
    ("arrest", "p3", "2017-06"),
    ("detention", "p3", "2017-06"),
    ("transfer", "p3", "2017"),
    ("interrogation", "p4", "2019"),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "n'a jamais été arrêté")]
FORBIDDEN = []
