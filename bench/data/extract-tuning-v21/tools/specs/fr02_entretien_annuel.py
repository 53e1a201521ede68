FILE = "fr02_entretien_annuel.txt"
LANG = "fr"
DATE = "2023-01-16"
NOTE = ("Company annual appraisal record (compte rendu d'entretien annuel): HR header, numbered sections, employee's "
        "free-expression section in quotes, signatures. Not persons/dates: matricule 004812, 94 %, '23 jours', CACES 1 "
        "and 5, WMS, CPF. Orgs: 'LOGIVAL SAS'. 'Exercice 2022' is a year date. Name forms: capitals 'Nurlan SEITKALI', "
        "'Nurlan', 'N. Seitkali'; 'Julien Moreau' / 'M. Moreau' / 'J. Moreau'; 'Mme Nadia Chérif' / 'N. Chérif' (roles "
        "other). Kazakh family sharing a surname (Seitkali) and a maternal-type uncle with another (Ospanov). 'L'an dernier' "
        "-> 2022 (release, exit at the Bakhty border). Sister: arrested for a Kazakh number in her phone (arbitrary arrest "
        "+ digital), camp, blood and fingerprints (biometric), glove factory without pay (forced labour). Father 'n'a jamais "
        "été arrêté' (negated) but passport kept (positive control). Uncle died in detention 2020, body not returned "
        "(death.in_custody; death event).")
ORGS = ["LOGIVAL SAS"]
PERSONS = [
    P("p1", "Nurlan Seitkali", ["Nurlan SEITKALI", "Nurlan", "N. Seitkali"], ["narrator", "relative"], gender="male",
      rel=[("brother", "p3"), ("son", "p4"), ("nephew", "p5")]),
    P("p2", "Julien Moreau", ["Julien Moreau", "Moreau", "J. Moreau"], ["other"], gender="male"),
    P("p3", "Aigerim Seitkali", ["Aigerim Seitkali"], ["victim", "relative"], gender="female",
      rel=[("sister", "p1"), ("daughter", "p4")],
      viol=[("detention.arbitrary_arrest", "arrêtée à Tacheng en août 2018 parce qu'elle avait un numéro kazakh dans son téléphone"),
            ("surveillance.digital", "un numéro kazakh dans son téléphone"),
            ("detention.internment_camp", "On l'a gardée\ntrois ans et demi dans un camp"),
            ("medical.biometric_collection", "on lui a pris son sang et ses empreintes"),
            ("labour.forced_labour", "on l'a fait travailler dans une usine\nde gants sans salaire")]),
    P("p4", "Kairat Seitkali", ["Kairat Seitkali"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("father", "p3")],
      viol=[("movement.passport_confiscation", "la police a gardé son passeport")]),
    P("p5", "Bolat Ospanov", ["Bolat Ospanov"], ["victim", "relative"], gender="male", rel=[("uncle", "p1")],
      viol=[("death.in_custody", "est mort en détention en\n2020 ; on ne nous a pas rendu le corps")]),
    P("p6", "Nadia Chérif", ["Nadia Chérif", "N. Chérif"], ["other"], gender="female"),
]
PLACES = [
    L("Saint-Quentin-Fallavier", ["Saint-Quentin-Fallavier"]),
    L("Tacheng", ["Tacheng"]),
    L("Bakhty", ["Bakhty"]),
    L("Kazakhstan", ["Kazakhstan"]),
]
DATES = [
    D("Exercice [[2022]]", "2022", "year"),
    D("3 mai 2019", "2019-05-03", "day"),
    D("16 janvier 2023", "2023-01-16", "day"),
    D("mars 2022", "2022-03", "month"),
    D("L'an dernier", "2022", "year"),
    D("août 2018", "2018-08", "month"),
    D("en détention en\n[[2020]]", "2020", "year"),
]
EVENTS = [
    ("arrest", "p3", "2018-08"),
    ("detention", "p3", "2018-08"),
    ("release", "p3", "2022"),
    ("exit", "p3", "2022"),
    ("death", "p5", "2020"),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "n'a jamais été arrêté")]
FORBIDDEN = [("p1", "detention.arbitrary_arrest")]
