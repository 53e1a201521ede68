FILE = "fr02_ordonnance_jld.txt"
LANG = "fr"
DATE = "2023-11-08"
NOTE = ("Order of a French liberty-and-detention judge (juge des libertés et de la détention, Meaux) extending the "
        "administrative detention of a Uyghur man facing removal to China (Vu/Après avoir entendu/PAR CES MOTIFS, a "
        "judge's Q/A). The judge's 'Nous' and 'Ordonnons'/'Disons' are the court, not a group of victims. Name in form "
        "order 'YASINJAN Mutellip', then 'M. Yasinjan'; wife only 'Nigare', brother only 'Obul' (summoned: "
        "interrogation event, no code). Judge Hélène Marchand, clerk Karim Benali, lawyer Paul Girard ('Me Girard'), "
        "interpreter Aygul Semet are role other. Daughter unnamed. 'dix mois plus tard' chained on April 2017 -> release "
        "2018-02; 'l'an dernier' -> 2022. The stop at the gare du Nord and the retention on 3 November 2023 are an arrest "
        "and a detention event in France (no code). Leaving China in 2019 = exit (arrival in France 2022 is the same "
        "journey's end: no second exit). 'On ne m'a pas frappé' = negated beating beside real shackling at night. Dossier "
        "number, '15 h 40', 'article 3' are not dates.")
ORGS = ["TRIBUNAL JUDICIAIRE DE MEAUX", "Convention européenne des droits de l'homme"]
PERSONS = [
    P("p1", "Mutellip Yasinjan", ["YASINJAN Mutellip", "M. Yasinjan"], ["victim", "witness", "relative"],
      gender="male", birth_year=1990, citizenship=["China"], rel=[("husband", "p2"), ("brother", "p3")],
      viol=[("detention.arbitrary_arrest", "arrêté à Hotan en avril 2017, enfermé dans un camp"),
            ("detention.internment_camp", "enfermé dans un camp"),
            ("labour.forced_labour", "il devait coudre des uniformes dans un atelier, sans salaire"),
            ("detention.shackling", "la nuit on nous attachait les pieds au lit")]),
    P("p2", "Nigare", ["Nigare"], ["relative"], gender="female", rel=[("wife", "p1")]),
    P("p3", "Obul", ["Obul"], ["relative"], gender="male", rel=[("brother", "p1")]),
    P("p4", "Hélène Marchand", ["Hélène Marchand"], ["other"], gender="female"),
    P("p5", "Karim Benali", ["Karim Benali"], ["other"], gender="male"),
    P("p6", "Paul Girard", ["Paul Girard", "Girard"], ["other"], gender="male"),
    P("p7", "Aygul Semet", ["Aygul Semet"], ["other"], gender="female"),
]
PLACES = [
    L("Meaux", ["Meaux"]),
    L("Seine-et-Marne", ["Seine-et-Marne"]),
    L("China", ["Chine"]),
    L("Hotan", ["Hotan"]),
    L("Le Mesnil-Amelot", ["Mesnil-Amelot"]),
    L("Paris", ["Paris"]),
    L("France", ["France"]),
    L("Italy", ["Italie"]),
    L("Kazakhstan", ["Kazakhstan"]),
]
DATES = [
    D("le 6 novembre 2023", "2023-11-06", "day"),
    D("l'arrêté du [[3 novembre 2023]]", "2023-11-03", "day"),
    D("le 14 juin 1990", "1990-06-14", "day"),
    D("interpellé [[le 3 novembre 2023]]", "2023-11-03", "day"),
    D("mars 2022", "2022-03", "month"),
    D("avril 2017", "2017-04", "month"),
    D("dix mois plus tard", "2018-02", "month"),
    D("2019", "2019", "year"),
    D("l'an dernier", "2022", "year"),
    D("le 5 novembre 2023", "2023-11-05", "day"),
    D("le 8 novembre 2023", "2023-11-08", "day"),
]
EVENTS = [
    ("arrest", "p1", "2017-04"),
    ("detention", "p1", "2017-04"),
    ("release", "p1", "2018-02"),
    ("exit", "p1", "2019"),
    ("interrogation", "p3", "2022"),
    ("arrest", "p1", "2023-11-03"),
    ("detention", "p1", "2023-11-03"),
]
NEGATED = [("p1", "torture.beating", "On ne m'a pas frappé")]
FORBIDDEN = []
