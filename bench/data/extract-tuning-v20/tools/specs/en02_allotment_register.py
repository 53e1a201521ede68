FILE = "en02_allotment_register.txt"
LANG = "en"
DATE = "2023-03-18"
NOTE = ("Allotment society's plot register. 'HAREHILLS LANE ALLOTMENT SOCIETY' is an org. Plot numbers, '125 sq m', "
        "'minute 23/02' (not a date), 'key no. 31' and the handle '@leedsgrowsveg' (not a person) are traps. Plot tenants and "
        "waiting-list names (Dorothy Finch, Priya Chandran, 'T. Nolan') and the secretary Harriet Boyce (signature) are "
        "persons with role other. Brothers Ablimit and Ilham Sabir; their mother Meryem Tohti keeps her own surname; Kadir "
        "Osman's daughter is Shahida Kadir; 'Mr Osman' is Kadir, not his brother Hashim Osman. Atush = Artux. Days without a "
        "year resolved on the register date; 'last summer' and 'last year' -> 2022; 'late 2017' -> 2017. Weekly reporting at the "
        "police station about calls with the son abroad = family reprisal; asking the mother for photographs of his Leeds "
        "friends = transnational harassment (Ablimit). 'She was not detained' negated. 'hardly slept' is insomnia, not sleep "
        "deprivation (forbidden). Kadir Osman died in Leeds: death event, death.in_custody forbidden. Sentence only heard of "
        "in 2020 (sentencing date null). His own account on the one allowed call (2021): a month alone in a cell = solitary confinement, a confession signed unread = forced confession. 'the end of the month' is after the register date (not annotated).")
ORGS = ["HAREHILLS LANE ALLOTMENT SOCIETY"]
PERSONS = [
    P("p1", "Ablimit Sabir", ["Ablimit Sabir", "Ablimit"], ["victim", "relative"], gender="male",
      rel=[("husband", "p2"), ("brother", "p3"), ("son", "p4")],
      viol=[("transnational.harassment", "she was told to ask him for photographs of his Leeds friends")]),
    P("p2", "Gulnar Hoshur", ["Gulnar Hoshur", "Gulnar"], ["relative"], gender="female", rel=[("wife", "p1")]),
    P("p3", "Ilham Sabir", ["Ilham Sabir", "Ilham"], ["victim", "witness"], gender="male", rel=[("brother", "p1"), ("son", "p4")],
      viol=[("detention.arbitrary_arrest", "was detained in late 2017 after a trip to Turkey"),
            ("detention.internment_camp", "sent to a camp"),
            ("detention.prison_sentence", "he had been sentenced to seven years"),
            ("detention.solitary_confinement", "he had spent his first month in a cell on his own"),
            ("coercion.forced_confession", "had signed a confession he was not allowed to read")]),
    P("p4", "Meryem Tohti", ["Meryem Tohti"], ["victim", "relative"], gender="female", age=79,
      rel=[("mother", "p1"), ("mother", "p3")],
      viol=[("family.reprisal", "was made to go to the local police station every Friday to report on her phone calls with Ablimit")]),
    P("p5", "Dorothy Finch", ["Dorothy Finch"], ["other"], gender="female"),
    P("p6", "Kadir Osman", ["Kadir Osman", "Osman"], ["witness", "relative"], gender="male",
      rel=[("father", "p7"), ("brother", "p8")]),
    P("p7", "Shahida Kadir", ["Shahida Kadir"], ["relative", "other"], gender="female", rel=[("daughter", "p6")]),
    P("p8", "Hashim Osman", ["Hashim Osman"], ["victim"], gender="male", rel=[("brother", "p6")],
      viol=[("death.in_custody", "had died in a prison in Hotan in 2019, two months after being taken")]),
    P("p9", "Priya Chandran", ["Priya Chandran"], ["other"], gender="female"),
    P("p10", "T. Nolan", ["T. Nolan"], ["other"]),
    P("p11", "Harriet Boyce", ["Harriet Boyce"], ["other"], gender="female"),
]
PLACES = [
    L("Kazakhstan", ["Kazakhstan"]),
    L("Artush", ["Atush", "Artux"]),
    L("Kizilsu Kyrgyz Autonomous Prefecture", ["Kizilsu prefecture"]),
    L("Turkey", ["Turkey"]),
    L("Leeds", ["Leeds"]),
    L("Hotan", ["Hotan"]),
]
DATES = [
    D("18 March 2023", "2023-03-18", "day"),
    D("April 2016", "2016-04", "month"),
    D("to [[March 2023]]", "2023-03", "month"),
    D("4 February", "2023-02-04", "day"),
    D("late 2017", "2017", "year"),
    D("In [[2020]]", "2020", "year"),
    D("allowed, in [[2021]]", "2021", "year"),
    D("last summer", "2022", "year"),
    D("last year", "2022", "year"),
    D("January", "2023-01", "month"),
    D("11 February", "2023-02-11", "day"),
    D("2009", "2009", "year"),
    D("in [[2019]],", "2019", "year"),
    D("14 March", "2023-03-14", "day"),
]
EVENTS = [
    ("arrest", "p3", "2017"),
    ("detention", "p3", None),
    ("sentencing", "p3", None),
    ("death", "p6", "2023-01"),
    ("exit", "p6", "2009"),
    ("arrest", "p8", None),
    ("death", "p8", "2019"),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "She was not detained")]
FORBIDDEN = [("p1", "torture.sleep_deprivation"), ("p6", "death.in_custody")]
