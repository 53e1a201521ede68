FILE = "en02_home_insurance_claim.txt"
LANG = "en"
DATE = "2025-01-22"
NOTE = ("Home-contents insurance claim form (Toronto) with the insured's statement in sections and the adjuster's note: "
        "insured in inverted form 'NIYAZ, Rozigul' (one mention), signature 'R. Niyaz'; building manager 'Mr. Delgado' "
        "and adjuster 'G. Ashby' are named staff (other). Turkic naming: father Niyaz Sawut. Brother Perhat: arrested in "
        "Ghulja 2018 for WhatsApp (arbitrary arrest + digital surveillance), 'vocational school' (camp), glove factory in "
        "Aksu (forced labour) until 'last March' (= 2024-03 on the document date), passport kept until September "
        "(2024-09, chained); his crossing into Kazakhstan is undated; beating is only the mother's belief (hedged, "
        "neither gold nor forbidden). Father taken the same month (arrest+detention 2018), died in the Ghulja detention "
        "centre January 2020 (death in custody, pretrial) and 'was never tried' (negated sentence). Mother Helchem reports "
        "only. The insured 'was never detained' (negated). Loss and travel dates are real dates; '30 days', 'seven years', "
        "'almost three years' are durations. The document date is the adjuster's note (2025-01-22).")
ORGS = ["NORTHSHORE MUTUAL"]
PERSONS = [
    P("p1", "Rozigul Niyaz", ["NIYAZ, Rozigul", "R. Niyaz"], ["narrator", "relative"], gender="female",
      rel=[("sister", "p2"), ("daughter", "p3"), ("daughter", "p4")]),
    P("p2", "Perhat", ["Perhat"], ["victim"], gender="male",
      rel=[("brother", "p1"), ("son", "p3"), ("son", "p4")],
      viol=[("detention.arbitrary_arrest", "Perhat was arrested in Ghulja because he had WhatsApp on his phone"),
            ("surveillance.digital", "because he had WhatsApp on his phone"),
            ("detention.internment_camp", "he spent almost three years in a \"vocational school\""),
            ("labour.forced_labour", "he was made to work in a glove factory in Aksu"),
            ("movement.passport_confiscation", "the police kept his passport until September")]),
    P("p3", "Niyaz Sawut", ["Niyaz Sawut"], ["victim"], gender="male",
      rel=[("father", "p1"), ("father", "p2"), ("husband", "p4")],
      viol=[("detention.arbitrary_arrest", "was taken in the same month as Perhat"),
            ("death.in_custody", "he died in the Ghulja detention centre in January 2020"),
            ("detention.pretrial", "the Ghulja detention centre")]),
    P("p4", "Helchem", ["Helchem"], ["relative"], gender="female",
      rel=[("mother", "p1"), ("mother", "p2"), ("wife", "p3")]),
    P("p5", "Delgado", ["Delgado"], ["other"], gender="male"),
    P("p6", "G. Ashby", ["G. Ashby"], ["other"]),
]
PLACES = [
    L("Toronto", ["Toronto"]),
    L("Ontario", ["Ontario"]),
    L("Almaty", ["Almaty"]),
    L("China", ["China"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Ghulja", ["Ghulja"]),
    L("Aksu", ["Aksu"]),
]
DATES = [
    D("December 28, 2024", "2024-12-28", "day"),
    D("January 20, 2025", "2025-01-20", "day"),
    D("on [[December 28]] and", "2024-12-28", "day"),
    D("November 30, 2024", "2024-11-30", "day"),
    D("January 6, 2025", "2025-01-06", "day"),
    D("In [[2018]] Perhat", "2018", "year"),
    D("last March", "2024-03", "month"),
    D("until [[September]]", "2024-09", "month"),
    D("January 2020", "2020-01", "month"),
    D("since [[2015]]", "2015", "year"),
    D("January 22, 2025", "2025-01-22", "day"),
]
EVENTS = [
    ("arrest", "p2", "2018"),
    ("detention", "p2", "2018"),
    ("exit", "p2", None),
    ("arrest", "p3", "2018"),
    ("detention", "p3", "2018"),
    ("death", "p3", "2020-01"),
]
NEGATED = [("p1", "detention.arbitrary_arrest", "I was never detained or questioned myself"),
           ("p3", "detention.prison_sentence", "was never tried")]
FORBIDDEN = []
