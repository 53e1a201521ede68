FILE = "en02_letter_to_mp.txt"
LANG = "en"
DATE = "2024-03-18"
NOTE = ("Constituent's letter to a UK Member of Parliament: sender's address and postcode (Bristol a place), addressee line "
        "'the Member of Parliament for Bristol North West' (not a person, constituency treated as part of the label), "
        "'Your ref: SC/2231' (not a date), FCDO, the Minister (unnamed), copy line to a community group (org). Signature in "
        "married name with 'née Serikqyzy' (both mentions of the narrator, daughter of Serik: Kazakh -qyzy/-uly naming; "
        "brother Daulet Serikuly). '2 February' and '26 February' resolve to 2024; 'Last Tuesday' -> 2024-03-12 (document "
        "date is a Monday). Father: taken without paper (arbitrary arrest), straight to an education centre (detention "
        "event carries the arrest month), sentenced for leading prayers, no insulin (denied medical care, reported by a "
        "named former cellmate). Transfer to Kuytun is a rumour (no event). Brother ('became a citizen of Kazakhstan in 2015' -> Kazakhstan): passport taken at the airport, "
        "could not leave for eight months. Mother 'was not detained' (negated) but threatened over her daughter's "
        "contacts with journalists (family reprisal); the narrator's embassy calls = transnational harassment.")
ORGS = ["the Member of Parliament for Bristol North West", "Foreign, Commonwealth and Development Office",
        "Kazakh Community Support Bristol"]
PERSONS = [
    P("p1", "Aigerim Holloway", ["Aigerim Holloway", "Serikqyzy"], ["narrator", "relative", "victim"], gender="female",
      rel=[("daughter", "p2"), ("daughter", "p5"), ("sister", "p4")],
      viol=[("transnational.harassment", "a man who said he worked at the Chinese embassy telephoned me at my office in Bristol and asked for the names of the other Kazakhs in our community group")]),
    P("p2", "Serik Tursynbekuly", ["Serik Tursynbekuly"], ["victim"], gender="male", ethnicity="Kazakh", age=71,
      rel=[("father", "p1"), ("father", "p4"), ("husband", "p5")],
      viol=[("detention.arbitrary_arrest", "Police took him from his house in May 2017 without showing any paper"),
            ("detention.internment_camp", "He was driven straight to a so-called education centre in Nilka town and kept there for fourteen months"),
            ("detention.prison_sentence", "a court in Ghulja sentenced him, in a closed hearing, to nine years"),
            ("ill_treatment.denied_medical_care", "who is diabetic, was given no insulin")]),
    P("p3", "Ermek Zhaksylyk", ["Ermek Zhaksylyk", "Zhaksylyk"], ["witness", "victim"], gender="male",
      viol=[("detention.prison_sentence", "served a three-year sentence in the same cell")]),
    P("p4", "Daulet Serikuly", ["Daulet Serikuly"], ["relative", "victim"], gender="male", citizenship=["Kazakhstan"],
      rel=[("son", "p2"), ("brother", "p1"), ("son", "p5")],
      viol=[("movement.passport_confiscation", "officers took his passport from him at the airport and he could not leave for eight months")]),
    P("p5", "Gulzhan Amanqyzy", ["Gulzhan Amanqyzy"], ["relative", "victim"], gender="female", age=68,
      rel=[("wife", "p2"), ("mother", "p1"), ("mother", "p4")],
      viol=[("family.reprisal", "they have told her that her husband's sentence \"could be shortened\" if her daughter in England stops talking to journalists")]),
]
PLACES = [
    L("Bristol", ["Bristol"]),
    L("Nilka County", ["Nilka"]),
    L("Ili Kazakh Autonomous Prefecture", ["Ili Kazakh Autonomous Prefecture"]),
    L("Yining", ["Ghulja"]),
    L("Kuytun", ["Kuytun"]),
    L("Almaty", ["Almaty"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Urumqi", ["Urumqi"]),
    L("England", ["England"]),
]
DATES = [
    D("18 March 2024", "2024-03-18", "day"),
    D("2 February", "2024-02-02", "day"),
    D("May 2017", "2017-05", "month"),
    D("July 2018", "2018-07", "month"),
    D("released in [[2022]]", "2022", "year"),
    D("Urumqi in [[2018]]", "2018", "year"),
    D("Kazakhstan in [[2015]]", "2015", "year"),
    D("26 February", "2024-02-26", "day"),
    D("Last Tuesday", "2024-03-12", "day"),
]
EVENTS = [
    ("arrest", "p2", "2017-05"),
    ("detention", "p2", "2017-05"),
    ("sentencing", "p2", "2018-07"),
    ("sentencing", "p3", None),
    ("release", "p3", "2022"),
]
NEGATED = [("p5", "detention.arbitrary_arrest", "was not detained")]
FORBIDDEN = [("p5", "detention.internment_camp")]
