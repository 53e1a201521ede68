FILE = "fr02_deliberation_municipale.txt"
LANG = "fr"
DATE = "2024-11-14"
NOTE = ("Extract from a French municipal council's register of deliberations (honorary citizenship): the issuing "
        "'VILLE DE VILLEURBANNE' / 'la Ville de Villeurbanne', the association «Amitié Lyon-Ouïghour», «la préfecture du "
        "Rhône» (an office) and the foreign ministry are organisations, not places, while «préfecture de Kachgar» is a "
        "territorial unit (place); deliberation number 2024-217 is no date; rapporteur and mayor unnamed. Prefecture "
        "spelling «Qeyyoum Mouhemmet» vs «Qeyyum Muhemmet»; «Mme Qeyyum» is the daughter (her surname = her father's "
        "given name), «M. Muhemmet» the father. «l'a condamné», «qu'on lui a fait enregistrer», «qu'elle n'a ... jamais "
        "été incarcérée» (negated). Video calling her husband two-faced = forced denunciation + forced confession; "
        "confinement at home after the arrest = house arrest. «le 2 septembre dernier» and «l'été dernier» resolved on "
        "the session date. Rumoured transfer not gold.")
ORGS = ["VILLE DE VILLEURBANNE", "Ville de Villeurbanne", "Amitié Lyon-Ouïghour", "préfecture du Rhône",
        "ministère de l'Europe et des Affaires étrangères"]
PERSONS = [
    P("p1", "Qeyyum Muhemmet", ["Qeyyum Muhemmet", "Qeyyoum Mouhemmet", "Muhemmet"], ["victim"], gender="male",
      ethnicity="ouïghour", birth_year=1962, rel=[("father", "p2"), ("husband", "p3")],
      viol=[("detention.arbitrary_arrest", "il a été arrêté le 3 mars 2018 dans son lycée, sans mandat"),
            ("detention.prison_sentence", "le tribunal l'a condamné en décembre 2019 à dix-neuf ans de réclusion"),
            ("detention.incommunicado", "sa famille ignore où il est détenu et n'a jamais pu le voir"),
            ("disappearance.enforced", "sa famille ignore où il est détenu")]),
    P("p2", "Mehrigul Qeyyum", ["Mehrigul Qeyyum", "Qeyyum"], ["relative", "victim"], gender="female",
      rel=[("daughter", "p1"), ("daughter", "p3")],
      viol=[("transnational.harassment", "reçoit depuis l'été dernier des messages d'un inconnu lui demandant de « rentrer parler avec les autorités »")]),
    P("p3", "Sajide Mollaqasim", ["Sajide Mollaqasim"], ["relative", "victim"], gender="female",
      rel=[("wife", "p1"), ("mother", "p2")],
      viol=[("detention.house_arrest", "a été contrainte de rester à son domicile de Yopurgha pendant un an après l'arrestation, sous la surveillance du chef de quartier"),
            ("coercion.forced_denunciation", "qu'on lui a fait enregistrer une vidéo dans laquelle elle déclarait que son mari était « un homme à deux visages »"),
            ("coercion.forced_confession", "qu'on lui a fait enregistrer une vidéo")]),
]
PLACES = [
    L("Villeurbanne", ["Villeurbanne"]),
    L("Yopurgha County", ["Yopurgha", "Yuepuhu"]),
    L("Kashgar Prefecture", ["préfecture de Kachgar"]),
    L("France", ["France"]),
]
DATES = [
    D("14 novembre 2024", "2024-11-14", "day"),
    D("2 septembre dernier", "2024-09-02", "day"),
    D("depuis [[2015]]", "2015", "year"),
    D("1962", "1962", "year"),
    D("3 mars 2018", "2018-03-03", "day"),
    D("décembre 2019", "2019-12", "month"),
    D("l'été dernier", "2024", "year"),
]
EVENTS = [
    ("arrest", "p1", "2018-03-03"),
    ("disappearance", "p1", "2018-03-03"),
    ("sentencing", "p1", "2019-12"),
]
NEGATED = [("p3", "detention.pretrial", "qu'elle n'a, en revanche, jamais été incarcérée")]
FORBIDDEN = [("p3", "detention.internment_camp"), ("p3", "detention.prison_sentence"), ("p2", "family.reprisal")]
