FILE = "fr02_note_ong_solaire.txt"
LANG = "fr"
DATE = "2022-11-28"
NOTE = ("French NGO's analysis note on a polysilicon supplier and European solar buyers: customs data, shipments, company "
        "reports and state media. The factory's party secretary, quoted praising 'gratitude education' for Uyghur workers "
        "in general, is `official`; authors `other`. A state-media profile of a 'model worker' 'mobilised' by her village "
        "committee in 2020 = transfer event (a named worker moved by the labour-transfer programme); the article calls it "
        "voluntary, the NGO says it cannot tell whether she could refuse and could not speak to her: forced labour and "
        "the evening classes are hedged (neither gold nor forbidden). Buyers' audits 'no sign of forced labour' name no "
        "one: no negation. 'mai 2021 à juin 2022' and 'Entre mai 2021 et juin 2022' = two month dates each; 'n° "
        "2022-07' is a reference number; '24 ans' is an age. 'au Havre' is a mention of Le Havre ('Havre').")
ORGS = ["Observatoire des Chaînes d'Approvisionnement Responsables", "Dongsheng Silicon Materials"]
PERSONS = [
    P("p1", "Camille Fournereau", ["Camille Fournereau"], ["other"], gender=None),
    P("p2", "Yannick Dessaigne", ["Yannick Dessaigne"], ["other"], gender=None),
    P("p3", "Gao Jianhua", ["Gao Jianhua"], ["official"], gender="male"),
    P("p4", "Gulnur Tohti", ["Gulnur Tohti"], ["victim"], gender="female", age=24),
]
PLACES = [
    L("Shihezi", ["Shihezi"]),
    L("Lyon", ["Lyon"]),
    L("France", ["France"]),
    L("Qaraqash", ["Qaraqash"]),
    L("Hotan", ["Hotan"]),
    L("Le Havre", ["Havre"]),
    L("Antwerp", ["Anvers"]),
]
DATES = [
    D("28 novembre 2022", "2022-11-28", "day"),
    D("([[mai 2021]] à juin 2022)", "2021-05", "month"),
    D("(mai 2021 à [[juin 2022]])", "2022-06", "month"),
    D("en [[2019]] et 2020.", "2019", "year"),
    D("en 2019 et [[2020]].", "2020", "year"),
    D("rapport de [[2020]]", "2020", "year"),
    D("mars 2021", "2021-03", "month"),
    D("son village en [[2020]]", "2020", "year"),
    D("Entre [[mai 2021]] et", "2021-05", "month"),
    D("et [[juin 2022]], au moins", "2022-06", "month"),
    D("septembre 2022", "2022-09", "month"),
]
EVENTS = [
    ("transfer", "p4", "2020"),
]
NEGATED = []
FORBIDDEN = []
