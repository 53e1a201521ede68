FILE = "en04_course_refund_ticket.txt"
LANG = "en"
DATE = "2022-11-30"
NOTE = ("Online course platform's refund ticket (breadcrumb, ticket header, learner field in capitals, requester's message, "
        "agent's reply). 'LearnWell'/'LearnWell Help Centre'/'LearnWell Support' is the company; the e-mail stub is not a mention. "
        "Learner 'YASIN ABDUREHIM' = father 'Yasin Abdurehim'; daughter 'Parida Yasin'/'Parida' (surname = father's given name); "
        "mother 'Halchem' by given name. Agent 'Tomasz' / 'Tomasz W.' (other). Called to the township office and not home = "
        "arbitrary arrest; camp only Chinese = language ban; 'In 2018 he was sent to prison' = prison sentence (dated), foreign app "
        "as the grounds = digital surveillance. Trap: 'He was never charged or tried' speaks of the camp period and sits beside a "
        "later prison sentence: not a negation. 'A month later' -> 2017-05 (chained on April 2017). Mother forced to sign a paper "
        "saying her husband was guilty = forced denunciation; 'She was not taken away herself' negated; she died in hospital, never "
        "detained: death event (undated, 'last winter' has no year and is not annotated), death.in_custody forbidden.")
ORGS = ["LearnWell Help Centre", "LearnWell Support", "Advanced Excel for Accountants"]
PERSONS = [
    P("p1", "Parida Yasin", ["Parida Yasin", "Parida"], ["narrator", "relative"], gender="female",
      rel=[("daughter", "p2"), ("daughter", "p3")]),
    P("p2", "Yasin Abdurehim", ["YASIN ABDUREHIM", "Yasin Abdurehim"], ["victim"], gender="male",
      rel=[("father", "p1"), ("husband", "p3")],
      viol=[("detention.arbitrary_arrest", "he was called to the township office and did not come home"),
            ("detention.internment_camp", "he was in a camp in Bugur county"),
            ("culture.language_ban", "he could not write in Uyghur; the camp allowed only Chinese"),
            ("detention.prison_sentence", "In 2018 he was sent to prison for \"extremism\""),
            ("surveillance.digital", "he had a foreign app on his phone")]),
    P("p3", "Halchem", ["Halchem"], ["relative", "victim"], gender="female",
      rel=[("wife", "p2"), ("mother", "p1")],
      viol=[("coercion.forced_denunciation", "was told to sign a paper saying her husband was guilty, and she signed it")]),
    P("p4", "Tomasz W.", ["Tomasz", "Tomasz W."], ["other"], gender="male"),
]
PLACES = [L("Korla", ["Korla"]), L("Bugur", ["Bugur"])]
DATES = [
    D("28 November 2022", "2022-11-28", "day"),
    D("2 March 2017", "2017-03-02", "day"),
    D("28 Nov 2022", "2022-11-28", "day"),
    D("April 2017", "2017-04", "month"),
    D("A month later", "2017-05", "month"),
    D("In [[2018]] he was sent", "2018", "year"),
    D("30 Nov 2022", "2022-11-30", "day"),
]
EVENTS = [
    ("arrest", "p2", "2017-04"), ("detention", "p2", "2017-04"), ("sentencing", "p2", "2018"),
    ("death", "p3", None),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "She was not taken away herself")]
FORBIDDEN = [("p3", "death.in_custody")]
