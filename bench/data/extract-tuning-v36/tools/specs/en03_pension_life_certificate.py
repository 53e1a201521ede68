FILE = "en03_pension_life_certificate.txt"
LANG = "en"
DATE = "2024-02-19"
NOTE = ("UK occupational pension scheme's certificate of existence for a member who cannot attend: Section A issued by "
        "the scheme (2 January 2024), Section B not completed, Section C a daughter's statement (received 19 February "
        "2024, the document date). Member 'ABDUKERIM, Qasim' (inverted, one mention), 'Qasim's'; trap: daughter "
        "'Sabire Qasim' carries his given name as surname (not a mention of him). UK date of birth 11/04/1952 "
        "(birth_year 1952), British passport (citizenship United Kingdom). Passport taken at Aksu airport (July 2017), "
        "taken from the uncle's flat to a re-education centre (November 2017, chained), family not allowed to see him "
        "(incommunicado), moved to Prison No. 2 after a trial, fifteen years (2020: transfer + sentencing), reading a "
        "statement that he had been wrong (forced confession), steamed bread once a day (food deprivation). 'He has "
        "not died in prison' negated death.in_custody; cousin Ekber 'has not been detained' negated. 'the April "
        "payment' lies after the document date; member number, account digits, 'twenty-six years' are not dates.")
ORGS = ["THAMESIDE TRANSPORT PENSION SCHEME"]
PERSONS = [
    P("p1", "Qasim Abdukerim", ["ABDUKERIM, Qasim", "Qasim"], ["victim"], gender="male", birth_year=1952,
      citizenship=["United Kingdom"], rel=[("father", "p2")],
      viol=[("movement.passport_confiscation", "officers took his British passport from him at the airport in Aksu"),
            ("detention.arbitrary_arrest", "he was taken from my uncle's flat to a re-education centre"),
            ("detention.internment_camp", "a re-education centre"),
            ("detention.incommunicado", "The family were not allowed to see him"),
            ("detention.prison_sentence", "after a trial none of us attended, and we were told fifteen years"),
            ("coercion.forced_confession", "he read from a paper that he was well, that he had been wrong and that he thanked the government"),
            ("ill_treatment.food_deprivation", "they get steamed bread once a day")]),
    P("p2", "Sabire Qasim", ["Sabire Qasim"], ["narrator", "relative"], gender="female",
      rel=[("daughter", "p1"), ("cousin", "p4")]),
    P("p3", "Martin Greaves", ["Martin Greaves"], ["other"], gender="male"),
    P("p4", "Ekber", ["Ekber"], ["relative"], gender="male", rel=[("cousin", "p2")]),
]
PLACES = [
    L("London", ["London"]),
    L("Aksu", ["Aksu"]),
]
DATES = [
    D("11/04/1952", "1952-04-11", "day"),
    D("01/05/2012", "2012-05-01", "day"),
    D("2 January 2024", "2024-01-02", "day"),
    D("returned for [[2022]] or", "2022", "year"),
    D("2022 or [[2023]]", "2023", "year"),
    D("19 February 2024", "2024-02-19", "day"),
    D("July 2017", "2017-07", "month"),
    D("In [[November]] the same year", "2017-11", "month"),
    D("In [[2020]] he", "2020", "year"),
    D("March 2023", "2023-03", "month"),
]
EVENTS = [
    ("arrest", "p1", "2017-11"),
    ("detention", "p1", "2017-11"),
    ("transfer", "p1", "2020"),
    ("sentencing", "p1", "2020"),
]
NEGATED = [("p1", "death.in_custody", "He has not died in prison"),
           ("p4", "detention.arbitrary_arrest", "has not been detained")]
FORBIDDEN = []
