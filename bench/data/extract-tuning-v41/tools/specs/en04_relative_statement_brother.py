FILE = "en04_relative_statement_brother.txt"
LANG = "en"
DATE = "2024-06-11"
NOTE = ("Relative's statement given to a documentation foundation in Amsterdam (case header, 'About my brother' / "
        "'About me', signature). Narrator Muyesser Abdulla; brother Dilmurat Abdulla, pharmacist in Kashgar: phoned to "
        "come 'for a chat' in March 2017 and never came home (arbitrary arrest), family told 'in training' (camp), monthly "
        "calls ended and they hung up in 'the summer of 2018' (incommunicado), sixteen years in 2019 only heard ('I cannot "
        "confirm it': no sentencing event, no code, not forbidden), seen put on a bus to Kumul in 2021 (transfer), family "
        "not told where he is (disappearance). His wife Mahire: taken 'in the autumn of 2018' 'to study' (arbitrary arrest + "
        "camp), made to stand with arms raised (stress position), 'She was not beaten' (negated), earlier made to call her "
        "husband two-faced at a meeting (forced denunciation); back 'after ten months' (undated release). Son Ablajan: "
        "state boarding school (family separation). Father Abdulla Qasim (given name = the siblings' surname): died at home "
        "after a stroke in 2020 (death event; death in custody forbidden, not negated), no washing or prayer in the mosque "
        "(religious ban). Narrator: arrived 2015 (exit), phone pressure from 'Officer Yang Bo' (transnational harassment; "
        "her 'not ... threatened in person' does not negate it). 'that spring' -> 2017, 'January this year' -> 2024-01. "
        "Id Kah mosque is a building, not a place mention.")
ORGS = ["Tarim Archive Foundation", "TA-24-031", "Id Kah mosque"]
PERSONS = [
    P("p1", "Muyesser Abdulla", ["Muyesser Abdulla"], ["narrator", "relative", "victim"], gender="female",
      rel=[("sister", "p2"), ("daughter", "p5")],
      viol=[("transnational.harassment", "a man calling himself Officer Yang Bo has phoned me from Chinese numbers")]),
    P("p2", "Dilmurat Abdulla", ["Dilmurat Abdulla"], ["victim"], gender="male",
      rel=[("brother", "p1"), ("husband", "p3"), ("father", "p4"), ("son", "p5")],
      viol=[("detention.arbitrary_arrest", "asked him to come \"for a chat\". He went in the afternoon and he did not come home"),
            ("detention.internment_camp", "the family was told he was \"in training\""),
            ("detention.incommunicado", "In the summer of 2018 the calls ended. When she rang, they hung up on her"),
            ("disappearance.enforced", "the family has not been told where he is, in which prison, or if he is alive")]),
    P("p3", "Mahire", ["Mahire"], ["victim", "relative"], gender="female", rel=[("wife", "p2"), ("mother", "p4")],
      viol=[("detention.arbitrary_arrest", "was taken in the autumn of 2018, also \"to study\""),
            ("detention.internment_camp", "also \"to study\". She came back after ten months"),
            ("torture.stress_position", "she was made to stand with her arms above her head for hours"),
            ("coercion.forced_denunciation", "they made her stand in front of the neighbourhood meeting and say that her husband was a two-faced person")]),
    P("p4", "Ablajan", ["Ablajan"], ["victim"], gender="male", rel=[("son", "p2"), ("son", "p3")],
      viol=[("family.separation", "was put in a state boarding school in Kashgar")]),
    P("p5", "Abdulla Qasim", ["Abdulla Qasim"], ["relative", "victim"], gender="male", rel=[("father", "p1"), ("father", "p2")],
      viol=[("culture.religious_ban", "The family was not allowed to wash him and pray over him in the mosque")]),
    P("p6", "Yang Bo", ["Yang Bo"], ["official", "perpetrator"], gender="male"),
    P("p7", "J. de Wit", ["J. de Wit"], ["other"]),
]
PLACES = [
    L("Amsterdam", ["Amsterdam"]),
    L("Kashgar", ["Kashgar"]),
    L("Kumul", ["Kumul"]),
    L("Netherlands", ["Netherlands"]),
]
DATES = [
    D("11 June 2024", "2024-06-11", "day"),
    D("March 2017", "2017-03", "month"),
    D("that spring", "2017", "year"),
    D("the summer of 2018", "2018", "year"),
    D("years in [[2019]]", "2019", "year"),
    D("In [[2021]]", "2021", "year"),
    D("the autumn of 2018", "2018", "year"),
    D("in [[2020]]", "2020", "year"),
    D("in [[2015]]", "2015", "year"),
    D("Since [[2019]]", "2019", "year"),
    D("January this year", "2024-01", "month"),
]
EVENTS = [
    ("arrest", "p2", "2017-03"),
    ("detention", "p2", "2017-03"),
    ("transfer", "p2", "2021"),
    ("disappearance", "p2", None),
    ("arrest", "p3", "2018"),
    ("detention", "p3", "2018"),
    ("release", "p3", None),
    ("death", "p5", "2020"),
    ("exit", "p1", "2015"),
]
NEGATED = [("p3", "torture.beating", "She was not beaten")]
FORBIDDEN = [("p5", "death.in_custody")]
