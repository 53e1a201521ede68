FILE = "fr02_acte_de_notoriete.txt"
LANG = "fr"
DATE = "2025-02-18"
NOTE = ("Notary's heirship deed (acte de notoriété, extract), Lyon: date written in words ('L'an deux mille vingt-cinq, "
        "le dix-huit février': the year and the day are two spans), 'Prénom NOM' forms with the shared surname ABLET, "
        "the widow's married and birth names 'Reyhangul ABLET, née HAMUT' (HAMUT is her mention), 'Mme Ablet' (title "
        "not in mention), the notary 'Maître Hélène GARNIER' / 'H. Garnier' (other), two attesting neighbours "
        "(witness). The office heading built on the notary's name is an organisation. Birth dates give birth years. "
        "Deceased Tursun Ablet: died at home in Villeurbanne 14 October 2024 (death event, death.in_custody "
        "forbidden), held three months without trial in Kashgar 2014 (detention 2014, pretrial), left China 2015 "
        "(exit). Daughter Nigara: went to Kashgar April 2017 (return), arrested 'le mois suivant' (2017-05, "
        "arrest+detention, arbitrary arrest), sentenced 2018 to seven years (sentencing 2018, prison), Uyghur "
        "forbidden in the cell per a released cellmate (language ban), no letter since 2018 (incommunicado). Son "
        "Dilshat 'n'a jamais été privé de son passeport' (negated) and travelled to Almaty May 2023 (no event). "
        "'trois mois', 'sept ans', 'vingt ans' are durations; citizenship not filled.")
ORGS = ["ÉTUDE DE MAÎTRE HÉLÈNE GARNIER, NOTAIRE À LYON"]
PERSONS = [
    P("p1", "Reyhangul Ablet", ["Reyhangul ABLET", "HAMUT", "Ablet"], ["relative"], gender="female",
      rel=[("wife", "p2"), ("mother", "p3"), ("mother", "p4")]),
    P("p2", "Tursun Ablet", ["Tursun ABLET"], ["victim"], gender="male", birth_year=1956,
      rel=[("husband", "p1"), ("father", "p3"), ("father", "p4")],
      viol=[("detention.pretrial", "il avait été retenu trois mois au centre de détention de la ville, sans jugement")]),
    P("p3", "Dilshat Ablet", ["Dilshat ABLET"], ["relative"], gender="male", birth_year=1984,
      rel=[("son", "p1"), ("son", "p2"), ("brother", "p4")]),
    P("p4", "Nigara Ablet", ["Nigara ABLET", "Nigara"], ["victim"], gender="female", birth_year=1987,
      rel=[("daughter", "p1"), ("daughter", "p2"), ("sister", "p3")],
      viol=[("detention.arbitrary_arrest", "a été interpellée à leur domicile le mois suivant"),
            ("detention.prison_sentence", "condamnée en 2018 à sept ans de prison"),
            ("culture.language_ban", "il leur était interdit de parler ouïghour en cellule"),
            ("detention.incommunicado", "n'a reçu aucune lettre de sa fille depuis 2018")]),
    P("p5", "Hélène Garnier", ["Hélène GARNIER", "H. Garnier"], ["other"], gender="female"),
    P("p6", "Abdughani Musa", ["Abdughani MUSA"], ["witness"], gender="male"),
    P("p7", "Sophie Marchetti", ["Sophie MARCHETTI"], ["witness"], gender="female"),
]
PLACES = [
    L("Lyon", ["Lyon"]),
    L("Villeurbanne", ["Villeurbanne"]),
    L("Rhône", ["Rhône"]),
    L("Kashgar", ["Kachgar"]),
    L("China", ["Chine"]),
    L("Almaty", ["Almaty"]),
]
DATES = [
    D("deux mille vingt-cinq", "2025", "year"),
    D("le dix-huit février", "2025-02-18", "day"),
    D("le 3 mai 1956", "1956-05-03", "day"),
    D("le 14 octobre 2024", "2024-10-14", "day"),
    D("En [[2014]]", "2014", "year"),
    D("Chine en [[2015]]", "2015", "year"),
    D("le 21 juin 1984", "1984-06-21", "day"),
    D("le 9 septembre 1987", "1987-09-09", "day"),
    D("avril 2017", "2017-04", "month"),
    D("le mois suivant", "2017-05", "month"),
    D("condamnée en [[2018]]", "2018", "year"),
    D("depuis [[2018]]", "2018", "year"),
    D("mai 2023", "2023-05", "month"),
]
EVENTS = [
    ("death", "p2", "2024-10-14"),
    ("detention", "p2", "2014"),
    ("exit", "p2", "2015"),
    ("return", "p4", "2017-04"),
    ("arrest", "p4", "2017-05"),
    ("detention", "p4", "2017-05"),
    ("sentencing", "p4", "2018"),
]
NEGATED = [("p3", "movement.passport_confiscation", "n'a jamais été privé de son passeport")]
FORBIDDEN = [("p2", "death.in_custody")]
