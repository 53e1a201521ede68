FILE = "en01_hardship_grant_summary.txt"
LANG = "en"
DATE = "2024-10-17"
NOTE = ("Charity hardship-grant panel case summary (UK). Applicant block in inverted capitals 'TOHTI, Mihrigul', spouse "
        "'KERIM, Abduweli' then bare 'Abduweli' (his children's surname is his given name: ILYAS/NAZIRE ABDUWELI, later "
        "'Nazire', 'Ilyas'). Brother named only 'Dilmurat'. Caseworker Joanna Pike and chair Alan Cooke are role other; "
        "the cousin and the caller are role-only (not annotated). 'last spring' -> 2024; 'Two months ago' -> 2024-08; "
        "'the spring of 2020' is a year date. Going back from Almaty to Ghulja = return. 'taken off the bus at a checkpoint' "
        "without process = arbitrary arrest + arrest + detention; 'the study centre' = internment camp. Factory work is "
        "hearsay and hedged ('I don't know if he is paid'): not gold, not forbidden. 'He was not detained' negates arbitrary "
        "arrest of the brother beside a real passport confiscation and questioning (interrogation event). Caller's threat "
        "to the applicant in the UK = transnational harassment. Future review 'in six months' not annotated.")
ORGS = ["NORTHWOOD REFUGEE WELFARE TRUST"]
PERSONS = [
    P("p1", "Mihrigul Tohti", ["TOHTI, Mihrigul", "Mrs Tohti"], ["victim", "relative", "witness"], gender="female",
      ethnicity="Uyghur", birth_year=1986, rel=[("wife", "p2"), ("mother", "p3"), ("mother", "p4"), ("sister", "p5")],
      viol=[("transnational.harassment", "a man called from a Chinese number and said my husband would be fine if I stopped going to protests")]),
    P("p2", "Abduweli Kerim", ["KERIM, Abduweli", "Abduweli"], ["victim", "relative"], gender="male",
      rel=[("husband", "p1"), ("father", "p3"), ("father", "p4")],
      viol=[("detention.arbitrary_arrest", "He was taken off the bus at a checkpoint"),
            ("surveillance.checkpoint", "taken off the bus at a checkpoint"),
            ("surveillance.digital", "his phone was searched"),
            ("detention.internment_camp", "held in what the family calls \"the study centre\" for about two years"),
            ("detention.house_arrest", "is not allowed to leave his neighbourhood and must report to the local committee every week")]),
    P("p3", "Ilyas Abduweli", ["ILYAS ABDUWELI", "Ilyas"], ["relative"], gender="male", age=11,
      rel=[("son", "p1"), ("son", "p2")]),
    P("p4", "Nazire Abduweli", ["NAZIRE ABDUWELI", "Nazire"], ["relative"], gender="female", age=7,
      rel=[("daughter", "p1"), ("daughter", "p2")]),
    P("p5", "Dilmurat", ["Dilmurat"], ["victim", "relative"], gender="male", rel=[("brother", "p1")],
      viol=[("movement.passport_confiscation", "his passport was kept by the police and never returned")]),
    P("p6", "Joanna Pike", ["Joanna Pike"], ["other"], gender="female"),
    P("p7", "Alan Cooke", ["Alan Cooke"], ["other"], gender="male"),
]
PLACES = [
    L("United Kingdom", ["UK"]),
    L("Ghulja", ["Ghulja"]),
    L("Leeds", ["Leeds"]),
    L("Almaty", ["Almaty"]),
]
DATES = [
    D("17 October 2024", "2024-10-17", "day"),
    D("09/03/1986", "1986-03-09", "day"),
    D("August 2019", "2019-08", "month"),
    D("status in [[2021]]", "2021", "year"),
    D("last spring", "2024", "year"),
    D("March 2017", "2017-03", "month"),
    D("released in [[2019]]", "2019", "year"),
    D("the spring of 2020", "2020", "year"),
    D("questioning in [[2018]]", "2018", "year"),
    D("Two months ago", "2024-08", "month"),
]
EVENTS = [
    ("exit", "p1", "2019-08"),
    ("exit", "p3", "2019-08"),
    ("exit", "p4", "2019-08"),
    ("return", "p2", "2017-03"),
    ("arrest", "p2", "2017-03"),
    ("detention", "p2", "2017-03"),
    ("release", "p2", "2019"),
    ("interrogation", "p5", "2018"),
]
NEGATED = [("p5", "detention.arbitrary_arrest", "He was not detained")]
FORBIDDEN = []
