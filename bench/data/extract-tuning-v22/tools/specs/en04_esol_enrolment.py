FILE = "en04_esol_enrolment.txt"
LANG = "en"
DATE = "2025-01-14"
NOTE = ("Adult-education ESOL placement and enrolment record (form fields with family/given names in capitals, placement "
        "interview as Q/A with the learner's words in quotes, assessor's notes). The centre's name is an org (no place "
        "mention inside); learner ID, 'CLB 1', 'Two years' are not dates; 'Start date: 20 January 2025' is after the document "
        "date (not annotated). Assessor Maria Costa and settlement worker Hannah Liu are role other. Learner 'YASIN' / "
        "'QELBINUR' as separate field mentions; son 'MEMET TURSUN' later 'Memet' (his surname is his father's given name); "
        "husband only 'Tursun'. '2017 to 2019' is two year dates (detention 2017, release 2019); 'last year' -> 2024, "
        "'Last month' -> 2024-12. Camp called 'the school ... where they kept us'; Uyghur forbidden (language ban) and food "
        "withheld as punishment (food deprivation); blood and fingerprints before release (biometric). Injections were given "
        "to unnamed young women, 'Not me' negates forced medication for the learner. Husband's passport taken so he cannot "
        "join (passport confiscation, family separation); police asking the son in Canada for her address on WeChat = "
        "transnational harassment of the son.")
ORGS = ["TORONTO DISTRICT ADULT LEARNING CENTRE"]
PERSONS = [
    P("p1", "Qelbinur Yasin", ["YASIN", "QELBINUR"], ["victim", "witness", "relative"], gender="female", birth_year=1972,
      rel=[("mother", "p2"), ("wife", "p3")],
      viol=[("detention.internment_camp", "In the school in Hotan where they kept us"),
            ("culture.language_ban", "We were not allowed to speak Uyghur there, only Chinese"),
            ("ill_treatment.food_deprivation", "If you spoke Uyghur you lost your food for the day"),
            ("medical.biometric_collection", "they took my blood and my fingerprints")]),
    P("p2", "Memet Tursun", ["MEMET TURSUN", "Memet"], ["relative", "victim"], gender="male",
      rel=[("son", "p1"), ("son", "p3")],
      viol=[("transnational.harassment", "the police asked Memet on WeChat to send them my address here")]),
    P("p3", "Tursun", ["Tursun"], ["relative", "victim"], gender="male", rel=[("husband", "p1"), ("father", "p2")],
      viol=[("movement.passport_confiscation", "They took his passport last year"),
            ("family.separation", "so he cannot join us")]),
    P("p4", "Maria Costa", ["Maria Costa"], ["other"], gender="female"),
    P("p5", "Hannah Liu", ["Hannah Liu"], ["other"], gender="female"),
]
PLACES = [
    L("China", ["China"]),
    L("Xinjiang", ["Xinjiang"]),
    L("Canada", ["Canada"]),
    L("Scarborough", ["Scarborough"]),
    L("Hotan", ["Hotan"]),
    L("Toronto", ["Toronto"]),
]
DATES = [
    D("14 January 2025", "2025-01-14", "day"),
    D("1972", "1972", "year"),
    D("March 2023", "2023-03", "month"),
    D("2017", "2017", "year"),
    D("2019", "2019", "year"),
    D("last year", "2024", "year"),
    D("Last month", "2024-12", "month"),
]
EVENTS = [
    ("exit", "p1", "2023-03"),
    ("detention", "p1", "2017"),
    ("release", "p1", "2019"),
]
NEGATED = [("p1", "medical.forced_medication", "Not me")]
FORBIDDEN = []
