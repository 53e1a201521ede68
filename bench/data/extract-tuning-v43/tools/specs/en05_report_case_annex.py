FILE = "en05_report_case_annex.txt"
LANG = "en"
DATE = "2020-11-30"
NOTE = ("Case annex of an NGO report on detained teachers: a background paragraph about no named person (not coded), three "
        "short cases with birth years in '(b. 1966)', the authorities' response quoted, researchers' names. Case 2.1: "
        "detained after a poetry book was found, family told he was 'at a training' = arbitrary arrest + camp; 14 years = "
        "sentence; self-criticism read on television (relatives' account, as fact) = forced denunciation; the state's "
        "'tried in accordance with the law' is no negation. Case 2.2: taken by police, camp, unidentified pills = forced "
        "medication; 'did not beat her ... the camp guards did' = beating is gold (a denial about one actor beside the act "
        "by another: no negation); now in Zharkent = exit (undated). Case 2.3: detained and held in a centre, died there = "
        "death in custody; untreated diabetes is unconfirmed (hedged, neither gold nor forbidden); 'no person has died' is "
        "the state's denial, no negation. Place names inside a court's or office's name (Hotan, Xinjiang) are place "
        "mentions. 'between January and October 2020' gives two month dates. Spokesman = official; researchers = other.")
ORGS = ["Empty Classrooms: Uyghur and Kazakh Teachers in Detention"]
PERSONS = [
    P("p1", "Abdusalam Yaqup", ["Abdusalam Yaqup"], ["victim"], gender="male", birth_year=1966,
      rel=[("father", "p2")],
      viol=[("detention.arbitrary_arrest", "Detained in May 2017 after a school inspection found a Uyghur poetry book in his office"),
            ("detention.internment_camp", "he was \"at a training\""),
            ("detention.prison_sentence", "he was sentenced to 14 years by the Hotan Intermediate People's Court"),
            ("coercion.forced_denunciation", "he was made to read a self-criticism on local television")]),
    P("p2", "Zulpiye Abdusalam", ["Zulpiye Abdusalam"], ["relative"], gender="female", rel=[("daughter", "p1")]),
    P("p3", "Bahytgul Zhaksylyk", ["Bahytgul Zhaksylyk"], ["victim"], gender="female", birth_year=1979,
      viol=[("detention.arbitrary_arrest", "Taken by police in February 2018"),
            ("detention.internment_camp", "In the camp she was forced"),
            ("medical.forced_medication", "she was forced to take unidentified pills every week"),
            ("torture.beating", "the camp guards did, twice")]),
    P("p4", "Ekber Nasir", ["Ekber Nasir"], ["victim"], gender="male", birth_year=1958,
      viol=[("detention.arbitrary_arrest", "Detained in 2017 and held in a centre in Kuchar"),
            ("detention.internment_camp", "held in a centre in Kuchar"),
            ("death.in_custody", "died there in April 2019")]),
    P("p5", "Xu Guangyi", ["Xu Guangyi"], ["official"], gender=None),
    P("p6", "Helen Marsh", ["Helen Marsh"], ["other"], gender="female"),
    P("p7", "Daniyar Seitkali", ["Daniyar Seitkali"], ["other"], gender="male"),
]
PLACES = [
    L("Xinjiang", ["Xinjiang"]),
    L("Keriye", ["Keriye"]),
    L("Hotan", ["Hotan"]),
    L("Istanbul", ["Istanbul"]),
    L("Tekes", ["Tekes"]),
    L("Kazakhstan", ["Kazakhstan"]),
    L("Zharkent", ["Zharkent"]),
    L("Kuchar", ["Kuchar"]),
    L("Almaty", ["Almaty"]),
]
DATES = [
    D("30 November 2020", "2020-11-30", "day"),
    D("Since [[2017]]", "2017", "year"),
    D("between [[January]] and", "2020-01", "month"),
    D("and [[October 2020]];", "2020-10", "month"),
    D("1966", "1966", "year"),
    D("May 2017", "2017-05", "month"),
    D("In [[2018]] he", "2018", "year"),
    D("television in [[2017]]", "2017", "year"),
    D("1979", "1979", "year"),
    D("February 2018", "2018-02", "month"),
    D("December 2018", "2018-12", "month"),
    D("1958", "1958", "year"),
    D("Detained in [[2017]] and", "2017", "year"),
    D("April 2019", "2019-04", "month"),
    D("15 October 2020", "2020-10-15", "day"),
]
EVENTS = [
    ("arrest", "p1", "2017-05"),
    ("detention", "p1", "2017-05"),
    ("sentencing", "p1", "2018"),
    ("arrest", "p3", "2018-02"),
    ("detention", "p3", "2018-02"),
    ("release", "p3", "2018-12"),
    ("exit", "p3", None),
    ("arrest", "p4", "2017"),
    ("detention", "p4", "2017"),
    ("death", "p4", "2019-04"),
]
NEGATED = []
FORBIDDEN = []
