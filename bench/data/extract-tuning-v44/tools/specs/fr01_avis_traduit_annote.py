FILE = "fr01_avis_traduit_annote.txt"
LANG = "fr"
DATE = "2019-06-24"
NOTE = ("Lyon association's annotated translation (fiche of 24 June 2019 = document date) of a Turpan police station's "
        "'avis aux proches' (March 2019) to a mother, with translator's notes (N.d.T.) in the association's voice. "
        "Daughter 'Mihray TURGHUN' / 'Mihray Turghun' / 'Mme Turghun' in Lyon since 2015 (exit): ordered to hand over "
        "residence permit, address, employer and contacts and to stop activities, then calls telling her to come back "
        "(transnational harassment). Father 'Turghun Sadir' (his given name is the daughter's surname; 'Turghun' alone "
        "is always the daughter): 'étudie ... au centre d'éducation et de formation' (camp), taken by police February "
        "2018 (arbitrary arrest), family learnt where he was only from the notice (incommunicado + disappearance); "
        "arrest, detention, disappearance events. Mother 'Ayshem JALAL' / 'Mme Jalal': summoned three times and made to "
        "sign a pledge to bring her daughter back (family reprisal + forced signature), 'n'a pas été détenue' (negated "
        "arbitrary arrest); the monthly reporting order is part of the reprisal. The 30 April 2019 deadline is before "
        "the document date (annotated); the daughter did not comply (no event). Officer 'Chen Guoliang' official; "
        "translator 'Claire Vautrin' other. 'Fiche n° 2019/07' is not a date. Association, bureau and police station "
        "names are organisations.")
ORGS = ["ASSOCIATION SOLIDARITÉ TARIM", "Bureau de la sécurité publique de la ville de Turpan", "Poste de police de Laocheng"]
PERSONS = [
    P("p1", "Mihray Turghun", ["Mihray TURGHUN", "Mihray Turghun", "Turghun"], ["victim", "relative"], gender="female",
      rel=[("daughter", "p2"), ("daughter", "p3")],
      viol=[("transnational.harassment", "Elle dit recevoir depuis mai 2019 des appels d'un numéro chinois qui lui demandent de « rentrer pour voir son père »")]),
    P("p2", "Ayshem Jalal", ["Ayshem JALAL", "Jalal"], ["victim", "relative"], gender="female",
      rel=[("mother", "p1"), ("wife", "p3")],
      viol=[("family.reprisal", "Mme Jalal a été convoquée trois fois au poste au printemps 2019 et a dû signer un engagement écrit de « faire revenir » sa fille"),
            ("coercion.forced_confession", "a dû signer un engagement écrit de « faire revenir » sa fille")]),
    P("p3", "Turghun Sadir", ["Turghun Sadir"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("husband", "p2")],
      viol=[("detention.internment_camp", "Votre mari Turghun Sadir étudie actuellement au centre d'éducation et de formation"),
            ("detention.arbitrary_arrest", "son père a été emmené par la police de quartier en février 2018"),
            ("detention.incommunicado", "la famille a appris où il se trouvait seulement par cet avis"),
            ("disappearance.enforced", "la famille a appris où il se trouvait seulement par cet avis")]),
    P("p4", "Chen Guoliang", ["Chen Guoliang"], ["official"]),
    P("p5", "Claire Vautrin", ["Claire Vautrin"], ["other"], gender="female"),
]
PLACES = [
    L("Lyon", ["Lyon"]),
    L("Turkey", ["Turquie"]),
    L("Turpan", ["Turpan"]),
    L("France", ["France"]),
]
DATES = [
    D("le 24 juin 2019", "2019-06-24", "day"),
    D("depuis [[2015]]", "2015", "year"),
    D("le 30 avril 2019", "2019-04-30", "day"),
    D("Mars 2019", "2019-03", "month"),
    D("février 2018", "2018-02", "month"),
    D("printemps 2019", "2019", "year"),
    D("mai 2019", "2019-05", "month"),
]
EVENTS = [
    ("exit", "p1", "2015"),
    ("arrest", "p3", "2018-02"),
    ("detention", "p3", "2018-02"),
    ("disappearance", "p3", "2018-02"),
]
NEGATED = [("p2", "detention.arbitrary_arrest", "Elle n'a pas été détenue")]
FORBIDDEN = []
