FILE = "en01_asylum_affidavit.txt"
LANG = "en"
DATE = "2023-05-16"
NOTE = ("US immigration-court affidavit of a witness (the respondent's cousin) in support of his asylum application: "
        "caption with inverted name 'TOHTI, Alimjan', A-Number (not a date), numbered paragraphs, jurat by a notary "
        "(role other). Turkic naming: the respondent's father is 'Tohti Niyaz' (the respondent's surname is his given "
        "name). Husband only 'Perhat', brother only 'Nijat'; aunt and 'another relative' unnamed (not annotated). 'My "
        "husband Perhat and I left ... in 2009' = exit of two people. 'eight days earlier' chained on 9 November 2018 -> "
        "exit 2018-11-01. 'Last month' -> 2023-04. Commission expiry 30 June 2026 is after the document date: not "
        "annotated. 'he was never detained himself' = negated arbitrary arrest beside questioning (two interrogation "
        "events, no release) and indoctrination/biometrics. Transfer to Korla prison is hedged ('may have been ... cannot "
        "confirm'): no transfer event. Threat to the brother over the narrator's cooperation = family reprisal (brother) "
        "and transnational harassment (narrator).")
ORGS = ["UNITED STATES DEPARTMENT OF JUSTICE", "EXECUTIVE OFFICE FOR IMMIGRATION REVIEW",
        "Aksu public security bureau"]
PERSONS = [
    P("p1", "Nurgul Sattar", ["NURGUL SATTAR", "Nurgul Sattar"], ["narrator", "witness", "relative", "victim"],
      gender="female", age=41, rel=[("cousin", "p2"), ("niece", "p3"), ("wife", "p4"), ("sister", "p5")],
      viol=[("transnational.harassment", "sent me a voice message asking for the Respondent's address in the United States")]),
    P("p2", "Alimjan Tohti", ["TOHTI, Alimjan", "Alimjan Tohti"], ["victim", "relative"], gender="male",
      rel=[("cousin", "p1"), ("son", "p3")],
      viol=[("indoctrination.political", "attend a flag-raising ceremony every Monday and sing songs praising the Party"),
            ("medical.biometric_collection", "had taken his blood and recorded his voice")]),
    P("p3", "Tohti Niyaz", ["Tohti Niyaz"], ["victim", "relative"], gender="male",
      rel=[("uncle", "p1"), ("father", "p2")],
      viol=[("detention.arbitrary_arrest", "was taken from his shop in Aksu by police. No papers were shown"),
            ("detention.internment_camp", "he had been sent to a \"study class\""),
            ("detention.incommunicado", "no one in the family has been allowed to visit or call him")]),
    P("p4", "Perhat", ["Perhat"], ["relative"], gender="male", rel=[("husband", "p1")]),
    P("p5", "Nijat", ["Nijat"], ["relative", "victim"], gender="male", rel=[("brother", "p1")],
      viol=[("family.reprisal", "would \"have problems\" if I did not help")]),
    P("p6", "Karen L. Whitfield", ["Karen L. Whitfield"], ["other"], gender="female"),
]
PLACES = [
    L("New York", ["New York"]),
    L("United States", ["United States"]),
    L("Fairfax", ["Fairfax"]),
    L("Virginia", ["Virginia"]),
    L("Aksu", ["Aksu"]),
    L("Xinjiang", ["Xinjiang"]),
    L("Almaty", ["Almaty"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Korla", ["Korla"]),
]
DATES = [
    D("2009", "2009", "year"),
    D("March 2017", "2017-03", "month"),
    D("9 November 2018", "2018-11-09", "day"),
    D("eight days earlier", "2018-11-01", "day"),
    D("summer of 2018", "2018", "year"),
    D("Last month", "2023-04", "month"),
    D("16th day of May, 2023", "2023-05-16", "day"),
]
EVENTS = [
    ("exit", "p1", "2009"),
    ("exit", "p4", "2009"),
    ("arrest", "p3", "2017-03"),
    ("detention", "p3", "2017-03"),
    ("exit", "p2", "2018-11-01"),
    ("interrogation", "p2", "2018"),
    ("interrogation", "p2", "2018"),
]
NEGATED = [("p2", "detention.arbitrary_arrest", "he was never detained himself")]
FORBIDDEN = []
