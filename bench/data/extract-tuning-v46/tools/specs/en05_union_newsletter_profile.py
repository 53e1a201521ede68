FILE = "en05_union_newsletter_profile.txt"
LANG = "en"
DATE = "2021-10-15"
NOTE = ("Trade-union local's newsletter profile of a detained mill worker, written for members. Compulsory 'political "
        "study' after shifts for Uyghur workers, with reporting for absence = political indoctrination; taken by "
        "plainclothes police from the mill on 2 August 2017 = arbitrary arrest + detention event; 'the family was told "
        "nothing for a year' = whereabouts unknown to the family: enforced disappearance + incommunicado (rule 2; no "
        "disappearance event: the loss is not dated apart from the arrest); sentence learnt in 2018 = undated sentencing "
        "event (the date a verdict is learnt does not date it); no letter or call = incommunicado. The prison 'near Aksu' "
        "is the sister's belief she cannot confirm: Aksu is still a place mention, no transfer event. The sister abroad: "
        "threatening voice message = transnational harassment; the unnamed father summoned twice = no person. The mill's "
        "party secretary is `official`; union officers `other` ('Brother'/'Sister' are not part of names). 'Autumn 2021' "
        "= 2021; '40th birthday', 'eleven years', '412 postcards' are not dates.")
ORGS = ["Local 214, Textile and Garment Workers Union"]
PERSONS = [
    P("p1", "Parhat Osman", ["Parhat Osman", "Parhat"], ["victim"], gender="male", rel=[("brother", "p2")],
      viol=[("indoctrination.political", "they would all attend \"political study\" after their shifts and that anyone who missed a session would be reported"),
            ("detention.arbitrary_arrest", "plainclothes police came to the mill and took him away in front of his shift"),
            ("disappearance.enforced", "The family was told nothing for a year"),
            ("detention.incommunicado", "has had no letter or call from him"),
            ("detention.prison_sentence", "he had been sentenced to nine years for \"inciting ethnic hatred\"")]),
    P("p2", "Dilnaza Osman", ["Dilnaza Osman", "Dilnaza"], ["relative", "victim"], gender="female", rel=[("sister", "p1")],
      viol=[("transnational.harassment", "She received a WeChat voice message from an unknown number warning her that \"your brother's conditions depend on you\"")]),
    P("p3", "Zhao Minghui", ["Zhao Minghui"], ["official"], gender=None),
    P("p4", "Kevin Marchetti", ["Kevin Marchetti"], ["other"], gender="male"),
    P("p5", "Joanne Thibault", ["Joanne Thibault"], ["other"], gender="female"),
]
PLACES = [
    L("Winnipeg", ["Winnipeg"]),
    L("Korla", ["Korla"]),
    L("Aksu", ["Aksu"]),
    L("Vancouver", ["Vancouver"]),
]
DATES = [
    D("Autumn 2021", "2021", "year"),
    D("since [[2014]]", "2014", "year"),
    D("July 2017", "2017-07", "month"),
    D("2 August 2017", "2017-08-02", "day"),
    D("In [[2018]] a cousin", "2018", "year"),
    D("meetings in [[2019]]", "2019", "year"),
    D("June 2021", "2021-06", "month"),
]
EVENTS = [
    ("arrest", "p1", "2017-08-02"),
    ("detention", "p1", "2017-08-02"),
    ("sentencing", "p1", None),
]
NEGATED = []
FORBIDDEN = []
