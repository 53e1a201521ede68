FILE = "fr01_boulangerie_reclamation.txt"
LANG = "fr"
DATE = "2024-02-06"
NOTE = ("Paris bakery's complaint letter to its flour mill about a damaged delivery (letterhead, Objet line, delivery "
        "number, amounts, clock times), in which the manager explains his wife's absence. Signature 'Ilyas NIYAZ'; wife "
        "'Gülbahar Tursun', her brother by given name only 'Adil', their father 'Tursun Hoshur' (Tursun = his given "
        "name, her surname); neighbour 'M. Lucas Ferrand' (other). 'rue de Tanger' and 'Vallée de l'Ourcq' are not "
        "places (street, company name). 'le 12 décembre dernier' -> 2023-12-12 = Adil's exit; 'l'an dernier' -> "
        "2023; 'de 2018 à 2020' two dates. Impersonal 'on l'y a obligé', 'on l'a envoyé' carry the acts: fingerprints and blood = biometric collection, renounce "
        "his religion = religious ban, morning singing = indoctrination, shoe factory without real wage = forced "
        "labour, camp -> factory = transfer 2020. 'Il n'a jamais été jugé' negates a prison sentence; the father "
        "'n'a pas été interné' (negated) beside a passport seizure; his weekly reporting to the neighbourhood "
        "committee carries no code.")
ORGS = ["Boulangerie « Le Nan d'Or »", "Minoterie Vallée de l'Ourcq"]
PERSONS = [
    P("p1", "Ilyas Niyaz", ["Ilyas NIYAZ"], ["narrator", "relative"], gender="male", rel=[("husband", "p2")]),
    P("p2", "Gülbahar Tursun", ["Gülbahar Tursun"], ["relative"], gender="female",
      rel=[("wife", "p1"), ("sister", "p3"), ("daughter", "p4")]),
    P("p3", "Adil", ["Adil"], ["victim"], gender="male", rel=[("brother", "p2"), ("son", "p4")],
      viol=[("detention.arbitrary_arrest", "Adil a passé deux ans dans un camp à Kashgar"),
            ("detention.internment_camp", "deux ans dans un camp à Kashgar"),
            ("medical.biometric_collection", "on lui a pris ses empreintes et du sang"),
            ("culture.religious_ban", "on l'y a obligé à renier sa religion"),
            ("indoctrination.political", "chanter tous les matins"),
            ("labour.forced_labour", "on l'a envoyé dans une usine de chaussures à Hotan, sans salaire réel")]),
    P("p4", "Tursun Hoshur", ["Tursun Hoshur"], ["victim", "relative"], gender="male",
      rel=[("father", "p2"), ("father", "p3")],
      viol=[("movement.passport_confiscation", "la police lui a pris son passeport l'an dernier")]),
    P("p5", "Lucas Ferrand", ["Lucas Ferrand"], ["other"], gender="male"),
]
PLACES = [
    L("Paris", ["Paris"]),
    L("Meaux", ["Meaux"]),
    L("Bobigny", ["Bobigny"]),
    L("France", ["France"]),
    L("Kashgar", ["Kashgar"]),
    L("Hotan", ["Hotan"]),
]
DATES = [
    D("le 6 février 2024", "2024-02-06", "day"),
    D("29 janvier 2024", "2024-01-29", "day"),
    D("livraison du [[29 janvier]],", "2024-01-29", "day"),
    D("le 12 décembre dernier", "2023-12-12", "day"),
    D("de [[2018]] à", "2018", "year"),
    D("2018 à [[2020]]", "2020", "year"),
    D("l'an dernier", "2023", "year"),
    D("depuis [[2016]]", "2016", "year"),
]
EVENTS = [
    ("detention", "p3", "2018"),
    ("transfer", "p3", "2020"),
    ("exit", "p3", "2023-12-12"),
]
NEGATED = [("p3", "detention.prison_sentence", "Il n'a jamais été jugé"),
           ("p4", "detention.internment_camp", "Lui n'a pas été interné")]
FORBIDDEN = []
