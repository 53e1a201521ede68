FILE = "en04_cycling_club_agm_minutes.txt"
LANG = "en"
DATE = "2022-11-19"
NOTE = ("Cycling club's AGM minutes, Calgary (present, numbered items, officers, AOB in the member's words, motion, "
        "signature). 'Obul Rehim Ride' is a label built on a name (not a mention); 'P. Raman' is the secretary's mention; "
        "officers and members acting only as such are other. Brothers share the father's name as surname (Kamil Rehim, Obul "
        "Rehim). Vanished after riding to a mosque, no office would say = arbitrary arrest + enforced disappearance; "
        "'closed-management' centre = camp; a released fellow detainee's account (moved to an Urumqi prison, chained at the "
        "ankles, one bowl of soup) is gold: transfer (undated), shackling, food deprivation; ten-year court notice = sentence "
        "(undated). Beating is hedged ('cannot confirm'): no code. Mother 'still has her passport and has never been asked to hand it in' (negated passport confiscation). Consulate "
        "offering only a one-way document and asking for names = transnational harassment. A race crash with a closed "
        "medical tent is not denied medical care in custody (forbidden). 'in August' -> 2022-08, 'Last month' -> 2022-10, "
        "'spring 2019' -> 2019.")
ORGS = ["BOW RIVER CYCLING CLUB", "Bowness Community Hall", "Mineral Springs Hospital", "Obul Rehim Ride"]
PERSONS = [
    P("p1", "Kamil Rehim", ["Kamil Rehim", "Kamil"], ["relative", "victim"], gender="male",
      rel=[("brother", "p2"), ("son", "p3")],
      viol=[("transnational.harassment", "an official told him he would get only a one-way travel document to Urumqi, and asked him for the names of other Uyghurs in the club")]),
    P("p2", "Obul Rehim", ["Obul Rehim", "Obul"], ["victim"], gender="male",
      rel=[("brother", "p1"), ("son", "p3")],
      viol=[("detention.arbitrary_arrest", "vanished in 2018 after riding with his team to a mosque outside the city"),
            ("disappearance.enforced", "for months no office would tell the family anything"),
            ("detention.internment_camp", "held in a \"closed-management\" centre in Lop County"),
            ("detention.shackling", "the inmates were chained at the ankles even while eating"),
            ("ill_treatment.food_deprivation", "they got one bowl of thin soup a day"),
            ("detention.prison_sentence", "ten years for \"gathering a crowd to disturb public order\"")]),
    P("p3", "Helchem Yasin", ["Helchem Yasin"], ["relative"], gender="female",
      rel=[("mother", "p1"), ("mother", "p2")]),
    P("p4", "Greg Tanaka", ["Greg Tanaka"], ["other"], gender="male"),
    P("p5", "Priya Raman", ["Priya Raman", "P. Raman"], ["other"], gender="female"),
    P("p6", "Lauren Mbeki", ["Lauren Mbeki"], ["other"], gender="female"),
    P("p7", "Dan Kowalczyk", ["Dan Kowalczyk"], ["other"], gender="male"),
]
PLACES = [
    L("Calgary", ["Calgary"]),
    L("Banff", ["Banff"]),
    L("Hotan", ["Hotan"]),
    L("Lop County", ["Lop County"]),
    L("Urumqi", ["Urumqi"]),
    L("Kazakhstan", ["Kazakhstan"]),
]
DATES = [
    D("19 November 2022", "2022-11-19", "day"),
    D("2021", "2021", "year"),
    D("in [[August]]", "2022-08", "month"),
    D("2018", "2018", "year"),
    D("spring 2019", "2019", "year"),
    D("Last month", "2022-10", "month"),
]
EVENTS = [
    ("arrest", "p2", "2018"),
    ("disappearance", "p2", "2018"),
    ("detention", "p2", "2018"),
    ("transfer", "p2", None),
    ("sentencing", "p2", None),
]
NEGATED = [("p3", "movement.passport_confiscation", "still has her passport and has never been asked to hand it in")]
FORBIDDEN = [("p1", "ill_treatment.denied_medical_care")]
