FILE = "fr01_forum_demarches.txt"
LANG = "fr"
DATE = "2025-02-09"
NOTE = ("French-language forum thread (breadcrumb, topic, 'Posté par HANDLE » date', replies, @handle, emoji, "
        "abbreviations 'pr', 'pcq', 'MP'). Handles 'aynur_lyon' and 'marcel69' are person mentions. Hayrinisa "
        "Tursunniyaz (the husband's mother, 63): taken by Hotan police in March 2018 to a 'centre de formation "
        "professionnelle' = arbitrary arrest + internment camp; no call, nobody says where she is = disappearance + "
        "incommunicado. The cousin's 'aurait peut-être été transférée dans une prison ... pas sûr' is hedged: no "
        "transfer, no sentence, not forbidden. The irony 'une formation à 63 ans' states no other act. Dilshat "
        "(Kamil's brother): 'n'a jamais été arrêté' = negated arbitrary arrest; passport taken in 2017 and cannot join "
        "them = passport + separation. 'L'année dernière' = 2024, 'Hier' on 8 Feb 2025 = 2025-02-07; 'lundi' (future) "
        "not annotated. Kamil's surname is not his mother's (Turkic naming).")
ORGS = []
PERSONS = [
    P("p1", "aynur_lyon", ["aynur_lyon"], ["narrator", "relative"], gender="female", rel=[("wife", "p2"), ("daughter-in-law", "p3")]),
    P("p2", "Kamil Obulhesen", ["Kamil Obulhesen", "Kamil"], ["relative"], gender="male",
      rel=[("husband", "p1"), ("son", "p3"), ("brother", "p5")]),
    P("p3", "Hayrinisa Tursunniyaz", ["Hayrinisa Tursunniyaz"], ["victim"], gender="female", age=63,
      rel=[("mother", "p2"), ("mother", "p5")],
      viol=[("detention.arbitrary_arrest", "a été emmenée par la police de Hotan en mars 2018 dans un \"centre de formation professionnelle\""),
            ("detention.internment_camp", "a été emmenée par la police de Hotan en mars 2018 dans un \"centre de formation professionnelle\""),
            ("disappearance.enforced", "personne ne veut nous dire où elle est"),
            ("detention.incommunicado", "pas un appel, et personne ne veut nous dire où elle est")]),
    P("p4", "marcel69", ["marcel69"], ["other"]),
    P("p5", "Dilshat", ["Dilshat"], ["victim"], gender="male", rel=[("brother", "p2"), ("son", "p3")],
      viol=[("movement.passport_confiscation", "ils lui ont pris son passeport en 2017"),
            ("family.separation", "impossible de nous rejoindre")]),
]
PLACES = [L("Villeurbanne", ["Villeurbanne"]), L("Hotan", ["Hotan"])]
DATES = [
    D("depuis [[2018]]", "2018", "year"), D("8 févr. 2025", "2025-02-08", "day"),
    D(("9 févr. 2025", 0), "2025-02-09", "day"), D(("9 févr. 2025", 1), "2025-02-09", "day"),
    D("depuis [[2016]]", "2016", "year"), D("mars 2018", "2018-03", "month"),
    D("L'année dernière", "2024", "year"), D("Hier", "2025-02-07", "day"), D("en [[2017]]", "2017", "year"),
]
EVENTS = [("arrest", "p3", "2018-03"), ("detention", "p3", "2018-03")]
NEGATED = [("p5", "detention.arbitrary_arrest", "n'a jamais été arrêté")]
FORBIDDEN = []
