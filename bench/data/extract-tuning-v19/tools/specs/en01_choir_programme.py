FILE = "en01_choir_programme.txt"
LANG = "en"
DATE = "2025-11-22"
NOTE = ("Community choir's concert programme notes. Conductor and pianist are credits (not persons); the fund in the collection "
        "line is an organisation (no place inside). The arranger/soloist credit 'Peride Ubulqasim' is a mention of the person the "
        "note is about. Father Ubulqasim Niyaz <- daughter Peride Ubulqasim, bare 'Ubulqasim' = the father, 'Mr Niyaz' -> 'Niyaz'. "
        "Toksu = Xinhe (county town). Taken from school straight to a 'study centre' -> arrest + detention 2018-03; 'Two months "
        "later' -> 2018-05 transfer. Mother 'was never held' negated. Brother's factory work in Anhui he could not leave = forced "
        "labour (no event); the cousin's claim he married there is a rumour. Police caller threatening the father's pension = "
        "harassment of Peride abroad + reprisal on the father. 'British citizen' -> United Kingdom. The founder's life dates "
        "(1941-2024) give two dates and a birth year; she is no part of the case (role other, no event). Clock time not a date.")
ORGS = ["Yorkshire Sanctuary Music Fund"]
PERSONS = [
    P("p1", "Peride Ubulqasim", ["Peride Ubulqasim", "Peride"], ["witness", "relative", "victim"], gender="female",
      citizenship=["United Kingdom"], rel=[("daughter", "p2"), ("daughter", "p3"), ("sister", "p4")],
      viol=[("transnational.harassment", "a caller who said he was from the Toksu police asked her which concerts she sings at")]),
    P("p2", "Ubulqasim Niyaz", ["Ubulqasim Niyaz", "Niyaz", "Ubulqasim"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("father", "p4")],
      viol=[("detention.arbitrary_arrest", "after someone reported that he had played at a wedding in Almaty"),
            ("detention.internment_camp", "was taken from the school to what the neighbours called a \"study centre\""),
            ("indoctrination.political", "made to sing songs praising the Party"),
            ("ill_treatment.denied_medical_care", "a cough that, he later told his daughter, nobody there had ever treated"),
            ("family.reprisal", "told her that Ubulqasim's pension depended on her being \"sensible\"")]),
    P("p3", "Zohre Tahir", ["Zohre Tahir"], ["relative"], gender="female", rel=[("mother", "p1"), ("mother", "p4")]),
    P("p4", "Abdusalam", ["Abdusalam", "Salam"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p2"), ("son", "p3")],
      viol=[("labour.forced_labour", "sent with forty other young men from their township to a shoe factory in Anhui in 2019 and could not leave it")]),
    P("p5", "Margaret Ilsley", ["Margaret Ilsley"], ["other"], gender="female", birth_year=1941),
]
PLACES = [
    L("Leeds", ["Leeds"]),
    L("Toksu (Xinhe County)", ["Toksu", "Xinhe"]),
    L("Aksu Prefecture", ["Aksu prefecture"]),
    L("Almaty", ["Almaty"]),
    L("Aksu city", ["Aksu city"]),
    L("Anhui", ["Anhui"]),
    L("Ürümqi", ["Ürümqi"]),
    L("Manchester", ["Manchester"]),
]
DATES = [
    D("22 November 2025", "2025-11-22", "day"),
    D("since [[2021]]", "2021", "year"),
    D("March 2018", "2018-03", "month"),
    D("Two months later", "2018-05", "month"),
    D("January 2020", "2020-01", "month"),
    D("Anhui in [[2019]]", "2019", "year"),
    D("Ürümqi in [[2016]]", "2016", "year"),
    D("citizen [[last year]]", "2024", "year"),
    D("June this year", "2025-06", "month"),
    D("Last month", "2025-10", "month"),
    D("1941", "1941", "year"),
    D("1941–[[2024]]", "2024", "year"),
]
EVENTS = [
    ("arrest", "p2", "2018-03"),
    ("detention", "p2", "2018-03"),
    ("transfer", "p2", "2018-05"),
    ("release", "p2", "2020-01"),
    ("exit", "p1", "2016"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "was never held")]
FORBIDDEN = [("p3", "detention.internment_camp")]
