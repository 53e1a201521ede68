FILE = "en06_extenuating_claim.txt"
LANG = "en"
DATE = "2021-01-25"
NOTE = ("UK university extenuating-circumstances claim form: registry header, form code EC1, student number, programme, "
        "module and '14-day' (not dates). The student appears as passport-order capitals 'RUSTEM, SHAHNUZA' (one mention), "
        "preferred spelling 'Shahnoza Rustamova' and 'Shahnoza'; her father is Rustem Ergesh (Uzbek family in Ghulja). "
        "Tutor 'Dr A. Okafor' is a named person (role other). 'Date of birth: 03/05/2000' is UK day-first -> 2000-05-03. "
        "Range '11-22 January 2021' gives two day dates; 'the August resit period' is in the future and not annotated; "
        "'6 October' without year -> 2020; 'In the same week' as 2 December 2020 may cross a month -> year 2020. Ghulja = "
        "Yining ('the Ghulja police' is a modifier mention). Father: taken over a voice message from his daughter abroad "
        "(arbitrary arrest + digital surveillance + family reprisal), whereabouts refused (incommunicado + disappearance), "
        "'sent to study' (camp). Mother questioned for a day (interrogation event), 'She was not held' negated. WeChat calls "
        "to the student = transnational harassment.")
ORGS = ["UNIVERSITY OF NORTHERN WOLDS", "Student Wellbeing Service"]
PERSONS = [
    P("p1", "Shahnoza Rustamova", ["RUSTEM, SHAHNUZA", "Shahnoza Rustamova", "Shahnoza"], ["narrator", "relative", "victim"],
      gender="female", ethnicity="Uzbek", birth_year=2000, rel=[("daughter", "p2"), ("daughter", "p3")],
      viol=[("transnational.harassment", "two men who said they were from the Ghulja police called me on WeChat")]),
    P("p2", "Rustem Ergesh", ["Rustem Ergesh"], ["victim", "relative"], gender="male", ethnicity="Uzbek",
      rel=[("father", "p1"), ("husband", "p3")],
      viol=[("detention.arbitrary_arrest", "he had \"contact with a foreign country\""),
            ("surveillance.digital", "a voice message I had sent him from England about my course had been found on his phone"),
            ("family.reprisal", "a voice message I had sent him from England about my course had been found on his phone, and that he had \"contact with a foreign country\""),
            ("detention.incommunicado", "they will not tell her where he is"),
            ("disappearance.enforced", "has gone to the police station four times and they will not tell her where he is"),
            ("detention.internment_camp", "my father had been \"sent to study\"")]),
    P("p3", "Gulchehra Yusup", ["Gulchehra Yusup"], ["relative", "victim"], gender="female",
      rel=[("mother", "p1"), ("wife", "p2")]),
    P("p4", "A. Okafor", ["A. Okafor"], ["other"], gender=None),
]
PLACES = [
    L("Yining", ["Ghulja", "Yining"]),
    L("Xinjiang", ["Xinjiang"]),
    L("England", ["England"]),
    L("Hull", ["Hull"]),
]
DATES = [
    D("03/05/2000", "2000-05-03", "day"),
    D("8 January 2021", "2021-01-08", "day"),
    D("January examinations, [[11]]-22", "2021-01-11", "day"),
    D("11-[[22 January 2021]]", "2021-01-22", "day"),
    D("On [[6 October 2020]]", "2020-10-06", "day"),
    D("7 October", "2020-10-07", "day"),
    D("2 December 2020", "2020-12-02", "day"),
    D("In the same week", "2020", "year"),
    D("since [[October]]", "2020-10", "month"),
    D("12 November", "2020-11-12", "day"),
    D("25 January 2021", "2021-01-25", "day"),
    D("since [[September]]", "2020-09", "month"),
    D("after [[6 October]]", "2020-10-06", "day"),
]
EVENTS = [
    ("arrest", "p2", "2020-10-06"),
    ("disappearance", "p2", None),
    ("detention", "p2", None),
    ("interrogation", "p3", "2020-10-07"),
]
NEGATED = [("p3", "detention.pretrial", "She was not held")]
FORBIDDEN = [("p3", "detention.arbitrary_arrest"), ("p3", "detention.internment_camp")]
