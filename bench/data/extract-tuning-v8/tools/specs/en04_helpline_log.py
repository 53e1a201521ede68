FILE = "en04_helpline_log.txt"
LANG = "en"
DATE = "2022-11-30"
NOTE = ("Exported helpline call log: header with organisation name containing a toponym (Kansai: not a place), volunteer initials "
        "'vol. K.T.', 'vol. M.S.' (not persons), entry numbers, clock times and case ref 'KUFH-22-077' (not dates). Entry date stamps "
        "are day dates; 'the day before yesterday' and 'last night' anchored on entry 0412's date, 'yesterday' on entry 0414's, "
        "'this month' on the log. Anonymous caller not a person. 'b. 1994' -> year. Ghulja city = Ghulja (modifier 'a Ghulja "
        "number'); Kumul = Hami. Mother 'was not taken' (negated) but phone searched and told not to talk to her daughter abroad "
        "(family.reprisal); daughter harassed over WeChat from a Ghulja number (transnational.harassment), 'not threatened by anyone "
        "in Japan' is no denial of that. Uncle: tablets, lane confinement; 'never sentenced and never beaten' negated. Rumour of "
        "the uncle's son in Turpan prison not gold. Brother's location 'nobody will confirm' = incommunicado; questioning "
        "reported through a neighbour is asserted (interrogation event).")
ORGS = ["KANSAI UYGHUR FAMILY HELPLINE"]
PERSONS = [
    P("p1", "Rahile Nizamidin", ["Rahile Nizamidin", "Rahile"], ["witness", "relative", "victim"], gender="female",
      ethnicity="Uyghur", age=23, rel=[("sister", "p2"), ("daughter", "p3")],
      viol=[("transnational.harassment", "a man writing in Chinese from a Ghulja number asked her over WeChat for a photo of her Japanese residence card and the names of her classmates")]),
    P("p2", "Dilmurat Nizamidin", ["Dilmurat Nizamidin", "Dilmurat"], ["victim"], gender="male", birth_year=1994,
      rel=[("brother", "p1"), ("son", "p3")],
      viol=[("detention.arbitrary_arrest", "According to her mother no reason was given and no paper was left"),
            ("detention.incommunicado", "nobody will confirm it"),
            ("detention.pretrial", "was moved yesterday from the police station to the Ghulja city detention centre")]),
    P("p3", "Shemsiqemer Osman", ["Shemsiqemer Osman"], ["relative", "victim"], gender="female", age=58,
      rel=[("mother", "p1"), ("mother", "p2")],
      viol=[("surveillance.digital", "officers however went through every app on her phone in front of her and kept it for two days"),
            ("family.reprisal", "Her mother has been told by the neighbourhood committee that she must not talk to Rahile any more")]),
    P("p4", "Yarmuhemmet Nasir", ["Yarmuhemmet Nasir"], ["victim"], gender="male", age=74,
      viol=[("detention.internment_camp", "was held from early 2018 until the spring of 2020 in a training centre in Kumul"),
            ("medical.forced_medication", "he was made to swallow white tablets every evening with the others"),
            ("detention.house_arrest", "the village committee does not allow him to leave his lane")]),
]
PLACES = [
    L("Osaka", ["Osaka"]),
    L("Yining", ["Ghulja city", "Ghulja"]),
    L("Japan", ["Japan"]),
    L("Nagoya", ["Nagoya"]),
    L("Hami", ["Kumul", "Hami"]),
    L("Turpan", ["Turpan"]),
]
DATES = [
    D("Period: [[28]]-30", "2022-11-28", "day"),
    D("28-[[30 November 2022]]", "2022-11-30", "day"),
    D("2022-11-28", "2022-11-28", "day"),
    D("b. [[1994]]", "1994", "year"),
    D("the day before yesterday", "2022-11-26", "day"),
    D("last night", "2022-11-27", "day"),
    D("2022-11-29", "2022-11-29", "day"),
    D("early 2018", "2018", "year"),
    D("the spring of 2020", "2020", "year"),
    D("2022-11-30", "2022-11-30", "day"),
    D("moved [[yesterday]]", "2022-11-29", "day"),
    D("this month", "2022-11", "month"),
]
EVENTS = [
    ("arrest", "p2", "2022-11-26"),
    ("detention", "p2", "2022-11-26"),
    ("transfer", "p2", "2022-11-29"),
    ("interrogation", "p2", None),
    ("detention", "p4", "2018"),
    ("release", "p4", "2020"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "was not taken"),
           ("p4", "detention.prison_sentence", "the uncle was never sentenced"),
           ("p4", "torture.beating", "never beaten")]
FORBIDDEN = [("p1", "detention.arbitrary_arrest"), ("p3", "detention.pretrial")]
