FILE = "en02_fee_status_assessment.txt"
LANG = "en"
DATE = "2023-07-26"
NOTE = ("University fee-status assessment outcome record (UK): separate capitalised fields 'OMERJAN' / 'SHAHIDE', then "
        "'Shahide'; the student's surname is her father's given name (Omerjan Sadiq). Questionnaire Q/A in the student's "
        "own words. Assessor Priya Raman is role other; closing initials 'DL' are not a person. 'September 2023 entry' is "
        "after the document date: not annotated. Leaving Hotan (June 2018) is the exit; the onward move Istanbul -> UK is "
        "not an event. Father 'taken from his shop' = arbitrary arrest + arrest + detention; 'school' = internment camp; "
        "sentence heard of in 2019 -> sentencing undated; transfer to Aksu is hearsay ('we do not know'): no transfer event. "
        "Mother: 'never arrested' (negated arbitrary arrest) beside real biometric collection, passport kept, repeated "
        "summons (interrogation, undated). 'no news of her husband' = incommunicado. 'last week' -> 2023-07; range "
        "'2020–2023' gives two year dates. Nationality 'Chinese' -> citizenship China.")
ORGS = ["WESTBRIDGE UNIVERSITY", "Home Office"]
PERSONS = [
    P("p1", "Shahide Omerjan", ["OMERJAN", "SHAHIDE", "Shahide"], ["narrator", "relative"], gender="female",
      birth_year=2004, citizenship=["China"], rel=[("daughter", "p2"), ("daughter", "p3")]),
    P("p2", "Patime Obul", ["Patime Obul", "Mrs Obul"], ["relative", "victim", "witness"], gender="female",
      rel=[("mother", "p1"), ("wife", "p3")],
      viol=[("medical.biometric_collection", "they took her blood and recorded her voice"),
            ("movement.passport_confiscation", "they kept her passport for a month")]),
    P("p3", "Omerjan Sadiq", ["Omerjan Sadiq"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("husband", "p2")],
      viol=[("detention.arbitrary_arrest", "was taken from his shop in Hotan in April 2017"),
            ("detention.internment_camp", "kept in a \"school\" with many other men from our street"),
            ("detention.prison_sentence", "he got fifteen years"),
            ("detention.incommunicado", "she has no news of her husband")]),
    P("p4", "Priya Raman", ["Priya Raman"], ["other"], gender="female"),
]
PLACES = [
    L("United Kingdom", ["UK"]),
    L("Hotan", ["Hotan"]),
    L("Istanbul", ["Istanbul"]),
    L("China", ["China"]),
    L("Aksu", ["Aksu"]),
]
DATES = [
    D("26 July 2023", "2023-07-26", "day"),
    D("2004-11-02", "2004-11-02", "day"),
    D("14 February 2019", "2019-02-14", "day"),
    D("June 2018", "2018-06", "month"),
    D("April 2017", "2017-04", "month"),
    D("heard in [[2019]]", "2019", "year"),
    D("3 March 2020", "2020-03-03", "day"),
    D("bills [[2020]]–2023", "2020", "year"),
    D("2020–[[2023]]", "2023", "year"),
    D("last week", "2023-07", "month"),
]
EVENTS = [
    ("exit", "p1", "2018-06"),
    ("exit", "p2", "2018-06"),
    ("interrogation", "p2", None),
    ("arrest", "p3", "2017-04"),
    ("detention", "p3", "2017-04"),
    ("sentencing", "p3", None),
]
NEGATED = [("p2", "detention.arbitrary_arrest", "She was never arrested")]
FORBIDDEN = []
