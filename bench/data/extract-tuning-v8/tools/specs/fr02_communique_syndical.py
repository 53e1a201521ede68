FILE = "fr02_communique_syndical.txt"
LANG = "fr"
DATE = "2023-10-02"
NOTE = ("Teachers' union press release: union name containing 'HAUT-RHIN' (org, no place), «ministère de l'Europe et des Affaires "
        "étrangères» and «l'Éducation nationale» (orgs), signature «Le bureau départemental» (no person), «sous-préfecture» (no "
        "place). Turkic naming: Nuriye and Parhat Abdureshit <- Abdureshit Ghoja; mother Mme Aminem Sali ('Mme Sali'). «de "
        "nationalité française» -> France. Yéngisar = Yingjisha; «préfecture de Kachgar» kept apart from «un tribunal de Kachgar». "
        "Relative dates: «Il y a cinq ans» -> 2018, «la même semaine» -> 2018, «fin 2019», «Le mois dernier» -> 2023-09. Clitics: "
        "«On l'a enfermé», «on lui interdisait», «l'a condamné», «On ne l'a pas frappé» (negated beating for Parhat), «on lui a "
        "prélevé du sang». Filmed appeal telling her daughter to stop lying = forced denunciation + confession + family reprisal; "
        "confinement to her quarter = house arrest; the video sent to the daughter in France = transnational harassment. Release "
        "'au bout de quatre mois' (may cross a year) has no date.")
ORGS = ["SYNDICAT DES PERSONNELS DE L'ÉDUCATION DU HAUT-RHIN", "ministère de l'Europe et des Affaires étrangères"]
PERSONS = [
    P("p1", "Nuriye Abdureshit", ["Nuriye Abdureshit", "Nuriye"], ["victim", "relative"], gender="female",
      citizenship=["France"], rel=[("daughter", "p2"), ("daughter", "p4"), ("sister", "p3")],
      viol=[("transnational.harassment", "La vidéo a été envoyée à Nuriye par un numéro inconnu")]),
    P("p2", "Abdureshit Ghoja", ["Abdureshit Ghoja"], ["victim"], gender="male", age=66,
      rel=[("father", "p1"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "a été emmené par la police en pleine nuit, sans mandat"),
            ("detention.internment_camp", "On l'a enfermé onze mois dans un « centre de transformation par l'éducation » du chef-lieu"),
            ("culture.language_ban", "on lui interdisait de parler ouïghour"),
            ("detention.prison_sentence", "un tribunal de Kachgar l'a condamné, fin 2019, à quinze ans de prison"),
            ("detention.incommunicado", "sa famille n'a reçu ni lettre ni visite")]),
    P("p3", "Parhat Abdureshit", ["Parhat Abdureshit"], ["victim"], gender="male",
      rel=[("son", "p2"), ("brother", "p1"), ("son", "p4")],
      viol=[("medical.biometric_collection", "on lui a prélevé du sang et on a enregistré sa voix et l'image de ses iris")]),
    P("p4", "Aminem Sali", ["Aminem Sali", "Sali"], ["relative", "victim"], gender="female",
      rel=[("mother", "p1"), ("mother", "p3")],
      viol=[("coercion.forced_denunciation", "a été filmée dans le bureau du comité de quartier en train de demander à sa fille de « rentrer au pays et de cesser de mentir »"),
            ("coercion.forced_confession", "a été filmée dans le bureau du comité de quartier"),
            ("family.reprisal", "en train de demander à sa fille de « rentrer au pays et de cesser de mentir »"),
            ("detention.house_arrest", "n'a plus le droit de quitter son quartier sans autorisation")]),
]
PLACES = [
    L("Mulhouse", ["Mulhouse"]),
    L("Yengisar County", ["Yéngisar", "Yingjisha"]),
    L("Kashgar Prefecture", ["préfecture de Kachgar"]),
    L("Kashgar", ["Kachgar"]),
]
DATES = [
    D("2 octobre 2023", "2023-10-02", "day"),
    D("lycée depuis [[2015]]", "2015", "year"),
    D("française depuis [[2017]]", "2017", "year"),
    D("Il y a cinq ans", "2018", "year"),
    D("fin 2019", "2019", "year"),
    D("la même semaine", "2018", "year"),
    D("Le mois dernier", "2023-09", "month"),
]
EVENTS = [
    ("arrest", "p2", "2018"),
    ("detention", "p2", "2018"),
    ("sentencing", "p2", "2019"),
    ("arrest", "p3", "2018"),
    ("release", "p3", None),
]
NEGATED = [("p3", "torture.beating", "On ne l'a pas frappé")]
FORBIDDEN = [("p1", "detention.arbitrary_arrest"), ("p4", "detention.arbitrary_arrest")]
