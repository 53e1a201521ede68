FILE = "en05_mortgage_fact_find.txt"
LANG = "en"
DATE = "2022-08-17"
NOTE = ("Mortgage broker's client fact find (applicants as 'KURBAN, Mirzat' / 'KURBAN, Nadira', DOBs, dependants, "
        "employment gap, commitments, adviser's notes, signature 'G. Lloyd'). Bare 'Kurban' is Mirzat after 'Mr' and "
        "Nadira after 'Mrs'; 'Mr Kurban Yasin' is Mirzat's father (his given name is the son's surname). Wife's return "
        "to Urumqi = return; passport kept, questioned three times (interrogation, no release), back in the UK 'five "
        "months later' -> exit 2018-10. Father's reason for detention is the family's belief ('the family says'): "
        "family reprisal not coded and not forbidden; his sentence with a year is dated. Mother-in-law held in a "
        "'training centre' (no 'taken': detention event only), 'never sentenced' negates prison_sentence; injections "
        "believed but unconfirmed (hedged forced medication: neither). 'That year' chained -> 2017; 'late 2019' -> 2019. "
        "Term, product and employment durations are not dates. Adviser Gareth Lloyd = other; the notes are "
        "impersonal third person.")
ORGS = ["LLOYD & PRICE MORTGAGE SERVICES"]
PERSONS = [
    P("p1", "Mirzat Kurban", ["KURBAN, Mirzat", "Kurban"], ["relative"], gender="male", birth_year=1985,
      rel=[("son", "p3"), ("husband", "p2"), ("father", "p5")],
      skip=["Mrs [[Kurban]] flew", "Mrs [[Kurban]]'s passport", "Mrs [[Kurban]] believes"]),
    P("p2", "Nadira Kurban", ["KURBAN, Nadira", "Kurban"], ["victim", "relative"], gender="female", birth_year=1988,
      rel=[("wife", "p1"), ("daughter", "p4"), ("mother", "p5")],
      viol=[("movement.passport_confiscation", "police kept Mrs Kurban's passport")],
      skip=["Mr [[Kurban]] has not"]),
    P("p3", "Kurban Yasin", ["Kurban Yasin"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("grandfather", "p5")],
      viol=[("detention.arbitrary_arrest", "Mr Kurban Yasin was detained"),
            ("detention.prison_sentence", "a court in Hotan gave him seven years")]),
    P("p4", "Buhelchem Tursun", ["Buhelchem Tursun"], ["victim", "relative"], gender="female",
      rel=[("mother", "p2"), ("grandmother", "p5")],
      viol=[("detention.internment_camp", "held in a \"training centre\""),
            ("detention.house_arrest", "she is not allowed to leave the building without the committee's permission"),
            ("surveillance.checkpoint", "a camera was fixed above her door")]),
    P("p5", "Elyar Kurban", ["Elyar Kurban"], ["relative"], gender="male", age=7,
      rel=[("son", "p1"), ("son", "p2"), ("grandson", "p3"), ("grandson", "p4")]),
    P("p6", "Gareth Lloyd", ["Gareth Lloyd", "G. Lloyd"], ["other"], gender="male"),
]
PLACES = [
    L("Birmingham", ["Birmingham"]),
    L("Small Heath", ["Small Heath"]),
    L("China", ["China"]),
    L("Hotan", ["Hotan"]),
    L("Urumqi", ["Urumqi"]),
    L("United Kingdom", ["UK"]),
]
DATES = [
    D("17/08/2022", "2022-08-17", "day"),
    D("05/05/1985", "1985-05-05", "day"),
    D("2015", "2015", "year"),
    D("19/12/1988", "1988-12-19", "day"),
    D("January 2019", "2019-01", "month"),
    D("most of [[2018]]", "2018", "year"),
    D("2012", "2012", "year"),
    D("Until [[2017]]", "2017", "year"),
    D("That year", "2017", "year"),
    D("in [[2018]] a court", "2018", "year"),
    D("May 2018", "2018-05", "month"),
    D("December 2017", "2017-12", "month"),
    D("five months later", "2018-10", "month"),
    D("late 2019", "2019", "year"),
]
EVENTS = [
    ("arrest", "p3", "2017"),
    ("detention", "p3", "2017"),
    ("sentencing", "p3", "2018"),
    ("return", "p2", "2018-05"),
    ("interrogation", "p2", "2018"),
    ("exit", "p2", "2018-10"),
    ("detention", "p4", "2017-12"),
    ("release", "p4", "2019"),
]
NEGATED = [("p4", "detention.prison_sentence", "Her mother was never sentenced")]
FORBIDDEN = []
