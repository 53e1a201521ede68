FILE = "fr02_annonce_mediatheque.txt"
LANG = "fr"
DATE = "2025-01-14"
NOTE = ("Municipal library's event announcement (agenda line, title, practical block, contact). The library and room are "
        "named after people ('Simone-Veil', 'Jean-Arp': organisations, no person), the publisher, bookshop and newspaper "
        "are organisations (no place in 'Alsace'). The reader (comédienne Inès Morvan) is a credit, the moderator is "
        "unnamed; the contact Sophie Marchal is named staff (role other). The event date 25 January 2025 is after the "
        "publication date: not annotated; «aujourd'hui» means 'nowadays' (not annotated). Kazakh naming in French spelling: "
        "Aïssoulou Dosanqyzy and Temirlan Dosanuly <- Dosan Abenuly; «famille kazakhe» gives ethnicity; «nationalité "
        "française» -> France. Summoned and not back (May 2018) = arrest; 'trois semaines plus tard' after a month -> year; "
        "camp placement without date; the family learning only weeks later = incommunicado; signing confessions = forced "
        "confession; sewing gloves ten hours a day = forced labour; «aucune violence physique» negated beating. Brother "
        "without news since April 2019, police refuse to say where = enforced disappearance; the transfer to Ürümqi is in "
        "the conditional (no event). Mother died at home: death event, death.in_custody forbidden. Title «Le vétérinaire de "
        "Künes» holds a place mention.")
ORGS = ["MÉDIATHÈQUE SIMONE-VEIL", "salle Jean-Arp", "La Steppe Bleue", "Dernières Nouvelles d'Alsace", "Le Tigre de papier"]
PERSONS = [
    P("p1", "Aïssoulou Dosanqyzy", ["Aïssoulou Dosanqyzy"], ["witness", "relative"], gender="female", ethnicity="kazakhe",
      birth_year=1988, citizenship=["France"], rel=[("daughter", "p2"), ("sister", "p3"), ("daughter", "p4")]),
    P("p2", "Dosan Abenuly", ["Dosan Abenuly"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "est convoqué au bureau du canton et ne rentre pas"),
            ("detention.incommunicado", "La famille apprend trois semaines plus tard qu'il a été placé"),
            ("detention.internment_camp", "placé dans un camp « de transformation par l'éducation » à la sortie de Künes"),
            ("coercion.forced_confession", "On l'y oblige à signer des aveux de « pensée extrémiste »"),
            ("labour.forced_labour", "à coudre des gants dans un atelier du camp, dix heures par jour")]),
    P("p3", "Temirlan Dosanuly", ["Temirlan Dosanuly"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p2"), ("son", "p4")],
      viol=[("disappearance.enforced", "dont la famille est sans nouvelles depuis avril 2019 : la police refuse de dire où il se trouve")]),
    P("p4", "Gulmira Tasbolat", ["Gulmira Tasbolat"], ["relative"], gender="female", rel=[("mother", "p1"), ("mother", "p3")]),
    P("p5", "Sophie Marchal", ["Sophie Marchal"], ["other"], gender="female"),
]
PLACES = [
    L("Mulhouse", ["MULHOUSE", "Mulhouse"]),
    L("Künes County (Xinyuan)", ["Künes", "Xinyuan"]),
    L("Ili Prefecture", ["Ili"]),
    L("China", ["Chine"]),
    L("Strasbourg", ["Strasbourg"]),
    L("Ürümqi", ["Ürümqi"]),
]
DATES = [
    D("14 janvier 2025", "2025-01-14", "day"),
    D("octobre 2024", "2024-10", "month"),
    D("1988", "1988", "year"),
    D("2016", "2016", "year"),
    D("l'an dernier", "2024", "year"),
    D("mai 2018", "2018-05", "month"),
    D("trois semaines plus tard", "2018", "year"),
    D("décembre 2019", "2019-12", "month"),
    D("avril 2019", "2019-04", "month"),
    D("2021", "2021", "year"),
]
EVENTS = [
    ("arrest", "p2", "2018-05"),
    ("detention", "p2", None),
    ("release", "p2", "2019-12"),
    ("disappearance", "p3", "2019-04"),
    ("death", "p4", "2021"),
    ("exit", "p1", "2016"),
]
NEGATED = [("p2", "torture.beating", "Il n'a subi aucune violence physique")]
FORBIDDEN = [("p4", "death.in_custody")]
