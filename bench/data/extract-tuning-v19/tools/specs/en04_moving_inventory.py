FILE = "en04_moving_inventory.txt"
LANG = "en"
DATE = "2022-06-14"
NOTE = ("Removal company's inventory and condition report (table with item numbers, condition codes, customer remarks in "
        "first person, crew leader's note, signatures). Job number, item numbers, sizes and condition codes are no entities. "
        "The company names are organisations. Crew leader Lars Ødegård (signs 'L. Ødegård') is a named staff member: role "
        "other. Co-customer Jonas Bergström: role other, no relation stated. The customer signs 'D. Sultanmurat' (mention). "
        "Father Sultanmurat Qeyum <- Dilhumar Sultanmurat; the uncle Tursun Qeyum shares the father's surname but no sibling "
        "relation is stated. Town 'Kona Sheher' vs 'Kona Sheher county'. Camp 2017 -> arrest + detention 2017; court 2019 -> "
        "sentencing; unknown prison = incommunicado; the cousin's guess 'Kashgar' is a hedge (mention, no event). Uncle died "
        "'in the same camp' -> death in custody, death event 2019-01. Mother 'was never detained' (negated) but passport taken "
        "and phone checked weekly; an IUD fitted in 2018 'although she refused' = forced contraception. The delivery window (20-22 June 2022) is after the document date: not annotated. Object "
        "dates 'approx. 1985' and '1990' are year dates.")
ORGS = ["NORDFRAKT FLYTTSERVICE AB", "Nordfrakt"]
PERSONS = [
    P("p1", "Dilhumar Sultanmurat", ["Dilhumar Sultanmurat", "D. Sultanmurat"], ["witness", "relative"], gender="female",
      rel=[("daughter", "p2"), ("niece", "p3"), ("daughter", "p4")]),
    P("p2", "Sultanmurat Qeyum", ["Sultanmurat Qeyum"], ["victim"], gender="male",
      rel=[("father", "p1")],
      viol=[("detention.internment_camp", "He was taken to a re-education camp in Kona Sheher county in 2017"),
            ("detention.prison_sentence", "in 2019 a court gave him 14 years"),
            ("detention.incommunicado", "We still do not know which prison he is in")]),
    P("p3", "Tursun Qeyum", ["Tursun Qeyum"], ["victim"], gender="male", rel=[("uncle", "p1")],
      viol=[("detention.internment_camp", "He died in the same camp"),
            ("death.in_custody", "He died in the same camp in January 2019")]),
    P("p4", "Meryemgul Abla", ["Meryemgul Abla"], ["relative", "victim"], gender="female", rel=[("mother", "p1")],
      viol=[("movement.passport_confiscation", "the neighbourhood committee took her passport in 2017"),
            ("surveillance.digital", "made her hand over her phone every Friday for checking"),
            ("reproductive.forced_contraception", "the township clinic fitted her with an IUD although she refused")]),
    P("p5", "Jonas Bergström", ["Jonas Bergström"], ["other"], gender="male"),
    P("p6", "Lars Ødegård", ["Lars Ødegård", "L. Ødegård"], ["other"], gender="male"),
]
PLACES = [
    L("Gothenburg", ["Gothenburg"]),
    L("Sweden", ["Sweden"]),
    L("Oslo", ["Oslo"]),
    L("Norway", ["Norway"]),
    L("Hotan", ["Hotan"]),
    L("Kona Sheher (town)", ["Kona Sheher"]),
    L("Kona Sheher County", ["Kona Sheher county"]),
    L("Kashgar", ["Kashgar"]),
    L("Ürümqi", ["Ürümqi"]),
]
DATES = [
    D("Survey: [[2 June 2022]]", "2022-06-02", "day"),
    D("14 June 2022", "2022-06-14", "day"),
    D("1985", "1985", "year"),
    D("1990", "1990", "year"),
    D("county in [[2017]]", "2017", "year"),
    D("in [[2019]] a court", "2019", "year"),
    D("January 2019", "2019-01", "month"),
    D("2014", "2014", "year"),
    D("passport in [[2017]]", "2017", "year"),
    D("In [[2018]] the township", "2018", "year"),
]
EVENTS = [
    ("arrest", "p2", "2017"),
    ("detention", "p2", "2017"),
    ("sentencing", "p2", "2019"),
    ("detention", "p3", None),
    ("death", "p3", "2019-01"),
    ("exit", "p1", "2014"),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "She was never detained")]
FORBIDDEN = [("p4", "detention.internment_camp")]
