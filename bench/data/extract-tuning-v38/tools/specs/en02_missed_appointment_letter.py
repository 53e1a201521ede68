FILE = "en02_missed_appointment_letter.txt"
LANG = "en"
DATE = "2025-03-19"
NOTE = ("Hospital eye clinic's missed-appointment (DNA) letter, Glasgow, the patient's handwritten reply and the booking "
        "team's note: 'Dear Mr Rozi' (surname only), consultant 'R. Dhillon' / 'Mr Dhillon' and booking officer "
        "'K. MacLeod' are staff (other). Sister Rabiye Rozi: arrested October 2019 for keeping a Quran (arbitrary arrest + "
        "religious ban), six years from a Kashgar court (sentence, undated), 31 women in a cell for eight (overcrowding), "
        "passport held since her arrest and given back (passport), released 'in January' (= 2025-01), crossed into "
        "Kazakhstan 2 March (exit); 'they did not hit her' = negated beating. Her husband Abliz Qasim 'taken the same week' "
        "(arbitrary arrest; arrest + detention 2019-10), still in the Kashgar detention centre (pretrial), 'never come "
        "before a court' = negated sentence. The patient gets WeChat calls from a man claiming to be Kashgar police asking "
        "for his address and residence card (transnational harassment). Niece unnamed (not annotated). '14 days', 'two "
        "appointments' are not dates; the patient's flight to Almaty is not an exit from China.")
ORGS = ["CLYDEBANK ROAD EYE CLINIC"]
PERSONS = [
    P("p1", "Adil Rozi", ["Adil Rozi", "Rozi"], ["narrator", "relative", "victim"], gender="male",
      rel=[("brother", "p2"), ("brother-in-law", "p3"), ("father", "p4")],
      viol=[("transnational.harassment", "a man who says he is a Kashgar police officer calls me on WeChat every few weeks and tells me to send him my address and photos of my residence card")]),
    P("p2", "Rabiye Rozi", ["Rabiye Rozi", "Rabiye"], ["victim"], gender="female",
      rel=[("sister", "p1"), ("wife", "p3"), ("aunt", "p4")],
      viol=[("detention.arbitrary_arrest", "arrested in October 2019 after a neighbour reported that she kept a Quran at home"),
            ("culture.religious_ban", "she kept a Quran at home"),
            ("detention.prison_sentence", "a court in Kashgar gave her six years"),
            ("detention.overcrowding", "her cell had thirty-one women in a space made for eight"),
            ("movement.passport_confiscation", "the passport they had held since her arrest")]),
    P("p3", "Abliz Qasim", ["Abliz Qasim"], ["victim"], gender="male",
      rel=[("husband", "p2"), ("brother-in-law", "p1")],
      viol=[("detention.arbitrary_arrest", "was taken the same week"),
            ("detention.pretrial", "He is still in the Kashgar detention centre")]),
    P("p4", "Zohre Adil", ["Zohre Adil"], ["relative"], gender="female",
      rel=[("daughter", "p1"), ("niece", "p2")]),
    P("p5", "R. Dhillon", ["R. Dhillon", "Dhillon"], ["other"], gender="male"),
    P("p6", "K. MacLeod", ["K. MacLeod"], ["other"]),
]
PLACES = [
    L("Govan", ["Govan"]),
    L("Glasgow", ["Glasgow"]),
    L("Almaty", ["Almaty"]),
    L("Kashgar", ["Kashgar"]),
    L("Kazakhstan", ["Kazakhstan"]),
]
DATES = [
    D("12 March 2025", "2025-03-12", "day"),
    D("on [[3 March 2025]].", "2025-03-03", "day"),
    D("17 March 2025", "2025-03-17", "day"),
    D("27 February", "2025-02-27", "day"),
    D("on [[2 March]].", "2025-03-02", "day"),
    D("on [[1 March]] to", "2025-03-01", "day"),
    D("October 2019", "2019-10", "month"),
    D("in [[January]], a few", "2025-01", "month"),
    D("Since [[2023]]", "2023", "year"),
    D("19 March 2025", "2025-03-19", "day"),
    D("18 March", "2025-03-18", "day"),
]
EVENTS = [
    ("arrest", "p2", "2019-10"),
    ("detention", "p2", "2019-10"),
    ("sentencing", "p2", None),
    ("release", "p2", "2025-01"),
    ("exit", "p2", "2025-03-02"),
    ("arrest", "p3", "2019-10"),
    ("detention", "p3", "2019-10"),
]
NEGATED = [("p2", "torture.beating", "they did not hit her"),
           ("p3", "detention.prison_sentence", "His case has never come before a court")]
FORBIDDEN = []
