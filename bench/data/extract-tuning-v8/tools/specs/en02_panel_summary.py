FILE = "en02_panel_summary.txt"
LANG = "en"
DATE = "2025-10-27"
NOTE = ("Conference rapporteur's summary of a panel: the chair (Prof. Ingrid Solheim) and the rapporteur are credits, not persons "
        "(v6 convention for moderators); panel title and conference name not persons. '22-23 October 2025' gives two day dates. "
        "Kazakh naming: Bauyrzhan Tolegenuly ('Mr Tolegenuly'), mother Kulyash Amanova with her own surname; facility name 'Tekes "
        "County Vocational Skills Education and Training Centre' contains a place mention; Tekes county = Tekesi. Language ban, "
        "injections (forced medication), confinement to the courtyard after release (house arrest); 'never been before a court' "
        "negates prison sentence. Forced abortion + IUD for Patigul Nurmemet ('Ms Nurmemet'); 'Two weeks afterwards' after a season "
        "-> year. Husband Tahir Qadir: whereabouts unknown (incommunicado + disappearance). Bamboo slivers under fingernails = nail "
        "torture (Serik Mukhametzhanov), never charged; the electric baton 'not used on him', only switched on beside his ear (negated electric shock); 'the next spring' -> 2020. Lawyer Zhibek Nurlanovna and demographer Dr "
        "Mukerrem Hapiz are named speakers (role other). Background 'thousands of families' and an unconfirmed question about "
        "deaths not gold. Clock time 17:40 not a date.")
ORGS = []
PERSONS = [
    P("p1", "Bauyrzhan Tolegenuly", ["Bauyrzhan Tolegenuly", "Tolegenuly"], ["witness", "relative"], gender="male",
      ethnicity="Kazakh", rel=[("son", "p2")]),
    P("p2", "Kulyash Amanova", ["Kulyash Amanova"], ["victim"], gender="female", birth_year=1951,
      rel=[("mother", "p1")],
      viol=[("detention.arbitrary_arrest", "two auxiliary police and a township cadre came to her house and drove her away in her slippers"),
            ("detention.internment_camp", "she was kept in what the sign called the Tekes County Vocational Skills Education and Training Centre"),
            ("culture.language_ban", "she was told to stop speaking Kazakh to the women in her room"),
            ("medical.forced_medication", "a nurse injected her every two weeks with something that \"made her forget the names of her grandchildren\""),
            ("detention.house_arrest", "now lives under watch in her own courtyard: she may not go past the gate without a cadre's permission")]),
    P("p3", "Mukerrem Hapiz", ["Mukerrem Hapiz", "Hapiz"], ["other"], gender=None),
    P("p4", "Patigul Nurmemet", ["Patigul Nurmemet", "Nurmemet"], ["victim"], gender="female", age=31,
      rel=[("wife", "p5")],
      viol=[("reproductive.forced_abortion", "village officials escorted her to the township clinic, where the pregnancy was ended over her protests"),
            ("reproductive.forced_contraception", "Two weeks afterwards an IUD was inserted")]),
    P("p5", "Tahir Qadir", ["Tahir Qadir"], ["victim"], gender="male", rel=[("husband", "p4")],
      viol=[("detention.incommunicado", "his whereabouts remain unknown to the family"),
            ("disappearance.enforced", "was detained the same autumn; his whereabouts remain unknown to the family")]),
    P("p6", "Zhibek Nurlanovna", ["Zhibek Nurlanovna"], ["other"], gender="female"),
    P("p7", "Serik Mukhametzhanov", ["Serik Mukhametzhanov"], ["victim"], gender="male",
      viol=[("detention.arbitrary_arrest", "He was never formally charged"),
            ("detention.pretrial", "In the Yining detention centre"),
            ("torture.nail_torture", "guards forced bamboo slivers under two of his fingernails")]),
]
PLACES = [
    L("Vilnius", ["Vilnius"]),
    L("Xinjiang", ["Xinjiang Uyghur Autonomous Region"]),
    L("Tekes County", ["Tekes county", "Tekesi", "Tekes County"]),
    L("Ili Kazakh Autonomous Prefecture", ["Ili"]),
    L("Almaty", ["Almaty"]),
    L("Karakax County", ["Qaraqash county", "Moyu", "Qaraqash"]),
    L("Hotan Prefecture", ["Hotan prefecture"]),
    L("Khorgos", ["Khorgos"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Yining", ["Yining"]),
    L("Istanbul", ["Istanbul"]),
]
DATES = [
    D("Vilnius, [[22]]-23", "2025-10-22", "day"),
    D("22-[[23 October 2025]]", "2025-10-23", "day"),
    D("born in [[1951]]", "1951", "year"),
    D("the early hours of 9 February 2018", "2018-02-09", "day"),
    D("January 2019", "2019-01", "month"),
    D("the summer of 2017", "2017", "year"),
    D("Two weeks afterwards", "2017", "year"),
    D("the same autumn", "2017", "year"),
    D("3 May 2019", "2019-05-03", "day"),
    D("the next spring", "2020", "year"),
]
EVENTS = [
    ("arrest", "p2", "2018-02-09"),
    ("detention", "p2", "2018-02-09"),
    ("release", "p2", "2019-01"),
    ("arrest", "p5", "2017"),
    ("disappearance", "p5", None),
    ("arrest", "p7", "2019-05-03"),
    ("detention", "p7", "2019-05-03"),
    ("interrogation", "p7", None),
    ("release", "p7", "2020"),
    ("exit", "p7", "2020"),
]
NEGATED = [("p2", "detention.prison_sentence", "she herself has never been before a court"),
           ("p7", "torture.electric_shock", "The guards did not use the electric baton on him")]
FORBIDDEN = [("p1", "detention.arbitrary_arrest"), ("p4", "detention.arbitrary_arrest"), ("p7", "death.in_custody")]
