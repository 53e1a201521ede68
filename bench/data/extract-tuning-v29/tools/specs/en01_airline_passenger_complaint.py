FILE = "en01_airline_passenger_complaint.txt"
LANG = "en"
DATE = "2019-09-23"
NOTE = ("Airline customer-relations feedback form (case and booking references, ticket name 'OSMAN/RUKIYE MS', "
        "airline date codes 12SEP19 etc.) with the passenger's account and the airline's reply. Narrator Rukiye Osman = "
        "'OSMAN/RUKIYE', 'R. Osman', 'Ms Osman'; her father Osman Ablet (his given name is her surname). Brother by "
        "given name only ('Dilmurat'). 27SEP19 (original return, after the document date) is not annotated; airport "
        "codes, flight numbers, PNR and case reference are not places or dates. 'Fourteen months later' chained on "
        "April 2017 -> 2018-06; 'This summer' -> 2019; bare 'August' -> 2019-08; 'last Thursday' on Monday 23/09/2019 -> "
        "2019-09-19. Passport taken back after a call-in: interrogation event (no release) + passport code. 'He was never "
        "taken before any court' negates prison_sentence beside the camp. Forced labour hedged by cousins and not "
        "confirmed: neither gold nor forbidden. Airline agent Sanne de Vries = other.")
ORGS = []
PERSONS = [
    P("p1", "Rukiye Osman", ["OSMAN/RUKIYE", "R. Osman", "Osman"], ["narrator", "victim", "relative"],
      gender="female", birth_year=1988, rel=[("daughter", "p2"), ("sister", "p3")],
      viol=[("transnational.harassment", "rang me on WhatsApp, asked for my hotel name and told me to stop \"spreading rumours\" on Facebook")]),
    P("p2", "Osman Ablet", ["Osman Ablet"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "police took him from his fabric shop in Ghulja"),
            ("detention.internment_camp", "\"vocational training school\""),
            ("detention.incommunicado", "For a year we could not call him or visit him"),
            ("movement.passport_confiscation", "took the new passport back \"for safekeeping\"")]),
    P("p3", "Dilmurat", ["Dilmurat"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p2")],
      viol=[("family.reprisal", "was called to the police station twice in August and asked about my phone calls")]),
    P("p4", "Sanne de Vries", ["Sanne de Vries"], ["other"], gender="female"),
]
PLACES = [
    L("Rotterdam", ["Rotterdam"]),
    L("Netherlands", ["Netherlands"]),
    L("Almaty", ["Almaty"]),
    L("Ghulja", ["Ghulja"]),
    L("Khorgos", ["Khorgos"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Zharkent", ["Zharkent"]),
    L("Amsterdam", ["Amsterdam"]),
]
DATES = [
    D("21/11/1988", "1988-11-21", "day"),
    D("12SEP19", "2019-09-12", "day"),
    D("13SEP19", "2019-09-13", "day"),
    D("18SEP19", "2019-09-18", "day"),
    D("2016", "2016", "year"),
    D("April 2017", "2017-04", "month"),
    D("Fourteen months later", "2018-06", "month"),
    D("This summer", "2019", "year"),
    D("15 September", "2019-09-15", "day"),
    D("14 September", "2019-09-14", "day"),
    D("18 September", "2019-09-18", "day"),
    D("twice in [[August]]", "2019-08", "month"),
    D("19/09/2019", "2019-09-19", "day"),
    D("23/09/2019", "2019-09-23", "day"),
    D("last Thursday", "2019-09-19", "day"),
]
EVENTS = [
    ("arrest", "p2", "2017-04"),
    ("detention", "p2", "2017-04"),
    ("release", "p2", "2018-06"),
    ("interrogation", "p2", "2019-09-14"),
    ("interrogation", "p3", "2019-08"),
]
NEGATED = [("p2", "detention.prison_sentence", "He was never taken before any court")]
FORBIDDEN = []
