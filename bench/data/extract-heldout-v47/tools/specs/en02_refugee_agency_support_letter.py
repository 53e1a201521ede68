FILE = "en02_refugee_agency_support_letter.txt"
LANG = "en"
DATE = "2023-05-11"
NOTE = ("Dublin refugee support charity's letter of support to the International Protection Office, 11 May 2023. "
        "Applicant 'Meryemgul OSMAN' / 'Ms Osman' (Uyghur, citizen of China, born 3 August 1989): embassy would renew "
        "her passport only if she returned to Hotan (rule 6: transnational harassment, not passport confiscation: "
        "confiscation forbidden); 'has not herself been detained in China' (negated arbitrary arrest); left Urumqi 2 "
        "October 2021 (one exit). Husband 'Abdurehim Mexsut': taken from home by police at night (arbitrary arrest), "
        "held in a detention centre (pretrial), sentenced to fifteen years (prison sentence; sentencing event "
        "undated: 2019 is when the family heard), no judgment and the prison not told (incommunicado + disappearance; "
        "disappearance event undated). Father 'Osman Tomur' (name trap beside 'Ms Osman'): questioned at home about her "
        "(rule 5: family reprisal; interrogation event January 2023); 'He was not arrested' (negated arbitrary arrest). Caseworker 'Siobhán Kearney' is "
        "other. 'this year' = 2023 (anchored on the document date). References are not dates.")
ORGS = ["Refugee Support Network Ireland", "International Protection Office", "Chinese Embassy", "Timberlay House"]
PERSONS = [
    P("p1", "Meryemgul Osman", ["Meryemgul OSMAN", "Meryemgul Osman", "Osman"], ["victim", "witness"],
      gender="female", ethnicity="Uyghur", birth_year=1989, citizenship=["China"],
      rel=[("wife", "p2"), ("daughter", "p3")],
      viol=[("transnational.harassment", "a new passport would be issued only if she returned to Hotan and collected it there in person")]),
    P("p2", "Abdurehim Mexsut", ["Abdurehim Mexsut"], ["victim", "relative"], gender="male",
      rel=[("husband", "p1")],
      viol=[("detention.arbitrary_arrest", "was taken from their home in Hotan by police officers on the night of 19 November 2017"),
            ("detention.pretrial", "He was first held in a detention centre in the city"),
            ("detention.prison_sentence", "he had been sentenced to fifteen years"),
            ("detention.incommunicado", "the court has not told her which prison holds him"),
            ("disappearance.enforced", "the court has not told her which prison holds him")]),
    P("p3", "Osman Tomur", ["Osman Tomur"], ["relative", "victim"], gender="male", rel=[("father", "p1")],
      viol=[("family.reprisal", "two officers visited her father, Osman Tomur, at his home in Hotan and asked him about her work and her friends in Dublin")]),
    P("p4", "Siobhán Kearney", ["Siobhán Kearney"], ["other"], gender="female"),
]
PLACES = [
    L("Dublin", ["Dublin"]),
    L("China", ["China"]),
    L("Ireland", ["Ireland"]),
    L("Hotan", ["Hotan"]),
    L("Urumqi", ["Urumqi"]),
]
DATES = [
    D("11 May 2023", "2023-05-11", "day"),
    D("3 August 1989", "1989-08-03", "day"),
    D("since [[October 2021]]", "2021-10", "month"),
    D("14 December 2021", "2021-12-14", "day"),
    D("19 November 2017", "2017-11-19", "day"),
    D("In [[2019]] a cousin", "2019", "year"),
    D("August 2022", "2022-08", "month"),
    D("this year", "2023", "year"),
    D("January 2023", "2023-01", "month"),
    D("2 October 2021", "2021-10-02", "day"),
]
EVENTS = [
    ("arrest", "p2", "2017-11-19"),
    ("detention", "p2", "2017-11-19"),
    ("sentencing", "p2", None),
    ("disappearance", "p2", None),
    ("exit", "p1", "2021-10-02"),
    ("interrogation", "p3", "2023-01"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "Ms Osman has not herself been detained in China"),
           ("p3", "detention.arbitrary_arrest", "He was not arrested")]
FORBIDDEN = [("p1", "movement.passport_confiscation")]
