FILE = "en04_employment_tribunal_findings.txt"
LANG = "en"
DATE = "2024-07-19"
NOTE = ("UK Employment Tribunal reserved judgment, extract of the findings of fact in an unfair-dismissal claim "
        "(header block, numbered paragraphs, a cross-examination Q/A). Claimant 'Mr D Rozi', then 'Dilshat Rozi', "
        "'Mr Rozi's'; his father is 'Rozi Tursun' (Turkic naming: father's given name = son's surname). Sister only "
        "'Mahire'. Judge Pemberton, line manager Mr Cartwright, counsel Ms Hale are role other. The tribunal's 'We accept' "
        "/ 'We do not find' is the panel, not an exit. '2015' arrival in the UK = exit. 'the previous month' anchored on "
        "January 2023 -> 2022-12; 'in March' -> 2023-03 (release). The trip to Almaty and back is not an exit/return "
        "from Xinjiang: no events. The claimant's 'No' to 'ever detained in China' = negated arbitrary arrest. The "
        "respondent's doubt that the detention happened is rejected by the tribunal: not a negation. Father died in the "
        "camp = death in custody (positive).")
ORGS = ["Harbour Freight Solutions Ltd", "EMPLOYMENT TRIBUNALS"]
PERSONS = [
    P("p1", "Dilshat Rozi", ["Mr D Rozi", "Dilshat Rozi", "Mr Rozi"], ["witness", "relative"],
      gender="male", ethnicity="Uyghur", citizenship=["United Kingdom"],
      rel=[("son", "p2"), ("son", "p3"), ("brother", "p4")]),
    P("p2", "Rozi Tursun", ["Rozi Tursun"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("father", "p4")],
      viol=[("detention.arbitrary_arrest", "was taken to a camp in 2018"),
            ("detention.internment_camp", "taken to a camp"),
            ("death.in_custody", "died there in 2019")]),
    P("p3", "Nurnisa Hashim", ["Nurnisa Hashim"], ["victim", "relative"], gender="female",
      rel=[("mother", "p1"), ("mother", "p4")],
      viol=[("detention.arbitrary_arrest", "taken from her home in Ghulja by police"),
            ("detention.pretrial", "was being held at a police station"),
            ("family.reprisal", "if her children talked to foreigners she would go back inside"),
            ("detention.house_arrest", "she cannot leave the house without permission")]),
    P("p4", "Mahire", ["Mahire"], ["relative", "witness"], gender="female",
      rel=[("sister", "p1"), ("daughter", "p2"), ("daughter", "p3")]),
    P("p5", "Pemberton", ["Pemberton"], ["other"]),
    P("p6", "Cartwright", ["Mr Cartwright"], ["other"], gender="male"),
    P("p7", "Hale", ["Ms Hale"], ["other"], gender="female"),
]
PLACES = [
    L("Leeds", ["Leeds"]),
    L("Ghulja", ["Ghulja"]),
    L("United Kingdom", ["United Kingdom"]),
    L("Almaty", ["Almaty"]),
    L("China", ["China"]),
]
DATES = [
    D("9 May 2024", "2024-05-09", "day"),
    D("2015", "2015", "year"),
    D("2021", "2021", "year"),
    D("2017", "2017", "year"),
    D("2018", "2018", "year"),
    D("2019", "2019", "year"),
    D("January 2023", "2023-01", "month"),
    D("the previous month", "2022-12", "month"),
    D("6 February 2023", "2023-02-06", "day"),
    D("20 February 2023", "2023-02-20", "day"),
    D("Yes, in [[March]]", "2023-03", "month"),
    D("19 July 2024", "2024-07-19", "day"),
]
EVENTS = [
    ("exit", "p1", "2015"),
    ("arrest", "p2", "2018"),
    ("detention", "p2", "2018"),
    ("death", "p2", "2019"),
    ("arrest", "p3", "2022-12"),
    ("detention", "p3", "2022-12"),
    ("release", "p3", "2023-03"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "Were you yourself ever detained in China?\nA: No")]
FORBIDDEN = []
