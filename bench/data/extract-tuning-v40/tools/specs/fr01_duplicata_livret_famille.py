FILE = "fr01_duplicata_livret_famille.txt"
LANG = "fr"
DATE = "2024-03-19"
NOTE = ("Wife's letter to the mayor of Villeurbanne asking for a second livret de famille (address block, Objet), "
        "with the état civil service's reply (19 March 2024, the document date). Wife 'Aynisa ROZI épouse SEYIT' / "
        "'Aynisa Rozi' (the married name after 'épouse' is not the husband's mention); husband 'SEYIT Abduqadir' "
        "(NOM Prénom) / 'M. Seyit'; children 'Sofia', 'Ilham' ('d'Ilham'); officer 'Nathalie Girard' (other). "
        "Husband: July 2016 back to Turpan (return), phone searched at Urumqi airport (digital), passport and "
        "papers taken (passport), spring 2017 taken to a 'centre de formation professionnelle' (arbitrary arrest + "
        "camp), since 2020 placed in an Aksu textile factory he may not leave (release + forced labour), children "
        "know him only from photos (family separation). 'n'a jamais été jugé' (negated prison sentence); beating "
        "in the conditional with 'aucune preuve' (hedged, nothing). 'arrêté du 1er juin 2006' is a date; postcode "
        "and rue Anatole-France are not. Organisations: Mairie / Maire de Villeurbanne, CAF.")
ORGS = ["Mairie de Villeurbanne", "Maire de Villeurbanne", "rue Anatole-France"]
PERSONS = [
    P("p1", "Aynisa Rozi", ["Aynisa ROZI", "Aynisa Rozi"], ["narrator", "relative"], gender="female",
      rel=[("wife", "p2"), ("mother", "p3"), ("mother", "p4")]),
    P("p2", "Abduqadir Seyit", ["SEYIT Abduqadir", "Seyit"], ["victim"], gender="male",
      rel=[("husband", "p1"), ("father", "p3"), ("father", "p4")],
      viol=[("surveillance.digital", "les policiers ont fouillé son téléphone"),
            ("movement.passport_confiscation", "ils lui ont pris son passeport"),
            ("detention.arbitrary_arrest", "il a été conduit dans ce que les autorités appellent un « centre de formation professionnelle »"),
            ("detention.internment_camp", "ce que les autorités appellent un « centre de formation professionnelle »"),
            ("labour.forced_labour", "on l'a placé dans une usine textile d'Aksou : il y dort, il y travaille et il n'a pas le droit d'en sortir"),
            ("family.separation", "Nos enfants ne connaissent leur père que par des photos")]),
    P("p3", "Sofia", ["Sofia"], ["relative"], gender="female", rel=[("daughter", "p1"), ("daughter", "p2")]),
    P("p4", "Ilham", ["Ilham"], ["relative"], rel=[("child", "p1"), ("child", "p2")]),
    P("p5", "Nathalie Girard", ["Nathalie Girard"], ["other"], gender="female"),
]
PLACES = [
    L("Villeurbanne", ["Villeurbanne"]),
    L("Turpan", ["Turpan"]),
    L("Ürümqi", ["Urumqi"]),
    L("Aksu", ["Aksou"]),
    L("China", ["Chine"]),
]
DATES = [
    D("le 4 mars 2024", "2024-03-04", "day"),
    D("le 21 juin 2014", "2014-06-21", "day"),
    D("en [[2015]]", "2015", "year"),
    D("en [[2018]]", "2018", "year"),
    D("juillet 2016", "2016-07", "month"),
    D("printemps 2017", "2017", "year"),
    D("Depuis [[2020]]", "2020", "year"),
    D("le 19 mars 2024", "2024-03-19", "day"),
    D("1er juin 2006", "2006-06-01", "day"),
]
EVENTS = [
    ("return", "p2", "2016-07"),
    ("arrest", "p2", "2017"),
    ("detention", "p2", "2017"),
    ("release", "p2", "2020"),
]
NEGATED = [("p2", "detention.prison_sentence", "Mon mari n'a jamais été jugé")]
FORBIDDEN = []
