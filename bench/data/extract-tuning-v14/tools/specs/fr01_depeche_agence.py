FILE = "fr01_depeche_agence.txt"
LANG = "fr"
DATE = "2024-03-14"
NOTE = ("French news-agency dispatch: rubric line 'Kazakhstan-Chine-droits de l'homme' (both place mentions), dateline "
        "'ALMATY, 14 mars 2024 (APM)' (agency APM an org; 'ALMATY' a place mention), closing initials 'jp/ak' (no persons). "
        "French-mediated spellings (Gaoukhar, Nourjan, ou = u) and the pinyin-style court spelling « Nuerjiang Abudukade'er » "
        "are mentions of the same husband. Tacheng = Chuguchak; 'tribunal populaire de Tacheng' and 'centre de détention de "
        "Tacheng' contain place mentions; 'consulat de Chine' is a modifier mention. Dates: 'mardi' -> 2024-03-12 (dispatch "
        "on a Thursday), 'jeudi soir' -> 2024-03-14, '1er mars' -> 2024, 'il y a quatre ans' -> 2020, 'l'an dernier' -> "
        "2023. French conditional = unconfirmed: the WhatsApp reason ('lui aurait reproché') and the transfer to Shihezi "
        "('aurait été transféré') are neither gold nor forbidden and give no event. Husband: twelve-year sentence, detention "
        "centre, ankle chains during meals (shackling) and three weeks alone in a windowless cell (solitary), both reported by the cellmate. Cellmate 'affirme ne pas avoir été frappé' "
        "negated. The wife 'jamais été inquiétée' has no code. Citizenship: 'citoyen chinois' -> China, 'devenue citoyenne "
        "kazakhe en 2016' -> Kazakhstan.")
ORGS = ["APM"]
PERSONS = [
    P("p1", "Gaoukhar Saparbaïeva", ["Gaoukhar Saparbaïeva", "Saparbaïeva"], ["relative", "witness"], gender="female",
      citizenship=["Kazakhstan"], rel=[("wife", "p2")]),
    P("p2", "Nourjan Abdikadyr", ["Nourjan Abdikadyr", "Nourjan", "Nuerjiang Abudukade'er"], ["victim", "relative"],
      gender="male", ethnicity="Kazakh", age=44, citizenship=["China"], rel=[("husband", "p1")],
      viol=[("detention.prison_sentence", "condamne en 2019 un certain « Nuerjiang Abudukade'er » à douze ans de prison"),
            ("detention.pretrial", "la cellule de Nourjan dans le centre de détention de Tacheng"),
            ("detention.shackling", "On lui laissait les chaînes aux chevilles même pendant les repas"),
            ("detention.solitary_confinement", "Nourjan a passé trois semaines seul dans une cellule sans fenêtre")]),
    P("p3", "Bakhytjan Sarsenbaï", ["Bakhytjan Sarsenbaï"], ["witness", "victim"], gender="male",
      viol=[("detention.pretrial", "dit avoir partagé la cellule de Nourjan dans le centre de détention de Tacheng")]),
]
PLACES = [
    L("Kazakhstan", ["Kazakhstan"]),
    L("China", ["Chine"]),
    L("Almaty", ["ALMATY", "Almaty"]),
    L("Tacheng", ["Tacheng", "Chuguchak"]),
    L("Xinjiang", ["Xinjiang"]),
    L("Bakhty", ["Bakhty"]),
    L("Taldykorgan", ["Taldykorgan"]),
    L("Shihezi", ["Shihezi"]),
]
DATES = [
    D("14 mars 2024", "2024-03-14", "day"),
    D("1er mars", "2024-03-01", "day"),
    D("mardi", "2024-03-12", "day"),
    D("décembre 2018", "2018-12", "month"),
    D("en [[2019]]", "2019", "year"),
    D("il y a quatre ans", "2020", "year"),
    D("l'an dernier", "2023", "year"),
    D("en [[2016]]", "2016", "year"),
    D("jeudi soir", "2024-03-14", "day"),
]
EVENTS = [
    ("arrest", "p2", "2018-12"),
    ("detention", "p2", "2018-12"),
    ("sentencing", "p2", "2019"),
    ("release", "p3", "2020"),
]
NEGATED = [("p3", "torture.beating", "affirme ne pas avoir été frappé")]
FORBIDDEN = [("p1", "detention.arbitrary_arrest")]
