FILE = "en05_chess_bulletin.txt"
LANG = "en"
DATE = "2025-02-16"
NOTE = ("Chess congress bulletin: results table with ratings and scores (numbers, no dates), arbiter line, player profile. "
        "Named players and the named chief arbiter are persons with role other (named people acting only as such). The "
        "congress name is an organisation (no place mention in 'LEIDEN'), its header year 2025 is a year date. Three "
        "generations: Arslan Nurahmet <- Nurahmet Sawut <- Sawut Mijit; bare 'Sawut' and 'Nurahmet' stand alone. Kumul = "
        "Hami. Held eleven months in a 'training school' in 2018 -> detention 2018 (no arrest stated); the magazine pretext = "
        "arbitrary arrest; 'residential surveillance' at home = house arrest. Police telling the grandfather to make his son "
        "take the picture down = reprisal on Sawut + harassment of Nurahmet abroad. 'Nurahmet himself was never in a camp' "
        "negated; 'is now a Dutch citizen' -> Netherlands. 'today' and 'this morning' -> the bulletin date. 'Dutch', "
        "'Turkish', 'Sicilian' are no places.")
ORGS = ["LEIDEN WINTER CHESS CONGRESS"]
PERSONS = [
    P("p1", "Arslan Nurahmet", ["Arslan Nurahmet", "Arslan"], ["relative", "other"], gender="male", age=16,
      rel=[("son", "p2"), ("grandson", "p3")]),
    P("p2", "Nurahmet Sawut", ["Nurahmet Sawut", "Nurahmet"], ["relative", "victim"], gender="male",
      citizenship=["Netherlands"], rel=[("father", "p1"), ("son", "p3")],
      viol=[("transnational.harassment", "police visited Sawut and told him to make his son \"take the boy's picture down\"")]),
    P("p3", "Sawut Mijit", ["Sawut Mijit", "Sawut"], ["victim", "relative"], gender="male", age=79,
      rel=[("father", "p2"), ("grandfather", "p1")],
      viol=[("detention.internment_camp", "Sawut was held for eleven months in a \"training school\" in Kumul"),
            ("detention.arbitrary_arrest", "because he kept a subscription to a Turkish chess magazine"),
            ("detention.house_arrest", "has since been kept at home under \"residential surveillance\": he may not leave his flat without asking the neighbourhood office"),
            ("family.reprisal", "police visited Sawut and told him to make his son")]),
    P("p4", "Pieter van Dalen", ["Pieter van Dalen"], ["other"], gender="male"),
    P("p5", "Rosa Ferreira", ["Rosa Ferreira"], ["other"], gender="female"),
    P("p6", "Tomás Oyarzún", ["Tomás Oyarzún"], ["other"], gender="male"),
    P("p7", "Kemal Aydın", ["Kemal Aydın"], ["other"], gender="male"),
    P("p8", "Bram Hoekstra", ["Bram Hoekstra"], ["other"], gender="male"),
    P("p9", "Helen Brockway", ["Helen Brockway"], ["other"], gender="female"),
]
PLACES = [
    L("Amstelveen", ["Amstelveen"]),
    L("Kumul (Hami)", ["Kumul", "Hami"]),
    L("Xinjiang", ["Xinjiang"]),
    L("China", ["China"]),
]
DATES = [
    D("CONGRESS [[2025]]", "2025", "year"),
    D("16 February 2025", "2025-02-16", "day"),
    D("15 February", "2025-02-15", "day"),
    D("today", "2025-02-16", "day"),
    D("in [[2023]]", "2023", "year"),
    D("1996", "1996", "year"),
    D("In [[2018]]", "2018", "year"),
    D("February 2019", "2019-02", "month"),
    D("2009", "2009", "year"),
    D("last year", "2024", "year"),
    D("this morning", "2025-02-16", "day"),
]
EVENTS = [
    ("detention", "p3", "2018"),
    ("release", "p3", "2019-02"),
    ("exit", "p2", "2009"),
]
NEGATED = [("p2", "detention.internment_camp", "Nurahmet himself was never in a camp")]
FORBIDDEN = []
