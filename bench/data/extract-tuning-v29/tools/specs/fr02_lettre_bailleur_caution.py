FILE = "fr02_lettre_bailleur_caution.txt"
LANG = "fr"
DATE = "2020-11-16"
NOTE = ("Private landlord's registered letter to the tenant's brother, who stood guarantor (caution solidaire), about "
        "unpaid rent (address blocks, Objet with the lease date and the tenant 'Mlle Dilnur MAHMUT', numbered "
        "proposals, signature 'J.-P. Morel'). Landlord = narrator + other; notary 'Me Claire Fontaine' = other. Bare "
        "'MAHMUT' surnames belong to the siblings; the father is Mahmut Qasim (his given name is their surname). "
        "Sister went to Ghulja for the funeral = return; passport taken on arrival; 'emmenée' to a « formation » centre "
        "'En février' (chained -> 2020-02) = arbitrary arrest + camp; no contact = incommunicado; 'Elle n'a jamais été "
        "jugée' negates prison_sentence; prison 'n'excluez pas ... n'en savez rien' hedged (neither). Father died of an "
        "illness in hospital, never detained: death event, death in custody forbidden. Police calls asking the brother "
        "to come back = transnational harassment. 'depuis mars' -> 2020-03; 'du 3 novembre' -> 2020-11-03; 'le 9 "
        "décembre' -> 2019-12-09; 'avant le 1er décembre' (future) not annotated. 'rue d'Alsace', 'quai Saint-Vincent', "
        "postcodes and amounts are traps.")
ORGS = ["rue d'Alsace", "quai Saint-Vincent"]
PERSONS = [
    P("p1", "Jean-Pierre Morel", ["Jean-Pierre Morel", "J.-P. Morel"], ["narrator", "other"], gender="male"),
    P("p2", "Erkin Mahmut", ["Erkin MAHMUT"], ["victim", "relative"], gender="male",
      rel=[("brother", "p3"), ("son", "p4")],
      viol=[("transnational.harassment", "vous recevez régulièrement des appels d'un policier de Ghulja qui vous demande de rentrer")]),
    P("p3", "Dilnur Mahmut", ["Dilnur MAHMUT", "Dilnur"], ["victim", "relative"], gender="female",
      rel=[("sister", "p2"), ("daughter", "p4")],
      viol=[("movement.passport_confiscation", "la police lui a retiré son passeport"),
            ("detention.arbitrary_arrest", "elle a été emmenée"),
            ("detention.internment_camp", "un centre de « formation »"),
            ("detention.incommunicado", "vous ne pouvez plus lui parler, ni par téléphone ni par message")]),
    P("p4", "Mahmut Qasim", ["Mahmut Qasim"], ["relative"], gender="male", rel=[("father", "p2"), ("father", "p3")]),
    P("p5", "Claire Fontaine", ["Claire Fontaine"], ["other"], gender="female"),
]
PLACES = [
    L("Lyon", ["Lyon"]),
    L("Villeurbanne", ["Villeurbanne"]),
    L("Ghulja", ["Ghulja"]),
]
DATES = [
    D("15 septembre 2017", "2017-09-15", "day"),
    D("3 novembre", "2020-11-03", "day"),
    D("depuis [[mars]]", "2020-03", "month"),
    D("décembre 2019", "2019-12", "month"),
    D("le 9 décembre", "2019-12-09", "day"),
    D("février", "2020-02", "month"),
    D("le 16 novembre 2020", "2020-11-16", "day"),
]
EVENTS = [
    ("death", "p4", "2019-12-09"),
    ("return", "p3", "2019-12"),
    ("arrest", "p3", "2020-02"),
    ("detention", "p3", "2020-02"),
]
NEGATED = [("p3", "detention.prison_sentence", "Elle n'a jamais été jugée")]
FORBIDDEN = [("p4", "death.in_custody")]
