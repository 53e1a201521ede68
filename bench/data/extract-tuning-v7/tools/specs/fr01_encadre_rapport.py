FILE = "fr01_encadre_rapport.txt"
LANG = "fr"
DATE = "2024-03-20"
NOTE = ("Box ('encadré') in a French NGO annual report: the header year 'RAPPORT ANNUEL 2023' is annotated as a year date; "
        "a French press spelling of the name («Aïdjamal Rozakhoun»); child's surname = father's given name (Ayjamal "
        "Rozaxun <- Rozaxun Barat); «un certain Ma Lin». Clitics: «on lui a confisqué», «on l'a conduite» (feminine "
        "agreement), «on la réveillait», «on lui interdisait», «l'a condamnée». Attributed account by a former cellmate is "
        "coded, including the denial «n'a jamais été frappée» (negated). Father questioned but «n'a jamais été détenu» "
        "(negated). Pressure on the parents to bring her back = transnational.harassment for her, family.reprisal for "
        "them. Court and working group names are organisations (Kachgar inside the court name is no place). The transfer to "
        "Aksou is unconfirmed (no event, not gold). «Vingt mois plus tard» -> 2019-01 (from May 2017); «l'an dernier» -> "
        "2023; Maralbéchi = Bachu; span «Caire» without the fused article «au».")
ORGS = ["tribunal populaire intermédiaire de Kachgar", "Groupe de travail sur la détention arbitraire"]
PERSONS = [
    P("p1", "Ayjamal Rozaxun", ["Ayjamal Rozaxun", "Aïdjamal Rozakhoun", "Ayjamal"], ["victim"], gender="female",
      birth_year=1995, age=28, rel=[("daughter", "p2"), ("daughter", "p3")],
      viol=[("transnational.harassment", "la police de son district a convoqué ses parents à trois reprises et leur a ordonné de faire revenir leur fille"),
            ("movement.passport_confiscation", "on lui a confisqué son passeport"),
            ("detention.arbitrary_arrest", "puis on l'a conduite directement dans un « centre d'éducation » de Maralbéchi"),
            ("detention.internment_camp", "on l'a conduite directement dans un « centre d'éducation » de Maralbéchi"),
            ("torture.sleep_deprivation", "on la réveillait toutes les heures la nuit"),
            ("culture.language_ban", "on lui interdisait de parler ouïghour en cellule"),
            ("indoctrination.political", "elle devait copier chaque soir des pages de discours du président"),
            ("detention.prison_sentence", "l'a condamnée à dix ans de prison pour « séparatisme »")]),
    P("p2", "Rozaxun Barat", ["Rozaxun Barat"], ["relative", "victim"], gender="male",
      rel=[("father", "p1"), ("husband", "p3")],
      viol=[("family.reprisal", "la police de son district a convoqué ses parents à trois reprises")]),
    P("p3", "Hepize Osman", ["Hepize Osman"], ["relative", "victim"], gender="female", age=61,
      rel=[("mother", "p1"), ("wife", "p2")],
      viol=[("family.reprisal", "la police de son district a convoqué ses parents à trois reprises"),
            ("culture.religious_ban", "a été obligée par le comité de quartier d'ôter son foulard en public")]),
    P("p4", "Ma Lin", ["Ma Lin"], ["official"], gender="male"),
]
PLACES = [
    L("Maralbexi County", ["Maralbéchi", "Bachu"]),
    L("Kashgar Prefecture", ["préfecture de Kachgar"]),
    L("Cairo", ["Caire"]),
    L("Ürümqi", ["Ouroumtchi"]),
    L("Netherlands", ["Pays-Bas"]),
    L("Aksu", ["Aksou"]),
]
DATES = [
    D("RAPPORT ANNUEL [[2023]]", "2023", "year"),
    D("1995", "1995", "year"),
    D("En [[2016]]", "2016", "year"),
    D("printemps 2017", "2017", "year"),
    D("mai 2017", "2017-05", "month"),
    D("Vingt mois plus tard", "2019-01", "month"),
    D("l'automne 2018", "2018", "year"),
    D("l'an dernier", "2023", "year"),
]
EVENTS = [
    ("arrest", "p1", "2017-05"),
    ("detention", "p1", "2017-05"),
    ("sentencing", "p1", "2019-01"),
    ("interrogation", "p2", "2018"),
]
NEGATED = [("p1", "torture.beating", "Ayjamal n'a jamais été frappée"),
           ("p2", "detention.arbitrary_arrest", "il n'a jamais été détenu")]
FORBIDDEN = [("p3", "detention.arbitrary_arrest"), ("p2", "culture.religious_ban"), ("p1", "culture.religious_ban")]
