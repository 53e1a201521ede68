FILE = "fr02_avis_directeur_these.txt"
LANG = "fr"
DATE = "2024-06-27"
NOTE = ("Thesis supervisor's opinion to the doctoral school on a doctoral candidate's request for a 7th-year "
        "re-enrolment, with the school director's endorsement. Candidate 'M. Adil ROZI' ('M. Rozi'); supervisor "
        "'Pr Hélène Marchal'; 'J.-P. Kessler' (initials + surname = person, role other). Father-in-law 'Ehmet Niyaz' "
        "taken from home one night in November 2017 (arbitrary arrest), sixteen months in a 'centre de formation' "
        "(camp) reciting official speeches (indoctrination), released spring 2019, died at home March 2022: death "
        "event, death.in_custody forbidden. Wife 'Mme Gulnigar EHMET' (surname = her father's given name): IUD "
        "imposed 2017 (forced contraception), passport withdrawn 'la même année' (-> 2017), cannot join her husband "
        "(family separation); 'n'a pas été internée elle-même' = negated internment camp. Candidate: WeChat messages "
        "from a self-styled Xinjiang policeman asking for a video = transnational harassment; he refused, so "
        "coercion.forced_confession is forbidden. The thesis title is a work title (the Tarim basin and '1950-2010' in "
        "it are neither places nor dates). Not dates: 'printemps 2025' (future), 'six ans', 'seize mois', 'un mois', "
        "'7e année', 'UMR 7363', 'ED 519'.")
ORGS = ["Université de Strasbourg", "Irrigation et droits d'eau dans les oasis du bassin du Tarim (1950-2010)"]
PERSONS = [
    P("p1", "Adil Rozi", ["Adil ROZI", "Rozi"], ["relative", "victim"], gender="male",
      rel=[("husband", "p3"), ("son-in-law", "p2")],
      viol=[("transnational.harassment", "a reçu sur WeChat plusieurs messages d'un homme se présentant comme policier du Xinjiang")]),
    P("p2", "Ehmet Niyaz", ["Ehmet Niyaz"], ["victim", "relative"], gender="male",
      rel=[("father", "p3"), ("father-in-law", "p1")],
      viol=[("detention.arbitrary_arrest", "avait été emmené de chez lui une nuit de novembre 2017"),
            ("detention.internment_camp", "a passé seize mois dans un « centre de formation » de Turpan"),
            ("indoctrination.political", "il devait réciter chaque soir des discours officiels appris par cœur")]),
    P("p3", "Gulnigar Ehmet", ["Gulnigar EHMET"], ["victim", "relative"], gender="female",
      rel=[("wife", "p1"), ("daughter", "p2")],
      viol=[("reproductive.forced_contraception", "on lui a imposé la pose d'un stérilet en 2017"),
            ("movement.passport_confiscation", "le bureau de la sécurité publique lui a retiré son passeport"),
            ("family.separation", "Elle n'a donc jamais pu rejoindre son mari à Strasbourg")]),
    P("p4", "Hélène Marchal", ["Hélène Marchal"], ["other"], gender="female"),
    P("p5", "J.-P. Kessler", ["J.-P. Kessler"], ["other"]),
]
PLACES = [
    L("Strasbourg", ["Strasbourg"]),
    L("Turpan", ["Turpan"]),
    L("Xinjiang", ["Xinjiang"]),
    L("Lyon", ["Lyon"]),
]
DATES = [
    D("septembre 2018", "2018-09", "month"),
    D("le 27 juin 2024", "2024-06-27", "day"),
    D("le 14 mai dernier", "2024-05-14", "day"),
    D("Turpan en [[2019]]", "2019", "year"),
    D("novembre 2017", "2017-11", "month"),
    D("printemps 2019", "2019", "year"),
    D("mars 2022", "2022-03", "month"),
    D("stérilet en [[2017]]", "2017", "year"),
    D("la même année", "2017", "year"),
    D("janvier dernier", "2024-01", "month"),
    D("en [[avril]]", "2024-04", "month"),
]
EVENTS = [
    ("arrest", "p2", "2017-11"),
    ("detention", "p2", "2017-11"),
    ("release", "p2", "2019"),
    ("death", "p2", "2022-03"),
]
NEGATED = [("p3", "detention.internment_camp", "Elle n'a pas été internée elle-même")]
FORBIDDEN = [("p2", "death.in_custody"), ("p1", "coercion.forced_confession")]
