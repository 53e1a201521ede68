FILE = "en03_photo_competition_entry_emails.txt"
LANG = "en"
DATE = "2023-11-02"
NOTE = ("Photography competition's entry correspondence (two e-mails with headers, entry code, model-release request). "
        "Grandmother named in capitals on the form 'PATIGUL HAMUT' and in the caption 'Patigul Hamut'. 'Mr Rahman' is "
        "the entrant Kamil, not his father 'Rahman Abdulla' (Kamil's surname = father's given name). 'Two years later' "
        "chained on 2016 -> 2018 (arrest, detention); religious grounds (teaching the Quran) = religious ban; sentence "
        "heard of in 2020 = sentencing undated; unknown prison = enforced disappearance, 'not allowed to call or write' "
        "= incommunicado. Aunt 'Meryemgul' summoned twice 'last year' (2022) about the nephew's photographs abroad = "
        "family reprisal + interrogation; 'she was not held' negated arbitrary arrest; her phone being checked is "
        "hedged ('I do not know if that is true'): surveillance.digital neither. Kamil's visit in 2016 = return. "
        "'6 November' is after the document date; 'LL23-0918' is not a date.")
ORGS = ["Light and Land Open", "entries@lightandlandopen.org", "My Grandmother's Loom"]
PERSONS = [
    P("p1", "Kamil Rahman", ["Kamil Rahman", "Rahman"], ["narrator", "relative"], gender="male",
      rel=[("grandson", "p3"), ("son", "p5"), ("nephew", "p4")]),
    P("p2", "Beatrix Holm", ["Beatrix Holm", "Holm"], ["other"], gender="female"),
    P("p3", "Patigul Hamut", ["PATIGUL HAMUT", "Patigul Hamut"], ["victim"], gender="female",
      rel=[("grandmother", "p1"), ("mother", "p5"), ("mother", "p4")],
      viol=[("detention.arbitrary_arrest", "my grandmother was taken away from her house one night"),
            ("detention.internment_camp", "She was held in a camp near Khotan"),
            ("culture.religious_ban", "because she had taught neighbours' girls to read the Quran at home"),
            ("detention.prison_sentence", "she had been given a sentence of nine years"),
            ("disappearance.enforced", "Nobody has told us which prison she is in"),
            ("detention.incommunicado", "we are not allowed to call or write to her")]),
    P("p4", "Meryemgul", ["Meryemgul"], ["relative", "victim"], gender="female",
      rel=[("aunt", "p1"), ("daughter", "p3"), ("sister", "p5")],
      viol=[("family.reprisal", "My aunt was called to the police station twice last year and asked about my photographs online")]),
    P("p5", "Rahman Abdulla", ["Rahman Abdulla"], ["relative"], gender="male",
      rel=[("father", "p1"), ("son", "p3"), ("brother", "p4")]),
]
PLACES = [
    L("Khotan", ["Khotan"]),
    L("London", ["London"]),
]
DATES = [
    D("30 Oct 2023", "2023-10-30", "day"),
    D("2 Nov 2023", "2023-11-02", "day"),
    D("the summer of 2016", "2016", "year"),
    D("Two years later", "2018", "year"),
    D("In 2020", "2020", "year"),
    D("last year", "2022", "year"),
    D("Khotan, [[2016]].", "2016", "year"),
]
EVENTS = [
    ("return", "p1", "2016"),
    ("arrest", "p3", "2018"),
    ("detention", "p3", "2018"),
    ("sentencing", "p3", None),
    ("interrogation", "p4", "2022"),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "she was not held")]
FORBIDDEN = []
