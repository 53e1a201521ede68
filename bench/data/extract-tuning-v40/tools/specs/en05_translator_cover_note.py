FILE = "en05_translator_cover_note.txt"
LANG = "en"
DATE = "2023-09-05"
NOTE = ("Melbourne certified translator's cover note to the translation of a Xinjiang household register (hukou "
        "booklet) for a partner visa and marriage registration (letterhead, numbered notes per page, certification). "
        "Client 'Alim OSMAN' (Australian passport); late father 'Osman Rozi' (given name = children's surname; "
        "'never arrested' = negated arrest; died at home of a stroke 2015: death event, death.in_custody forbidden); "
        "brother 'Erkin Osman'; sister 'Patigul'; mother 'Ayshem Tursun'; translator 'Helen Zhou' (other). Erkin: "
        "back from Almaty autumn 2017 and taken by police (return + arbitrary arrest), early 2019 ten years (prison "
        "sentence); the register's 'cancelled' stamp is not an act. Patigul: kept for hours at the police station, "
        "asked about her brother abroad, told to stop contacting him (family reprisal; interrogation event). "
        "'March this year' -> 2023-03; 'autumn of 2017', 'early 2019' are year dates; practitioner no., street "
        "address and page counts are not dates.")
ORGS = ["118 Queen Street"]
PERSONS = [
    P("p1", "Alim Osman", ["Alim OSMAN"], ["relative"], gender="male", citizenship=["Australia"],
      rel=[("son", "p2"), ("brother", "p3"), ("brother", "p4"), ("son", "p5")]),
    P("p2", "Osman Rozi", ["Osman Rozi"], ["relative"], gender="male",
      rel=[("father", "p1"), ("father", "p3"), ("father", "p4")]),
    P("p3", "Erkin Osman", ["Erkin Osman", "Erkin"], ["victim"], gender="male",
      rel=[("brother", "p1"), ("son", "p2"), ("brother", "p4"), ("son", "p5")],
      viol=[("detention.arbitrary_arrest", "Erkin was taken away by the police in the autumn of 2017 after coming back from a trade trip to Almaty"),
            ("detention.prison_sentence", "was given ten years in prison")]),
    P("p4", "Patigul", ["Patigul"], ["victim", "relative"], gender="female",
      rel=[("sister", "p1"), ("sister", "p3"), ("daughter", "p2")],
      viol=[("family.reprisal", "she was kept there for several hours, asked about her brother in Australia and told to stop contacting him")]),
    P("p5", "Ayshem Tursun", ["Ayshem Tursun"], ["relative"], gender="female",
      rel=[("mother", "p1"), ("mother", "p3"), ("wife", "p2")]),
    P("p6", "Helen Zhou", ["Helen Zhou"], ["other"], gender="female"),
]
PLACES = [
    L("Melbourne", ["Melbourne"]),
    L("Yining", ["Yining City", "Yining"]),
    L("Xinjiang", ["Xinjiang"]),
    L("Victoria", ["Victoria"]),
    L("Almaty", ["Almaty"]),
    L("Australia", ["Australia"]),
    L("Kazakhstan", ["Kazakhstan"]),
]
DATES = [
    D("5 September 2023", "2023-09-05", "day"),
    D(("12 April 2019", 0), "2019-04-12", "day"),
    D("2015", "2015", "year"),
    D(("12 April 2019", 1), "2019-04-12", "day"),
    D("autumn of 2017", "2017", "year"),
    D("early 2019", "2019", "year"),
    D("March this year", "2023-03", "month"),
]
EVENTS = [
    ("death", "p2", "2015"),
    ("return", "p3", "2017"),
    ("arrest", "p3", "2017"),
    ("detention", "p3", "2017"),
    ("sentencing", "p3", "2019"),
    ("interrogation", "p4", "2023-03"),
]
NEGATED = [("p2", "detention.arbitrary_arrest", "his father was never arrested")]
FORBIDDEN = [("p2", "death.in_custody")]
