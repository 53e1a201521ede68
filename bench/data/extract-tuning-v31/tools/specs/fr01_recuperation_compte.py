FILE = "fr01_recuperation_compte.txt"
LANG = "fr"
DATE = "2024-01-18"
NOTE = ("Messaging app's account-recovery form (numbered sections, French 'Nom'/'Prénom' fields, 'NOM Prénom' order, signature "
        "'Zulpiye OSMAN', service note). 'Messagerie Piaf' is the company; the display name « Papa Ömer » is a handle, not a "
        "mention. 'Nom : OSMAN' alone is the requester's surname (her mention); 'Prénom : Zulpiye' too. Father 'OSMAN Ömerjan' / "
        "'Ömerjan Osman'. Grandmother 'Aynisa' and brother 'Nijat' by given name. Subjectless 'on l'a gardé', 'on l'a conduit'. "
        "Taken without a warrant = arbitrary arrest; fifteen days at the police station = pretrial; « centre de formation » = "
        "internment camp + political indoctrination; transfer chained (22 July + fifteen days -> 2017-08, no span); nobody knows "
        "where, police forbid asking = incommunicado + enforced disappearance. 'la veille de son arrestation' not annotated. "
        "'de 2015 à 2017' = two year dates. Grandmother 'n'a jamais été arrêtée' negated beside passport confiscation and family "
        "separation (missed the wedding); she died at home 'l'an dernier' -> 2023: death event, death.in_custody forbidden. Brother's "
        "interrogation is hearsay ('je ne peux pas l'affirmer'): only his return in 2019. Husband Lucas Ferrand: relative.")
ORGS = ["Messagerie Piaf", "Papa Ömer"]
PERSONS = [
    P("p1", "Zulpiye Osman", ["OSMAN", "Zulpiye", "Zulpiye OSMAN"], ["narrator", "relative"], gender="female",
      rel=[("daughter", "p2"), ("granddaughter", "p3"), ("wife", "p4"), ("sister", "p5")]),
    P("p2", "Ömerjan Osman", ["OSMAN Ömerjan", "Ömerjan Osman"], ["victim"], gender="male",
      rel=[("father", "p1"), ("father", "p5")],
      viol=[("detention.arbitrary_arrest", "deux agents sont venus chez lui et l'ont emmené ; on ne lui a montré aucun mandat"),
            ("detention.pretrial", "on l'a d'abord gardé quinze jours au commissariat"),
            ("detention.internment_camp", "on l'a conduit dans un « centre de formation » à Aksou"),
            ("indoctrination.political", "il devait apprendre les discours du Président par cœur"),
            ("detention.incommunicado", "Depuis, personne ne sait où il est"),
            ("disappearance.enforced", "la police dit à ma tante qu'elle « n'a pas le droit de demander »")]),
    P("p3", "Aynisa", ["Aynisa"], ["relative", "victim"], gender="female",
      rel=[("grandmother", "p1"), ("grandmother", "p5")],
      viol=[("movement.passport_confiscation", "on lui a confisqué son passeport en 2016"),
            ("family.separation", "elle n'a jamais pu venir à mon mariage")]),
    P("p4", "Lucas Ferrand", ["Lucas Ferrand"], ["relative"], gender="male", rel=[("husband", "p1")]),
    P("p5", "Nijat", ["Nijat"], ["relative"], gender="male",
      rel=[("son", "p2"), ("brother", "p1"), ("grandson", "p3")]),
]
PLACES = [L("Strasbourg", ["Strasbourg"]), L("France", ["France"]), L("Aksu", ["Aksou"]), L("Xinjiang", ["Xinjiang"])]
DATES = [
    D("17 janvier 2024", "2024-01-17", "day"),
    D("Le 22 juillet 2017", "2017-07-22", "day"),
    D("coupée en [[2018]]", "2018", "year"),
    D("de [[2015]] à 2017", "2015", "year"),
    D("de 2015 à [[2017]]", "2017", "year"),
    D("l'an dernier", "2023", "year"),
    D("passeport en [[2016]]", "2016", "year"),
    D("Xinjiang en [[2019]]", "2019", "year"),
    D("le 18 janvier 2024", "2024-01-18", "day"),
]
EVENTS = [
    ("arrest", "p2", "2017-07-22"), ("detention", "p2", "2017-07-22"), ("transfer", "p2", "2017-08"),
    ("disappearance", "p2", None),
    ("death", "p3", "2023"),
    ("return", "p5", "2019"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "Elle n'a jamais été arrêtée")]
FORBIDDEN = [("p3", "death.in_custody")]
