FILE = "fr02_decision_cnda_pieces.txt"
LANG = "fr"
DATE = "2022-03-28"
NOTE = ("French asylum court (CNDA) decision read on 28 March 2022 (= document date), quoting two Chinese papers the "
        "applicant produced: an 'avis de placement en formation' of 2 May 2017 and a Bayingolin court judgment of 18 "
        "October 2018 against his brother. Applicant 'Mutellip ABDUSALAM' / 'M. ABDUSALAM' / 'Mutellip Abdusalam' "
        "(Chinese nationality, Uyghur, born 1988): back from Egypt (return event, undated), taken to the Korla centre by "
        "police the same day (arbitrary arrest + camp; arrest and detention events), there until August 2018 (release "
        "event), daily songs for the Party (indoctrination), passport withdrawn after release, left China March 2019 "
        "via Kazakhstan and entered France 2 April 2019 (one exit event); beating 'aurait été frappé' not held "
        "established by the court (hedge: neither gold nor forbidden); 'Il n'a pas été condamné en Chine' (negated "
        "prison sentence). Brother 'Abdughaffar ABDUSALAM' (contains the applicant's surname: never the applicant): "
        "ten years for 'séparatisme' (prison sentence; sentencing event), family does not know which prison "
        "(incommunicado + disappearance; disappearance event undated). Lawyer 'Me Durand-Hamel' and presiding judge "
        "'Mme Lefèbvre' (titles left out) are other. The case number is not a date. Court, OFPRA, the Korla centre "
        "and the Bayingolin court are organisations.")
ORGS = ["COUR NATIONALE DU DROIT D'ASILE", "centre d'éducation et de formation professionnelle de Korla",
        "tribunal populaire intermédiaire de la préfecture mongole de Bayingolin", "OFPRA"]
PERSONS = [
    P("p1", "Mutellip Abdusalam", ["Mutellip ABDUSALAM", "ABDUSALAM", "Mutellip Abdusalam"], ["victim", "witness"],
      gender="male", ethnicity="Uyghur", birth_year=1988, citizenship=["China"], rel=[("brother", "p2")],
      viol=[("detention.arbitrary_arrest", "avoir été conduit dans ce centre par des policiers le jour même"),
            ("detention.internment_camp", "avoir été conduit dans ce centre par des policiers le jour même, y être resté jusqu'en août 2018"),
            ("indoctrination.political", "y avoir dû chanter quotidiennement des chants à la gloire du Parti"),
            ("movement.passport_confiscation", "son passeport lui a été retiré")]),
    P("p2", "Abdughaffar Abdusalam", ["Abdughaffar ABDUSALAM"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1")],
      viol=[("detention.prison_sentence", "condamnant son frère, M. Abdughaffar ABDUSALAM, à dix ans d'emprisonnement pour « séparatisme »"),
            ("detention.incommunicado", "sa famille ignore dans quelle prison son frère est détenu"),
            ("disappearance.enforced", "sa famille ignore dans quelle prison son frère est détenu")]),
    P("p3", "Durand-Hamel", ["Durand-Hamel"], ["other"]),
    P("p4", "Lefèbvre", ["Lefèbvre"], ["other"], gender="female"),
]
PLACES = [
    L("Korla", ["Korla"]),
    L("China", ["Chine"]),
    L("Egypt", ["Égypte"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("France", ["France"]),
]
DATES = [
    D("7 mars 2022", "2022-03-07", "day"),
    D("28 mars 2022", "2022-03-28", "day"),
    D("le 9 septembre 2021", "2021-09-09", "day"),
    D(("12 juillet 2021", 0), "2021-07-12", "day"),
    D("le 4 janvier 1988", "1988-01-04", "day"),
    D("2 mai 2017", "2017-05-02", "day"),
    D("août 2018", "2018-08", "month"),
    D("18 octobre 2018", "2018-10-18", "day"),
    D("mars 2019", "2019-03", "month"),
    D("le 2 avril 2019", "2019-04-02", "day"),
    D(("12 juillet 2021", 1), "2021-07-12", "day"),
]
EVENTS = [
    ("return", "p1", None),
    ("arrest", "p1", "2017-05-02"),
    ("detention", "p1", "2017-05-02"),
    ("release", "p1", "2018-08"),
    ("exit", "p1", "2019-03"),
    ("sentencing", "p2", "2018-10-18"),
    ("disappearance", "p2", None),
]
NEGATED = [("p1", "detention.prison_sentence", "Il n'a pas été condamné en Chine")]
FORBIDDEN = []
