FILE = "en01_foodbank_volunteer_application.txt"
LANG = "en"
DATE = "2024-03-11"
NOTE = ("Food-bank volunteer application form (sections, tick boxes, numbered questions with answers Q1-Q4, reference, "
        "declaration, office-use block). 'DALSTON COMMUNITY LARDER' and 'Hackney Community College' are orgs; postcode, phone "
        "number, 'Tuesday shift', 'eighty people' are not dates or persons. Applicant in capitals in the ID field, then "
        "'Zulpiye' (preferred name) and the signature; brother 'Mamatjan Ablet' (emergency contact) later bare 'Mamatjan'; the "
        "father's given name Ablet is the children's surname. Referee Helen Cartwright and staff 'D. Okafor' are role other; "
        "the neighbour is a role only. Nationality 'British (naturalised 2022)' -> citizenship United Kingdom, 2022 a year "
        "date. 'spring 2017' is a year date; 'two years later' chained on it -> 2019; 'last spring' anchored on the form date "
        "-> 2023. 'Induction booked: 16 March 2024' is after the document date: not annotated. Father: taken to a 'vocational "
        "training centre' without reason (arbitrary arrest + camp; the family's guess about the reason is a belief, not a "
        "fact), songs praising the Party and self-criticisms (political indoctrination); 'He was not beaten.' = negated "
        "beating beside the real acts. Mother: passport taken (2018). Applicant: calls telling her to stop talking to journalists = "
        "transnational harassment ; the police visit to the mother threatening the father's return to 'study' if the applicant keeps talking = family reprisal on the mother ('Last month' -> 2024-02).")
ORGS = ["DALSTON COMMUNITY LARDER", "Hackney Community College"]
PERSONS = [
    P("p1", "Zulpiye Ablet", ["ZULPIYE ABLET", "Zulpiye", "Zulpiye Ablet"], ["narrator", "relative", "victim"],
      gender="female", birth_year=1996, citizenship=["United Kingdom"],
      rel=[("daughter", "p3"), ("daughter", "p4"), ("sister", "p2")],
      viol=[("transnational.harassment", "calls from unknown numbers telling me to stop talking to journalists")]),
    P("p2", "Mamatjan Ablet", ["Mamatjan Ablet", "Mamatjan"], ["relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p3"), ("son", "p4")]),
    P("p3", "Ablet Qurban", ["Ablet Qurban"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("father", "p2")],
      viol=[("detention.arbitrary_arrest", "was taken from his shop in Ghulja"),
            ("detention.internment_camp", '"vocational training centre"'),
            ("indoctrination.political", "every morning they made him sing songs praising the Party and write self-criticisms")]),
    P("p4", "Aynur Tohti", ["Aynur Tohti"], ["victim", "relative"], gender="female",
      rel=[("mother", "p1"), ("mother", "p2")],
      viol=[("movement.passport_confiscation", "My mother's passport was taken in 2018"),
            ("family.reprisal", 'the police visited my mother and told her that my father would be "sent back to study" if I keep talking')]),
    P("p5", "Helen Cartwright", ["Helen Cartwright"], ["other"], gender="female"),
    P("p6", "D. Okafor", ["D. Okafor"], ["other"]),
]
PLACES = [
    L("London", ["London"]),
    L("Ghulja", ["Ghulja"]),
    L("Istanbul", ["Istanbul"]),
    L("United Kingdom", ["UK"]),
]
DATES = [
    D("14/06/1996", "1996-06-14", "day"),
    D("2022", "2022", "year"),
    D("spring 2017", "2017", "year"),
    D("two years later", "2019", "year"),
    D("2018", "2018", "year"),
    D("last spring", "2023", "year"),
    D("Last month", "2024-02", "month"),
    D("11 March 2024", "2024-03-11", "day"),
]
EVENTS = [("arrest", "p3", "2017"), ("detention", "p3", "2017"), ("release", "p3", "2019")]
NEGATED = [("p3", "torture.beating", "He was not beaten")]
FORBIDDEN = []
