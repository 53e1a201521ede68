FILE = "fr02_convention_pret_musee.txt"
LANG = "fr"
DATE = "2023-05-30"
NOTE = ("Amendment to a museum's object-loan agreement (lender 'Mme Zulpiye MEMTIMIN', articles, new label text "
        "written by the lender, signatures). Mother 'Aminem Tohti' left with her in 2015 (exit of both), went back to "
        "Khotan in January 2017 (return), passport confiscated 'Le mois suivant' (-> 2017-02), taken to a "
        "re-education camp in April 2017, made to learn Chinese and give up prayer, released 2019, unpaid sewing "
        "workshop since (forced labour), cannot join her daughter (family separation); 'n'a jamais été condamnée' "
        "negated prison sentence. Grandmother 'Rabiye Ablikim' died at home in 2018 (death event; she was never "
        "detained: death.in_custody forbidden). 'Z. M.' initials alone are not a person. '31 août 2023' is after the "
        "document date; 'vers 1960' -> 1960; 'N° 2' not a date.")
ORGS = ["Musée d'ethnographie de Genève", "MEG", "Fils de la route", "département Asie"]
PERSONS = [
    P("p1", "Zulpiye Memtimin", ["Zulpiye MEMTIMIN", "Zulpiye Memtimin"], ["narrator", "relative"], gender="female",
      rel=[("daughter", "p3"), ("granddaughter", "p2")]),
    P("p2", "Rabiye Ablikim", ["Rabiye Ablikim"], ["relative"], gender="female",
      rel=[("grandmother", "p1"), ("mother", "p3")]),
    P("p3", "Aminem Tohti", ["Aminem Tohti"], ["victim", "relative"], gender="female",
      rel=[("mother", "p1"), ("daughter", "p2")],
      viol=[("movement.passport_confiscation", "on lui a confisqué son passeport"),
            ("detention.arbitrary_arrest", "elle a été emmenée sans explication"),
            ("detention.internment_camp", "un camp de rééducation"),
            ("indoctrination.political", "elle a dû apprendre le chinois"),
            ("culture.religious_ban", "renoncer à la prière"),
            ("labour.forced_labour", "travaille depuis, sans salaire, dans un atelier de couture"),
            ("family.separation", "Elle n'a pas pu me rejoindre à Lausanne")]),
    P("p4", "Olivier Rochat", ["Olivier Rochat"], ["other"], gender="male"),
]
PLACES = [
    L("Lausanne", ["Lausanne"]),
    L("Khotan", ["Khotan"]),
    L("Switzerland", ["Suisse"]),
    L("Geneva", ["Genève"]),
]
DATES = [
    D("1960", "1960", "year"),
    D("en [[2015]]", "2015", "year"),
    D("janvier 2017", "2017-01", "month"),
    D("Le mois suivant", "2017-02", "month"),
    D("avril 2017", "2017-04", "month"),
    D("en [[2018]]", "2018", "year"),
    D("en [[2019]]", "2019", "year"),
    D("30 mai 2023", "2023-05-30", "day"),
]
EVENTS = [
    ("exit", "p1", "2015"),
    ("exit", "p3", "2015"),
    ("return", "p3", "2017-01"),
    ("arrest", "p3", "2017-04"),
    ("detention", "p3", "2017-04"),
    ("death", "p2", "2018"),
    ("release", "p3", "2019"),
]
NEGATED = [("p3", "detention.prison_sentence", "Elle n'a jamais été condamnée par un tribunal")]
FORBIDDEN = [("p2", "death.in_custody")]
