FILE = "en03_email_chain_quoted.txt"
LANG = "en"
DATE = "2025-03-11"
NOTE = ("E-mail chain with quoted replies (> and >> levels), newest first: the client's answers, the lawyer's questions "
        "quoting the first mail, the first mail. Qurban Haji (the father; his given name is the daughter's surname): "
        "'they took my father on 3 November 2017 in Korla' is told twice (quoted) = one arrest and one detention event; "
        "arbitrary arrest + camp ('went first to the camp'), sentenced (length by hearsay; sentencing undated), Kuytun "
        "prison 'since spring 2019 i think' (transfer 2019), 'no calls', visit refused at the gate = incommunicado only "
        "(place known). A fellow detainee's account (chained to the bed at night, beaten when caught praying) = shackling + beating + religious ban. Murat: the first mail's 'they took Murat too' is corrected ('was NOT arrested') = negated "
        "arbitrary arrest, no events. The asylum interview '24 March' is after the document date (not annotated); "
        "'December' on 11 Mar 2025 = 2024-12. 'Ms Qurban' is Nadira. The mother and the neighbour are unnamed.")
ORGS = []
PERSONS = [
    P("p1", "Nadira Qurban", ["Nadira Qurban", "Nadira", "Qurban"], ["narrator", "relative"], gender="female",
      rel=[("daughter", "p3"), ("sister", "p4")]),
    P("p2", "Elif Sönmez", ["Elif Sönmez", "Sönmez"], ["other"], gender="female"),
    P("p3", "Qurban Haji", ["Qurban Haji"], ["victim"], gender="male", rel=[("father", "p1"), ("father", "p4")],
      viol=[("detention.arbitrary_arrest", ("they took my father on 3 November 2017 in Korla", 1)),
            ("detention.internment_camp", "my father went first to the camp"),
            ("detention.prison_sentence", "yes my father Qurban Haji was sentenced"),
            ("detention.shackling", "they chained him to the bed at night"),
            ("torture.beating", "beat him when they caught him praying"),
            ("culture.religious_ban", "beat him when they caught him praying"),
            ("detention.incommunicado", "they allow no calls at all, my mother tried to visit in December and they sent her away at the gate")]),
    P("p4", "Murat", ["Murat"], ["relative"], gender="male", rel=[("son", "p3"), ("brother", "p1")]),
]
PLACES = [L("Kuytun", ["Kuytun"]), L("Korla", ["Korla"])]
DATES = [
    D("11 Mar 2025", "2025-03-11", "day"), D("10 Mar 2025", "2025-03-10", "day"), D("8 Mar 2025", "2025-03-08", "day"),
    D(("3 November 2017", 0), "2017-11-03", "day"), D(("3 November 2017", 1), "2017-11-03", "day"),
    D("spring 2019", "2019", "year"), D("in [[December]]", "2024-12", "month"),
]
EVENTS = [("arrest", "p3", "2017-11-03"), ("detention", "p3", "2017-11-03"), ("sentencing", "p3", None),
          ("transfer", "p3", "2019")]
NEGATED = [("p4", "detention.arbitrary_arrest", "my brother Murat was NOT arrested")]
FORBIDDEN = []
