FILE = "fr02_message_vocal.txt"
LANG = "fr"
DATE = "2025-03-04"
NOTE = ("Word-for-word transcription of a WhatsApp voice message (bracketed header, hesitations, [soupir], [rire]). "
        "Serik Kabdolla (uncle): arrested at home in Tacheng in November 2018 for having WhatsApp = arbitrary arrest "
        "(the messaging app is the pretext), camp 'ce qu'ils appellent l'école' until 2020 = internment camp, then "
        "sentenced (learnt 'l'année dernière', length hedged: sentencing undated). Nurbol (husband of an unnamed cousin; no relation to a named person): died in the camp in 2019, body returned = internment camp + death in custody (detention undated, death 2019). Gulsara (aunt): summoned 'samedi "
        "dernier' (message of Tuesday 4 March 2025 = 2025-03-01), asked why the niece speaks to journalists, kept one "
        "night at the police station = arbitrary arrest (custody on a pretext) + family reprisal + pretrial (arrest and detention 2025-03-01; in-custody questioning gives no interrogation event); "
        "'elle dit qu'on l'a pas frappée' = negated beating. Erlan: 'celui qu'on croyait disparu ? Non non, lui il va "
        "bien' = negated disappearance (false alarm, a trip to Kazakhstan is no exit event). Marie is the volunteer "
        "(other). 'hier' = 2025-03-03; 'demain' not annotated; '3 min 12 s', '23 h 06' are no dates.")
ORGS = []
PERSONS = [
    P("p1", "Zhanar", ["Zhanar"], ["narrator", "relative"], gender="female",
      rel=[("niece", "p2"), ("niece", "p4"), ("cousin", "p5")]),
    P("p2", "Serik Kabdolla", ["Serik Kabdolla"], ["victim"], gender="male", rel=[("uncle", "p1")],
      viol=[("detention.arbitrary_arrest", "il a été arrêté à Tacheng en novembre 2018, à la maison, devant ses enfants, parce qu'il avait WhatsApp sur son téléphone"),
            ("detention.internment_camp", "il a été au camp, tu sais, ce qu'ils appellent l'école"),
            ("detention.prison_sentence", "un tribunal l'a condamné")]),
    P("p3", "Marie", ["Marie"], ["other"], gender="female"),
    P("p4", "Gulsara", ["Gulsara"], ["victim", "relative"], gender="female", rel=[("aunt", "p1")],
      viol=[("detention.arbitrary_arrest", "on l'a convoquée samedi dernier au commissariat"),
            ("family.reprisal", "on l'a convoquée samedi dernier au commissariat, ils lui ont demandé pourquoi moi je parle aux journalistes en France"),
            ("detention.pretrial", "ils l'ont gardée une nuit là-bas")]),
    P("p6", "Nurbol", ["Nurbol"], ["victim"], gender="male",
      viol=[("detention.internment_camp", "il est mort au camp en 2019"),
            ("death.in_custody", "il est mort au camp en 2019, ils ont rendu le corps à la famille")]),
    P("p5", "Erlan", ["Erlan"], ["other"], gender="male", rel=[("cousin", "p1")]),
]
PLACES = [L("Tacheng", ["Tacheng"]), L("France", ["France"]), L("Kazakhstan", ["Kazakhstan"])]
DATES = [
    D("mardi 4 mars 2025", "2025-03-04", "day"), D("novembre 2018", "2018-11", "month"),
    D("jusqu'en [[2020]]", "2020", "year"), D("au camp en [[2019]]", "2019", "year"), D("l'année dernière", "2024", "year"),
    D("samedi dernier", "2025-03-01", "day"), D("chameau [[hier]]", "2025-03-03", "day"),
]
EVENTS = [("arrest", "p2", "2018-11"), ("detention", "p2", "2018-11"), ("sentencing", "p2", None),
          ("detention", "p6", None), ("death", "p6", "2019"),
          ("arrest", "p4", "2025-03-01"), ("detention", "p4", "2025-03-01")]
NEGATED = [("p4", "torture.beating", "elle dit qu'on l'a pas frappée"),
           ("p5", "disappearance.enforced", "celui qu'on croyait disparu ? Non non, lui il va bien")]
FORBIDDEN = []
