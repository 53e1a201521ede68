FILE = "fr02_contestation_dommages.txt"
LANG = "fr"
DATE = "2022-09-30"
NOTE = ("Car-rental damage-invoice dispute form (contract header, locataire 'EMET Hurshida' in « NOM Prénom » order, vehicle "
        "fields, renter's statement, signature, claims department's decision). 'LOCAZUR', the agency names 'Lyon Part-Dieu' and "
        "'consulat général de Chine' are organisations; the number plate and contract number are not dates. Consulate agent "
        "making passport renewal depend on naming Uyghurs in Lyon and going back to 'explain' herself = transnational harassment "
        "of the renter; being kept two hours at the consulate is not an arrest (arbitrary arrest forbidden, not negated). "
        "Father 'Emet Hoshur' (her surname is his given name) 'emmené en mai 2018' = arbitrary arrest (arrest + detention "
        "2018-05), 'centre de « formation » à Korla' = internment camp; one video call, shaved head: not coded. Sister 'Zulpiye' "
        "sent to a garment factory in Anhui and not allowed home before her 'contract' ends = forced labour (no event). Mother "
        "'Rabiye' 'n'a jamais été internée' = internment camp negated; not answering the phone is not coded. 'l'an dernier' in "
        "the statement of 22 September 2022 -> 2021. Day dates are annotated without the article 'le'.")
ORGS = ["LOCAZUR", "Lyon Part-Dieu", "consulat général de Chine"]
PERSONS = [
    P("p1", "Hurshida Emet", ["EMET Hurshida", "Hurshida Emet"], ["narrator", "victim", "relative"], gender="female",
      rel=[("daughter", "p2"), ("sister", "p3"), ("daughter", "p4")],
      viol=[("transnational.harassment", "mon passeport ne serait renouvelé que si je donnais les noms des Ouïghours que je connais à Lyon")]),
    P("p2", "Emet Hoshur", ["Emet Hoshur"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("father", "p3"), ("husband", "p4")],
      viol=[("detention.arbitrary_arrest", "a été emmené en mai 2018"),
            ("detention.internment_camp", "il est depuis dans un centre de « formation » à Korla")]),
    P("p3", "Zulpiye", ["Zulpiye"], ["victim", "relative"], gender="female",
      rel=[("sister", "p1"), ("daughter", "p2"), ("daughter", "p4")],
      viol=[("labour.forced_labour", "a été envoyée l'an dernier dans une usine de vêtements de l'Anhui")]),
    P("p4", "Rabiye", ["Rabiye"], ["relative"], gender="female",
      rel=[("mother", "p1"), ("wife", "p2"), ("mother", "p3")]),
    P("p5", "Thomas Girard", ["Thomas Girard"], ["other"], gender="male"),
]
PLACES = [
    L("Marseille", ["Marseille"]),
    L("Lyon", ["Lyon"]),
    L("Xinjiang", ["Xinjiang"]),
    L("Korla", ["Korla"]),
    L("Anhui", ["Anhui"]),
    L("France", ["France"]),
]
DATES = [
    D("14/09/2022", "2022-09-14", "day"),
    D("15/09/2022", "2022-09-15", "day"),
    D("le [[15 septembre]] au soir", "2022-09-15", "day"),
    D("mai 2018", "2018-05", "month"),
    D("l'an dernier", "2021", "year"),
    D("22 septembre 2022", "2022-09-22", "day"),
    D("30 septembre 2022", "2022-09-30", "day"),
    D("16/09", "2022-09-16", "day"),
]
EVENTS = [
    ("arrest", "p2", "2018-05"),
    ("detention", "p2", "2018-05"),
]
NEGATED = [("p4", "detention.internment_camp", "n'a jamais été internée")]
FORBIDDEN = [("p1", "detention.arbitrary_arrest")]
