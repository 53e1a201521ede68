FILE = "en05_corrections_column.txt"
LANG = "en"
DATE = "2024-02-09"
NOTE = ("Newspaper 'Corrections and clarifications' column; the paper's 'we' is institutional, the brother's quoted 'We' "
        "is the family. Sister in capitals 'RENAGUL MAHMUT' then 'Renagul'. Retracted claims: the quoted sentence of 17 "
        "years is declared 'not correct' (prison sentence forbidden for the sister, no sentencing event; the year in the "
        "quote is still a date mention); 'tortured' is withdrawn as unknown (no code either way). Real acts: taken from "
        "her classroom (arbitrary arrest, arrest, detention 2018-05-12), camp at Artux, family cannot learn where she is "
        "since June 2018 (enforced disappearance + disappearance event). 'Atush' and 'Artux' are the same place. Mother: "
        "'hers was never taken' negates passport confiscation; wrongly called a 'former detainee' negates arbitrary "
        "arrest, beside two real questionings in 2017 (one interrogation event); exit April 2017 (the wrong '2016' is a "
        "date mention, not her exit). 'three weeks before' is not annotated (no clear month). 'on Monday' -> 2024-02-05, "
        "'Last Saturday' -> 2024-02-03; '23 February' is after the document date. Obituary subject Derek Pollitt (age 84, "
        "death event undated) and the readers' editor Siobhan Grady are role other; the former detainee who saw the "
        "sister is role-only. Relation: Hanipem Rozi is stated as mother of Ablikim only.")
ORGS = ["THE NORTHERN COURIER", "corrections@northerncourier.example"]
PERSONS = [
    P("p1", "Ablikim Mahmut", ["Ablikim Mahmut", "Mr Mahmut"], ["relative", "witness"], gender="male",
      rel=[("brother", "p2"), ("son", "p3")]),
    P("p2", "Renagul Mahmut", ["RENAGUL MAHMUT", "Renagul"], ["victim", "relative"], gender="female",
      rel=[("sister", "p1")],
      viol=[("detention.arbitrary_arrest", "was taken by police from her classroom on 12 May 2018"),
            ("detention.internment_camp", "held in a camp on the edge of Artux"),
            ("disappearance.enforced", "the family have not been able to learn where she is or whether she is alive")]),
    P("p3", "Hanipem Rozi", ["Hanipem Rozi"], ["relative"], gender="female", rel=[("mother", "p1")]),
    P("p4", "Siobhan Grady", ["Siobhan Grady"], ["other"], gender="female"),
    P("p5", "Derek Pollitt", ["Derek Pollitt"], ["other"], gender="male", age=84),
]
PLACES = [
    L("Manchester", ["Manchester"]),
    L("Artux", ["Atush", "Artux"]),
    L("China", ["China"]),
    L("Bolton", ["Bolton"]),
    L("Ramsbottom", ["Ramsbottom"]),
    L("Rochdale", ["Rochdale"]),
    L("Bury", ["Bury"]),
]
DATES = [
    D("9 February 2024", "2024-02-09", "day"),
    D("27 January", "2024-01-27", "day"),
    D("17 years in [[2019]]", "2019", "year"),
    D("12 May 2018", "2018-05-12", "day"),
    D("June 2018", "2018-06", "month"),
    D("2016", "2016", "year"),
    D("April 2017", "2017-04", "month"),
    D("station in [[2017]]", "2017", "year"),
    D("2 February", "2024-02-02", "day"),
    D("page 12 on [[Monday]]", "2024-02-05", "day"),
    D("Last Saturday", "2024-02-03", "day"),
]
EVENTS = [
    ("arrest", "p2", "2018-05-12"),
    ("detention", "p2", "2018-05-12"),
    ("disappearance", "p2", "2018-06"),
    ("exit", "p3", "2017-04"),
    ("interrogation", "p3", "2017"),
    ("death", "p5", None),
]
NEGATED = [("p3", "movement.passport_confiscation", "hers was never taken"),
           ("p3", "detention.arbitrary_arrest", "wrong to call her a \"former detainee\"")]
FORBIDDEN = [("p2", "detention.prison_sentence")]
