FILE = "en04_nursing_registration_decision.txt"
LANG = "en"
DATE = "2025-05-22"
NOTE = ("Professional regulator's registration-committee decision and reasons (Canada, US-style date 'May 22, 2025'). "
        "Applicant 'HALMURAT, ZUMRET' (inverted capitals) then 'Ms Halmurat'; husband 'Erkin Nasir' then 'Erkin'. Panel "
        "members Lorraine Macey and Kevin Osei ('Mr Osei') are role other; guards and the fainting woman are role-only. "
        "Institutional 'Our rules', 'We accept' is the committee, not a group of victims; the applicant's own 'We were "
        "forty women in one hall' = overcrowding. 'training school' = internment camp; detained at the hospital gate = "
        "arbitrary arrest + arrest + detention; being bussed to a factory and working unpaid = forced labour + a transfer "
        "event dated by 'spring 2019' (season with a year = year date). 'she was not beaten' negates beating beside the "
        "real acts. 'this January' -> 2025-01. Arrival in Toronto = exit of both. ONTARIO only inside the board's name.")
ORGS = ["ONTARIO NURSING REGISTRATION BOARD"]
PERSONS = [
    P("p1", "Zumret Halmurat", ["HALMURAT, ZUMRET", "Ms Halmurat"], ["victim", "witness"], gender="female",
      rel=[("wife", "p2")],
      viol=[("detention.arbitrary_arrest", "she was detained at the hospital gate in November 2017"),
            ("detention.internment_camp", "held for almost two years in a facility in Urumqi that officials called a training school"),
            ("detention.overcrowding", "We were forty women in one hall"),
            ("indoctrination.political", "She attended Mandarin and political lessons every day"),
            ("reproductive.forced_contraception", "an IUD was fitted without her consent"),
            ("labour.forced_labour", "bussed to a garment factory in Korla and worked there without pay")]),
    P("p2", "Erkin Nasir", ["Erkin Nasir", "Erkin"], ["relative"], gender="male", rel=[("husband", "p1")]),
    P("p3", "Lorraine Macey", ["Lorraine Macey"], ["other"], gender="female"),
    P("p4", "Kevin Osei", ["Kevin Osei", "Mr Osei"], ["other"], gender="male"),
]
PLACES = [
    L("Urumqi", ["Urumqi"]),
    L("Korla", ["Korla"]),
    L("Canada", ["Canada"]),
    L("Toronto", ["Toronto"]),
]
DATES = [
    D("May 22, 2025", "2025-05-22", "day"),
    D("2009", "2009", "year"),
    D("until [[2017]]", "2017", "year"),
    D("from [[November 2017]] to", "2017-11", "month"),
    D("gate in [[November 2017]]", "2017-11", "month"),
    D("spring 2019", "2019", "year"),
    D("August 2019", "2019-08", "month"),
    D("December 2020", "2020-12", "month"),
    D("this January", "2025-01", "month"),
]
EVENTS = [
    ("arrest", "p1", "2017-11"),
    ("detention", "p1", "2017-11"),
    ("transfer", "p1", "2019"),
    ("release", "p1", "2019-08"),
    ("exit", "p1", "2020-12"),
    ("exit", "p2", "2020-12"),
]
NEGATED = [("p1", "torture.beating", "she was not beaten")]
FORBIDDEN = []
