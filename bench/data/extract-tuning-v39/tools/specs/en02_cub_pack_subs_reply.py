FILE = "en02_cub_pack_subs_reply.txt"
LANG = "en"
DATE = "2021-10-05"
NOTE = ("Scout group's Cub subscription reminder with the mother's reply on the back of the slip and the leader's note, "
        "Ilford. Child 'ARSLAN DILSHAT' then 'Arslan' (surname = father's given name); father 'Dilshat Qadir', grandfather "
        "'Qadir Hoshur' (the longer mention wins); leader 'Joanne Pike' / 'J. Pike' and 'Nasir Bhatti' are staff (other); "
        "'Akela' is a title, not a mention. Called to the police station and kept = interrogation + arbitrary arrest; "
        "detention centre = pretrial; 'transformation school' = camp (transfer, undated); signed paper = forced confession; "
        "glove factory he cannot leave = forced labour. Supervised video call not coded. Grandfather died in the camp = "
        "death in custody. Grandmother summoned that same winter (interrogation, undated) 'not locked up' = negated arrest. "
        "'summer camp at Gilwell Park' is a Scout camp: internment camp forbidden for the boy. 'this July' -> 2021-07, 'Last "
        "year' -> 2020, 'this year' -> 2021; 'before Christmas' is after the document date.")
ORGS = ["7th ILFORD (ST ANDREW'S) SCOUT GROUP"]
PERSONS = [
    P("p1", "Arslan Dilshat", ["ARSLAN DILSHAT", "Arslan"], ["relative"], gender="male", age=9,
      rel=[("son", "p2"), ("son", "p3"), ("grandson", "p4"), ("grandson", "p5")]),
    P("p2", "Dilshat Qadir", ["Dilshat Qadir"], ["victim"], gender="male",
      rel=[("father", "p1"), ("husband", "p3"), ("son", "p4"), ("son", "p5")],
      viol=[("detention.arbitrary_arrest", "He was called to the police station on his second day and did not come home"),
            ("detention.pretrial", "They kept him some months in the detention centre in the city"),
            ("detention.internment_camp", "a place they call a \"transformation school\""),
            ("coercion.forced_confession", "he had to sign a paper saying he had made mistakes"),
            ("labour.forced_labour", "they put him in a glove factory in Hubei; he is paid almost nothing and he cannot leave")]),
    P("p3", "Mahire Osman", ["Mahire Osman"], ["narrator", "relative"], gender="female",
      rel=[("mother", "p1"), ("wife", "p2")]),
    P("p4", "Qadir Hoshur", ["Qadir Hoshur"], ["victim", "relative"], gender="male",
      rel=[("father", "p2"), ("grandfather", "p1"), ("husband", "p5")],
      viol=[("detention.internment_camp", "died in the camp at Korla"),
            ("death.in_custody", "died in the camp at Korla")]),
    P("p5", "Ayxan Tohti", ["Ayxan Tohti"], ["relative"], gender="female",
      rel=[("mother", "p2"), ("grandmother", "p1"), ("wife", "p4")]),
    P("p6", "Joanne Pike", ["Joanne Pike", "J. Pike"], ["other"], gender="female"),
    P("p7", "Nasir Bhatti", ["Nasir Bhatti"], ["other"], gender="male"),
]
PLACES = [
    L("Gilwell Park", ["Gilwell Park"]),
    L("Ghulja", ["Ghulja"]),
    L("Turkey", ["Turkey"]),
    L("Hubei", ["Hubei"]),
    L("Korla", ["Korla"]),
]
DATES = [
    D("this July", "2021-07", "month"),
    D("28 September 2021", "2021-09-28", "day"),
    D("5 October 2021", "2021-10-05", "day"),
    D("2016", "2016", "year"),
    D("Last year", "2020", "year"),
    D("January 2020", "2020-01", "month"),
    D("this year", "2021", "year"),
]
EVENTS = [
    ("return", "p2", "2016"),
    ("interrogation", "p2", "2016"),
    ("arrest", "p2", "2016"),
    ("detention", "p2", "2016"),
    ("transfer", "p2", None),
    ("detention", "p4", None),
    ("death", "p4", "2020-01"),
    ("interrogation", "p5", None),
]
NEGATED = [("p5", "detention.arbitrary_arrest", "she was not locked up")]
FORBIDDEN = [("p1", "detention.internment_camp")]
