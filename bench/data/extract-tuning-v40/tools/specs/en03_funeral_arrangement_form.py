FILE = "en03_funeral_arrangement_form.txt"
LANG = "en"
DATE = "2024-02-06"
NOTE = ("Birmingham funeral director's arrangement form for a Muslim burial (inverted 'MEMET, Gulbahar', UK numeric "
        "dates, next-of-kin-not-present section, notes for the imam, signatures). Deceased 'MEMET, Gulbahar' (one "
        "mention, b. 1951, died of cancer in hospital: death event, death.in_custody forbidden); daughter 'Munire "
        "ABLET' / 'Mrs Ablet' / 'M. Ablet'; son 'Yasin ABLET' / 'Yasin'; late husband 'Ablet QURBAN' (given name = "
        "children's surname); cousin 'Nurgul'; arranger 'Karen Doyle' / 'K. Doyle' (other). Yasin: back from Cairo "
        "spring 2017 (return), January 2018 picked up at a checkpoint (arbitrary arrest + checkpoint), re-education "
        "camp, 2020 moved to an unnamed prison with no word since (transfer; incommunicado + disappearance; no "
        "sentence stated). Ablet Qurban: died December 2019 while held in the camp (internment + death in custody); "
        "'never a trial, so he was not sentenced' (negated prison sentence). Nurgul: phone checked weekly (digital). "
        "'yesterday' -> 2024-02-05; 'spring of 2017' is a year date. Organisations: funeral directors, hospital, "
        "register office, Handsworth Cemetery; form numbers and Stratford Road are not dates or places.")
ORGS = ["HOLLINS & BRAY FUNERAL DIRECTORS", "Queen Elizabeth Hospital", "Birmingham Register Office",
        "Handsworth Cemetery", "41 Stratford Road"]
PERSONS = [
    P("p1", "Gulbahar Memet", ["MEMET, Gulbahar"], ["relative"], gender="female", birth_year=1951,
      rel=[("mother", "p2"), ("mother", "p3"), ("wife", "p4")]),
    P("p2", "Munire Ablet", ["Munire ABLET", "Ablet", "M. Ablet"], ["relative"], gender="female",
      rel=[("daughter", "p1"), ("sister", "p3"), ("daughter", "p4"), ("cousin", "p5")]),
    P("p3", "Yasin Ablet", ["Yasin ABLET", "Yasin"], ["victim"], gender="male",
      rel=[("son", "p1"), ("brother", "p2"), ("son", "p4"), ("cousin", "p5")],
      viol=[("detention.arbitrary_arrest", "he was picked up at a checkpoint near the bazaar"),
            ("surveillance.checkpoint", "picked up at a checkpoint near the bazaar"),
            ("detention.internment_camp", "kept in what the family understand was a re-education camp"),
            ("detention.incommunicado", "no one will say which one, and the family have had no word from him since"),
            ("disappearance.enforced", "no one will say which one, and the family have had no word from him since")]),
    P("p4", "Ablet Qurban", ["Ablet QURBAN"], ["victim"], gender="male",
      rel=[("husband", "p1"), ("father", "p2"), ("father", "p3")],
      viol=[("detention.internment_camp", "while held in the camp in Aksu"),
            ("death.in_custody", "died December 2019 while held in the camp in Aksu")]),
    P("p5", "Nurgul", ["Nurgul"], ["victim", "relative"], gender="female", rel=[("cousin", "p2"), ("cousin", "p3")],
      viol=[("surveillance.digital", "police look through her phone each week")]),
    P("p6", "Karen Doyle", ["Karen Doyle", "K. Doyle"], ["other"], gender="female"),
]
PLACES = [
    L("Sparkhill", ["Sparkhill"]),
    L("Birmingham", ["Birmingham"]),
    L("Aksu", ["Aksu"]),
    L("Xinjiang", ["Xinjiang"]),
    L("China", ["China"]),
    L("Cairo", ["Cairo"]),
]
DATES = [
    D("6 February 2024", "2024-02-06", "day"),
    D("14/05/1951", "1951-05-14", "day"),
    D("02/02/2024", "2024-02-02", "day"),
    D("yesterday", "2024-02-05", "day"),
    D("spring of 2017", "2017", "year"),
    D("January 2018", "2018-01", "month"),
    D("In [[2020]] he was moved", "2020", "year"),
    D("December 2019", "2019-12", "month"),
]
EVENTS = [
    ("death", "p1", "2024-02-02"),
    ("return", "p3", "2017"),
    ("arrest", "p3", "2018-01"),
    ("detention", "p3", "2018-01"),
    ("transfer", "p3", "2020"),
    ("disappearance", "p3", "2020"),
    ("detention", "p4", None),
    ("death", "p4", "2019-12"),
]
NEGATED = [("p4", "detention.prison_sentence", "There was never a trial, so he was not sentenced to anything")]
FORBIDDEN = [("p1", "death.in_custody")]
