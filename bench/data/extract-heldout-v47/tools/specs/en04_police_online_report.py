FILE = "en04_police_online_report.txt"
LANG = "en"
DATE = "2025-06-12"
NOTE = ("New Zealand Police online non-emergency report (form fields, first-person account, suspect block, police-use "
        "block dated 12/06/2025 = document date; NZ day/month dates). Reporter 'Dilmurat SABIR' (born 02/03/1987, New "
        "Zealand citizen, Uyghur, in Auckland since 2014 = exit): WeChat calls from a Kashgar officer pressing him to "
        "return and to photograph community members (transnational harassment). Officer 'Li Zhenbo' (named by himself) "
        "is official. Father 'Sabir Tursunniyaz': called to the police station and kept all day because of the son "
        "(family reprisal; interrogation event 3 June); 'will go to study' is a threat not carried out (no camp, no "
        "event; camp forbidden); 'has not been detained' (negated arbitrary arrest). Sister 'Gulnisa Sabir': police "
        "sit in her room while she records messages (family reprisal). Constable 'H. Ngata' is other. The reference "
        "number and clock times are not dates; 'February this year' = 2025-02.")
ORGS = ["New Zealand Police"]
PERSONS = [
    P("p1", "Dilmurat Sabir", ["Dilmurat SABIR"], ["victim", "narrator"], gender="male", ethnicity="Uyghur",
      birth_year=1987, citizenship=["New Zealand"], rel=[("son", "p3"), ("brother", "p4")],
      viol=[("transnational.harassment", "He wants me to go back to China \"for a talk\"")]),
    P("p2", "Li Zhenbo", ["Li Zhenbo"], ["official", "perpetrator"], gender="male"),
    P("p3", "Sabir Tursunniyaz", ["Sabir Tursunniyaz"], ["relative", "victim"], gender="male",
      rel=[("father", "p1"), ("father", "p4")],
      viol=[("family.reprisal", "was called to the police station in Kashgar and kept there all day")]),
    P("p4", "Gulnisa Sabir", ["Gulnisa Sabir"], ["relative", "victim"], gender="female",
      rel=[("sister", "p1"), ("daughter", "p3")],
      viol=[("family.reprisal", "police sit in her living room while she records them")]),
    P("p5", "H. Ngata", ["H. Ngata"], ["other"]),
]
PLACES = [
    L("Mount Roskill", ["Mount Roskill"]),
    L("Auckland", ["Auckland"]),
    L("New Zealand", ["New Zealand"]),
    L("China", ["China"]),
    L("Kashgar", ["Kashgar"]),
]
DATES = [
    D("11/06/2025", "2025-06-11", "day"),
    D("02/03/1987", "1987-03-02", "day"),
    D("since [[2020]]", "2020", "year"),
    D("since [[2014]]", "2014", "year"),
    D("February this year", "2025-02", "month"),
    D("3 June", "2025-06-03", "day"),
    D("12/06/2025", "2025-06-12", "day"),
]
EVENTS = [
    ("exit", "p1", "2014"),
    ("interrogation", "p3", "2025-06-03"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "As far as I know my father has not been detained")]
FORBIDDEN = [("p3", "detention.internment_camp")]
