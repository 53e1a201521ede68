FILE = "en03_tandem_profile.txt"
LANG = "en"
DATE = "2025-09-14"
NOTE = ("Language-exchange (tandem) partner profile page. Breadcrumb 'TandemBridge › Partners › Istanbul › Profile' (Istanbul "
        "is a place mention), handle '@mihri_reads' and reviewer handle 'Keiko_T' are not persons; the label 'Mihrigul A.' is a "
        "mention of the narrator. 'Active 2 h ago', '148 exchanges', '★ 4.9', '19:00' and 'B2' are not dates. Reviewers named "
        "in review signatures (Jonas, Selin Yavuz) are persons with role other; review stamps are day dates. Father Abdurahman "
        "Rozi -> daughter Mihrigul Abdurahman; brother named only 'Ekrem'. Kashgar = Kashi = 'Kashgar city'. 'last Ramadan' "
        "-> 2025-03. 'nobody has told me to keep quiet here in Istanbul, exactly, though' is a qualified denial (not negated); "
        "the consulate's call to the mother in Istanbul is gold transnational harassment for the narrator. A boarding school "
        "and 'not allowed to bring him here' = family separation. Sentence heard from a cousin (sentencing date null). A 2020 video in which he thanks the government for his 'education' and calls his daughter in Turkey a liar = forced denunciation + forced confession.")
ORGS = ["TandemBridge"]
PERSONS = [
    P("p1", "Mihrigul Abdurahman", ["Mihrigul Abdurahman", "Mihrigul A."], ["narrator", "relative", "victim"],
      gender="female", age=27, rel=[("daughter", "p2"), ("sister", "p3")],
      viol=[("transnational.harassment", "a man from the Chinese consulate did call my mother last Ramadan to ask which mosque I go to")]),
    P("p2", "Abdurahman Rozi", ["Abdurahman Rozi"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "was taken to a \"study centre\" in May 2017"),
            ("detention.internment_camp", "a \"study centre\""),
            ("detention.prison_sentence", "he got fourteen years"),
            ("coercion.forced_denunciation", "a video went round in which he thanks the government for his \"education\" and says that his daughter in Turkey is a liar"),
            ("coercion.forced_confession", "he thanks the government for his \"education\""),
            ("detention.incommunicado", "I have not been able to speak to him since the day he was taken")]),
    P("p3", "Ekrem", ["Ekrem"], ["victim", "relative"], gender="male", rel=[("brother", "p1"), ("son", "p2")],
      viol=[("family.separation", "was later put in a state boarding school in Kashgar city, and we are not allowed to bring him here")]),
    P("p4", "Jonas", ["Jonas"], ["other"], gender="male"),
    P("p5", "Selin Yavuz", ["Selin Yavuz"], ["other"], gender="female"),
]
PLACES = [
    L("Istanbul", ["Istanbul"]),
    L("Kashgar", ["Kashgar", "Kashi", "Kashgar city"]),
    L("Turkey", ["Turkey"]),
    L("Bosphorus", ["Bosphorus"]),
    L("Artush", ["Atush"]),
    L("Hamburg", ["Hamburg"]),
    L("Turpan", ["Turpan"]),
]
DATES = [
    D("12 January 2022", "2022-01-12", "day"),
    D("14 September 2025", "2025-09-14", "day"),
    D("2016", "2016", "year"),
    D("May 2017", "2017-05", "month"),
    D("in [[2019]]", "2019", "year"),
    D("In [[2020]]", "2020", "year"),
    D("last Ramadan", "2025-03", "month"),
    D("3 August 2025", "2025-08-03", "day"),
    D("10 September 2025", "2025-09-10", "day"),
    D("29 August 2025", "2025-08-29", "day"),
]
EVENTS = [
    ("exit", "p1", "2016"),
    ("arrest", "p2", "2017-05"),
    ("detention", "p2", "2017-05"),
    ("transfer", "p2", "2019"),
    ("sentencing", "p2", None),
]
NEGATED = []
FORBIDDEN = []
