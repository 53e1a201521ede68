FILE = "en05_condolence_book.txt"
LANG = "en"
DATE = "2021-07-03"
NOTE = ("Online condolence book of a funeral-services site: page header with life dates '(1961–2021)' (two year dates), "
        "five entries each with author, place and date stamp. Relative days anchor on their own entry: 'on Saturday' in "
        "entry 1 (Mon 28 June 2021) -> 2021-06-26; 'on Monday' in entry 4 (Thu 1 July 2021) -> 2021-06-28. 'Vancouver "
        "General Hospital' and 'Fraser Valley Memorial Services' are orgs. The deceased Halima Nizamidin has her own "
        "surname; son Ilham Abdughopur <- husband Abdughopur Sawut. Halima: taken from her classroom because she had "
        "visited Turkey (arbitrary arrest), camp in Yopurgha county, released 'fourteen months later' -> 2018-06, left "
        "for Canada 2018 (exit), died of a stroke in hospital in 2021: death event, death in custody forbidden. Her "
        "cellmate Zumret Hajim's entry gives overcrowding, food cut, songs (both), and medicine refused (Zumret only). "
        "'nobody had beaten her' (neighbour's entry) = negated beating. The anonymous former student is not a person. The "
        "police summons of the husband because of the page, with a demand that the son delete it = family reprisal "
        "(husband) + transnational harassment (son). Passport kept since 2016. 'winter of 2017' -> 2017.")
ORGS = ["Vancouver General Hospital", "Fraser Valley Memorial Services"]
PERSONS = [
    P("p1", "Halima Nizamidin", ["Halima Nizamidin", "Halima"], ["victim"], gender="female", birth_year=1961, age=60,
      rel=[("mother", "p2"), ("wife", "p3")],
      viol=[("detention.arbitrary_arrest", "she was taken from her classroom, because she had once visited Turkey"),
            ("detention.internment_camp", "held in a camp in Yopurgha county"),
            ("detention.overcrowding", "thirty-five women in a room made for twelve"),
            ("ill_treatment.food_deprivation", "When they cut our bread to one steamed bun a day"),
            ("indoctrination.political", "we had to recite the rules and the Party's songs")]),
    P("p2", "Ilham Abdughopur", ["Ilham Abdughopur"], ["narrator", "relative", "victim"], gender="male",
      rel=[("son", "p1"), ("son", "p3")],
      viol=[("transnational.harassment", "told to make your son delete it")]),
    P("p3", "Abdughopur Sawut", ["Abdughopur Sawut"], ["relative", "victim"], gender="male",
      rel=[("husband", "p1"), ("father", "p2")],
      viol=[("movement.passport_confiscation", "the police in Kashgar have kept his passport since 2016"),
            ("family.reprisal", "Your husband was called to the police station on Monday because of this page")]),
    P("p4", "Zumret Hajim", ["Zumret Hajim"], ["witness", "victim"], gender="female",
      viol=[("detention.internment_camp", "slept on the same plank in the women's block at Yopurgha"),
            ("detention.overcrowding", "thirty-five women in a room made for twelve"),
            ("ill_treatment.food_deprivation", "When they cut our bread to one steamed bun a day"),
            ("ill_treatment.denied_medical_care", "they laughed and gave me nothing"),
            ("indoctrination.political", "we had to recite the rules and the Party's songs")]),
    P("p5", "Gwen Talbot", ["Gwen Talbot"], ["other", "witness"], gender="female"),
]
PLACES = [
    L("Vancouver", ["Vancouver"]),
    L("Yopurgha County", ["Yopurgha", "Yopurgha county"]),
    L("Kashgar", ["Kashgar"]),
    L("Turkey", ["Turkey"]),
    L("Canada", ["Canada"]),
    L("Almaty", ["Almaty"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Burnaby", ["Burnaby"]),
]
DATES = [
    D("[[1961]]–2021", "1961", "year"),
    D("1961–[[2021]]", "2021", "year"),
    D(("28 June 2021", 0), "2021-06-28", "day"),
    D(("28 June 2021", 1), "2021-06-28", "day"),
    D("24 June 2021", "2021-06-24", "day"),
    D("April 2017", "2017-04", "month"),
    D("fourteen months later", "2018-06", "month"),
    D("Canada in [[2018]]", "2018", "year"),
    D("since [[2016]]", "2016", "year"),
    D("held on [[Saturday]]", "2021-06-26", "day"),
    D("29 June 2021", "2021-06-29", "day"),
    D("winter of 2017", "2017", "year"),
    D("released in [[2019]]", "2019", "year"),
    D("30 June 2021", "2021-06-30", "day"),
    D("1 July 2021", "2021-07-01", "day"),
    D("station on [[Monday]]", "2021-06-28", "day"),
    D("3 July 2021", "2021-07-03", "day"),
]
EVENTS = [
    ("arrest", "p1", "2017-04"),
    ("detention", "p1", None),
    ("release", "p1", "2018-06"),
    ("exit", "p1", "2018"),
    ("death", "p1", "2021-06-24"),
    ("release", "p4", "2019"),
    ("exit", "p4", None),
]
NEGATED = [("p1", "torture.beating", "nobody had beaten her")]
FORBIDDEN = [("p1", "death.in_custody")]
