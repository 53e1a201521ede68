FILE = "en03_training_completion_certificate.txt"
LANG = "en"
DATE = "2020-02-10"
NOTE = ("Amsterdam family archive's translation and commentary (10 February 2020 = document date) of a Karakax County "
        "vocational skills education and training centre 'Certificate of Completion' (issue date in the Chinese format "
        "'2019年6月20日'). Trainee 'Buhelchem MIJIT' / 'Buhelchem': 'studied' November 2017 - June 2019 (camp; detention "
        "event), the comments say she was taken from home by the township police (arbitrary arrest; arrest event); "
        "graduation with an 'employment assignment' to a garment factory = release event + forced labour; six months' "
        "village supervision, no leaving the township = house arrest; 'passport held' = passport confiscation; daily "
        "patriotic songs and self-criticism = indoctrination; 'not tried and not sentenced' (negated prison sentence); "
        "one family visit allowed (no incommunicado). Sister 'Gulbahor MIJIT' / 'Gulbahor' in Amsterdam (source, "
        "witness). Father 'Mijit Abdulla' (his given name is the daughters' surname) 'has not been detained' (negated "
        "arbitrary arrest); his warning not to speak to foreigners is not coded. Director and class teacher are "
        "officials. The certificate number 'KX-2019-0611' is not a date. Centre, firm, bureau and archive names are "
        "organisations.")
ORGS = ["KARAKAX COUNTY VOCATIONAL SKILLS EDUCATION AND TRAINING CENTRE", "Hotan Jinxiu Garment Co., Ltd.",
        "County Public Security Bureau", "East Turkestan Families Archive"]
PERSONS = [
    P("p1", "Buhelchem Mijit", ["Buhelchem MIJIT", "Buhelchem"], ["victim", "relative"], gender="female",
      ethnicity="Uyghur", birth_year=1991, rel=[("sister", "p2"), ("daughter", "p3")],
      viol=[("detention.internment_camp", "studied at our centre from November 2017 to June 2019"),
            ("detention.arbitrary_arrest", "her sister was taken from her home by the township police in November 2017"),
            ("labour.forced_labour", "The \"employment assignment\" sent her from the centre straight to the garment factory in Lop County"),
            ("detention.house_arrest", "six months of supervision by the village work team; the graduate may not leave the township without approval"),
            ("movement.passport_confiscation", "passport held by the County Public Security Bureau"),
            ("indoctrination.political", "included daily singing of patriotic songs and written self-criticism")]),
    P("p2", "Gulbahor Mijit", ["Gulbahor MIJIT", "Gulbahor"], ["relative", "witness"], gender="female",
      rel=[("sister", "p1"), ("daughter", "p3")]),
    P("p3", "Mijit Abdulla", ["Mijit Abdulla"], ["relative"], gender="male",
      rel=[("father", "p1"), ("father", "p2")]),
    P("p4", "Sun Hongbo", ["Sun Hongbo"], ["official"]),
    P("p5", "Ma Xiaoyan", ["Ma Xiaoyan"], ["official"]),
]
PLACES = [
    L("Karakax", ["Karakax County"]),
    L("Amsterdam", ["Amsterdam"]),
    L("Xinjiang", ["Xinjiang"]),
    L("Zawa", ["Zawa Township"]),
    L("Lop", ["Lop County"]),
]
DATES = [
    D("10 February 2020", "2020-02-10", "day"),
    D("born [[1991]],", "1991", "year"),
    D(("November 2017", 0), "2017-11", "month"),
    D("June 2019", "2019-06", "month"),
    D("2019年6月20日", "2019-06-20", "day"),
    D(("November 2017", 1), "2017-11", "month"),
    D("Gulbahor in [[2019]] that", "2019", "year"),
]
EVENTS = [
    ("arrest", "p1", "2017-11"),
    ("detention", "p1", "2017-11"),
    ("release", "p1", "2019-06"),
]
NEGATED = [("p1", "detention.prison_sentence", "Buhelchem was not tried and was not sentenced by any court"),
           ("p3", "detention.arbitrary_arrest", "He has not been detained")]
FORBIDDEN = []
