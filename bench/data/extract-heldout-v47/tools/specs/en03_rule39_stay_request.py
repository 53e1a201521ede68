FILE = "en03_rule39_stay_request.txt"
LANG = "en"
DATE = "2025-01-24"
NOTE = ("Istanbul lawyer's request to the European Court of Human Rights for an interim measure (Rule 39) against the "
        "removal of a Uyghur student to China, 23 January 2025, with counsel's added note of 24 January 2025 (a "
        "document in two parts takes the later date). Applicant 'Ekberjan ABLET' (born 14 May 2000 in Kashgar, "
        "Chinese national): stopped at an identity check and taken to a police station (arrest event 12 January; no "
        "arbitrary-arrest code: a legal process is told), held in a removal centre since 14 January (pretrial: held "
        "without trial; detention event); the removal was stayed and did not happen (no return event, no code); "
        "called by a Kashgar police officer through his mother's phone, told to come back and to report on other "
        "students (transnational harassment); the consulate refused to renew his passport with no condition told "
        "(rule 6: passport confiscation). Arrival in Turkey in September 2018 is one exit. Father 'Ablet Rozimemet' "
        "(name trap: the applicant's surname is his given name): taken by police in 2017 and held in a political "
        "education camp until late 2019 (arbitrary arrest + camp; arrest, detention, release events). Counsel "
        "'Elif Karaca' (title 'Av.' left out; the firm name is an organisation) is other. 'next week' (future) and "
        "'this morning' are not annotated. 'never been charged with an offence' = negated prison sentence.")
ORGS = ["KARACA HUKUK BÜROSU", "European Court of Human Rights", "Rule 39 Unit", "Chinese Consulate General"]
PERSONS = [
    P("p1", "Ekberjan Ablet", ["Ekberjan ABLET"], ["victim"], gender="male", ethnicity="Uyghur", birth_year=2000,
      citizenship=["China"], rel=[("son", "p2")],
      viol=[("detention.pretrial", "he has been held in a removal centre in Istanbul"),
            ("transnational.harassment", "told him to come back \"to help the investigation\" and to report on other Uyghur students in Istanbul"),
            ("movement.passport_confiscation", "the Chinese Consulate General in Istanbul refused to renew his passport, without giving any reason")]),
    P("p2", "Ablet Rozimemet", ["Ablet Rozimemet"], ["victim", "relative"], gender="male", rel=[("father", "p1")],
      viol=[("detention.arbitrary_arrest", "was taken by police in Kashgar"),
            ("detention.internment_camp", "held in a political education camp until late 2019")]),
    P("p3", "Elif Karaca", ["Elif Karaca"], ["other"], gender="female"),
]
PLACES = [
    L("Istanbul", ["Istanbul"]),
    L("Strasbourg", ["Strasbourg"]),
    L("China", ["CHINA", "China"]),
    L("Kashgar", ["Kashgar"]),
    L("Türkiye", ["Türkiye"]),
    L("Zeytinburnu", ["Zeytinburnu"]),
    L("Urumqi", ["Urumqi"]),
]
DATES = [
    D("23 January 2025", "2025-01-23", "day"),
    D("14 May 2000", "2000-05-14", "day"),
    D("September 2018", "2018-09", "month"),
    D("lapsed in [[2023]]", "2023", "year"),
    D("12 January 2025", "2025-01-12", "day"),
    D("14 January 2025", "2025-01-14", "day"),
    D("20 January 2025", "2025-01-20", "day"),
    D("21 January 2025", "2025-01-21", "day"),
    D("In [[2017]] the applicant", "2017", "year"),
    D("late 2019", "2019", "year"),
    D("March 2022", "2022-03", "month"),
    D("In [[2023]] the Chinese", "2023", "year"),
    D("24 January 2025", "2025-01-24", "day"),
]
EVENTS = [
    ("exit", "p1", "2018-09"),
    ("arrest", "p1", "2025-01-12"),
    ("detention", "p1", "2025-01-14"),
    ("arrest", "p2", "2017"),
    ("detention", "p2", "2017"),
    ("release", "p2", "2019"),
]
NEGATED = [("p1", "detention.prison_sentence", "He has never been charged with an offence in either country")]
FORBIDDEN = []
