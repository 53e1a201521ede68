FILE = "en04_probate_solicitor_letter.txt"
LANG = "en"
DATE = "2025-05-07"
NOTE = ("Probate solicitor's letter to a beneficiary (Melbourne): address block 'Mr Dilmurat Qurban', salutation "
        "'Dear Mr Qurban' (the son, title not in the mention), Re: line with the deceased in capitals 'QURBAN YUSUP' "
        "(Turkic naming: the children's surname is his given name), 'Mahinur Qurban' / 'Mahinur'. Firm name 'STANHOPE & "
        "LIM LAWYERS' and 'Austin Hospital' are organisations; 'RS/2291' initials are no person. Father: died in "
        "hospital 23 November 2024 'never in anyone's custody' (death event; death.in_custody forbidden), questioned two "
        "days in Hotan 2016 and let go (interrogation only). Sister Mahinur: taken from her office in Hotan October 2019 "
        "(arrest+detention, arbitrary arrest), not heard from since (incommunicado), sentence reported by her husband "
        "Alimjan in 2021 (undated sentencing), fingerprints/blood/voice at a 'health check' (biometric). Mother went "
        "back 2017 (return), home to Melbourne that July (exit 2017-07), 'her passport was never taken' (negated). "
        "'on Friday' = 2025-05-02 (letter dated Wednesday 7 May). '30 May' is after the document date.")
ORGS = ["STANHOPE & LIM LAWYERS", "Stanhope & Lim Lawyers", "Austin Hospital"]
PERSONS = [
    P("p1", "Dilmurat Qurban", ["Dilmurat Qurban", "Qurban"], ["relative"], gender="male",
      rel=[("son", "p2"), ("son", "p3"), ("brother", "p4")]),
    P("p2", "Qurban Yusup", ["QURBAN YUSUP"], ["victim"], gender="male",
      rel=[("father", "p1"), ("father", "p4"), ("husband", "p3")]),
    P("p3", "Amangul Hoshur", ["Amangul Hoshur"], ["relative"], gender="female",
      rel=[("mother", "p1"), ("mother", "p4"), ("wife", "p2")]),
    P("p4", "Mahinur Qurban", ["Mahinur Qurban", "Mahinur"], ["victim"], gender="female",
      rel=[("sister", "p1"), ("daughter", "p2"), ("daughter", "p3"), ("wife", "p5")],
      viol=[("detention.arbitrary_arrest", "Mahinur was taken from her office at the tax bureau in Hotan"),
            ("detention.incommunicado", "has not been heard from since"),
            ("detention.prison_sentence", "a court had sentenced her to ten years"),
            ("medical.biometric_collection", "the police had collected her fingerprints, blood and a voice sample")]),
    P("p5", "Alimjan", ["Alimjan"], ["relative"], gender="male", rel=[("husband", "p4")]),
    P("p6", "Rebecca Stanhope", ["Rebecca Stanhope"], ["other"], gender="female"),
    P("p7", "Tam Vo", ["Tam Vo"], ["other"], gender="male"),
]
PLACES = [
    L("Melbourne", ["Melbourne"]),
    L("Oakleigh East", ["Oakleigh East"]),
    L("Hotan", ["Hotan"]),
]
DATES = [
    D("7 May 2025", "2025-05-07", "day"),
    D("on [[Friday]]", "2025-05-02", "day"),
    D("23 November 2024", "2024-11-23", "day"),
    D("will of [[2021]]", "2021", "year"),
    D("October 2019", "2019-10", "month"),
    D("In [[2021]] her", "2021", "year"),
    D("in [[2016]]", "2016", "year"),
    D("in [[2017]]", "2017", "year"),
    D("that [[July]]", "2017-07", "month"),
]
EVENTS = [
    ("death", "p2", "2024-11-23"),
    ("interrogation", "p2", "2016"),
    ("arrest", "p4", "2019-10"),
    ("detention", "p4", "2019-10"),
    ("sentencing", "p4", None),
    ("return", "p3", "2017"),
    ("exit", "p3", "2017-07"),
]
NEGATED = [("p3", "movement.passport_confiscation", "her passport was never taken from her")]
FORBIDDEN = [("p2", "death.in_custody")]
