FILE = "fr01_resume_cnda.txt"
LANG = "fr"
DATE = "2024-03-14"
NOTE = ("Summary of a French asylum court (CNDA) decision: court name, case number 'n° 23012457 C+' (not a date), OFPRA (org), "
        "unnamed judges and rapporteure (not persons). Header 'M. SATTAR' and final 'M. Sattar' = the applicant Ilyar Sattar; his "
        "father Sattar Abdukerim and sister Gulnigar Sattar (Turkic naming; 'Mme', 'M.' titles). 'ressortissant chinois' -> China; "
        "'d'origine ouïghoure' as ethnicity. Clitics: «l'ont interpellé», «On l'a conduit», «on lui a fait manger du porc», «on "
        "l'obligeait», «on l'a relâché». WhatsApp found on the phone as ground = digital surveillance + arbitrary arrest; release "
        "under the neighbourhood committee's watch = house arrest. «Quatorze mois plus tard» after April 2018 -> 2019-06. Electric "
        "shocks 'not held as established' by the court: neither gold nor forbidden. «jamais été jugé ni condamné» negates prison "
        "sentence for the applicant; the sister «n'a jamais été inquiétée» (negated arrest) but her passport was withdrawn. 'un "
        "tribunal de Karamay' is generic: Karamay is a place mention.")
ORGS = ["Office français de protection des réfugiés et apatrides"]
PERSONS = [
    P("p1", "Ilyar Sattar", ["SATTAR", "Ilyar Sattar", "Sattar"], ["victim", "witness"], gender="male",
      ethnicity="ouïghoure", birth_year=1990, citizenship=["China"], rel=[("son", "p2"), ("brother", "p3")],
      viol=[("detention.arbitrary_arrest", "des policiers l'ont interpellé sur son lieu de travail après avoir trouvé l'application WhatsApp sur son téléphone, sans lui présenter aucun document"),
            ("surveillance.digital", "après avoir trouvé l'application WhatsApp sur son téléphone"),
            ("detention.internment_camp", "On l'a conduit au centre de « formation professionnelle » de Karamay"),
            ("culture.religious_ban", "on lui a fait manger du porc pendant les repas collectifs"),
            ("indoctrination.political", "on l'obligeait chaque soir à rédiger une autocritique en chinois"),
            ("detention.house_arrest", "on l'a relâché sous la surveillance de son comité de quartier")]),
    P("p2", "Sattar Abdukerim", ["Sattar Abdukerim"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("father", "p3")],
      viol=[("detention.prison_sentence", "a été condamné en 2019 par un tribunal de Karamay à douze ans de prison"),
            ("detention.incommunicado", "sa famille ignore depuis lors dans quel établissement il se trouve"),
            ("disappearance.enforced", "sa famille ignore depuis lors dans quel établissement il se trouve")]),
    P("p3", "Gulnigar Sattar", ["Gulnigar Sattar"], ["relative", "victim"], gender="female",
      rel=[("sister", "p1"), ("daughter", "p2")],
      viol=[("movement.passport_confiscation", "son passeport lui a été retiré par la police locale")]),
]
PLACES = [
    L("Karamay", ["Karamay", "Kelamayi"]),
    L("China", ["Chine"]),
    L("Khorgos", ["Khorgos"]),
    L("France", ["France"]),
]
DATES = [
    D("14 mars 2024", "2024-03-14", "day"),
    D("3 février 1990", "1990-02-03", "day"),
    D("5 janvier 2023", "2023-01-05", "day"),
    D("avril 2018", "2018-04", "month"),
    D("Quatorze mois plus tard", "2019-06", "month"),
    D("condamné en [[2019]]", "2019", "year"),
    D("l'été 2021", "2021", "year"),
    D("France en [[2022]]", "2022", "year"),
]
EVENTS = [
    ("arrest", "p1", "2018-04"),
    ("detention", "p1", "2018-04"),
    ("release", "p1", "2019-06"),
    ("exit", "p1", "2021"),
    ("sentencing", "p2", "2019"),
    ("disappearance", "p2", None),
]
NEGATED = [("p1", "detention.prison_sentence", "Il n'a, par ailleurs, jamais été jugé ni condamné"),
           ("p3", "detention.arbitrary_arrest", "n'a jamais été inquiétée")]
FORBIDDEN = [("p3", "detention.internment_camp")]
