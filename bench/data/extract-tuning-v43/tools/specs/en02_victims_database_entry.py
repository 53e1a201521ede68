FILE = "en02_victims_database_entry.txt"
LANG = "en"
DATE = "2022-09-14"
NOTE = ("Victims' database entry (register number, ISO dates in fields, linked entry, source, free-text account, "
        "verification notes). 'Nurgul ABLIMIT' / 'Nurgul Ablimitova' (variant in Kazakh documents) / 'Nurgul Ablimit' / "
        "'Nurgul'; son 'Akbar Tursun' (surname from his late father, unnamed). Source cousin in Almaty = witness; volunteer "
        "'J. Okafor' = other. Called to the office and did not come home, sent 'to study', trip to Kazakhstan as the reason = "
        "arbitrary arrest + camp (gold rule 1); anthem = indoctrination; no Uyghur = language ban; IUD = forced contraception; "
        "garment workshop assigned after release = forced labour; may not leave Ghulja = house arrest; son placed in a boarding "
        "school = family separation. A beating heard from a third person is hedged (neither gold nor forbidden). 'The cousin "
        "has not been threatened' negates transnational harassment. Field dates '2017-11', '2019-08' and prose dates for the "
        "same acts are each annotated; each act is one event. 'spring of 2018' is a year date. The 2016 visit to Kazakhstan "
        "gives exit (2016) and return (undated).")
ORGS = []
PERSONS = [
    P("p1", "Nurgul Ablimit", ["Nurgul ABLIMIT", "Nurgul Ablimitova", "Nurgul Ablimit", "Nurgul"], ["victim"],
      gender="female", birth_year=1984, rel=[("mother", "p2"), ("cousin", "p3")],
      viol=[("detention.arbitrary_arrest", "was called to the township office in November 2017 and did not come home"),
            ("detention.internment_camp", "she had been sent \"to study\""),
            ("indoctrination.political", "she had to sing the national anthem every morning"),
            ("culture.language_ban", "was not allowed to speak Uyghur with the other women"),
            ("reproductive.forced_contraception", "was forced to have an IUD inserted"),
            ("labour.forced_labour", "she was assigned to a garment workshop in the township"),
            ("detention.house_arrest", "may not leave Ghulja without permission from the neighbourhood committee")]),
    P("p2", "Akbar Tursun", ["Akbar Tursun"], ["victim", "relative"], gender="male", birth_year=2008,
      rel=[("son", "p1")],
      viol=[("family.separation", "was placed in a boarding school in Ghulja while she was held")]),
    P("p3", "Saltanat Omarova", ["Saltanat Omarova"], ["witness", "relative"], gender="female", rel=[("cousin", "p1")]),
    P("p4", "J. Okafor", ["J. Okafor"], ["other"]),
]
PLACES = [
    L("Ghulja", ["Ghulja"]),
    L("Yining", ["Yining"]),
    L("Ili Kazakh Autonomous Prefecture", ["Ili Kazakh Autonomous Prefecture"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Yengiyer", ["Yengiyer"]),
    L("Almaty", ["Almaty"]),
]
DATES = [
    D(("2022-09-14", 0), "2022-09-14", "day"),
    D(("2022-09-14", 1), "2022-09-14", "day"),
    D("1984", "1984", "year"),
    D("2017-11", "2017-11", "month"),
    D("2019-08", "2019-08", "month"),
    D("August 2022", "2022-08", "month"),
    D("November 2017", "2017-11", "month"),
    D("2016", "2016", "year"),
    D("spring of 2018", "2018", "year"),
    D("August 2019", "2019-08", "month"),
    D("2008", "2008", "year"),
    D("2014", "2014", "year"),
    D("June 2022", "2022-06", "month"),
]
EVENTS = [
    ("exit", "p1", "2016"),
    ("return", "p1", None),
    ("arrest", "p1", "2017-11"),
    ("detention", "p1", "2017-11"),
    ("transfer", "p1", "2018"),
    ("release", "p1", "2019-08"),
]
NEGATED = [("p3", "transnational.harassment", "The cousin has not been threatened")]
FORBIDDEN = []
