FILE = "en03_family_tree_note.txt"
LANG = "en"
DATE = "2024-02-14"
NOTE = ("Family-tree note by a named compiler (narrator): the naming rule is explained (Hakim Sopi -> Kerim Hakim -> Nadira "
        "Kerim; Abdulla Qasim -> Ayshem Abdulla); the header 'THE HAKIM LINE' is no mention; a one-name grandmother "
        "(Aynisa); capitals of ID-card/court pinyin (KEREMU HAKEMU, NAISIERULA HAKEMU); life-date ranges '(1931-2009)' give "
        "two dates each; '(1962?)' is a stated (uncertain) birth year; 'Just after Nowruz 2018' -> 2018-03; 'the summer "
        "before last' -> 2022; 'two months ago' -> 2023-12. Pichan county vs Pichan town, Turpan prefecture vs Turpan city "
        "are distinguished. Face scans at the village checkpoint after release = surveillance.checkpoint. Deaths at home (death.in_custody forbidden); aunt not detained (negated); the prison in "
        "Ürümchi is unconfirmed (not gold); a threat about the father is not coded for him.")
ORGS = ["Turpan Intermediate People's Court"]
PERSONS = [
    P("p1", "Nadira Kerim", ["Nadira Kerim"], ["narrator", "relative"], gender="female", birth_year=1989,
      citizenship=["Netherlands"],
      rel=[("daughter", "p3"), ("granddaughter", "p2"), ("granddaughter", "p8"), ("niece", "p4"), ("niece", "p5"),
           ("sister", "p6")]),
    P("p2", "Hakim Sopi", ["Hakim Sopi", "Hakim"], ["relative"], gender="male", birth_year=1931,
      rel=[("husband", "p8"), ("father", "p3"), ("father", "p4"), ("father", "p5"), ("grandfather", "p1")]),
    P("p8", "Aynisa", ["Aynisa"], ["relative"], gender="female", birth_year=1936, age=84,
      rel=[("wife", "p2"), ("mother", "p3"), ("mother", "p4"), ("mother", "p5"), ("grandmother", "p1")]),
    P("p3", "Kerim Hakim", ["Kerim Hakim", "KEREMU HAKEMU"], ["victim", "relative"], gender="male", birth_year=1958, age=65,
      rel=[("father", "p1"), ("father", "p6"), ("son", "p2"), ("son", "p8"), ("brother", "p4"), ("brother", "p5")],
      viol=[("detention.arbitrary_arrest", "he was summoned to the township office \"to sign a paper\" and did not come back"),
            ("detention.internment_camp", "he had been taken to the camp outside Pichan town"),
            ("labour.forced_labour", "he was put to work at a raisin cooperative for no wages"),
            ("surveillance.checkpoint", "at the checkpoint by the village gate his face was scanned every time he passed"),
            ("detention.house_arrest", "he had to report to the village office every Monday and was not allowed to leave Lükchün")]),
    P("p4", "Tursungul Hakim", ["Tursungul Hakim", "Tursungul"], ["relative"], gender="female", birth_year=1962,
      rel=[("daughter", "p2"), ("daughter", "p8"), ("sister", "p3"), ("sister", "p5"), ("wife", "p7"), ("mother", "p9"),
           ("aunt", "p1")]),
    P("p5", "Nesrulla Hakim", ["Nesrulla Hakim", "NAISIERULA HAKEMU", "Nesrulla"], ["victim", "relative"], gender="male",
      birth_year=1966,
      rel=[("son", "p2"), ("son", "p8"), ("brother", "p3"), ("brother", "p4"), ("uncle", "p1")],
      viol=[("culture.religious_ban", "imam of the Lükchün mosque until it was closed"),
            ("detention.prison_sentence", "sentenced him to seventeen years")]),
    P("p6", "Bilal Kerim", ["Bilal Kerim"], ["relative", "victim"], gender="male", birth_year=1993,
      rel=[("son", "p3"), ("brother", "p1")],
      viol=[("transnational.harassment", "a police officer from Pichan county rang him on WeChat and told him to come home")]),
    P("p7", "Abdulla Qasim", ["Abdulla Qasim", "Abdulla"], ["relative"], gender="male",
      rel=[("husband", "p4"), ("father", "p9")]),
    P("p9", "Ayshem Abdulla", ["Ayshem Abdulla"], ["victim", "relative"], gender="female", birth_year=1991,
      rel=[("daughter", "p4"), ("daughter", "p7"), ("wife", "p10")],
      viol=[("reproductive.forced_contraception", "the township clinic put a coil in her after the birth of her second child; she told my aunt she had said no")]),
    P("p10", "Rozimemet Abliz", ["Rozimemet Abliz"], ["victim", "relative"], gender="male",
      rel=[("husband", "p9")],
      viol=[("detention.internment_camp", "was taken for \"re-education\" in 2017 and came back a year later")]),
]
PLACES = [
    L("Lükchün Township", ["LÜKCHÜN", "Lükchün township", "Lükchün"]),
    L("Leiden", ["Leiden"]),
    L("Pichan County", ["Pichan county", "Shanshan"]),
    L("Turpan Prefecture", ["Turpan prefecture"]),
    L("Pichan", ["Pichan town"]),
    L("Turpan", ["Turpan city"]),
    L("Ürümchi", ["Ürümchi"]),
    L("Netherlands", ["Netherlands"]),
    L("Istanbul", ["Istanbul"]),
]
DATES = [
    D("14 February 2024", "2024-02-14", "day"),
    D("[[1931]]-2009", "1931", "year"),
    D("1931-[[2009]]", "2009", "year"),
    D("[[1936]]-2020", "1936", "year"),
    D("1936-[[2020]]", "2020", "year"),
    D("the winter of 2020", "2020", "year"),
    D("born [[1958]]", "1958", "year"),
    D("Just after Nowruz 2018", "2018-03", "month"),
    D("towards the end of 2019", "2019", "year"),
    D("the summer before last", "2022", "year"),
    D("[[1962]]?", "1962", "year"),
    D("born [[1966]]", "1966", "year"),
    D("June 2017", "2017-06", "month"),
    D("born [[1989]]", "1989", "year"),
    D("since [[2012]]", "2012", "year"),
    D("citizen since [[2019]]", "2019", "year"),
    D("born [[1993]]", "1993", "year"),
    D("In [[2018]] and again", "2018", "year"),
    D("two months ago", "2023-12", "month"),
    D("born [[1991]]", "1991", "year"),
    D("In [[2019]] the township", "2019", "year"),
    D("re-education\" in [[2017]]", "2017", "year"),
    D("a year later", "2018", "year"),
    D("their men in [[2017]] and 2018", "2017", "year"),
    D("their men in 2017 and [[2018]]", "2018", "year"),
]
EVENTS = [
    ("death", "p2", "2009"),
    ("death", "p8", "2020"),
    ("arrest", "p3", "2018-03"),
    ("detention", "p3", "2018-03"),
    ("release", "p3", "2019"),
    ("arrest", "p5", "2017-06"),
    ("sentencing", "p5", None),
    ("arrest", "p10", "2017"),
    ("detention", "p10", "2017"),
    ("release", "p10", "2018"),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "Not detained"),
           ("p8", "detention.arbitrary_arrest", "She was never taken anywhere")]
FORBIDDEN = [("p8", "death.in_custody"), ("p2", "death.in_custody"), ("p4", "detention.internment_camp"),
             ("p3", "family.reprisal"), ("p6", "detention.arbitrary_arrest"), ("p1", "transnational.harassment"),
             ("p7", "detention.arbitrary_arrest")]
