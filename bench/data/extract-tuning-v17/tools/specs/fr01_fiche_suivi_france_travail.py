FILE = "fr01_fiche_suivi_france_travail.txt"
LANG = "fr"
DATE = "2024-04-11"
NOTE = ("French job-centre follow-up note: agency header 'Agence de Lyon Part-Dieu' (org, no place), identifier, '45 min', "
        "'3e arrondissement', 'Forum Réfugiés', 'IFAS', 'EHPAD' are no places/dates. Form order 'ABDUWELI, Rahile' = two "
        "mentions of the job-seeker; '(ép. Kaya)' is her married name, left unannotated (not listed for anyone). Adviser "
        "Bertrand Lacombe ('B. Lacombe' signature) and Amina Belkacem = other. 'de nationalité française depuis mars 2022' -> "
        "France. Future dates (30 avril, fin du mois, 16 mai 2024) not annotated. 'février et mars' -> 2024-02, 2024-03; "
        "'19 février' -> 2024-02-19; 'l'an dernier' -> 2023. Brother Dilmurat Abduweli: arrest April 2017, sentenced 2019 to "
        "nine years; the family's belief that he was in a 'formation' centre is not asserted (no camp code). Mother Hesiyet "
        "Tokhti made to phone from the neighbourhood office with a policeman present = family reprisal for her and "
        "transnational harassment for Rahile ('personne ne l'a menacée directement' is qualified: not a denial); mother 'n'a "
        "pas été arrêtée' negated; passport taken last year.")
ORGS = ["Agence de Lyon Part-Dieu", "Forum Réfugiés"]
PERSONS = [
    P("p1", "Rahile Abduweli", ["ABDUWELI", "Rahile", "Rahile Abduweli", "Abduweli"], ["victim", "relative"],
      gender="female", birth_year=1987, citizenship=["France"], rel=[("sister", "p3"), ("daughter", "p4"), ("wife", "p5")],
      viol=[("transnational.harassment", "pour lui demander de « cesser ses activités en France » et de rentrer")]),
    P("p2", "Bertrand Lacombe", ["Bertrand Lacombe", "B. Lacombe"], ["other"], gender="male"),
    P("p3", "Dilmurat Abduweli", ["Dilmurat Abduweli"], ["victim"], gender="male", rel=[("brother", "p1"), ("son", "p4")],
      viol=[("detention.prison_sentence", "avait été condamné en 2019 à neuf ans de prison")]),
    P("p4", "Hesiyet Tokhti", ["Hesiyet Tokhti"], ["relative", "victim"], gender="female",
      rel=[("mother", "p1"), ("mother", "p3")],
      viol=[("family.reprisal", "lui a téléphoné depuis le bureau du comité de quartier, en présence d'un policier"),
            ("movement.passport_confiscation", "on lui a retiré son passeport l'an dernier")]),
    P("p5", "Serkan Kaya", ["Serkan Kaya"], ["relative"], gender="male", rel=[("husband", "p1")]),
    P("p6", "Amina Belkacem", ["Amina Belkacem"], ["other"], gender="female"),
]
PLACES = [
    L("Yining", ["Ghulja", "Yining"]),
    L("France", ["France"]),
    L("Ürümqi", ["Ürümqi"]),
    L("Villeurbanne", ["Villeurbanne"]),
]
DATES = [
    D("11 avril 2024", "2024-04-11", "day"),
    D("23 septembre 1987", "1987-09-23", "day"),
    D("mars 2022", "2022-03", "month"),
    D("Ürümqi en [[2009]]", "2009", "year"),
    D("4 janvier 2024", "2024-01-04", "day"),
    D("en [[février]] et mars", "2024-02", "month"),
    D("février et [[mars]] :", "2024-03", "month"),
    D("19 février", "2024-02-19", "day"),
    D("condamné en [[2019]]", "2019", "year"),
    D("avril 2017", "2017-04", "month"),
    D("l'an dernier", "2023", "year"),
]
EVENTS = [
    ("arrest", "p3", "2017-04"),
    ("sentencing", "p3", "2019"),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "sa mère n'a pas été arrêtée")]
FORBIDDEN = []
