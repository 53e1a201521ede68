FILE = "en02_port_chaplain_visit.txt"
LANG = "en"
DATE = "2024-05-22"
NOTE = ("Seafarers' welfare centre ship-visit report: ship name containing a toponym (MV ALTAY TRADER: not a place), IMO number, "
        "visit number, quay number and clock times (not dates); crew nationality counts (no persons); chaplain's initials 'J.V.' "
        "(not a person). Named master and cook act only as such (role other); rank abbreviations AB/OS before names. Kazakh "
        "naming: Daulet Serikbayuly <- Serikbay Amanuly; mother keeps her own surname (Gulsara Tokhtarova). Mother: taken to a "
        "'training school' after a phone check (arbitrary arrest + digital surveillance + camp), Chinese songs before meals, "
        "festival date 'Nauryz holiday of 2020' -> 2020-03. Father 'was not taken to the school' (negated camp) but made to sign "
        "a paper about his son and threatened with his pension (forced signature + family reprisal). 'Officer Ma' of the Nilka "
        "police: official, surname only; voice message to the seafarer abroad = transnational.harassment; 'Last week' -> "
        "2024-05. 'nobody from the company or on board has put pressure on him' is not a denial of the harassment. Second "
        "rating: no trouble (other, no codes). 'July 2024' is after the document date: not annotated. Panama (flag), Santos, "
        "Gibraltar are places."
        " One bun and thin soup a day (food deprivation); IUD fitted before release without asking (forced contraception).")
ORGS = ["MV ALTAY TRADER", "PORT OF ANTWERP SEAFARERS' WELFARE CENTRE"]
PERSONS = [
    P("p1", "Oleksandr Hrytsenko", ["Oleksandr Hrytsenko"], ["other"], gender="male"),
    P("p2", "Rodel Manalo", ["Rodel Manalo"], ["other"], gender="male"),
    P("p3", "Daulet Serikbayuly", ["Daulet Serikbayuly", "Daulet"], ["witness", "relative", "victim"], gender="male", age=34,
      citizenship=["Kazakhstan"], rel=[("son", "p4"), ("son", "p5")],
      viol=[("transnational.harassment", "Daulet received a WeChat voice message from a man who called himself Officer Ma of the Nilka police")]),
    P("p4", "Gulsara Tokhtarova", ["Gulsara Tokhtarova"], ["victim", "relative"], gender="female", rel=[("mother", "p3"), ("wife", "p5")],
      viol=[("detention.arbitrary_arrest", "after the village police checked her phone and found a Quran app on it"),
            ("surveillance.digital", "the village police checked her phone and found a Quran app on it"),
            ("detention.internment_camp", "was taken to a \"training school\" in Nilka in November 2018"),
            ("indoctrination.political", "had to sing Chinese songs before every meal"),
            ("ill_treatment.food_deprivation", "They got one steamed bun and a bowl of thin soup a day"),
            ("reproductive.forced_contraception", "a doctor fitted her with an IUD without asking her")]),
    P("p5", "Serikbay Amanuly", ["Serikbay Amanuly"], ["relative", "victim"], gender="male", age=71,
      rel=[("father", "p3"), ("husband", "p4")],
      viol=[("coercion.forced_confession", "made to sign a paper stating that his son abroad is \"politically unreliable\""),
            ("family.reprisal", "he has been told he will lose his pension if Daulet does not come home")]),
    P("p6", "Ma", ["Ma"], ["official", "perpetrator"], gender="male"),
    P("p7", "Yersin Bolatov", ["Yersin Bolatov"], ["other"], gender="male", age=22),
]
PLACES = [
    L("Antwerp", ["Antwerp"]),
    L("Panama", ["Panama"]),
    L("Santos", ["Santos"]),
    L("Aktau", ["Aktau"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Nilka County", ["Nilka county", "Nilka"]),
    L("Ili Kazakh Autonomous Prefecture", ["Ili"]),
    L("Gibraltar", ["Gibraltar"]),
]
DATES = [
    D(("22 May 2024", 0), "2024-05-22", "day"),
    D("November 2018", "2018-11", "month"),
    D("Nauryz holiday of 2020", "2020-03", "month"),
    D("Last week", "2024-05", "month"),
    D(("22 May 2024", 1), "2024-05-22", "day"),
]
EVENTS = [
    ("arrest", "p4", "2018-11"),
    ("detention", "p4", "2018-11"),
    ("release", "p4", "2020-03"),
]
NEGATED = [("p5", "detention.internment_camp", "was not taken to the school")]
FORBIDDEN = [("p7", "family.reprisal")]
