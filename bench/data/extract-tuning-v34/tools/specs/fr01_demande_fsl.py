FILE = "fr01_demande_fsl.txt"
LANG = "fr"
DATE = "2025-03-06"
NOTE = ("Application to a département housing solidarity fund (FSL) for rent arrears, with the social worker's "
        "evaluation (Rouen): 'Prénom NOM' forms 'Zulhumar ABDUWELI', 'Erpan MEMTILI', 'Claire VASSEUR', then "
        "'Mme Abduweli' (title not in mention), signature 'C. Vasseur' (other). Children Arzu (11) and Iskender (6) "
        "named with ages. Birth date 'le 12/03/1987' (birth_year). Husband: back to Aksou January 2018 (return), "
        "arrested at Urumqi airport on arrival (arrest+detention 2018-01, arbitrary arrest), 'centre d'éducation' "
        "(camp); a former detainee's account relayed by a cousin: chained at the ankles in class (shackling), hymns to "
        "the Party (indoctrination), clear soup twice a day (food deprivation); no news since March 2019 "
        "(incommunicado) and whereabouts unknown (enforced disappearance); a neighbour's 'peut-être été condamné' is "
        "hedged (neither gold nor forbidden). Sister Gulnisa: IUD 2017 on the neighbourhood committee's order (forced "
        "contraception). The applicant 'n'a jamais été détenue' (negated), arrived in France 2016 (exit). 'octobre "
        "dernier' = 2024-10, 'en décembre' = 2024-12, 'dimanche dernier' = 2025-03-02 (letter of Thursday 6 March). "
        "The fund heading (with Seine-Maritime), the landlord and the CAF are organisations; amounts not annotated.")
ORGS = ["FONDS DE SOLIDARITÉ POUR LE LOGEMENT — SEINE-MARITIME", "Habitat Normand Solidaire"]
PERSONS = [
    P("p1", "Zulhumar Abduweli", ["Zulhumar ABDUWELI", "Abduweli"], ["relative"], gender="female", birth_year=1987,
      rel=[("wife", "p5"), ("mother", "p2"), ("mother", "p3"), ("sister", "p6")]),
    P("p2", "Arzu", ["Arzu"], ["relative"], gender="female", age=11, rel=[("daughter", "p1"), ("daughter", "p5")]),
    P("p3", "Iskender", ["Iskender"], ["relative"], gender="male", age=6, rel=[("son", "p1"), ("son", "p5")]),
    P("p4", "Claire Vasseur", ["Claire VASSEUR", "C. Vasseur"], ["other"], gender="female"),
    P("p5", "Erpan Memtili", ["Erpan MEMTILI"], ["victim"], gender="male",
      rel=[("husband", "p1"), ("father", "p2"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "il a été arrêté à l'aéroport d'Urumqi le jour même de son arrivée"),
            ("detention.internment_camp", "envoyé dans un « centre d'éducation »"),
            ("detention.shackling", "on les y enchaînait aux chevilles pendant les cours"),
            ("indoctrination.political", "ils devaient chanter des hymnes à la gloire du Parti"),
            ("ill_treatment.food_deprivation", "on ne leur servait qu'une soupe claire deux fois par jour"),
            ("detention.incommunicado", "la famille n'a plus aucune nouvelle de lui"),
            ("disappearance.enforced", "ne sait pas où il se trouve")]),
    P("p6", "Gulnisa", ["Gulnisa"], ["victim"], gender="female", rel=[("sister", "p1")],
      viol=[("reproductive.forced_contraception", "a dû se faire poser un stérilet en 2017")]),
]
PLACES = [
    L("Aksu", ["Aksou"]),
    L("China", ["Chine"]),
    L("Saint-Sever", ["Saint-Sever"]),
    L("Rouen", ["Rouen"]),
    L("France", ["France"]),
    L("Urumqi", ["Urumqi"]),
    L("Almaty", ["Almaty"]),
]
DATES = [
    D("le 12/03/1987", "1987-03-12", "day"),
    D("novembre 2024", "2024-11", "month"),
    D("février 2025", "2025-02", "month"),
    D("en [[2016]]", "2016", "year"),
    D("octobre dernier", "2024-10", "month"),
    D("janvier 2018", "2018-01", "month"),
    D("en [[2021]]", "2021", "year"),
    D("mars 2019", "2019-03", "month"),
    D("en [[2017]]", "2017", "year"),
    D("dimanche dernier", "2025-03-02", "day"),
    D("en [[décembre]]", "2024-12", "month"),
    D("le 6 mars 2025", "2025-03-06", "day"),
]
EVENTS = [
    ("exit", "p1", "2016"),
    ("return", "p5", "2018-01"),
    ("arrest", "p5", "2018-01"),
    ("detention", "p5", "2018-01"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "n'a jamais été détenue")]
FORBIDDEN = []
