FILE = "fr02_catalogue_festival.txt"
LANG = "fr"
DATE = "2024-01-26"
NOTE = ("Documentary festival catalogue entry: festival masthead (org, no place inside), film technical line with production "
        "countries (France, Kazakhstan: place mentions) and year 2023 (object date), credits (director Camille Varenne, "
        "image, sound, editing: credits, not persons, even where the director's note and bio speak; her birth year 1988 "
        "and Lille are still a date and a place), production company with '(Marseille)' (place), funders 'Région "
        "Hauts-de-France' and 'CNC' (orgs), '14e ÉDITION', 'p. 23', '82 min' (not dates). Mukaddes Yakup: summoned for a "
        "'simple entretien' in October 2018 and back 'onze mois plus tard' -> 2019-09; centre in Qapqal, singing in Uyghur "
        "forbidden, white pills every week (forced medication). Husband Abdusalam Niyaz taken 'la même semaine' (may cross a "
        "month) -> 2018, nothing known since (disappearance + incommunicado). Son Perhat sent to a Jiangsu factory only in "
        "the conditional 'aurait été envoyé' (hedge: no code, no event). Neighbour Dilyara Sultanbekova's father Sultanbek "
        "Orazbaev held four months in a Zhaosu centre in 2018, 'n'a, dit-elle, jamais été jugé' = negated prison sentence.")
ORGS = ["RENCONTRES DU CINÉMA DOCUMENTAIRE DE LA CÔTE D'OPALE", "Les Films du Quai Sud", "Région Hauts-de-France", "CNC"]
PERSONS = [
    P("p1", "Mukaddes Yakup", ["Mukaddes Yakup", "Mukaddes"], ["victim", "witness"], gender="female", birth_year=1976,
      rel=[("wife", "p2"), ("mother", "p3")],
      viol=[("detention.arbitrary_arrest", "la police l'a convoquée pour un « simple entretien »"),
            ("detention.internment_camp", "elle les a passés dans un centre de « formation » de Qapqal"),
            ("culture.language_ban", "on lui interdisait de chanter en ouïghour"),
            ("medical.forced_medication", "on la forçait chaque semaine à avaler des comprimés blancs")]),
    P("p2", "Abdusalam Niyaz", ["Abdusalam Niyaz"], ["victim", "relative"], gender="male", rel=[("husband", "p1"), ("father", "p3")],
      viol=[("disappearance.enforced", "dont la famille ignore tout depuis"),
            ("detention.incommunicado", "ni lieu, ni procès, ni lettre")]),
    P("p3", "Perhat", ["Perhat"], ["relative"], gender="male", rel=[("son", "p1"), ("son", "p2")]),
    P("p4", "Dilyara Sultanbekova", ["Dilyara Sultanbekova"], ["relative", "other"], gender="female", rel=[("daughter", "p5")]),
    P("p5", "Sultanbek Orazbaev", ["Sultanbek Orazbaev"], ["victim"], gender="male", rel=[("father", "p4")],
      viol=[("detention.internment_camp", "a été retenu quatre mois dans un centre de Zhaosu")]),
]
PLACES = [
    L("France", ["France"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Marseille", ["Marseille"]),
    L("Ghulja", ["Ghulja"]),
    L("Qapqal", ["Qapqal"]),
    L("Almaty", ["Almaty"]),
    L("Jiangsu", ["Jiangsu"]),
    L("Zhaosu", ["Zhaosu"]),
    L("Lille", ["Lille"]),
    L("Odessa", ["Odessa"]),
]
DATES = [
    D("Kazakhstan · [[2023]]", "2023", "year"),
    D("1976", "1976", "year"),
    D("octobre 2018", "2018-10", "month"),
    D("onze mois plus tard", "2019-09", "month"),
    D("la même semaine", "2018", "year"),
    D("Zhaosu en [[2018]]", "2018", "year"),
    D("2021", "2021", "year"),
    D("1988", "1988", "year"),
]
EVENTS = [
    ("arrest", "p1", "2018-10"),
    ("detention", "p1", None),
    ("release", "p1", "2019-09"),
    ("arrest", "p2", "2018"),
    ("disappearance", "p2", None),
    ("detention", "p5", "2018"),
]
NEGATED = [("p5", "detention.prison_sentence", "n'a, dit-elle, jamais été jugé")]
FORBIDDEN = []
