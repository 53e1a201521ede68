FILE = "en04_matchday_programme.txt"
LANG = "en"
DATE = "2022-10-15"
NOTE = ("Amateur football club match-day programme page. Club and league names ('HOUNSLOW ATHLETIC FC', 'Hounslow Athletic', "
        "'Feltham Rovers', 'Combined Counties League') are orgs: no place inside. Referee and assistants ('P. Nash', "
        "'R. Okafor', 'L. Brennan') are credits, not persons; the team-sheet line 'K. Bolot uulu' is a mention of the "
        "goalkeeper. Kick-off time, issue number, appearances and clean sheets are not dates. Kyrgyz naming: Kanat and "
        "Mirbek Bolot uulu and Aizada Bolot kyzy <- father Bolot Sarybaev (different surname form). Mirbek: arrested at "
        "Torugart as he was about to cross, no reason given (arbitrary arrest), 'study centre' in Artux, moved 2018 near "
        "Kashgar (transfer), then nothing: enforced disappearance + incommunicado. The 2019 factory rumour (Henan) is a "
        "hedge: no forced labour, not forbidden. Aizada questioned a whole night (interrogation 2018) and made to sign a "
        "promise = forced signature. 'Their father was not arrested' = negated; his passport taken 2017. 'on Thursday' -> "
        "2022-10-13, 'this month' -> 2022-10. Kanat came to London in 2014 = exit. Partner Sophie Grant.")
ORGS = ["HOUNSLOW ATHLETIC FC", "Hounslow Athletic", "Feltham Rovers", "Combined Counties League"]
PERSONS = [
    P("p1", "Kanat Bolot uulu", ["Kanat Bolot uulu", "Kanat", "K. Bolot uulu"], ["relative", "witness"], gender="male",
      ethnicity="Kyrgyz", rel=[("brother", "p2"), ("brother", "p3"), ("son", "p4"), ("partner", "p5")]),
    P("p2", "Mirbek Bolot uulu", ["Mirbek Bolot uulu", "Mirbek"], ["victim"], gender="male", ethnicity="Kyrgyz",
      birth_year=1993, rel=[("brother", "p1"), ("brother", "p3"), ("son", "p4")],
      viol=[("detention.arbitrary_arrest", "was arrested at the Torugart crossing in May 2017"),
            ("detention.internment_camp", "had been taken to a \"study centre\" in Artux"),
            ("disappearance.enforced", "no answer to where he is"),
            ("detention.incommunicado", "no letter, no call, no court paper")]),
    P("p3", "Aizada Bolot kyzy", ["Aizada Bolot kyzy", "Aizada"], ["relative", "witness", "victim"], gender="female",
      ethnicity="Kyrgyz", rel=[("sister", "p1"), ("sister", "p2"), ("daughter", "p4")],
      viol=[("coercion.forced_confession", "made to sign a paper promising she would never contact Kanat again")]),
    P("p4", "Bolot Sarybaev", ["Bolot Sarybaev"], ["relative", "victim"], gender="male", ethnicity="Kyrgyz",
      rel=[("father", "p1"), ("father", "p2"), ("father", "p3")],
      viol=[("movement.passport_confiscation", "the police took his passport in 2017")]),
    P("p5", "Sophie Grant", ["Sophie Grant"], ["relative"], gender="female", rel=[("partner", "p1")]),
]
PLACES = [
    L("Akqi County", ["Akqi county"]),
    L("Xinjiang", ["Xinjiang"]),
    L("China", ["China"]),
    L("London", ["London"]),
    L("Torugart", ["Torugart"]),
    L("Kyrgyzstan", ["Kyrgyzstan"]),
    L("Artux", ["Artux"]),
    L("Kashgar", ["Kashgar"]),
    L("Henan", ["Henan"]),
]
DATES = [
    D("15 October 2022", "2022-10-15", "day"),
    D("2014", "2014", "year"),
    D("2016", "2016", "year"),
    D("May 2017", "2017-05", "month"),
    D("moved in [[2018]]", "2018", "year"),
    D("In [[2019]] the family", "2019", "year"),
    D("night in [[2018]]", "2018", "year"),
    D("passport in [[2017]]", "2017", "year"),
    D("training on [[Thursday]]", "2022-10-13", "day"),
    D("this month", "2022-10", "month"),
]
EVENTS = [
    ("exit", "p1", "2014"),
    ("arrest", "p2", "2017-05"),
    ("detention", "p2", None),
    ("transfer", "p2", "2018"),
    ("disappearance", "p2", None),
    ("interrogation", "p3", "2018"),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "Their father was not arrested")]
FORBIDDEN = []
