FILE = "en01_wgad_urgent_appeal.txt"
LANG = "en"
DATE = "2023-05-18"
NOTE = ("Urgent appeal to the UN Working Group on Arbitrary Detention with the model questionnaire's fields (identity, "
        "arrest, detention, circumstances, legal analysis), London NGO. 'MAMUT' / 'Erkinjan' in separate fields are two "
        "mentions; 'Mamut' after 'Mr.' is a mention (title left out of the span). Named PSB officer = perpetrator; casework officer = other. Arrest without "
        "warrant, pretext of calls abroad = arbitrary arrest; city detention centre = pretrial; 'vocational skills' centre "
        "from a former detainee's account (gold as fact); restraint chair = tiger chair; beaten; slogans = political "
        "indoctrination; place unknown + no lawyer = incommunicado + enforced disappearance (gold rule 2). Sentence is "
        "hedged ('could not confirm'): neither gold nor forbidden. Wife questioned about the sister abroad = family "
        "reprisal + passport; 'She was not detained' negated. Calls to the sister in Kayseri = transnational harassment. "
        "The Government's denial is quoted: not a negation. 'April to June 2018' gives two month dates; 'autumn of 2019' is a "
        "year date; 'Since 2020' year. Categories I, II, III and V are legal terms, not codes.")
ORGS = ["Tarim Rights Desk", "Working Group on Arbitrary Detention", "United Nations High Commissioner for Human Rights"]
PERSONS = [
    P("p1", "Erkinjan Mamut", ["MAMUT", "Erkinjan", "Mamut"], ["victim"], gender="male", birth_year=1971,
      rel=[("brother", "p2"), ("husband", "p3")],
      viol=[("detention.arbitrary_arrest", "Was a warrant shown? No"),
            ("detention.pretrial", "Hotan city detention centre"),
            ("detention.internment_camp", "a \"vocational skills education and training centre\" in Lop county"),
            ("detention.incommunicado", "No lawyer has been permitted to see him"),
            ("disappearance.enforced", "the family has never been told where he is held"),
            ("torture.tiger_chair", "was strapped into a restraint chair during interrogation"),
            ("torture.beating", "was beaten when he could not recite party slogans in Chinese"),
            ("indoctrination.political", "recite party slogans")]),
    P("p2", "Gulnisa Mamut", ["Gulnisa Mamut", "Gulnisa"], ["relative", "victim"], gender="female",
      rel=[("sister", "p1")],
      viol=[("transnational.harassment", "has received calls from a Hotan number telling her to stop \"spreading rumours\"")]),
    P("p3", "Hurshide Tohti", ["Hurshide Tohti"], ["relative", "victim"], gender="female", rel=[("wife", "p1")],
      viol=[("family.reprisal", "questioned her for a day about Gulnisa's contacts abroad"),
            ("movement.passport_confiscation", "kept her passport")]),
    P("p4", "Zhao Minghui", ["Zhao Minghui"], ["perpetrator"], gender=None),
    P("p5", "Megan Whitlock", ["Megan Whitlock"], ["other"], gender="female"),
]
PLACES = [
    L("Geneva", ["Geneva"]),
    L("London", ["London"]),
    L("Hotan", ["Hotan"]),
    L("Turkey", ["Turkey"]),
    L("Lop", ["Lop"]),
    L("Kayseri", ["Kayseri"]),
]
DATES = [
    D("18 May 2023", "2023-05-18", "day"),
    D("3 November 1971", "1971-11-03", "day"),
    D(("9 April 2018", 0), "2018-04-09", "day"),
    D(("9 April 2018", 1), "2018-04-09", "day"),
    D("([[April]] to", "2018-04", "month"),
    D("to [[June 2018]])", "2018-06", "month"),
    D("from [[June 2018]],", "2018-06", "month"),
    D("autumn of 2019", "2019", "year"),
    D("March 2018", "2018-03", "month"),
    D("December 2019", "2019-12", "month"),
    D("2 February 2021", "2021-02-02", "day"),
    D("Since [[2020]]", "2020", "year"),
]
EVENTS = [
    ("arrest", "p1", "2018-04-09"),
    ("detention", "p1", "2018-04-09"),
    ("transfer", "p1", "2018-06"),
    ("disappearance", "p1", "2019"),
    ("interrogation", "p3", "2019-12"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "She was not detained")]
FORBIDDEN = []
