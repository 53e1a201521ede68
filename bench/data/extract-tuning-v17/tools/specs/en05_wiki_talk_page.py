FILE = "en05_wiki_talk_page.txt"
LANG = "en"
DATE = "2022-03-09"
NOTE = ("Encyclopedia talk page: usernames Arslan_Q and Kettlewell and 'WMSE' are not persons; 'WikiProject ... Central "
        "Asia', 'RFA', 'al-Azhar' orgs; clock times, '[3]', ticket number are no dates; signature stamps are day dates; "
        "'late 2017' -> 2017. Editor signing with a real name, Jonatan Ekdahl ('Thanks, Jonatan.') = other. Subject "
        "Nurmuhammad Sabit (title 'Talk:...', bare 'Sabit', 'Nurmuhammad's'): taken from his clinic in Qaghiliq 14 Nov 2017 "
        "(arrest + detention same day), county detention centre = pretrial, refused insulin = denied medical care, "
        "'training school' in Poskam = camp (transfer, no date); the removed claim 'sentenced to 15 years in 2019' is "
        "contradicted by his wife ('never tried' = negated prison sentence; no sentencing event); family not knowing where "
        "he is since 30 June 2018 = enforced disappearance + incommunicado (disappearance event, no date). Brother Ablet "
        "Sabit questioned Dec 2017 about money sent to the son = family reprisal + interrogation. Son Yasin ordered by a "
        "consular official to return = transnational harassment. Daughter Mihriay Nurmuhammad: 'not contacted by the police' "
        "= negated transnational harassment. Kargilik = Qaghiliq = Yecheng: one place.")
ORGS = ["WikiProject Central Asia", "al-Azhar"]
PERSONS = [
    P("p1", "Nurmuhammad Sabit", ["Nurmuhammad Sabit", "Sabit", "Nurmuhammad"], ["victim"], gender="male",
      rel=[("husband", "p2"), ("brother", "p3"), ("father", "p4"), ("father", "p5")],
      viol=[("detention.arbitrary_arrest", "he was taken from his clinic in Qaghiliq on 14 November 2017"),
            ("detention.pretrial", "held at the Qaghiliq county detention centre"),
            ("detention.internment_camp", "being moved to the \"training school\" in Poskam"),
            ("ill_treatment.denied_medical_care", "he was refused insulin in the detention centre for several weeks"),
            ("disappearance.enforced", "the family has not seen him since the last phone call on 30 June 2018 and does not know where he is"),
            ("detention.incommunicado", "has not seen him since the last phone call on 30 June 2018")]),
    P("p2", "Patigul Ehet", ["Patigul Ehet"], ["relative", "witness"], gender="female", rel=[("wife", "p1")]),
    P("p3", "Ablet Sabit", ["Ablet Sabit"], ["relative", "victim"], gender="male", rel=[("brother", "p1")],
      viol=[("family.reprisal", "was questioned in December 2017 about money sent to Nurmuhammad's son Yasin in Cairo")]),
    P("p4", "Yasin", ["Yasin"], ["relative", "victim"], gender="male", rel=[("son", "p1")],
      viol=[("transnational.harassment", "was ordered by a Chinese consular official in 2017 to return home")]),
    P("p5", "Mihriay Nurmuhammad", ["Mihriay Nurmuhammad"], ["relative", "witness"], gender="female",
      rel=[("daughter", "p1")]),
    P("p6", "Jonatan Ekdahl", ["Jonatan Ekdahl", "Jonatan"], ["other"], gender="male"),
]
PLACES = [
    L("Yecheng", ["Qaghiliq", "Kargilik", "Yecheng"]),
    L("Poskam", ["Poskam"]),
    L("Cairo", ["Cairo"]),
    L("Egypt", ["Egypt"]),
    L("Stockholm", ["Stockholm"]),
]
DATES = [
    D("late 2017", "2017", "year"),
    D("The [[2019]] report", "2019", "year"),
    D("14 November 2017", "2017-11-14", "day"),
    D("09:12, [[2 March 2022]]", "2022-03-02", "day"),
    D("11:40, [[2 March 2022]]", "2022-03-02", "day"),
    D("12:03, [[2 March 2022]]", "2022-03-02", "day"),
    D("15 years in [[2019]]", "2019", "year"),
    D("RFA in [[2020]]", "2020", "year"),
    D("18:27, [[4 March 2022]]", "2022-03-04", "day"),
    D("December 2017", "2017-12", "month"),
    D("official in [[2017]]", "2017", "year"),
    D("20:55, [[4 March 2022]]", "2022-03-04", "day"),
    D("5 March 2022", "2022-03-05", "day"),
    D("([[2015]]", "2015", "year"),
    D("30 June 2018", "2018-06-30", "day"),
    D("8 March 2022", "2022-03-08", "day"),
    D("9 March 2022", "2022-03-09", "day"),
]
EVENTS = [
    ("arrest", "p1", "2017-11-14"),
    ("detention", "p1", "2017-11-14"),
    ("transfer", "p1", None),
    ("disappearance", "p1", None),
    ("interrogation", "p3", "2017-12"),
]
NEGATED = [("p1", "detention.prison_sentence", "he was never tried"),
           ("p5", "transnational.harassment", "she was not contacted by the police either before or after the upload")]
FORBIDDEN = []
