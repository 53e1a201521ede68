FILE = "en05_street_trading_licence.txt"
LANG = "en"
DATE = "2025-05-08"
NOTE = ("Council street-trading consent application (parts, form fields, office-use line). Not persons/dates: ref "
        "STC/25/0389, fee, receipt no., pitch NS-14, clock times, stall size, certificate GSR-5521. Orgs: the council, "
        "the trading name \"Shahida's Samsa & Lagman\" (contains her name: not a mention), 'Alum Rock Road', 'New Street', "
        "'Highfield', 'West Midlands Police'. Name forms: inverted capitals 'KURBANOVA, Shahida', signature "
        "'S. Kurbanova'; husband 'Memet Qurban' / 'Memet' vs brother 'Yasin Kurban' (same root, Russianised vs Uyghur "
        "spelling; not the same family name); daughter by first name only; councillor as referee (other). DOB and "
        "'naturalised 2021' -> British citizenship. Applicant: questioned about her brother abroad (family reprisal), "
        "passport kept (passport confiscation). Husband taken (arbitrary arrest), sentence reported by phone by a cousin "
        "(asserted). Mother-in-law 'was not taken to a camp' (negated) but flag ceremonies (indoctrination, positive "
        "control). 2019 is when the sentence was heard of, not the sentencing date.")
ORGS = ["BIRMINGHAM CITY COUNCIL", "Shahida's Samsa & Lagman", "Alum Rock Road", "New Street", "Highfield", "West Midlands Police"]
PERSONS = [
    P("p1", "Shahida Kurbanova", ["KURBANOVA, Shahida", "S. Kurbanova"], ["narrator", "victim", "relative"], gender="female",
      birth_year=1986, citizenship=["United Kingdom"],
      rel=[("wife", "p2"), ("sister", "p3"), ("mother", "p4"), ("daughter-in-law", "p6")],
      viol=[("family.reprisal", "I was questioned three times at the police station about my\nbrother in Istanbul"),
            ("movement.passport_confiscation", "they kept my passport for a year")]),
    P("p2", "Memet Qurban", ["Memet Qurban", "Memet"], ["victim", "relative"], gender="male",
      rel=[("husband", "p1"), ("father", "p4"), ("son", "p6"), ("cousin", "p5")],
      viol=[("detention.arbitrary_arrest", "Memet was\ntaken in July 2017"),
            ("detention.prison_sentence", "Memet had been sentenced to\neighteen years")]),
    P("p3", "Yasin Kurban", ["Yasin Kurban"], ["relative"], gender="male", rel=[("brother", "p1")]),
    P("p4", "Ayshem", ["Ayshem"], ["relative"], gender="female", rel=[("daughter", "p1"), ("daughter", "p2")]),
    P("p5", "Tursun Ehmet", ["Tursun Ehmet"], ["witness", "relative"], gender="male", rel=[("cousin", "p2")]),
    P("p6", "Buhelchem Rozi", ["Buhelchem Rozi"], ["victim", "relative"], gender="female", rel=[("mother", "p2")],
      viol=[("indoctrination.political", "she has to fly the Chinese flag and attend a flag ceremony every Monday")]),
    P("p7", "Amina Rashid", ["Amina Rashid"], ["other"], gender="female"),
]
PLACES = [
    L("Birmingham", ["Birmingham"]),
    L("Kashgar", ["Kashgar"]),
    L("Istanbul", ["Istanbul"]),
    L("Almaty", ["Almaty"]),
    L("Washwood Heath", ["Washwood Heath"]),
]
DATES = [
    D("8 May 2025", "2025-05-08", "day"),
    D("21 March 1986", "1986-03-21", "day"),
    D("naturalised [[2021]]", "2021", "year"),
    D("from [[2010]]", "2010", "year"),
    D("June 2017", "2017-06", "month"),
    D("July 2017", "2017-07", "month"),
    D("I left in [[2018]]", "2018", "year"),
    D("In [[2019]]", "2019", "year"),
    D("Highfield, [[2024]]", "2024", "year"),
    D("08/05/2025", "2025-05-08", "day"),
]
EVENTS = [
    ("arrest", "p2", "2017-07"),
    ("sentencing", "p2", None),
    ("interrogation", "p1", None),
    ("exit", "p1", "2018"),
    ("exit", "p4", "2018"),
]
NEGATED = [("p6", "detention.internment_camp", "She was not\ntaken to a camp")]
FORBIDDEN = [("p4", "family.separation")]
