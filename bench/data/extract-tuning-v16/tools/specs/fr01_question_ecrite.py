FILE = "fr01_question_ecrite.txt"
LANG = "fr"
DATE = "2023-06-22"
NOTE = ("French Senate written question with the ministry's answer (JO references, question and page numbers are no dates; "
        "'16e législature' no date). The senator is named and acts only as such (other); the minister is unnamed. Father's given "
        "name is the husband's surname: 'M. Sidiq' = Abdughopur Sidiq, while 'Sidiq Rozi' is his late father (death event, no date; "
        "not in custody). «il aurait été conduit dans un camp» is conditional (no gold from it); the Chinese note that he «suit une "
        "formation professionnelle» in Xinjiang is the internment evidence, and its «n'a fait l'objet d'aucune condamnation» is "
        "taken as a denial (negated prison_sentence). No news, no consular visit = incommunicado + disappearance. Son Arslan, 7, "
        "French, passport kept and exit refused, cannot join his mother (family separation for both). «En janvier dernier» -> "
        "2023-01 from the answer's date. «consulat général de France à Chengdu», «Conseil des droits de l'homme des Nations "
        "unies» and the ministry are organisations.")
ORGS = ["SÉNAT", "JO Sénat", "Ministère de l'Europe et des affaires étrangères", "consulat général de France à Chengdu",
        "Conseil des droits de l'homme des Nations unies", "ministre de l'Europe et des affaires étrangères"]
PERSONS = [
    P("p1", "Hervé Lannoy", ["Hervé Lannoy"], ["other"], gender="male"),
    P("p2", "Zohre Memtili", ["Zohre Memtili", "Memtili"], ["relative", "victim"], gender="female", citizenship=["France"],
      rel=[("wife", "p3"), ("mother", "p4")],
      viol=[("family.separation", "il n'a pas pu rejoindre sa mère en France")]),
    P("p3", "Abdughopur Sidiq", ["Abdughopur Sidiq", "Sidiq"], ["victim", "relative"], gender="male", ethnicity="Uyghur",
      citizenship=["China"], rel=[("husband", "p2"), ("father", "p4"), ("son", "p5")],
      viol=[("detention.arbitrary_arrest", "a été arrêté le 5 mai 2018 à Aksou"),
            ("detention.incommunicado", "Aucune visite consulaire n'a été autorisée"),
            ("disappearance.enforced", "Depuis cette date, Mme Memtili n'a reçu aucune nouvelle de lui"),
            ("detention.internment_camp", "« suit une formation professionnelle » dans la région autonome du Xinjiang")]),
    P("p4", "Arslan", ["Arslan"], ["victim", "relative"], gender="male", age=7, citizenship=["France"],
      rel=[("son", "p2"), ("son", "p3"), ("grandson", "p5")],
      viol=[("movement.passport_confiscation", "la police locale a retenu son passeport en 2019"),
            ("family.separation", "il n'a pas pu rejoindre sa mère en France")]),
    P("p5", "Sidiq Rozi", ["Sidiq Rozi"], ["relative"], gender="male", rel=[("father", "p3"), ("grandfather", "p4")]),
]
PLACES = [
    L("Haute-Savoie", ["Haute-Savoie"]),
    L("Annecy", ["Annecy"]),
    L("Aksu", ["Aksou"]),
    L("Aksu Prefecture", ["préfecture d'Aksou"]),
    L("France", ["France"]),
    L("Beijing", ["Pékin"]),
    L("Xinjiang", ["région autonome du Xinjiang", "Xinjiang"]),
    L("China", ["Chine"]),
]
DATES = [
    D("09/03/2023", "2023-03-09", "day"),
    D("depuis [[2017]]", "2017", "year"),
    D("5 mai 2018", "2018-05-05", "day"),
    D("passeport en [[2019]]", "2019", "year"),
    D("22/06/2023", "2023-06-22", "day"),
    D("14 février 2023", "2023-02-14", "day"),
    D("En [[janvier dernier]]", "2023-01", "month"),
    D("délivré en [[2022]]", "2022", "year"),
]
EVENTS = [
    ("arrest", "p3", "2018-05-05"),
    ("detention", "p3", None),
    ("disappearance", "p3", "2018-05-05"),
    ("death", "p5", None),
]
NEGATED = [("p3", "detention.prison_sentence", "n'a fait l'objet d'aucune condamnation")]
FORBIDDEN = [("p5", "death.in_custody"), ("p2", "detention.arbitrary_arrest")]
