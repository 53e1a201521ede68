FILE = "fr01_reexpedition_courrier.txt"
LANG = "fr"
DATE = "2024-03-12"
NOTE = ("Daughter's letter to La Poste asking for permanent mail forwarding for her absent father (address block, Objet with "
        "'M. ROZI Obulqasim' in « NOM Prénom » order, dateline) and La Poste's reply. 'La Poste' is an organisation; the street "
        "name 'rue Francis-de-Pressensé' is an address, not a person. Daughter 'Gulnigar OBULQASIM' / 'Gulnigar Obulqasim' / "
        "'Madame OBULQASIM' (surname = father's given name). Father 'interpellé à Dubaï sans explication' = arbitrary arrest; "
        "'gardé trois semaines' = pretrial (held in Dubai); 'remis aux autorités chinoises' = transfer (undated); 'condamné en "
        "2020 à quinze ans' (told by a cousin, stated as fact) = prison sentence; never able to speak to him or know where = "
        "incommunicado. Mother 'Amannisa' forced to read a text calling him a separatist on local TV = forced denunciation. "
        "Brother 'Erpan' 'n'a pas été arrêté' = arbitrary arrest negated; summoned three times = interrogation (undated). "
        "Messages from the brother's WeChat account urging her to come back = transnational harassment of the narrator. "
        "'le mois dernier' in the letter of 26 February -> 2024-01; 'l'automne 2023' -> 2023 (season with a year); Bobigny "
        "is a place inside a court's name.")
ORGS = ["La Poste", "rue Francis-de-Pressensé"]
PERSONS = [
    P("p1", "Gulnigar Obulqasim", ["Gulnigar OBULQASIM", "Gulnigar Obulqasim", "OBULQASIM"], ["narrator", "relative", "victim"],
      gender="female", rel=[("daughter", "p2"), ("daughter", "p3"), ("sister", "p4")],
      viol=[("transnational.harassment", "je reçois depuis le compte WeChat de mon frère des messages qui me pressent de « rentrer pour la famille »")]),
    P("p2", "Obulqasim Rozi", ["ROZI Obulqasim"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("husband", "p3"), ("father", "p4")],
      viol=[("detention.arbitrary_arrest", "il a été interpellé à Dubaï sans explication"),
            ("detention.pretrial", "gardé trois semaines"),
            ("detention.prison_sentence", "il a été condamné en 2020 à quinze ans de prison à Hotan"),
            ("detention.incommunicado", "Nous n'avons jamais pu lui parler ni savoir où il est enfermé")]),
    P("p3", "Amannisa", ["Amannisa"], ["victim", "relative"], gender="female",
      rel=[("mother", "p1"), ("wife", "p2"), ("mother", "p4")],
      viol=[("coercion.forced_denunciation", "On l'a obligée à lire devant une caméra de la télévision locale un texte qui traitait mon père de « séparatiste »")]),
    P("p4", "Erpan", ["Erpan"], ["relative"], gender="male", rel=[("brother", "p1"), ("son", "p2"), ("son", "p3")]),
    P("p5", "Céline Marchand", ["Céline Marchand"], ["other"], gender="female"),
]
PLACES = [
    L("Villeurbanne", ["Villeurbanne"]),
    L("Montreuil", ["Montreuil"]),
    L("France", ["France"]),
    L("Dubai", ["Dubaï"]),
    L("Hotan", ["Hotan"]),
    L("Bobigny", ["Bobigny"]),
]
DATES = [
    D("26 février 2024", "2024-02-26", "day"),
    D("le mois dernier", "2024-01", "month"),
    D("depuis [[2012]]", "2012", "year"),
    D("juin 2019", "2019-06", "month"),
    D("condamné en [[2020]]", "2020", "year"),
    D("l'automne 2023", "2023", "year"),
    D("12 mars 2024", "2024-03-12", "day"),
]
EVENTS = [
    ("arrest", "p2", "2019-06"),
    ("detention", "p2", "2019-06"),
    ("transfer", "p2", None),
    ("sentencing", "p2", "2020"),
    ("interrogation", "p4", None),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "n'a pas été arrêté")]
FORBIDDEN = []
