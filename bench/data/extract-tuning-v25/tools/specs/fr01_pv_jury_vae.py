FILE = "fr01_pv_jury_vae.txt"
LANG = "fr"
DATE = "2023-06-28"
NOTE = ("University VAE jury deliberation record (procès-verbal de délibération du jury de validation des acquis de "
        "l'expérience) with a Question du jury / Réponse passage. Separate fields 'Nom : YUNUS  Prénom : Aygul', later "
        "'Mme Yunus'; husband 'Perhat Imin'; daughter 'Mayse Perhat' (surname = father's given name) then 'Mayse'. Jury "
        "members Laurent Besse (signature 'L. Besse') and Claire Vidal are role other; the cousin is role-only. 'Nous "
        "sommes parties ... ma fille et moi' = exit of two (August 2018). Husband: arrested in the kitchen (arrest, "
        "detention March 2017), 'Trois mois plus tard' chained -> transfer 2017-06, sentenced 2018 'sans avocat' (dated "
        "sentencing). Prison workshop is hearsay ('Je ne sais pas si c'est vrai'): no forced labour either way. "
        "'je n'ai jamais été détenue' negates her arbitrary arrest beside the real phone searches at street checks "
        "(checkpoint + digital surveillance). 'l'an dernier' -> 2022; 'janvier dernier' -> 2023-01. The house search takes "
        "no code.")
ORGS = ["UNIVERSITÉ DE BESANÇON"]
PERSONS = [
    P("p1", "Aygul Yunus", ["YUNUS", "Aygul", "Mme Yunus"], ["victim", "relative", "witness"], gender="female",
      birth_year=1983, rel=[("wife", "p2"), ("mother", "p3")],
      viol=[("surveillance.checkpoint", "à chaque contrôle dans la rue"),
            ("surveillance.digital", "on vidait mon téléphone")]),
    P("p2", "Perhat Imin", ["Perhat Imin"], ["victim", "relative"], gender="male",
      rel=[("husband", "p1"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "a été arrêté ce jour-là, dans notre cuisine"),
            ("detention.prison_sentence", "Il a été condamné en 2018 à dix ans, sans avocat")]),
    P("p3", "Mayse Perhat", ["Mayse Perhat", "Mayse"], ["relative"], gender="female",
      rel=[("daughter", "p1"), ("daughter", "p2")]),
    P("p4", "Laurent Besse", ["Laurent Besse", "L. Besse"], ["other"], gender="male"),
    P("p5", "Claire Vidal", ["Claire Vidal"], ["other"], gender="female"),
]
PLACES = [
    L("Aksu", ["Aksu"]),
    L("China", ["Chine"]),
    L("Kuqa", ["Kuqa"]),
    L("Besançon", ["Besançon"]),
]
DATES = [
    D("28 juin 2023", "2023-06-28", "day"),
    D("14/02/1983", "1983-02-14", "day"),
    D("l'an dernier", "2022", "year"),
    D("mars 2017", "2017-03", "month"),
    D("Trois mois plus tard", "2017-06", "month"),
    D("condamné en [[2018]]", "2018", "year"),
    D("août 2018", "2018-08", "month"),
    D("janvier dernier", "2023-01", "month"),
    D("2008", "2008", "year"),
    D("à [[2017]], puis", "2017", "year"),
    D("depuis [[2020]]", "2020", "year"),
]
EVENTS = [
    ("arrest", "p2", "2017-03"),
    ("detention", "p2", "2017-03"),
    ("transfer", "p2", "2017-06"),
    ("sentencing", "p2", "2018"),
    ("exit", "p1", "2018-08"),
    ("exit", "p3", "2018-08"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "je n'ai jamais été détenue")]
FORBIDDEN = []
