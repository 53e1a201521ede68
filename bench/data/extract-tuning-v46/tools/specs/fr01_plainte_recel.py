FILE = "fr01_plainte_recel.txt"
LANG = "fr"
DATE = "2021-04-09"
NOTE = ("Plainte avec constitution de partie civile against two clothing companies for receiving goods of crimes against "
        "humanity, with the lawyers' summary of witness statements. Witness 1 (the civil party): taken by the police to a "
        "'formation' camp on 4 June 2018 = arbitrary arrest + camp (rule 1), songs praising the Party = indoctrination, "
        "moved without her consent in January 2019 to a spinning mill under guard, unable to leave = transfer event + "
        "forced labour, freed in August 2019 = release. Witness 2 (her brother): 'aurait été envoyé' and 'n'a pas pu le "
        "vérifier' = the mill is hedged (neither gold nor forbidden); whereabouts unknown since March 2019 = enforced "
        "disappearance + incommunicado (rule 2) and a dated disappearance event. Witness 3 is unnamed (his 'aucune violence "
        "physique' concerns no person in gold). Lawyers are `other`. Companies and the association are organisations; "
        "Paris inside the court's name is a place mention (v43 rule 6). Article numbers and exhibit numbers are not dates.")
ORGS = ["Collectif Éthique sur les Fibres", "Maison Levasseur SAS", "Atelier Brune SA"]
PERSONS = [
    P("p1", "Zulpiye Ablikim", ["Zulpiye Ablikim"], ["victim"], gender="female", birth_year=1986, rel=[("sister", "p2")],
      viol=[("detention.arbitrary_arrest", "avoir été conduite par la police, le 4 juin 2018, dans un camp de « formation » à Aksou"),
            ("detention.internment_camp", "dans un camp de « formation » à Aksou"),
            ("indoctrination.political", "chanter chaque matin des chants à la gloire du Parti"),
            ("labour.forced_labour", "elle a été transférée sans son accord dans une filature de la zone industrielle d'Aksou, où elle travaillait douze heures par jour sous la surveillance de gardes, sans pouvoir sortir")]),
    P("p2", "Erkin Ablikim", ["Erkin Ablikim"], ["victim"], gender="male", rel=[("brother", "p1")],
      viol=[("disappearance.enforced", "ignore où il se trouve depuis mars 2019"),
            ("detention.incommunicado", "ignore où il se trouve")]),
    P("p3", "Hélène Garnier-Roux", ["Hélène Garnier-Roux"], ["other"], gender="female"),
    P("p4", "Bastien Loriot", ["Bastien Loriot"], ["other"], gender="male"),
]
PLACES = [
    L("Paris", ["Paris"]),
    L("France", ["France"]),
    L("Aksu", ["Aksou"]),
    L("Korla", ["Korla"]),
    L("Xinjiang", ["Xinjiang"]),
    L("Montreuil", ["Montreuil"]),
]
DATES = [
    D("entre [[2018]] et 2021", "2018", "year"),
    D("entre 2018 et [[2021]]", "2021", "year"),
    D("née en [[1986]]", "1986", "year"),
    D("Montreuil depuis [[2020]]", "2020", "year"),
    D("4 juin 2018", "2018-06-04", "day"),
    D("janvier 2019", "2019-01", "month"),
    D("août 2019", "2019-08", "month"),
    D("mars 2019", "2019-03", "month"),
    D("disponibles depuis [[2020]]", "2020", "year"),
    D("9 avril 2021", "2021-04-09", "day"),
]
EVENTS = [
    ("arrest", "p1", "2018-06-04"),
    ("detention", "p1", "2018-06-04"),
    ("transfer", "p1", "2019-01"),
    ("release", "p1", "2019-08"),
    ("disappearance", "p2", "2019-03"),
]
NEGATED = []
FORBIDDEN = []
