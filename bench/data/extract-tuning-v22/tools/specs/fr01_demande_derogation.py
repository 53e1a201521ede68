FILE = "fr01_demande_derogation.txt"
LANG = "fr"
DATE = "2023-06-02"
NOTE = ("City school-zoning exemption request (demande de dérogation au périmètre scolaire) with form fields (surname in "
        "capitals, separate Prénom field), the family's explanation, head teacher's opinion and commission decision. 'VILLE DE "
        "VILLEURBANNE' (issuer), schools 'école Jean-Jaurès' / 'école Léon-Blum' and 'rue Francis-de-Pressensé' are orgs (no "
        "person or place inside). 'Rentrée 2023' (September 2023) is after the document date: not annotated. Dossier number, "
        "'CP', 'deux jours plus tard' (no day anchor) are not dates. Signature 'M. Abdurehim' is the mother (M. = Mukaddes, "
        "not Monsieur); the child's surname 'KERIM' is his father's given name (father 'Kerim Memet'); the grandfather "
        "'Abdurehim Qasim' gives the mother her surname. Head teacher 'Mme S. Caillot' is role other. 'Nous sommes arrivés en "
        "France en 2019, mon mari ... et moi, avec Yusuf' = exit for three people; grandmother's exit undated. Grandmother: "
        "passport taken 2017-2021, weekly patriotic songs (indoctrination) beside 'Elle n'a jamais été détenue' (arbitrary "
        "arrest negated). Grandfather: taken to a 'centre de formation' in Toksun (arrest, camp), no contact (incommunicado), "
        "died there (death in custody). Brother Ilham 'serait en prison ... aucune confirmation' is conditional hearsay: no "
        "event, no code, nothing forbidden. 'l'an dernier' -> 2022.")
ORGS = ["VILLE DE VILLEURBANNE", "école Jean-Jaurès", "école Léon-Blum", "rue Francis-de-Pressensé"]
PERSONS = [
    P("p1", "Mukaddes Abdurehim", ["ABDUREHIM", "Mukaddes", "M. Abdurehim"], ["narrator", "relative"], gender="female",
      rel=[("wife", "p2"), ("mother", "p3"), ("daughter", "p4"), ("daughter", "p5"), ("sister", "p6")]),
    P("p2", "Kerim Memet", ["Kerim Memet"], ["relative"], gender="male", rel=[("husband", "p1"), ("father", "p3")]),
    P("p3", "Yusuf Kerim", ["KERIM", "Yusuf"], ["relative"], gender="male", birth_year=2017,
      rel=[("son", "p1"), ("son", "p2"), ("grandson", "p4"), ("grandson", "p5")]),
    P("p4", "Abdurehim Qasim", ["Abdurehim Qasim"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("father", "p6"), ("husband", "p5"), ("grandfather", "p3")],
      viol=[("detention.arbitrary_arrest", "a été emmené en mars 2017"),
            ("detention.internment_camp", "dans un « centre de formation » à Toksun"),
            ("detention.incommunicado", "Nous n'avons pas pu lui parler une seule fois"),
            ("death.in_custody", "Il y est mort en novembre 2018")]),
    P("p5", "Mahire Tohti", ["Mahire Tohti"], ["victim", "relative"], gender="female",
      rel=[("mother", "p1"), ("mother", "p6"), ("wife", "p4"), ("grandmother", "p3")],
      viol=[("movement.passport_confiscation", "la police lui avait pris son passeport en 2017 et ne le lui a rendu qu'en 2021"),
            ("indoctrination.political", "elle devait assister chaque lundi au cours de chants patriotiques du quartier")]),
    P("p6", "Ilham", ["Ilham"], ["relative"], gender="male", rel=[("brother", "p1"), ("son", "p4"), ("son", "p5")]),
    P("p7", "S. Caillot", ["S. Caillot"], ["other"], gender="female"),
]
PLACES = [
    L("Villeurbanne", ["Villeurbanne"]),
    L("France", ["France"]),
    L("Turpan", ["Tourfan"]),
    L("Toksun", ["Toksun"]),
    L("Urumqi", ["Ürümqi"]),
]
DATES = [
    D("04/02/2017", "2017-02-04", "day"),
    D("France en [[2019]]", "2019", "year"),
    D("l'an dernier", "2022", "year"),
    D("passeport en [[2017]]", "2017", "year"),
    D("qu'en [[2021]]", "2021", "year"),
    D("mars 2017", "2017-03", "month"),
    D("novembre 2018", "2018-11", "month"),
    D("12/04/2023", "2023-04-12", "day"),
    D("30 MAI 2023", "2023-05-30", "day"),
    D("2 juin 2023", "2023-06-02", "day"),
]
EVENTS = [
    ("exit", "p1", "2019"),
    ("exit", "p2", "2019"),
    ("exit", "p3", "2019"),
    ("exit", "p5", None),
    ("arrest", "p4", "2017-03"),
    ("detention", "p4", "2017-03"),
    ("death", "p4", "2018-11"),
]
NEGATED = [("p5", "detention.arbitrary_arrest", "Elle n'a jamais été détenue")]
FORBIDDEN = []
