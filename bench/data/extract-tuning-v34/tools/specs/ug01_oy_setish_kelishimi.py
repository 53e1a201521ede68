FILE = "ug01_oy_setish_kelishimi.txt"
LANG = "ug"
DATE = "2025-04-14"
NOTE = ("Family house-sale agreement (öy sétish kélishimi) written before going to the land registry, Istanbul, "
        "Uyghur Arabic script (UEY, converted from tools/uly/ with uly2uey.py), full gold. Sellers are two brothers "
        "'Ablikim Éziz' and 'Nurmuhemmet Éziz' (Turkic naming: father Éziz Hajim), buyer their cousin 'Yalqun Ismayil', "
        "witness 'Gheyret Sabir'; signatures with initials 'A. Éziz', 'N. Éziz', 'Y. Ismayil', 'Gh. Sabir' are "
        "mentions. Mother Patemxan Haji died of illness in Istanbul 2023 (death event only). Sister Hürnisa: went to "
        "Ghulja summer 2017 (return, season with year = year), taken by the police 'Shu yili awghustta' (chained = "
        "2017-08) for praying (arrest+detention, arbitrary arrest + religious ban), whereabouts unknown "
        "(enforced disappearance), no letters or calls possible (incommunicado). Father: arrested 2018 (arrest+detention, "
        "arbitrary arrest), died in Aksu prison in the winter of 2020 (death 2020, death in custody; no sentence is "
        "stated, so no prison_sentence code). Nurmuhemmet left Urumqi for Turkey 2016 (exit), his passport 'was never "
        "taken' (negated). 'bügün' (today) = the agreement's date. The price, '3 copies' and the future payment are not "
        "annotated; the land registry ('tapu idarisi') is no place.")
ORGS = []
PERSONS = [
    P("p1", "Ablikim Éziz", ["Ablikim Éziz", "A. Éziz"], ["other", "relative"], gender="male",
      rel=[("brother", "p2"), ("brother", "p5"), ("son", "p4"), ("son", "p6"), ("cousin", "p3")]),
    P("p2", "Nurmuhemmet Éziz", ["Nurmuhemmet Éziz", "Nurmuhemmet", "N. Éziz"], ["other", "relative"], gender="male",
      rel=[("brother", "p1"), ("brother", "p5"), ("son", "p4"), ("son", "p6"), ("cousin", "p3")]),
    P("p3", "Yalqun Ismayil", ["Yalqun Ismayil", "Y. Ismayil"], ["other", "relative"], gender="male",
      rel=[("cousin", "p1"), ("cousin", "p2")]),
    P("p4", "Patemxan Haji", ["Patemxan Haji"], ["relative"], gender="female",
      rel=[("mother", "p1"), ("mother", "p2"), ("mother", "p5"), ("wife", "p6")]),
    P("p5", "Hürnisa Éziz", ["Hürnisa Éziz"], ["victim"], gender="female",
      rel=[("sister", "p1"), ("sister", "p2"), ("daughter", "p4"), ("daughter", "p6")],
      viol=[("detention.arbitrary_arrest", "saqchilar uni namaz oquydu dep tutup ketken"),
            ("culture.religious_ban", "namaz oquydu dep tutup ketken"),
            ("disappearance.enforced", "uning qeyerde ikenlikini bilmeymiz"),
            ("detention.incommunicado", "uninggha xet yazalmiduq, téléfon qilalmiduq")]),
    P("p6", "Éziz Hajim", ["Éziz Hajim"], ["victim"], gender="male",
      rel=[("father", "p1"), ("father", "p2"), ("father", "p5"), ("husband", "p4")],
      viol=[("detention.arbitrary_arrest", "2018-yili qolgha élinip"),
            ("death.in_custody", "Aqsu türmiside 2020-yili qishta wapat boldi")]),
    P("p7", "Gheyret Sabir", ["Gheyret Sabir", "Gh. Sabir"], ["witness"], gender="male"),
]
PLACES = [
    L("Istanbul", ["Istanbul", "Istanbulda"]),
    L("Zeytinburnu", ["Zeytinburnu"]),
    L("Ghulja", ["Ghuljigha"]),
    L("Aksu", ["Aqsu"]),
    L("Urumqi", ["Ürümchidin"]),
    L("Turkey", ["Türkiyege"]),
]
DATES = [
    D("2025-yili 14-aprél", "2025-04-14", "day"),
    D("2014-yili", "2014", "year"),
    D("2023-yili", "2023", "year"),
    D("bügün", "2025-04-14", "day"),
    D("2017-yili yazda", "2017", "year"),
    D("Shu yili awghustta", "2017-08", "month"),
    D("2018-yili", "2018", "year"),
    D("2020-yili qishta", "2020", "year"),
    D("2016-yili", "2016", "year"),
]
EVENTS = [
    ("death", "p4", "2023"),
    ("return", "p5", "2017"),
    ("arrest", "p5", "2017-08"),
    ("detention", "p5", "2017-08"),
    ("arrest", "p6", "2018"),
    ("detention", "p6", "2018"),
    ("death", "p6", "2020"),
    ("exit", "p2", "2016"),
]
NEGATED = [("p2", "movement.passport_confiscation", "uning pasporti héchqachan tartiwélinmighan")]
FORBIDDEN = []
