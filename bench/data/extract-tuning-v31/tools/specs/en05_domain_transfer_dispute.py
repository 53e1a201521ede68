FILE = "en05_domain_transfer_dispute.txt"
LANG = "en"
DATE = "2021-09-14"
NOTE = ("Domain registrar's transfer-dispute form (sections A-E, WHOIS block with the registrant in capitals, requester's grounds, "
        "registrar's Q/A, outcome). 'HARBOURNAME REGISTRAR' and 'Kitabxana Books' are organisations; the dispute ID and the "
        "domain are not dates or mentions; 'CN' is a country code, not annotated. Registrant 'ROZIMUHAMMED TURSUN' = father; son "
        "'Bakhtiyar Rozi' (short form of the father's name as surname); mother 'Meryemgul' and assistant 'Ablet' by given name "
        "later. Books seized as 'illegal religious material' = religious ban; life sentence heard from an uncle: undated "
        "sentencing; 'no contact' in prison = incommunicado (refused visits are part of it). Ablet beaten in the interrogation "
        "room + kept awake three nights; 'autumn of 2019' = year. Trap: the rumour that Ablet died is denied ('that is not true, "
        "he is alive'): death.in_custody negated for Ablet; cellmate Turghun Hesen died in custody (gold, death event 2018-12). "
        "'Nobody has threatened me directly' is qualified (neither); 'I was not contacted by Chinese police' negated "
        "(transnational harassment). Case officer Ingrid Haverkamp: other. 'October 2021' (end of registration) is after the document date: not annotated.")
ORGS = ["HARBOURNAME REGISTRAR", "Kitabxana Books"]
PERSONS = [
    P("p1", "Rozimuhammed Tursun", ["ROZIMUHAMMED TURSUN", "Rozimuhammed Tursun"], ["victim"], gender="male",
      rel=[("father", "p2"), ("husband", "p5")],
      viol=[("detention.arbitrary_arrest", "He was arrested in his shop on 9 February 2018"),
            ("culture.religious_ban", "the books were taken away as \"illegal religious material\""),
            ("detention.prison_sentence", "My father was later sentenced to life"),
            ("detention.incommunicado", "He is in prison and has no contact with us")]),
    P("p2", "Bakhtiyar Rozi", ["Bakhtiyar Rozi"], ["narrator", "relative"], gender="male",
      rel=[("son", "p1"), ("son", "p5")]),
    P("p3", "Ablet Sidiq", ["Ablet Sidiq", "Ablet"], ["victim", "witness"], gender="male",
      viol=[("detention.arbitrary_arrest", "together with his assistant, Ablet Sidiq"),
            ("torture.beating", "he was beaten in the interrogation room"),
            ("torture.sleep_deprivation", "kept awake for three nights")]),
    P("p4", "Turghun Hesen", ["Turghun Hesen"], ["victim"], gender="male",
      viol=[("death.in_custody", "who died in custody in December 2018")]),
    P("p5", "Meryemgul", ["Meryemgul"], ["relative"], gender="female", rel=[("wife", "p1"), ("mother", "p2")]),
    P("p6", "Ingrid Haverkamp", ["Ingrid Haverkamp"], ["other"], gender="female"),
]
PLACES = [L("Xinjiang", ["Xinjiang"]), L("Netherlands", ["Netherlands"]), L("Kashgar", ["Kashgar"])]
DATES = [
    D("14 September 2021", "2021-09-14", "day"),
    D("until [[2017]]", "2017", "year"),
    D("9 February 2018", "2018-02-09", "day"),
    D("autumn of 2019", "2019", "year"),
    D("December 2018", "2018-12", "month"),
    D("Since [[2019]]", "2019", "year"),
]
EVENTS = [
    ("arrest", "p1", "2018-02-09"), ("detention", "p1", "2018-02-09"), ("sentencing", "p1", None),
    ("arrest", "p3", "2018-02-09"), ("detention", "p3", "2018-02-09"), ("release", "p3", "2019"),
    ("death", "p4", "2018-12"),
]
NEGATED = [("p3", "death.in_custody", "that is not true, he is alive"),
           ("p2", "transnational.harassment", "I was not contacted by Chinese police")]
FORBIDDEN = []
