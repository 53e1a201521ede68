FILE = "fr02_fiche_conseil_budget.txt"
LANG = "fr"
DATE = "2024-01-16"
NOTE = ("Budget-advice point's interview record (fiche d'entretien, Point conseil budget) about a CAF overpayment "
        "claim, with household, budget and numbered actions. Names in 'NOM Prénom' form: 'OSMAN Nuriye' (38), 'ABLIZ "
        "Ilyar' then 'M. ABLIZ' x3; children Dilnaz (11), Ekrem (7); adviser 'Claire Benhamou' / 'C. Benhamou' "
        "(other); brother-in-law Shöhret by given name. Husband: went to Hotan April 2017 (return), 'En juin' "
        "(chained -> 2017-06) taken 'sans rien dire' (arbitrary arrest), fifteen years in 2018 (prison sentence), "
        "since 2019 nobody knows which prison (incommunicado + enforced disappearance). Shöhret made to disown him "
        "publicly at a neighbourhood meeting (forced denunciation) and 'n'a pas été interné' (negated). Wife: "
        "messages from a Hotan policeman to come back with the children and give her work address (transnational "
        "harassment). 'l'an dernier' -> 2023; amounts, ages, file number are not dates; next appointment undated.")
ORGS = ["ASSOCIATION BUDGET SOLIDAIRE EST", "POINT CONSEIL BUDGET"]
PERSONS = [
    P("p1", "Nuriye Osman", ["OSMAN Nuriye"], ["relative", "victim"], gender="female", age=38,
      rel=[("wife", "p2"), ("mother", "p3"), ("mother", "p4")],
      viol=[("transnational.harassment", "reçoit des messages d'un policier de Hotan qui lui demande de « rentrer au pays » avec les enfants et de donner l'adresse de son travail")]),
    P("p2", "Ilyar Abliz", ["ABLIZ Ilyar", "ABLIZ"], ["victim"], gender="male",
      rel=[("husband", "p1"), ("father", "p3"), ("father", "p4"), ("brother", "p5")],
      viol=[("detention.arbitrary_arrest", "des policiers sont venus chez ses parents et l'ont emmené sans rien dire"),
            ("detention.prison_sentence", "Il a été condamné en 2018 à quinze ans pour « séparatisme »"),
            ("detention.incommunicado", "personne ne sait dans quelle prison il se trouve"),
            ("disappearance.enforced", "personne ne sait dans quelle prison il se trouve")]),
    P("p3", "Dilnaz", ["Dilnaz"], ["relative"], gender="female", age=11, rel=[("daughter", "p1"), ("daughter", "p2"), ("sister", "p4")]),
    P("p4", "Ekrem", ["Ekrem"], ["relative"], gender="male", age=7, rel=[("son", "p1"), ("son", "p2"), ("brother", "p3")]),
    P("p5", "Shöhret", ["Shöhret"], ["relative", "victim"], gender="male", rel=[("brother", "p2")],
      viol=[("coercion.forced_denunciation", "a été contraint de le renier publiquement lors d'une réunion de quartier")]),
    P("p6", "Claire Benhamou", ["Claire Benhamou", "C. Benhamou"], ["other"], gender="female"),
]
PLACES = [
    L("Montreuil", ["Montreuil"]),
    L("Hotan", ["Hotan"]),
]
DATES = [
    D("16/01/2024", "2024-01-16", "day"),
    D("novembre 2023", "2023-11", "month"),
    D("avril 2017", "2017-04", "month"),
    D("En [[juin]],", "2017-06", "month"),
    D("2018", "2018", "year"),
    D("Depuis [[2019]]", "2019", "year"),
    D("l'an dernier", "2023", "year"),
    D("janvier 2022", "2022-01", "month"),
]
EVENTS = [
    ("return", "p2", "2017-04"),
    ("arrest", "p2", "2017-06"),
    ("detention", "p2", "2017-06"),
    ("sentencing", "p2", "2018"),
]
NEGATED = [("p5", "detention.internment_camp", "qui n'a pas été interné")]
FORBIDDEN = []
