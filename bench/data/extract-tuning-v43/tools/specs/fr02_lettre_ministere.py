FILE = "fr02_lettre_ministere.txt"
LANG = "fr"
DATE = "2022-06-20"
NOTE = ("Lyon association's letter to the French foreign minister (sender and addressee blocks with street addresses, "
        "Objet, formal closing). 'Abdulla EZIZ' / 'Abdulla Eziz' / 'Eziz' after 'M.' (father; titles left out of spans); son 'Yusupjan Abdulla' / "
        "'Yusupjan' (surname = father's given name); daughter 'Gulzire Eziz' / 'Eziz' after 'Mme' (the same surname for two people) (resident of Villeurbanne). "
        "Father: night arrest without documents; no notice and whereabouts unknown = incommunicado + enforced "
        "disappearance (gold rule 2); camp of 'transformation par l'éducation' (a released detainee's account, as fact) "
        "with Party hymns = indoctrination; release 'aurait été ... ne pouvons pas le confirmer' = hedged, no release "
        "event. Son: nine years for 'séparatisme' (judgment notice photographed), no visits = incommunicado. Daughter "
        "told by a 'Turfan policeman' to come back to China = transnational harassment; aunt questioned about it = family "
        "reprisal, 'elle n'a pas été détenue' negated. The Chinese authorities' 'vie normale' is a state denial, no "
        "negation. Cities in address blocks (Lyon, Paris) are places; street addresses are not.")
ORGS = ["Collectif Lyonnais pour les Droits des Ouïghours", "Direction d'Asie et d'Océanie"]
PERSONS = [
    P("p1", "Abdulla Eziz", ["Abdulla EZIZ", "Abdulla Eziz", "Eziz"], ["victim"], gender="male", age=68,
      skip=[("Mme [[Eziz]]", 0), ("Mme [[Eziz]]", 1)],
      rel=[("father", "p2"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "a été arrêté à son domicile dans la nuit du 12 mars 2018 par des policiers en civil qui n'ont présenté aucun document"),
            ("detention.incommunicado", "La famille n'a reçu aucune notification de sa détention"),
            ("disappearance.enforced", "ne sait pas où il se trouve"),
            ("detention.internment_camp", "a été enfermé dans un camp de « transformation par l'éducation »"),
            ("indoctrination.political", "les détenus devaient chanter des hymnes au Parti")]),
    P("p2", "Yusupjan Abdulla", ["Yusupjan Abdulla", "Yusupjan"], ["victim"], gender="male",
      rel=[("son", "p1"), ("brother", "p3")],
      viol=[("detention.prison_sentence", "a été condamné en janvier 2019 à neuf ans de prison"),
            ("detention.incommunicado", "aucune visite n'est autorisée")]),
    P("p3", "Gulzire Eziz", ["Gulzire Eziz", "Eziz"], ["relative", "victim"], gender="female", skip=["M. [[Eziz]]"],
      rel=[("daughter", "p1"), ("sister", "p2"), ("niece", "p4")],
      viol=[("transnational.harassment", "qui lui a demandé de rentrer en Chine et de lui envoyer la copie de son titre de séjour")]),
    P("p4", "Rabiye Niyaz", ["Rabiye Niyaz"], ["relative", "victim"], gender="female", rel=[("aunt", "p3")],
      viol=[("family.reprisal", "a été interrogée à ce sujet à deux reprises en 2021")]),
    P("p5", "Jean-Marc Tessier", ["Jean-Marc Tessier"], ["other"], gender="male"),
]
PLACES = [
    L("Lyon", ["Lyon"]),
    L("Paris", ["Paris"]),
    L("Villeurbanne", ["Villeurbanne"]),
    L("Turpan", ["Turfan"]),
    L("Turkey", ["Turquie"]),
    L("Shikho", ["Shikho"]),
    L("China", ["Chine"]),
]
DATES = [
    D("20 juin 2022", "2022-06-20", "day"),
    D("2016", "2016", "year"),
    D("12 mars 2018", "2018-03-12", "day"),
    D("en [[2020]]", "2020", "year"),
    D("janvier 2019", "2019-01", "month"),
    D("août 2019", "2019-08", "month"),
    D("en [[2021]]", "2021", "year"),
    D("avril 2022", "2022-04", "month"),
]
EVENTS = [
    ("arrest", "p1", "2018-03-12"),
    ("detention", "p1", "2018-03-12"),
    ("sentencing", "p2", "2019-01"),
    ("interrogation", "p4", "2021"),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "elle n'a pas été détenue")]
FORBIDDEN = []
