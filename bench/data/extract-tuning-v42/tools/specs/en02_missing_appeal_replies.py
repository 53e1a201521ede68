FILE = "en02_missing_appeal_replies.txt"
LANG = "en"
DATE = "2025-02-15"
NOTE = ("Missing-person appeal on a social network with its reply thread (handles, post dates, hashtags, emoji). "
        "@handles stand for the people who post and are person mentions (the handle is the name). Ablet Nurmemet (37): "
        "unheard of since 21 January (disappearance event 2025-01-21), stopped at the checkpoint at the city entrance "
        "(checkpoint), passport taken there (passport), family not told where he is (disappearance + incommunicado). "
        "The hearsay that he was seen in the Yengisar detention centre is hedged ('I can't confirm'): no pretrial code, "
        "no detention event, not forbidden. '#WhereIsAblet' is a hashtag, not a mention. The troll's 'just on vacation' "
        "is sarcasm, no act and no denial. The mother (unnamed) visited by police; the demand to delete the thread "
        "'or think about your son' is pressure on the sister abroad = transnational harassment on @gulnur_speaks. Tursunjan "
        "(uncle of @mirzat.k): stopped at the same checkpoint in 2019, blood and voice taken, let go = checkpoint + "
        "biometric (no holding: no event). 'last week' is not annotated (no day or month); 'yesterday' "
        "on 15 Feb = 2025-02-14.")
ORGS = []
PERSONS = [
    P("p1", "@gulnur_speaks", ["@gulnur_speaks"], ["narrator", "relative", "victim"], gender="female",
      rel=[("sister", "p2")],
      viol=[("transnational.harassment", "they told her I must delete this thread \"or think about your son\"")]),
    P("p2", "Ablet Nurmemet", ["Ablet Nurmemet", "Ablet"], ["victim"], gender="male", age=37, rel=[("brother", "p1")],
      viol=[("surveillance.checkpoint", "was stopped at the checkpoint at the city entrance"),
            ("movement.passport_confiscation", "police took his passport right there"),
            ("disappearance.enforced", "nobody will tell our family where he is"),
            ("detention.incommunicado", "nobody will tell our family where he is")]),
    P("p3", "@kaan_ist_34", ["@kaan_ist_34"], ["other"]),
    P("p4", "@mirzat.k", ["@mirzat.k"], ["witness", "relative"], rel=[("nephew", "p7")]),
    P("p7", "Tursunjan", ["Tursunjan"], ["victim"], gender="male", rel=[("uncle", "p4")],
      viol=[("surveillance.checkpoint", "got stopped at the same checkpoint in 2019"),
            ("medical.biometric_collection", "they took his blood and recorded his voice")]),
    P("p5", "@bot_watcher99", ["@bot_watcher99"], ["other"]),
    P("p6", "@r_tohti_ldn", ["@r_tohti_ldn"], ["witness"]),
]
PLACES = [L("Kashgar", ["Kashgar"]), L("Istanbul", ["Istanbul"]), L("Yengisar", ["Yengisar"])]
DATES = [
    D(("12 Feb 2025", 0), "2025-02-12", "day"), D(("12 Feb 2025", 1), "2025-02-12", "day"),
    D(("12 Feb 2025", 2), "2025-02-12", "day"), D(("12 Feb 2025", 3), "2025-02-12", "day"),
    D("13 Feb 2025", "2025-02-13", "day"), D(("14 Feb 2025", 0), "2025-02-14", "day"),
    D(("14 Feb 2025", 1), "2025-02-14", "day"), D("15 Feb 2025", "2025-02-15", "day"),
    D("21 January", "2025-01-21", "day"), D("in [[2019]]", "2019", "year"),
    D("Kashgar [[yesterday]]", "2025-02-14", "day"),
]
EVENTS = [("disappearance", "p2", "2025-01-21")]
NEGATED = []
FORBIDDEN = []
