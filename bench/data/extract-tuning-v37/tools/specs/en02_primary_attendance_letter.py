FILE = "en02_primary_attendance_letter.txt"
LANG = "en"
DATE = "2024-05-22"
NOTE = ("Australian primary school's attendance letter to a kinship carer, with the carer's handwritten reply slip. "
        "Pupil 'Mehray TOHTI' / 'Mehray Tohti' / 'Mehray' (surname = father's given name); carer aunt 'Gulnar Sabit' "
        "('Mrs Sabit', 'G. Sabit'). Father 'Tohti Rozi' picked up in Kashgar Nov 2017 (arbitrary arrest), no voice "
        "since (incommunicado), prison not told (enforced disappearance), 'given fifteen years' learnt last month "
        "(undated sentencing). Mother 'Reyhangul Qasim': passport kept by the committee, cannot join her child "
        "(family separation), police app on phone checked (digital surveillance); 'has not been arrested' = negated. "
        "Carer: caller asking the school and her contacts = transnational harassment; her belief that husband "
        "'Parhat' was called (he says wrong number) is hedged: no code. Mehray's arrival in Adelaide 2021 = exit. "
        "Range '29 January and 12 April 2024' = two dates. Not dates: 'Tuesday' (meeting, future), 'Sunday nights', "
        "'Monday(s)', 'Term 1', percentages.")
ORGS = ["Blair Athol North Primary School"]
PERSONS = [
    P("p1", "Mehray Tohti", ["Mehray TOHTI", "Mehray", "Mehray Tohti"], ["relative"], gender="female",
      rel=[("daughter", "p3"), ("daughter", "p4"), ("niece", "p2")]),
    P("p2", "Gulnar Sabit", ["Gulnar Sabit", "Sabit", "G. Sabit"], ["narrator", "relative", "victim"], gender="female",
      rel=[("aunt", "p1"), ("sister", "p4"), ("wife", "p5")],
      viol=[("transnational.harassment", "a man rang my mobile and asked what school Mehray goes to and who I talk to")]),
    P("p3", "Tohti Rozi", ["Tohti Rozi"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("husband", "p4")],
      viol=[("detention.arbitrary_arrest", "was picked up by police in Kashgar in November 2017 on his way to the mosque"),
            ("detention.incommunicado", "we have not heard his voice since"),
            ("disappearance.enforced", "Nobody will tell us which prison he is in"),
            ("detention.prison_sentence", "he was given fifteen years")]),
    P("p4", "Reyhangul Qasim", ["Reyhangul Qasim", "Reyhangul"], ["victim", "relative"], gender="female",
      rel=[("mother", "p1"), ("sister", "p2"), ("wife", "p3")],
      viol=[("movement.passport_confiscation", "The neighbourhood committee keeps her passport"),
            ("family.separation", "she cannot come to Adelaide to join her child"),
            ("surveillance.digital", "She must keep a police app on her phone and they look at it")]),
    P("p5", "Parhat", ["Parhat"], ["relative"], gender="male", rel=[("husband", "p2")]),
    P("p6", "Daniel Nguyen", ["Daniel Nguyen"], ["other"], gender="male"),
    P("p7", "Karen Whitfield", ["Karen Whitfield"], ["other"], gender="female"),
]
PLACES = [
    L("Australia", ["Australia"]),
    L("Adelaide", ["Adelaide"]),
    L("Kashgar", ["Kashgar"]),
]
DATES = [
    D("22 May 2024", "2024-05-22", "day"),
    D("29 January", "2024-01-29", "day"),
    D("12 April 2024", "2024-04-12", "day"),
    D("Adelaide in [[2021]]", "2021", "year"),
    D("November 2017", "2017-11", "month"),
    D("Last month", "2024-04", "month"),
    D("In [[March]] a man", "2024-03", "month"),
    D("22/5/2024", "2024-05-22", "day"),
]
EVENTS = [
    ("exit", "p1", "2021"),
    ("arrest", "p3", "2017-11"),
    ("detention", "p3", "2017-11"),
    ("sentencing", "p3", None),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "Reyhangul has not been arrested")]
FORBIDDEN = []
