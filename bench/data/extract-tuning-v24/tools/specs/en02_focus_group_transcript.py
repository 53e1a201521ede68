FILE = "en02_focus_group_transcript.txt"
LANG = "en"
DATE = "2026-06-09"
NOTE = ("Market-research focus-group transcript for a beverage concept (agency header, project code TEAPOT, session line, "
        "time-code excerpt range, participant list with first names in capitals and ages in brackets, 'P2 (ABLET)' labels "
        "then bare 'P2', MOD turns, moderator's debrief note). Moderator Rachel Osei and participants Daniel, Sun-hee, "
        "Marisol and Zahra (Kabul) are roles only (other). Ablet (first name only, 41): left in 2017 (exit), police from "
        "Hotan called him in Toronto on WeChat last year (-> 2025) to come back (transnational harassment). Mother "
        "'Rahile' named after 'My mother': 'she was not arrested, no' (negated) but cannot fast at Ramadan, neighbours "
        "check (religious ban: positive control). Brother 'Memet': bussed 'in March this year' (-> 2026-03) to a shoe "
        "factory in Anhui, a 'job transfer', cannot quit (forced labour; annotated as a transfer event). Time codes, "
        "'92 min', ages and 'Session 3 of 4' are not dates. 'Uyghur tea', 'Uyghur-style' are not places or persons.")
PERSONS = [
    P("p1", "Rachel Osei", ["Rachel Osei"], ["other"], gender="female"),
    P("p2", "Daniel", ["DANIEL"], ["other"], gender="male", age=34),
    P("p3", "Ablet", ["ABLET", "Ablet"], ["narrator", "victim", "relative"], gender="male", age=41, ethnicity="Uyghur",
      rel=[("son", "p4"), ("brother", "p5")],
      viol=[("transnational.harassment", "the police from Hotan called me here, in Toronto. On WeChat. He said, come back")]),
    P("p4", "Rahile", ["Rahile"], ["victim", "relative"], gender="female", rel=[("mother", "p3"), ("mother", "p5")],
      viol=[("culture.religious_ban", "she can't fast at Ramadan anymore, the neighbourhood people come and check who's eating")]),
    P("p5", "Memet", ["Memet"], ["victim", "relative"], gender="male", rel=[("brother", "p3"), ("son", "p4")],
      viol=[("labour.forced_labour", "they put him on a bus with forty others to a shoe factory in Anhui")]),
    P("p6", "Sun-hee", ["SUN-HEE"], ["other"], gender="female", age=29),
    P("p7", "Marisol", ["MARISOL"], ["other"], gender="female", age=52),
    P("p8", "Zahra", ["ZAHRA"], ["other"], gender="female", age=38),
]
PLACES = [
    L("Toronto", ["Toronto"]),
    L("Hotan", ["Hotan"]),
    L("Anhui", ["Anhui"]),
    L("Kabul", ["Kabul"]),
]
DATES = [
    D("9 June 2026", "2026-06-09", "day"),
    D("since [[2017]]", "2017", "year"),
    D("March this year", "2026-03", "month"),
    D("Last year", "2025", "year"),
]
EVENTS = [
    ("exit", "p3", "2017"),
    ("transfer", "p5", "2026-03"),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "she was not arrested, no, nothing like that")]
FORBIDDEN = [("p5", "detention.internment_camp"), ("p8", "transnational.harassment"), ("p4", "detention.internment_camp")]
