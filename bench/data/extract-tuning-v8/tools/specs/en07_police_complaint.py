FILE = "en07_police_complaint.txt"
LANG = "en"
DATE = "2023-08-09"
NOTE = ("Dutch police complaint record (translation): police unit header 'POLITIE - EENHEID DEN HAAG' (org), reference "
        "'2023-0809-ZTM-114' and clock time (not dates), 'badge 44871' (no person), 'Kelpin county public security bureau' and 'Aksu "
        "Intermediate People's Court' (orgs: no place mention inside). Particulars in form order: 'Surname: IMIRDIN. Given name: "
        "Mewlan.' are mentions of the complainant; 'Born: 12-06-1986' (DD-MM-YYYY); 'Nationality: Dutch (naturalised 2020)' -> "
        "Netherlands. Brother Yasinjan Imirdin shares the surname. 'May of this year' and 'Three days before I made this report' "
        "anchored on the report date. Mother made to read on a video call that her son is 'used by anti-China forces' = forced "
        "denunciation + forced confession + family reprisal; 'My mother was not detained' negated. Sentence known only from a "
        "paper received in 2018 (sentencing date null). Hands chained to a floor ring for a month = shackling. 'anti-China' is "
        "no place mention. Daughter unnamed.")
ORGS = ["POLITIE - EENHEID DEN HAAG", "Kelpin county public security bureau", "Aksu Intermediate People's Court"]
PERSONS = [
    P("p1", "Mewlan Imirdin", ["IMIRDIN", "Mewlan", "Mewlan Imirdin"], ["narrator", "victim", "witness", "relative"],
      gender="male", ethnicity="Uyghur", birth_year=1986, citizenship=["Netherlands"],
      rel=[("son", "p3"), ("brother", "p4")],
      viol=[("transnational.harassment", "Hu Bo told me to send him the names of everyone who attended the meetings of our Uyghur association in The Hague")]),
    P("p2", "Hu Bo", ["Hu Bo"], ["official", "perpetrator"], gender="male"),
    P("p3", "Hayrinisa Mamut", ["Hayrinisa Mamut"], ["relative", "victim"], gender="female", age=71,
      rel=[("mother", "p1"), ("mother", "p4")],
      viol=[("coercion.forced_denunciation", "She read from a paper that I am \"used by anti-China forces\" and that I must come home"),
            ("coercion.forced_confession", "She read from a paper that I am \"used by anti-China forces\""),
            ("family.reprisal", "she was brought there for the afternoon and then driven back to her house")]),
    P("p4", "Yasinjan Imirdin", ["Yasinjan Imirdin"], ["victim"], gender="male", rel=[("brother", "p1"), ("son", "p3")],
      viol=[("detention.prison_sentence", "he had been given ten years for \"separatism\""),
            ("detention.shackling", "they had chained his hands to a metal ring in the floor for a month after the verdict")]),
]
PLACES = [
    L("Zoetermeer", ["Zoetermeer"]),
    L("Kelpin County", ["Kelpin"]),
    L("Kelpin town", ["Kelpin town"]),
    L("China", ["People's Republic of China"]),
    L("Aksu Prefecture", ["Aksu prefecture"]),
    L("The Hague", ["The Hague"]),
    L("Aksu city", ["Aksu city"]),
    L("Netherlands", ["Netherlands"]),
]
DATES = [
    D("9 August 2023", "2023-08-09", "day"),
    D("12-06-1986", "1986-06-12", "day"),
    D("naturalised [[2020]]", "2020", "year"),
    D("May of this year", "2023-05", "month"),
    D("26 July 2023", "2023-07-26", "day"),
    D("Three days before I made this report", "2023-08-06", "day"),
    D("April 2017", "2017-04", "month"),
    D("In [[2018]] the family", "2018", "year"),
]
EVENTS = [
    ("arrest", "p4", "2017-04"),
    ("sentencing", "p4", None),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "My mother was not detained")]
FORBIDDEN = [("p3", "detention.pretrial"), ("p1", "detention.arbitrary_arrest")]
