FILE = "en03_classifieds_listing.txt"
LANG = "en"
DATE = "2023-08-19"
NOTE = ("Online classifieds listing (breadcrumb, price, ad ID 1703394417, views, seller handle 'dilnaz_s88' which is not "
        "a name, measurements, 'member since 2016' is a date). Narrator (seller) unnamed: not a person. Orgs/facilities: "
        "'Kennedy Station', 'Scarborough Heritage Collective' (contains a place name), 'Kashgar detention centre' "
        "(facility; the Kashgar inside it is not a mention). Three-generation Uyghur family with own names: grandmother "
        "Rabiye Hamut, her daughters Gulnisa and Nurgul Hamut; Erkin Abdukerim is Gulnisa's son ('Gulnisa's son' gives "
        "a second mention 'Gulnisa'). Erkin: checkpoint face scan (surveillance.checkpoint), phone app (digital), "
        "pretrial detention, night interrogation without sleep (sleep deprivation), beating, prison sentence 2019. "
        "His wife Zulpiye Nasir 'was not arrested' (negated) but an IUD without consent (forced contraception, positive "
        "control). 'Last year' -> 2022: consulate calls to the mother (transnational harassment). Volunteer role other.")
ORGS = ["Kennedy Station", "Scarborough Heritage Collective", "Kashgar detention centre"]
PERSONS = [
    P("p1", "Rabiye Hamut", ["Rabiye Hamut"], ["relative"], gender="female", rel=[("mother", "p2"), ("mother", "p5")]),
    P("p2", "Gulnisa Hamut", ["Gulnisa Hamut", "Gulnisa"], ["relative"], gender="female",
      rel=[("mother", "p3"), ("daughter", "p1"), ("sister", "p5")]),
    P("p3", "Erkin Abdukerim", ["Erkin Abdukerim"], ["victim", "relative"], gender="male",
      rel=[("son", "p2"), ("husband", "p4"), ("nephew", "p5")],
      viol=[("surveillance.checkpoint", "stopped him at a checkpoint, scanned his face"),
            ("surveillance.digital", "found WhatsApp on his phone"),
            ("detention.pretrial", "held for eight months in the Kashgar detention centre"),
            ("torture.sleep_deprivation", "interrogated at night without sleep"),
            ("torture.beating", "without sleep and beaten"),
            ("detention.prison_sentence", "a court gave him twelve years for \"separatism\"")]),
    P("p4", "Zulpiye Nasir", ["Zulpiye Nasir"], ["victim", "relative"], gender="female", rel=[("wife", "p3")],
      viol=[("reproductive.forced_contraception", "she was fitted with an IUD after their second child, without asking her")]),
    P("p5", "Nurgul Hamut", ["Nurgul Hamut"], ["victim", "relative"], gender="female",
      rel=[("daughter", "p1"), ("sister", "p2"), ("aunt", "p3")],
      viol=[("transnational.harassment", "called her twice about her nephew's \"case\" and told her to stop talking to reporters")]),
    P("p6", "Mark D'Souza", ["Mark D'Souza"], ["other"], gender="male"),
]
PLACES = [
    L("Toronto", ["Toronto"]),
    L("Scarborough", ["Scarborough"]),
    L("Kashgar", ["Kashgar"]),
    L("Hotan", ["Khotan"]),
    L("Canada", ["Canada"]),
]
DATES = [
    D("2023-08-19", "2023-08-19", "day"),
    D("2016", "2016", "year"),
    D("1998", "1998", "year"),
    D("March 2018", "2018-03", "month"),
    D("2019", "2019", "year"),
    D("Last year", "2022", "year"),
]
EVENTS = [
    ("arrest", "p3", "2018-03"),
    ("detention", "p3", "2018-03"),
    ("interrogation", "p3", None),
    ("sentencing", "p3", "2019"),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "not arrested")]
FORBIDDEN = [("p5", "detention.arbitrary_arrest")]
