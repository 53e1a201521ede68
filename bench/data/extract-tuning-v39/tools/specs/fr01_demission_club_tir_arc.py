FILE = "fr01_demission_club_tir_arc.txt"
LANG = "fr"
DATE = "2025-01-27"
NOTE = ("Adhérente's resignation letter to an archery association loi 1901 in Rennes (sender block, addressee, Objet with "
        "licence number) with the board's e-mailed reply. 'Gulbahar NIYAZ' / 'Gulbahar Niyaz' / 'Gulbahar'; brother "
        "'Abdusalam NIYAZ'; 'Sylvie' then 'Sylvie Moreau' (other); 'allée de Brocéliande' is an address. Taken by the police on "
        "the way back from Friday prayer = arbitrary arrest; « centre d'éducation » = camp; sentence 2019; nobody could see or "
        "speak to him = incommunicado. Sister-in-law 'internée' 2018, released 2020, may not leave her village = house arrest. "
        "Mother 'n'a pas été placée en camp' (negated) beside a filmed statement calling her son an extremist = forced "
        "denunciation. Consulate renewing the nephew's passport only in Turpan 'en personne' = transnational harassment. The "
        "nephew's three hours held by the French border police at Roissy is not an arrest (forbidden). 'septembre dernier' -> "
        "2024-09, 'l'an dernier' -> 2024; '25 janvier' -> 2025-01-25.")
ORGS = ["Les Archers du Thabor"]
PERSONS = [
    P("p1", "Gulbahar Niyaz", ["Gulbahar NIYAZ", "Gulbahar Niyaz", "Gulbahar"], ["narrator", "relative"], gender="female",
      rel=[("sister", "p2"), ("daughter", "p4"), ("aunt", "p5")]),
    P("p2", "Abdusalam Niyaz", ["Abdusalam NIYAZ"], ["victim"], gender="male",
      rel=[("brother", "p1"), ("husband", "p3"), ("son", "p4"), ("father", "p5")],
      viol=[("detention.arbitrary_arrest", "a été emmené par la police à Tourfan en mai 2017, au retour de la prière du vendredi"),
            ("detention.internment_camp", "il était passé par un « centre d'éducation »"),
            ("detention.prison_sentence", "un tribunal l'avait condamné à quinze ans"),
            ("detention.incommunicado", "personne de la famille n'a pu le voir ni lui parler")]),
    P("p3", "Mahigul Tursun", ["Mahigul TURSUN"], ["victim", "relative"], gender="female",
      rel=[("wife", "p2"), ("mother", "p5")],
      viol=[("detention.internment_camp", "a été internée à son tour en 2018"),
            ("detention.house_arrest", "elle n'a toujours pas le droit de sortir de son village")]),
    P("p4", "Aytilla Hoshur", ["Aytilla Hoshur"], ["victim", "relative"], gender="female",
      rel=[("mother", "p1"), ("mother", "p2"), ("grandmother", "p5")],
      viol=[("coercion.forced_denunciation", "on l'a filmée en train de dire que son propre fils était « un extrémiste »")]),
    P("p5", "Erfan", ["Erfan"], ["relative", "victim"], gender="male",
      rel=[("son", "p2"), ("son", "p3"), ("nephew", "p1"), ("grandson", "p4")],
      viol=[("transnational.harassment", "on lui a répondu que son passeport ne serait renouvelé qu'à Tourfan, « en personne »")]),
    P("p6", "Sylvie Moreau", ["Sylvie", "Sylvie Moreau"], ["other"], gender="female"),
    P("p7", "Yannick Le Goff", ["Yannick Le Goff"], ["other"], gender="male"),
]
PLACES = [
    L("Rennes", ["Rennes"]),
    L("Turpan", ["Tourfan"]),
    L("Roissy", ["Roissy"]),
]
DATES = [
    D("20 janvier 2025", "2025-01-20", "day"),
    D("2016", "2016", "year"),
    D("mai 2017", "2017-05", "month"),
    D("en [[2019]], qu'un", "2019", "year"),
    D("2018", "2018", "year"),
    D("2020", "2020", "year"),
    D("septembre dernier", "2024-09", "month"),
    D("27 janvier 2025", "2025-01-27", "day"),
    D("25 janvier", "2025-01-25", "day"),
    D("l'an dernier", "2024", "year"),
    D("arrivée, en [[2019]]", "2019", "year"),
]
EVENTS = [
    ("arrest", "p2", "2017-05"),
    ("detention", "p2", "2017-05"),
    ("sentencing", "p2", "2019"),
    ("detention", "p3", "2018"),
    ("release", "p3", "2020"),
    ("exit", "p5", "2019"),
]
NEGATED = [("p4", "detention.internment_camp", "n'a pas été placée en camp")]
FORBIDDEN = [("p5", "detention.arbitrary_arrest")]
