FILE = "en07_medicolegal_report.txt"
LANG = "en"
DATE = "2024-05-20"
NOTE = ("Istanbul-Protocol medico-legal report: 'ISTANBUL PROTOCOL' (a document name) and the issuing centre's name "
        "(contains the toponym Bosphorus) are no places; reference number is no date; the signing physician is a credit, "
        "not a person (the report is impersonal). Passport pinyin in capitals; 'Mr Qeyser'; child's surname = father's given "
        "name (Mirzat Abdusemet <- Abdusemet Qeyser). 'Examinations: 7 and 14 May 2024' gives two day dates (span '7'). "
        "'On the second night' and 'over the first winter' have no resolvable anchor / are periods: not annotated. Denials: "
        "electric shocks, sexual assault (negated). The examiner's 'can neither confirm nor exclude' the cold water does not "
        "withdraw the examinee's asserted account (coded). Metal chair for two days = tiger chair; a week alone in a windowless cell = solitary confinement. A humanitarian residence "
        "permit gives no citizenship; a Chinese passport spelling is no citizenship statement.")
ORGS = ["ISTANBUL PROTOCOL", "Bosphorus Centre for the Documentation of Torture"]
PERSONS = [
    P("p1", "Abdusemet Qeyser", ["Abdusemet Qeyser", "ABUDUSAIMAITI KEYISAIER", "Qeyser"], ["victim", "witness"],
      gender="male", ethnicity="Uyghur", birth_year=1976, age=48,
      rel=[("husband", "p3"), ("father", "p4")],
      viol=[("detention.arbitrary_arrest", "four police officers entered his home in Chira without a warrant and took him"),
            ("detention.pretrial", "took him to the Chira county detention centre. He was held there about forty days"),
            ("torture.tiger_chair", "he was strapped by the wrists and ankles into a metal chair for two days and nights"),
            ("torture.beating", "Wang Dong struck the soles of his feet with a length of rubber hose"),
            ("torture.exposure", "guards poured cold water over him and left him wet until morning"),
            ("detention.internment_camp", "he was moved to what he calls \"the big school\", the education centre in Hotan city"),
            ("detention.solitary_confinement", "he was kept alone in a windowless cell"),
            ("ill_treatment.food_deprivation", "He received one steamed bun twice a day and lost 19 kilograms")]),
    P("p2", "Wang Dong", ["Wang Dong"], ["official", "perpetrator"]),
    P("p3", "Tajigul Ablet", ["Tajigul Ablet"], ["relative", "victim"], gender="female",
      rel=[("wife", "p1"), ("mother", "p4")],
      viol=[("reproductive.forced_contraception", "a coil had been fitted in her at the township clinic in 2018 while he was held, although she had already refused it twice")]),
    P("p4", "Mirzat Abdusemet", ["Mirzat Abdusemet"], ["relative", "victim"], gender="male", age=9,
      rel=[("son", "p1"), ("son", "p3")],
      viol=[("family.separation", "was placed in a boarding school in Hotan city during the same period and allowed home one weekend a month")]),
]
PLACES = [
    L("Chira County", ["Chira county", "Cele", "Chira"]),
    L("Hotan Prefecture", ["Hotan Prefecture"]),
    L("Istanbul", ["Istanbul"]),
    L("Hotan", ["Hotan city"]),
    L("China", ["China"]),
]
DATES = [
    D("20 May 2024", "2024-05-20", "day"),
    D("Examinations: [[7]] and", "2024-05-07", "day"),
    D("14 May 2024", "2024-05-14", "day"),
    D("14 May 1976", "1976-05-14", "day"),
    D("since [[June 2021]]", "2021-06", "month"),
    D("the night of 2 February 2018", "2018-02-02", "day"),
    D("March 2018", "2018-03", "month"),
    D("January 2020", "2020-01", "month"),
    D("China in [[June 2021]]", "2021-06", "month"),
    D("clinic in [[2018]]", "2018", "year"),
]
EVENTS = [
    ("arrest", "p1", "2018-02-02"),
    ("detention", "p1", "2018-02-02"),
    ("interrogation", "p1", None),
    ("transfer", "p1", "2018-03"),
    ("release", "p1", "2020-01"),
    ("exit", "p1", "2021-06"),
]
NEGATED = [("p1", "torture.electric_shock", "Mr Qeyser states that he was not given electric shocks"),
           ("p1", "sexual_violence.rape", "The examinee denies any sexual assault on himself")]
FORBIDDEN = [("p3", "detention.arbitrary_arrest"), ("p1", "reproductive.forced_contraception")]
