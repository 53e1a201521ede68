FILE = "fr02_note_don_jours.txt"
LANG = "fr"
DATE = "2021-11-08"
NOTE = ("Hospital HR internal information note to staff (note d'information au personnel) calling for donations of rest "
        "days to a colleague. 'Mme Mükerrem SAWUT' (surname in capitals) then 'Mme Sawut'; brother 'Alimjan Sawut' then "
        "'Alimjan'; the mother is unnamed (not annotated). Staff Yannick Le Goff, Nadia Benali and signatory Sophie "
        "Marchal are role other. The directorate's 'Nous remercions' is institutional; the quoted 'Nous avons attendu' is "
        "the family. Brother: picked up in Ghulja April 2017 (arbitrary arrest, arrest, detention), 'centre dit « de "
        "formation »' = internment camp, no care despite a lung infection = denied medical care, four years not knowing "
        "if alive = incommunicado; released 'cet été' (-> 2021), joined the mother in Almaty 'le mois dernier' (exit "
        "2021-10). 'il n'a jamais été condamné' negates a prison sentence. Forced labour is conditional ('aurait été "
        "contraint', unverified): neither gold nor forbidden. The colleague's trip to Turkey in spring 2019 is not an "
        "event. 'le 2 novembre' -> 2021-11-02.")
ORGS = ["GROUPE HOSPITALIER DES TILLEULS – ROUEN"]
PERSONS = [
    P("p1", "Mükerrem Sawut", ["Mükerrem SAWUT", "Mme Sawut"], ["relative", "witness"], gender="female",
      rel=[("sister", "p2")]),
    P("p2", "Alimjan Sawut", ["Alimjan Sawut", "Alimjan"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1")],
      viol=[("detention.arbitrary_arrest", "a été interpellé à Ghulja en avril 2017"),
            ("detention.internment_camp", "détenu plus de quatre ans dans un centre dit « de formation »"),
            ("ill_treatment.denied_medical_care", "n'a reçu aucun soin pendant sa détention malgré une infection aux poumons"),
            ("detention.incommunicado", "Nous avons attendu quatre ans sans savoir s'il était vivant")]),
    P("p3", "Yannick Le Goff", ["Yannick Le Goff"], ["other"], gender="male"),
    P("p4", "Nadia Benali", ["Nadia Benali"], ["other"], gender="female"),
    P("p5", "Sophie Marchal", ["Sophie Marchal"], ["other"], gender="female"),
]
PLACES = [
    L("Rouen", ["Rouen"]),
    L("Ghulja", ["Ghulja"]),
    L("Almaty", ["Almaty"]),
    L("Turkey", ["Turquie"]),
]
DATES = [
    D("le 8 novembre 2021", "2021-11-08", "day"),
    D("depuis [[2012]]", "2012", "year"),
    D("avril 2017", "2017-04", "month"),
    D("cet été", "2021", "year"),
    D("le mois dernier", "2021-10", "month"),
    D("printemps 2019", "2019", "year"),
    D("le 2 novembre", "2021-11-02", "day"),
]
EVENTS = [
    ("arrest", "p2", "2017-04"),
    ("detention", "p2", "2017-04"),
    ("release", "p2", "2021"),
    ("exit", "p2", "2021-10"),
]
NEGATED = [("p2", "detention.prison_sentence", "il n'a jamais été condamné")]
FORBIDDEN = []
