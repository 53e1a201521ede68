FILE = "fr01_bilan_orthophonique.txt"
LANG = "fr"
DATE = "2024-02-27"
NOTE = ("Speech therapist's initial assessment (bilan orthophonique): practice header with address, act code AMO 30, "
        "ADELI number, '7 ans 5 mois', CE1, session counts (not dates/persons); 'Nouveau bilan dans six mois' is future. "
        "Orgs: 'Cabinet d'orthophonie des Brotteaux', 'rue Tronchet', 'CMP'. Name forms: capitals 'Ilyas ABDUREHIM' "
        "(child's surname = father's given name), 'Mme Gülzar Memtimin' / 'Mme Memtimin', 'M. Abdurehim Tursun' / "
        "'M. Tursun' vs grandfather 'Tursun Niyaz'; 'Dr Élise Garnier' / 'Dr Garnier'; surname-only teacher 'Mme Lefort'; "
        "therapist writes in the third person (role other). Child: boarding kindergarten where Uyghur was forbidden "
        "(language ban), more than a year without seeing his parents (family separation). Father: arrested at home at night "
        "(arbitrary arrest), 'transformation par l'éducation' camp; 'l'année suivante' -> 2020 release. Mother 'n'a pas "
        "été internée' (negated) but IUD by force 2018 (forced contraception). Grandfather hedged ('serait', 'rien de "
        "sûr'): no code, no event.")
ORGS = ["Cabinet d'orthophonie des Brotteaux", "rue Tronchet"]
PERSONS = [
    P("p1", "Ilyas Abdurehim", ["Ilyas ABDUREHIM", "Ilyas"], ["victim", "relative"], gender="male", birth_year=2016, age=7,
      rel=[("son", "p2"), ("son", "p3"), ("grandson", "p4")],
      viol=[("culture.language_ban", "il était interdit de parler ouïghour"),
            ("family.separation", "Il y\nest resté plus d'un an, sans voir ses parents")]),
    P("p2", "Gülzar Memtimin", ["Gülzar Memtimin", "Memtimin"], ["witness", "relative", "victim"], gender="female",
      rel=[("mother", "p1"), ("wife", "p3")],
      viol=[("reproductive.forced_contraception", "on lui a posé un stérilet de force en 2018")]),
    P("p3", "Abdurehim Tursun", ["Abdurehim Tursun", "Tursun"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("husband", "p2"), ("son", "p4")],
      viol=[("detention.arbitrary_arrest", "arrêté chez lui une nuit d'août 2019"),
            ("detention.internment_camp", "envoyé dans un camp de\n« transformation par l'éducation » à Karakax")]),
    P("p4", "Tursun Niyaz", ["Tursun Niyaz"], ["relative"], gender="male", rel=[("father", "p3"), ("grandfather", "p1")]),
    P("p5", "Élise Garnier", ["Élise Garnier", "Garnier"], ["other"], gender="female"),
    P("p6", "Camille Vasseur", ["Camille Vasseur"], ["other"], gender="female"),
    P("p7", "Lefort", ["Lefort"], ["other"], gender="female"),
]
PLACES = [
    L("Lyon", ["Lyon"]),
    L("Hotan", ["Hotan"]),
    L("Karakax", ["Karakax"]),
    L("China", ["Chine"]),
    L("France", ["France"]),
    L("Kazakhstan", ["Kazakhstan"]),
]
DATES = [
    D("2 février 2024", "2024-02-02", "day"),
    D("17 septembre 2016", "2016-09-17", "day"),
    D("27 février 2024", "2024-02-27", "day"),
    D("septembre 2019", "2019-09", "month"),
    D("août 2019", "2019-08", "month"),
    D("l'année suivante", "2020", "year"),
    D("2021", "2021", "year"),
    D("de force en [[2018]]", "2018", "year"),
]
EVENTS = [
    ("arrest", "p3", "2019-08"),
    ("detention", "p3", "2019-08"),
    ("release", "p3", "2020"),
    ("exit", "p1", "2021"),
    ("exit", "p2", "2021"),
    ("exit", "p3", "2021"),
]
NEGATED = [("p2", "detention.internment_camp", "n'a pas été internée")]
FORBIDDEN = [("p4", "detention.arbitrary_arrest"), ("p4", "detention.internment_camp")]
