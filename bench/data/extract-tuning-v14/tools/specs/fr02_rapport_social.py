FILE = "fr02_rapport_social.txt"
LANG = "fr"
DATE = "2023-05-22"
NOTE = ("French municipal social worker's report (rapport social) for a priority-housing claim: org header 'CCAS DE "
        "MONTREUIL' (org, no place mention inside) but 'à Montreuil' and 'commissariat de Montreuil' are place mentions; "
        "OFPRA org; DALO, '11 m²', '9 ans' (age) not dates; unsigned social worker (no person). Residence-permit spelling "
        "'NOURBAKI Mahigul' and the woman's own 'Mahigül Nurbaqi' are one person; French spellings Aksou = Aksu, Onsou = "
        "Wensu. French day-first dates '22/05/2023', '14/08/1986'. 'septembre dernier' -> 2022-09, 'Dix mois plus tard' "
        "after 'mars 2017' -> 2018-01, 'l'année suivante' after 2017 -> 2018, '5 mai' -> 2023, 'Le mois dernier' -> "
        "2023-04. Woman: passports collected in 2016 and returned in 2019 (passport confiscation), ten months in a "
        "'centre de formation', nightly texts praising the Party, one shower a month, imposed operation leaving her "
        "unable to have children (forced sterilization), messages from a Chinese number about her son's school "
        "(transnational harassment); 'n'y a pas subi de coups' negated. Son kept by his grandmother, 'n'a pas été placé "
        "en internat' negates family separation. Husband: twenty-year sentence 'selon une lettre' (asserted). Brother: "
        "camp; lost contact is not coded (neither).")
ORGS = ["CCAS DE MONTREUIL", "OFPRA"]
PERSONS = [
    P("p1", "Mahigül Nurbaqi", ["NOURBAKI Mahigul", "Mahigül Nurbaqi", "Nurbaqi"], ["victim", "relative", "witness"],
      gender="female", ethnicity="Uyghur", birth_year=1986, citizenship=["China"],
      rel=[("mother", "p2"), ("wife", "p3"), ("sister", "p4")],
      viol=[("movement.passport_confiscation", "les passeports des habitants de son quartier d'Aksou ont été ramassés par la police en 2016. Le sien ne lui a été rendu qu'en 2019"),
            ("detention.internment_camp", "a été conduite dans un « centre de formation » d'Aksou, où elle est restée enfermée dix mois"),
            ("indoctrination.political", "elle devait réciter chaque soir des textes à la gloire du Parti"),
            ("ill_treatment.denied_hygiene", "n'avait droit qu'à une douche par mois"),
            ("reproductive.forced_sterilization", "une opération lui a été imposée à l'hôpital d'Aksou « pour sa santé » ; elle ne peut plus avoir d'enfants"),
            ("transnational.harassment", "plusieurs messages d'un numéro chinois lui demandant l'adresse de son fils à l'école")]),
    P("p2", "Yahya", ["Yahya"], ["relative"], gender="male", age=9, rel=[("son", "p1"), ("son", "p3")]),
    P("p3", "Ablikim Sattiwaldi", ["Ablikim Sattiwaldi"], ["victim", "relative"], gender="male", rel=[("husband", "p1"), ("father", "p2")],
      viol=[("detention.prison_sentence", "condamné l'année suivante à vingt ans de prison")]),
    P("p4", "Mutellip Nurbaqi", ["Mutellip Nurbaqi"], ["victim", "relative"], gender="male", rel=[("brother", "p1")],
      viol=[("detention.internment_camp", "a été envoyé dans un camp à Onsou")]),
]
PLACES = [
    L("Montreuil", ["Montreuil"]),
    L("Aksu", ["Aksou"]),
    L("Xinjiang", ["Xinjiang"]),
    L("China", ["Chine"]),
    L("France", ["France"]),
    L("Istanbul", ["Istanbul"]),
    L("Wensu County", ["Onsou", "Wensu"]),
]
DATES = [
    D("22/05/2023", "2023-05-22", "day"),
    D("14/08/1986", "1986-08-14", "day"),
    D("3 février 2020", "2020-02-03", "day"),
    D("septembre dernier", "2022-09", "month"),
    D("police en [[2016]]", "2016", "year"),
    D("rendu qu'en [[2019]]", "2019", "year"),
    D("En [[mars 2017]]", "2017-03", "month"),
    D("Dix mois plus tard", "2018-01", "month"),
    D("En [[2018]]", "2018", "year"),
    D("arrêté en [[2017]]", "2017", "year"),
    D("l'année suivante", "2018", "year"),
    D("janvier 2020", "2020-01", "month"),
    D("5 mai", "2023-05-05", "day"),
    D("Le mois dernier", "2023-04", "month"),
]
EVENTS = [
    ("arrest", "p1", "2017-03"),
    ("detention", "p1", "2017-03"),
    ("release", "p1", "2018-01"),
    ("arrest", "p3", "2017"),
    ("sentencing", "p3", "2018"),
    ("detention", "p4", None),
]
NEGATED = [("p1", "torture.beating", "elle n'y a pas subi de coups"),
           ("p2", "family.separation", "il n'a pas été placé en internat")]
FORBIDDEN = []
