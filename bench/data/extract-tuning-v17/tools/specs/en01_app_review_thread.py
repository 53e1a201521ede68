FILE = "en01_app_review_thread.txt"
LANG = "en"
DATE = "2024-08-05"
NOTE = ("App-store review thread: app name, store path, ratings and user handles (qaraqum_wind, mirzat_k, ak_bota88, "
        "jonnyb_travels) are not persons; review stamps are day dates; document date = last review. Review 1 signed "
        "'Gulbahar T.' (sister, narrator) about brother Yalqun Tohtiniyaz: phone scanned at a checkpoint = checkpoint + "
        "digital surveillance + arbitrary arrest; 'study centre' = camp; forty men and one bucket = overcrowding; 'He was not "
        "beaten' negated. Detention date null (not said he was taken straight there). Developer's signatory Tomas Reinholt = "
        "other; 'SafeLine AB' org, 'Malmö' place. Reply: cousin Erpan Mijit caught with a VPN = digital surveillance + arrest, "
        "'given seven years' = prison sentence (sentencing date null). Review 2 by an unnamed child (handle): father Serikbol "
        "Adilbekuly, aunt Raushan Adilbekqyzy (his sister, -uly/-qyzy); detention centre nine months then camp: transfer "
        "January 2018 + 9 months = 2018-10; 'never charged' negates prison sentence; 'not heard his voice since' = "
        "incommunicado. 'Kazakh-language' is no place. Review 3 has no person.")
ORGS = ["SafeLine AB"]
PERSONS = [
    P("p1", "Gulbahar T.", ["Gulbahar T.", "Gulbahar"], ["narrator", "relative"], gender="female",
      rel=[("sister", "p2")]),
    P("p2", "Yalqun Tohtiniyaz", ["Yalqun Tohtiniyaz", "Yalqun"], ["victim"], gender="male", age=29,
      rel=[("brother", "p1")],
      viol=[("surveillance.checkpoint", "a patrol stopped him at the checkpoint outside the Chöchek bus station, plugged his phone into a hand-held scanner"),
            ("surveillance.digital", "plugged his phone into a hand-held scanner and found SafeLine"),
            ("detention.arbitrary_arrest", "He was taken away the same afternoon"),
            ("detention.internment_camp", "he was kept in the \"study centre\" on the road to Dörbiljin"),
            ("detention.overcrowding", "in a room with forty men and one bucket")]),
    P("p3", "Tomas Reinholt", ["Tomas Reinholt"], ["other"], gender="male"),
    P("p4", "Erpan Mijit", ["Erpan Mijit"], ["victim"], gender="male",
      viol=[("surveillance.digital", "was caught with a VPN on his phone in 2017"),
            ("detention.arbitrary_arrest", "was caught with a VPN on his phone in 2017"),
            ("detention.prison_sentence", "was given seven years")]),
    P("p5", "Serikbol Adilbekuly", ["Serikbol Adilbekuly"], ["victim"], gender="male", ethnicity="Kazakh",
      rel=[("brother", "p6")],
      viol=[("detention.arbitrary_arrest", "the police in Jimsar called him in for a \"talk\" about the Kazakh-language channels on his phone, and he did not come home"),
            ("surveillance.digital", "a \"talk\" about the Kazakh-language channels on his phone"),
            ("detention.pretrial", "he spent nine months in a detention centre in Changji"),
            ("detention.internment_camp", "before they moved him to a camp"),
            ("detention.incommunicado", "we have not heard his voice since")]),
    P("p6", "Raushan Adilbekqyzy", ["Raushan Adilbekqyzy"], ["relative", "witness"], gender="female", ethnicity="Kazakh",
      rel=[("sister", "p5")]),
]
PLACES = [
    L("Tacheng", ["Chöchek", "Tacheng"]),
    L("Almaty", ["Almaty"]),
    L("Dörbiljin", ["Dörbiljin"]),
    L("Istanbul", ["Istanbul"]),
    L("Malmö", ["Malmö"]),
    L("Bortala", ["Bortala"]),
    L("Jimsar", ["Jimsar"]),
    L("Qitai", ["Qitai"]),
    L("Changji", ["Changji"]),
]
DATES = [
    D("14 Jul 2024", "2024-07-14", "day"),
    D("March 2017", "2017-03", "month"),
    D("May 2017", "2017-05", "month"),
    D("April 2018", "2018-04", "month"),
    D("16 Jul 2024", "2024-07-16", "day"),
    D("18 Jul 2024", "2024-07-18", "day"),
    D("phone in [[2017]]", "2017", "year"),
    D("2 Aug 2024", "2024-08-02", "day"),
    D("January 2018", "2018-01", "month"),
    D("3rd of February 2018", "2018-02-03", "day"),
    D("5 Aug 2024", "2024-08-05", "day"),
]
EVENTS = [
    ("arrest", "p2", "2017-05"),
    ("detention", "p2", None),
    ("release", "p2", "2018-04"),
    ("arrest", "p4", "2017"),
    ("sentencing", "p4", None),
    ("arrest", "p5", "2018-01"),
    ("detention", "p5", None),
    ("transfer", "p5", "2018-10"),
]
NEGATED = [("p2", "torture.beating", "He was not beaten"),
           ("p5", "detention.prison_sentence", "He was never charged with anything")]
FORBIDDEN = []
