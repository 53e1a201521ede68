FILE = "en05_bank_letter.txt"
LANG = "en"
DATE = "2021-11-03"
NOTE = ("Customer's letter to a bank's financial-crimes unit explaining transfers (address blocks, customer/account/case numbers "
        "and amounts are no dates; 'Bramley Trust Bank' and 'Financial Crimes Compliance Unit' are organisations). A date list "
        "'4 January, 9 April and 2 August 2021' gives three day dates with the year from the last. The mother appears in three "
        "scripts: Aygül Memet, 阿依古丽·买买提, Ayiguli Maimaiti. Son's surname Qurban <- father Qurban Niyaz. Father: taken from the "
        "mosque (arrest 2017-06) straight to the Hotan city detention centre (pretrial), then a camp in Lop county, sentence learned "
        "in 2019 (sentencing date null), prison unknown (incommunicado + disappearance as v8's ru01). Mother questioned for a day "
        "because of money from abroad (family reprisal + interrogation event 2017); 'She was not detained' negated. Intermediary "
        "Wang Lihua ('Mr Wang') and cousin Gulmire Abdulla are not victims. Officer's phone threat = transnational harassment. "
        "'a Canadian citizen since 2015' -> Canada.")
ORGS = ["Financial Crimes Compliance Unit", "Bramley Trust Bank"]
PERSONS = [
    P("p1", "Abdusalam Qurban", ["Abdusalam Qurban"], ["narrator", "relative", "victim"], gender="male",
      citizenship=["Canada"], rel=[("son", "p2"), ("son", "p3"), ("cousin", "p5")],
      viol=[("transnational.harassment", "phoned me from my mother's own number and told me to \"think about her health\"")]),
    P("p2", "Aygül Memet", ["Aygül Memet", "阿依古丽·买买提", "Ayiguli Maimaiti"], ["relative", "victim"], gender="female",
      rel=[("mother", "p1"), ("wife", "p3")],
      viol=[("family.reprisal", "the police called her in within a week, questioned her for a whole day and told her that money from abroad \"funds terrorism\"")]),
    P("p3", "Qurban Niyaz", ["Qurban Niyaz"], ["victim", "relative"], gender="male", rel=[("father", "p1"), ("husband", "p2")],
      viol=[("detention.arbitrary_arrest", "He was taken away from the mosque after Friday prayer"),
            ("detention.pretrial", "held first in the Hotan city detention centre"),
            ("detention.internment_camp", "then in a camp in Lop county"),
            ("detention.prison_sentence", "he had been sentenced to fifteen years"),
            ("detention.incommunicado", "We do not know which prison he is in"),
            ("disappearance.enforced", "We do not know which prison he is in")]),
    P("p4", "Wang Lihua", ["Wang Lihua", "Wang"], ["other"], gender="male"),
    P("p5", "Gulmire Abdulla", ["Gulmire Abdulla", "Gulmire"], ["relative", "other"], gender="female", rel=[("cousin", "p1")]),
    P("p6", "Ma Xiaodong", ["Ma Xiaodong"], ["official", "perpetrator"], gender="male"),
]
PLACES = [
    L("Mississauga", ["Mississauga"]),
    L("Toronto", ["Toronto"]),
    L("Ontario", ["ON"]),
    L("China", ["China"]),
    L("Shenzhen", ["Shenzhen"]),
    L("Hotan city", ["Hotan city"]),
    L("Lop County", ["Lop county"]),
    L("Guangzhou", ["Guangzhou"]),
    L("Korla", ["Korla"]),
]
DATES = [
    D("3 November 2021", "2021-11-03", "day"),
    D("21 October 2021", "2021-10-21", "day"),
    D("4 January", "2021-01-04", "day"),
    D("9 April", "2021-04-09", "day"),
    D("2 August 2021", "2021-08-02", "day"),
    D("June 2017", "2017-06", "month"),
    D("In [[2019]] the family", "2019", "year"),
    D("directly in [[2017]]", "2017", "year"),
    D("since [[2015]]", "2015", "year"),
    D("since [[2012]]", "2012", "year"),
    D("In [[2019]] an officer", "2019", "year"),
]
EVENTS = [
    ("arrest", "p3", "2017-06"),
    ("detention", "p3", "2017-06"),
    ("transfer", "p3", None),
    ("sentencing", "p3", None),
    ("disappearance", "p3", None),
    ("interrogation", "p2", "2017"),
]
NEGATED = [("p2", "detention.arbitrary_arrest", "She was not detained")]
FORBIDDEN = [("p4", "detention.arbitrary_arrest"), ("p5", "detention.arbitrary_arrest")]
