FILE = "en04_library_overdue_notice.txt"
LANG = "en"
DATE = "2025-01-20"
NOTE = ("Public library's final overdue notice (card holder inverted in capitals 'ABLIMIT, NURGUL' as one mention, card "
        "number, ISO due dates, charges) with the husband's handwritten reply. Mother-in-law 'Halchem Abdukadir' taken "
        "in spring 2018 from Aksu (arbitrary arrest), camp; moved to an Urumqi prison in 2019 with 'no court paper' "
        "(transfer, no sentence code); released after six years, learned in September (release 2024, chained); ordered "
        "not to speak Uyghur on the phone (language ban); cannot leave, passport kept. 'In September' -> 2024-09; "
        "'2 September last year' -> 2024-09-02. Wife 'Nurgul' questioned for a night at Beijing airport in 2017 "
        "(interrogation), flew home to Toronto (exit); 'She was not arrested' (negated). Son 'Arslan', nine. "
        "'this week', 'six years', 'nine', card number and amounts are not dates.")
ORGS = ["Toronto Public Library, Parkdale Branch", "Muqam: The Twelve Suites", "Teach Yourself Uyghur"]
PERSONS = [
    P("p1", "Tursun Kerim", ["Tursun Kerim"], ["narrator", "relative"], gender="male",
      rel=[("husband", "p2"), ("father", "p4")]),
    P("p2", "Nurgul Ablimit", ["ABLIMIT, NURGUL", "Nurgul"], ["relative", "victim"], gender="female",
      rel=[("wife", "p1"), ("daughter", "p3"), ("mother", "p4")]),
    P("p3", "Halchem Abdukadir", ["Halchem Abdukadir", "Halchem"], ["victim"], gender="female",
      rel=[("mother", "p2"), ("grandmother", "p4")],
      viol=[("detention.arbitrary_arrest", "She was taken in the spring of 2018 from Aksu"),
            ("detention.internment_camp", "held at a camp outside the city"),
            ("culture.language_ban", "she had been ordered not to speak Uyghur on the phone"),
            ("movement.passport_confiscation", "her passport has not been given back")]),
    P("p4", "Arslan", ["Arslan"], ["relative"], gender="male", age=9,
      rel=[("son", "p1"), ("son", "p2"), ("grandson", "p3")]),
    P("p5", "Dorothy Quan", ["Dorothy Quan"], ["other"], gender="female"),
]
PLACES = [
    L("Aksu", ["Aksu"]),
    L("Urumqi", ["Urumqi"]),
    L("Beijing", ["Beijing"]),
    L("Toronto", ["Toronto"]),
]
DATES = [
    D("January 20, 2025", "2025-01-20", "day"),
    D("October 2024", "2024-10", "month"),
    D(("2024-10-14", 0), "2024-10-14", "day"),
    D(("2024-10-14", 1), "2024-10-14", "day"),
    D("In September", "2024-09", "month"),
    D("the spring of 2018", "2018", "year"),
    D("in [[2019]]", "2019", "year"),
    D("2 September last year", "2024-09-02", "day"),
    D("in [[2017]]", "2017", "year"),
]
EVENTS = [
    ("arrest", "p3", "2018"),
    ("detention", "p3", "2018"),
    ("transfer", "p3", "2019"),
    ("release", "p3", "2024"),
    ("interrogation", "p2", "2017"),
    ("exit", "p2", "2017"),
]
NEGATED = [("p2", "detention.arbitrary_arrest", "She was not arrested")]
FORBIDDEN = []
