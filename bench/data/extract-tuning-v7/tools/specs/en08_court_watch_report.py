FILE = "en08_court_watch_report.txt"
LANG = "en"
DATE = "2024-11-28"
NOTE = ("Court-watch report from Kazakhstan: monitoring-project header and court name contain toponyms (organisations, "
        "not places), report number '14/2024' and clock times are no dates; observers unnamed; the judge is a named "
        "official (acts on the defendant); 'Ms Zhanibekqyzy', bare 'Ardak'; a one-name daughter 'Dana, 12'. Chinese "
        "citizenship stated explicitly; husband a Kazakhstan citizen. Toqquztara = Gongliu (alias no spelling rule "
        "reaches). The defendant's account in court is asserted (coded); explicit denials of beating and injections "
        "next to acts on dormitory women (negated). A Kazakh court's fine is a sentencing event, not a prison sentence "
        "(forbidden). A consular employee photographing her abroad = transnational.harassment; police summoning the cousin "
        "about her statements = family.reprisal. Rumour of two other women awaiting trial: no persons, no events. "
        "'Eight months ago' -> 2024-03 on the report date; 'the following morning' -> 2024 (month may differ); "
        "'12 November' takes the year from the hearing.")
ORGS = ["OPEN COURTS MONITORING PROJECT - ALMATY CHAPTER", "Panfilov District Court"]
PERSONS = [
    P("p1", "Ardak Zhanibekqyzy", ["Ardak Zhanibekqyzy", "Zhanibekqyzy", "Ardak"], ["victim", "witness"],
      gender="female", ethnicity="Kazakh", age=37, citizenship=["China"],
      rel=[("wife", "p3"), ("mother", "p4"), ("cousin", "p5")],
      viol=[("detention.arbitrary_arrest", "she was detained in April 2018 in Toqquztara county, which Chinese maps call Gongliu, because she had travelled to Kazakhstan twice"),
            ("detention.internment_camp", "She was kept for fifteen months in a walled compound that the police called a \"school\""),
            ("indoctrination.political", "she had to recite Mandarin lessons and Party pledges for hours each day"),
            ("culture.religious_ban", "sign a paper promising not to pray"),
            ("coercion.forced_confession", "sign a paper promising not to pray"),
            ("labour.forced_labour", "sent to sew in a garment factory in Ghulja, where the workers slept on site and were paid nothing for the first half-year"),
            ("movement.passport_confiscation", "Her passport had been taken by the township in 2017"),
            ("family.separation", "her requests to leave and join her husband were refused each time"),
            ("transnational.harassment", "photographed the defendant and her lawyer during the breaks")]),
    P("p2", "Asel Nurgaliyeva", ["Asel Nurgaliyeva"], ["official"], gender="female"),
    P("p3", "Nurzhan Tolegen", ["Nurzhan Tolegen"], ["relative"], gender="male", citizenship=["Kazakhstan"],
      rel=[("husband", "p1"), ("father", "p4")]),
    P("p4", "Dana", ["Dana"], ["relative"], gender="female", age=12, rel=[("daughter", "p1"), ("daughter", "p3")]),
    P("p5", "Gulnaz Serikqyzy", ["Gulnaz Serikqyzy"], ["relative", "victim"], gender="female", rel=[("cousin", "p1")],
      viol=[("family.reprisal", "has been called in by the local police three times since the previous hearing on 12 November and asked what Ardak \"is saying in Kazakhstan\"")]),
]
PLACES = [
    L("Zharkent", ["Zharkent"]),
    L("China", ["People's Republic of China", "China"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Almaty", ["Almaty"]),
    L("Toqquztara County", ["Toqquztara county", "Gongliu", "Toqquztara"]),
    L("Ghulja", ["Ghulja"]),
    L("Ili River", ["Ili river"]),
    L("Khorgos", ["Khorgos"]),
    L("Taldykorgan", ["Taldykorgan"]),
    L("Zhetysu Region", ["Zhetysu"]),
]
DATES = [
    D("26 November 2024", "2024-11-26", "day"),
    D("28 November 2024", "2024-11-28", "day"),
    D("since [[2016]]", "2016", "year"),
    D("April 2018", "2018-04", "month"),
    D("July 2019", "2019-07", "month"),
    D("township in [[2017]]", "2017", "year"),
    D("Eight months ago", "2024-03", "month"),
    D("the following morning", "2024", "year"),
    D("12 November", "2024-11-12", "day"),
]
EVENTS = [
    ("arrest", "p1", "2018-04"),
    ("detention", "p1", "2018-04"),
    ("release", "p1", "2019-07"),
    ("exit", "p1", "2024-03"),
    ("sentencing", "p1", "2024-11-26"),
]
NEGATED = [("p1", "torture.beating", "she was not beaten in the compound"),
           ("p1", "medical.forced_medication", "was not given injections")]
FORBIDDEN = [("p1", "detention.prison_sentence"), ("p5", "detention.arbitrary_arrest"), ("p4", "family.reprisal")]
