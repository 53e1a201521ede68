FILE = "en03_parking_appeal.txt"
LANG = "en"
DATE = "2022-11-30"
NOTE = ("Printed online informal challenge to a parking Penalty Charge Notice (PCN, vehicle, contravention fields, "
        "grounds in the appellant's words, declaration, office-use decision). 'EDINBURGH CITY COUNCIL', 'Greenside Row' and "
        "'Easter Road' are orgs/streets (no place mention); PCN number, registration 'SK19 XRT', '14:52', code '01', "
        "'22/4', 'EH7', 'bay 12', 'forty minutes', 'fourteen months', 'fifteen years' are not dates. Appellant in capitals "
        "then 'A. Hamit'; wife by given name only; GP and council officer are role other. 'The police took my brother and "
        "me ... without any paper' = arrest + detention of both (arbitrary arrest); release of the writer chained: January "
        "2018 + fourteen months -> 2019-03 (no span); 'came to Scotland in 2020' = exit. Overcrowding and ankles chained at "
        "night (shackling) for the writer; 'I was not beaten myself' negates beating for him ('I saw others beaten' concerns "
        "unnamed people). Brother 'never released', sentence heard of in 2021: sentencing event undated, prison sentence.")
ORGS = ["EDINBURGH CITY COUNCIL", "Greenside Row", "Easter Road"]
PERSONS = [
    P("p1", "Abduqadir Hamit", ["ABDUQADIR HAMIT", "A. Hamit"], ["narrator", "victim", "witness"], gender="male",
      rel=[("brother", "p2"), ("husband", "p3")],
      viol=[("detention.arbitrary_arrest", "The police took my brother and me from our workshop in Aksu on the same day in January 2018, without any paper"),
            ("detention.internment_camp", "I was held for fourteen months in a camp there"),
            ("detention.overcrowding", "We were thirty men in a room built for ten"),
            ("detention.shackling", "at night our ankles were chained to the bed frame")]),
    P("p2", "Abdurehim Hamit", ["Abdurehim Hamit"], ["victim", "relative"], gender="male", rel=[("brother", "p1")],
      viol=[("detention.arbitrary_arrest", "The police took my brother and me from our workshop in Aksu on the same day in January 2018, without any paper"),
            ("detention.prison_sentence", "he had been given fifteen years")]),
    P("p3", "Gulshen", ["Gulshen"], ["relative"], gender="female", rel=[("wife", "p1")]),
    P("p4", "Fiona McLeod", ["Fiona McLeod"], ["other"], gender="female"),
    P("p5", "J. Doherty", ["J. Doherty"], ["other"]),
]
PLACES = [
    L("Edinburgh", ["Edinburgh"]),
    L("Scotland", ["Scotland"]),
    L("Aksu", ["Aksu"]),
]
DATES = [
    D("03/11/2022", "2022-11-03", "day"),
    D("Scotland in [[2020]]", "2020", "year"),
    D("January 2018", "2018-01", "month"),
    D("in [[2021]] we", "2021", "year"),
    D("3 November", "2022-11-03", "day"),
    D("07/11/2022", "2022-11-07", "day"),
    D("29/11/2022", "2022-11-29", "day"),
    D("30/11/2022", "2022-11-30", "day"),
]
EVENTS = [
    ("arrest", "p1", "2018-01"),
    ("detention", "p1", "2018-01"),
    ("release", "p1", "2019-03"),
    ("exit", "p1", "2020"),
    ("arrest", "p2", "2018-01"),
    ("detention", "p2", "2018-01"),
    ("sentencing", "p2", None),
]
NEGATED = [("p1", "torture.beating", "I was not beaten myself")]
FORBIDDEN = []
