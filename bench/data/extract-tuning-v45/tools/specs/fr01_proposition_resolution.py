FILE = "fr01_proposition_resolution.txt"
LANG = "fr"
DATE = "2025-01-28"
NOTE = ("Assemblée nationale proposition de résolution: header, registration date, title, authors (députés, role other), "
        "exposé des motifs naming detainees, article unique with 'Vu' line (procedural, no one). Ablajan Memet: emmené "
        "par la police 3 mars 2018 = arbitrary arrest (arrest + detention), personne n'a voulu dire à la famille où il "
        "se trouve = disappearance + incommunicado (reading 2). Yalqun Turdi: arrêté sans mandat janvier 2018 = "
        "arbitrary arrest (arrest + detention), condamné 2020 à perpétuité = prison sentence. His son Arman abroad: "
        "police calls ordering him home = transnational harassment; the mother Gulnar Sidiq summoned and questioned "
        "about her son = family reprisal + interrogation (reading 3). Patime Hasan: internée 2018-2020 in a 'centre "
        "de formation professionnelle' (stay without the taking = camp only; detention 2018, release 2020), IUD by "
        "force = forced contraception; 'elle n'a pas été stérilisée' = negated forced sterilisation. The Chinese "
        "claim that the centres closed is unverified and names no one. Dilnoza Abla: daughter, no act.")
ORGS = []
PERSONS = [
    P("p1", "Claire Vasseur-Lemoine", ["Claire Vasseur-Lemoine"], ["other"], gender="female"),
    P("p2", "Julien Orsat", ["Julien Orsat"], ["other"], gender="male"),
    P("p3", "Dilnoza Abla", ["Dilnoza Abla"], ["relative"], gender="female", rel=[("daughter", "p4")]),
    P("p4", "Ablajan Memet", ["Ablajan Memet"], ["victim"], gender="male", rel=[("father", "p3")],
      viol=[("detention.arbitrary_arrest", "Il a été emmené par la police le 3 mars 2018"),
            ("disappearance.enforced", "personne n'a jamais voulu dire à la famille où il se trouve"),
            ("detention.incommunicado", "personne n'a jamais voulu dire à la famille où il se trouve")]),
    P("p5", "Yalqun Turdi", ["Yalqun Turdi"], ["victim"], gender="male", rel=[("father", "p6")],
      viol=[("detention.arbitrary_arrest", "a été arrêté sans mandat en janvier 2018"),
            ("detention.prison_sentence", "condamné en 2020 à la réclusion à perpétuité")]),
    P("p6", "Arman Yalqun", ["Arman Yalqun"], ["relative", "victim"], gender="male", rel=[("son", "p5"), ("son", "p7")],
      viol=[("transnational.harassment", "a reçu en 2023 plusieurs appels de la police d'Ürümqi lui ordonnant de rentrer")]),
    P("p7", "Gulnar Sidiq", ["Gulnar Sidiq"], ["relative", "victim"], gender="female", rel=[("mother", "p6")],
      viol=[("family.reprisal", "a été convoquée au commissariat et interrogée sur les activités de son fils")]),
    P("p8", "Patime Hasan", ["Patime Hasan"], ["victim"], gender="female",
      viol=[("detention.internment_camp", "a été internée de 2018 à 2020 dans un « centre de formation professionnelle »"),
            ("reproductive.forced_contraception", "on lui a posé un stérilet de force")]),
]
PLACES = [L("Xinjiang", ["Xinjiang"]), L("Rennes", ["Rennes"]), L("Turpan", ["Tourfan"]), L("Urumqi", ["Ürümqi"]),
          L("Strasbourg", ["Strasbourg"]), L("Kashgar", ["Kachgar"])]
DATES = [D("le 28 janvier 2025", "2025-01-28", "day"), D("depuis [[2012]]", "2012", "year"),
         D("le 3 mars 2018", "2018-03-03", "day"), D("janvier 2018", "2018-01", "month"),
         D("condamné en [[2020]]", "2020", "year"), D("en [[2023]]", "2023", "year"), D("de [[2018]] à", "2018", "year"),
         D("2018 à [[2020]]", "2020", "year")]
EVENTS = [("arrest", "p4", "2018-03-03"), ("detention", "p4", "2018-03-03"), ("arrest", "p5", "2018-01"),
          ("detention", "p5", "2018-01"), ("sentencing", "p5", "2020"), ("interrogation", "p7", None),
          ("detention", "p8", "2018"), ("release", "p8", "2020")]
NEGATED = [("p8", "reproductive.forced_sterilization", "elle n'a pas été stérilisée")]
FORBIDDEN = []
