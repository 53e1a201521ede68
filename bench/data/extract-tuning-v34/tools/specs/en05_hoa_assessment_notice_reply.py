FILE = "en05_hoa_assessment_notice_reply.txt"
LANG = "en"
DATE = "2025-04-15"
NOTE = ("US homeowners' association second delinquency notice, the owner's e-mailed reply and a board note (Fairfax, "
        "Virginia): owner of record in inverted capitals 'SABIT, Gulnar' (one mention), signature 'Gulnar Sabit', "
        "'Ms. Whitfield' (title not in mention), 'H. Kim'; manager and board president are named staff (other). Turkic "
        "naming: father Sabit Hoja. Father: sentenced in Korla 2019 to eleven years (sentencing 2019, prison) for "
        "teaching the Quran (religious ban), ID and face scans at every checkpoint before his arrest (checkpoint), arrest "
        "undated. Brother Nurali: detained two weeks after the sister's March 2024 interview (arbitrary arrest + family "
        "reprisal; arrest/detention undated, as 'two weeks after' March may fall in April), video reading a paper that "
        "he 'committed mistakes' (forced confession) and calling his sister a liar (forced denunciation). Mother Hajigul "
        "'was not detained herself' (negated). 'September', 'December' anchored on the reply (2024). Not annotated: "
        "'Q4 2024 and Q1 2025' (billing quarters), 'from May' and '30 days' (after the document date / duration), lot "
        "and street numbers. Association and management company names are organisations.")
ORGS = ["LAUREL HILL COMMONS HOMEOWNERS ASSOCIATION", "Brightline Community Management"]
PERSONS = [
    P("p1", "Gulnar Sabit", ["SABIT, Gulnar", "Gulnar Sabit"], ["narrator", "relative"], gender="female",
      rel=[("daughter", "p2"), ("sister", "p3"), ("daughter", "p4")]),
    P("p2", "Sabit Hoja", ["Sabit Hoja"], ["victim"], gender="male",
      rel=[("father", "p1"), ("father", "p3"), ("husband", "p4")],
      viol=[("detention.prison_sentence", "was sentenced in Korla in 2019 to eleven years"),
            ("culture.religious_ban", "for teaching the Quran to his grandchildren"),
            ("surveillance.checkpoint", "he had to scan his ID card and his face at every checkpoint in the town")]),
    P("p3", "Nurali", ["Nurali"], ["victim"], gender="male",
      rel=[("brother", "p1"), ("son", "p2"), ("son", "p4")],
      viol=[("detention.arbitrary_arrest", "the police detained my younger brother, Nurali"),
            ("family.reprisal", "Two weeks after the article, the police detained my younger brother"),
            ("coercion.forced_confession", "Nurali reads from a paper that he \"committed mistakes\""),
            ("coercion.forced_denunciation", "says that I, his sister, am a liar paid by foreigners")]),
    P("p4", "Hajigul", ["Hajigul"], ["relative"], gender="female",
      rel=[("mother", "p1"), ("mother", "p3"), ("wife", "p2")]),
    P("p5", "Dana Whitfield", ["Dana Whitfield", "Whitfield"], ["other"], gender="female"),
    P("p6", "H. Kim", ["H. Kim"], ["other"]),
]
PLACES = [
    L("Fairfax", ["Fairfax"]),
    L("Virginia", ["Virginia"]),
    L("Korla", ["Korla"]),
    L("Washington", ["Washington"]),
]
DATES = [
    D("April 1, 2025", "2025-04-01", "day"),
    D("April 9, 2025", "2025-04-09", "day"),
    D("house in [[2016]]", "2016", "year"),
    D("March 2024", "2024-03", "month"),
    D("Korla in [[2019]]", "2019", "year"),
    D("In [[September]]", "2024-09", "month"),
    D("in [[December]]", "2024-12", "month"),
    D("April 15, 2025", "2025-04-15", "day"),
]
EVENTS = [
    ("arrest", "p2", None),
    ("sentencing", "p2", "2019"),
    ("arrest", "p3", None),
    ("detention", "p3", None),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "My mother was not detained herself")]
FORBIDDEN = []
