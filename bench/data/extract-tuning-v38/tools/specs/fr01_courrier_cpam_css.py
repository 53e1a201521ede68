FILE = "fr01_courrier_cpam_css.txt"
LANG = "fr"
DATE = "2025-04-02"
NOTE = ("CPAM letter asking for missing documents for a Complémentaire santé solidaire application (Strasbourg), the "
        "insured's handwritten reply and an internal note: 'Madame Aygul MAHMUT', 'M. Obulqasim TURDI' (titles not part "
        "of mentions), adviser 'Sandrine Kieffer' / 'Madame Kieffer' / 'S. Kieffer' is staff (other). Husband taken by the "
        "neighbourhood police in Turpan in May 2017 without paper for a pilgrimage to Mecca 'deux ans plus tôt' (= 2015) "
        "(arbitrary arrest + religious ban; arrest + detention 2017-05), 'école de formation professionnelle' (camp), "
        "sentence of sixteen years learnt in 2019 (sentencing undated), no right to speak to him (incommunicado), nobody "
        "says which prison (enforced disappearance). The wife: 'je n'ai pas été arrêtée' (negated arbitrary arrest), "
        "questioned three times in 2017 at the police station (interrogation only), passport taken, returned 'printemps "
        "2019' (year), arrived in France 'septembre de la même année' (= 2019-09, exit). Children's birth dates give "
        "birth years. '30 jours' is a duration; 'rue de Mulhouse' is a street; CPAM du Bas-Rhin and OFPRA are "
        "organisations.")
ORGS = ["Caisse primaire d'assurance maladie du Bas-Rhin", "OFPRA", "rue de Mulhouse"]
PERSONS = [
    P("p1", "Aygul Mahmut", ["Aygul MAHMUT", "Aygul Mahmut"], ["narrator", "relative", "victim"], gender="female",
      rel=[("wife", "p2"), ("mother", "p4"), ("mother", "p5"), ("sister-in-law", "p3")],
      viol=[("movement.passport_confiscation", "elle m'a pris mon passeport")]),
    P("p2", "Obulqasim Turdi", ["Obulqasim TURDI", "Obulqasim"], ["victim"], gender="male",
      rel=[("husband", "p1"), ("brother", "p3"), ("father", "p4"), ("father", "p5")],
      viol=[("detention.arbitrary_arrest", "a été emmené par la police de notre quartier de Tourfan en mai 2017, sans aucun papier"),
            ("culture.religious_ban", "parce qu'il avait fait un pèlerinage à La Mecque"),
            ("detention.internment_camp", "On l'a d'abord enfermé dans ce qu'ils appellent une « école de formation professionnelle »"),
            ("detention.prison_sentence", "il avait été condamné à seize ans"),
            ("detention.incommunicado", "je n'ai jamais eu le droit de lui parler, ni au téléphone ni par lettre"),
            ("disappearance.enforced", "personne ne nous dit dans quelle prison il se trouve")]),
    P("p3", "Mukerrem", ["Mukerrem"], ["relative"], gender="female",
      rel=[("sister", "p2"), ("sister-in-law", "p1")]),
    P("p4", "Ilyar", ["Ilyar"], ["relative"], gender="male", birth_year=2012,
      rel=[("son", "p1"), ("son", "p2"), ("brother", "p5")]),
    P("p5", "Sümeyye", ["Sümeyye"], ["relative"], gender="female", birth_year=2015,
      rel=[("daughter", "p1"), ("daughter", "p2"), ("sister", "p4")]),
    P("p6", "Sandrine Kieffer", ["Sandrine Kieffer", "Kieffer", "S. Kieffer"], ["other"], gender="female"),
]
PLACES = [
    L("Strasbourg", ["Strasbourg"]),
    L("Turpan", ["Tourfan"]),
    L("Mecca", ["La Mecque"]),
    L("France", ["France"]),
]
DATES = [
    D("le 20 mars 2025", "2025-03-20", "day"),
    D("le 3 mars 2025", "2025-03-03", "day"),
    D("le 28 mars 2025", "2025-03-28", "day"),
    D("mai 2017", "2017-05", "month"),
    D("deux ans plus tôt", "2015", "year"),
    D("En [[2019]], sa", "2019", "year"),
    D("trois fois en [[2017]]", "2017", "year"),
    D("printemps 2019", "2019", "year"),
    D("septembre de la même année", "2019-09", "month"),
    D("le 4 juin 2012", "2012-06-04", "day"),
    D("le 18 novembre 2015", "2015-11-18", "day"),
    D("2 avril 2025", "2025-04-02", "day"),
    D("1er avril 2025", "2025-04-01", "day"),
]
EVENTS = [
    ("arrest", "p2", "2017-05"),
    ("detention", "p2", "2017-05"),
    ("sentencing", "p2", None),
    ("interrogation", "p1", "2017"),
    ("exit", "p1", "2019-09"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "je n'ai pas été arrêtée")]
FORBIDDEN = []
