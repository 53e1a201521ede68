FILE = "en02_cloud_photo_appeal.txt"
LANG = "en"
DATE = "2024-08-21"
NOTE = ("Cloud photo service's content-removal appeal with the trust-and-safety reply (case header, account handle, removed-item "
        "block, appellant's explanation). 'Skylens'/'Skylens Photos' is the company; the handle 'nurgul.family.archive' is not a "
        "person. Appellant 'Nurgul TOXTIMURAT' / 'Ms Toxtimurat' (surname alone in the reply is her mention); father 'IMINJAN "
        "TOXTIMURAT' in capitals; brother 'Murat' and cousin 'Adil' by given name; reviewer 'D. Okafor' (initial + surname, other). "
        "Album title 'Dad 2009-2018' is a range: two year dates. Hood, no accusation = arbitrary arrest; 'vocational training centre' "
        "= internment camp; chained at the ankles = shackling; half a bowl of soup = food deprivation (reported by released men, "
        "stated as fact); cotton factory without wages = forced labour + transfer (fourteen months from May 2018 -> 2019-07, no span). "
        "Arrest the day after 3 May 2018: month precision 2018-05. Call from a Chinese number to Adil in Almaty = transnational "
        "harassment; 'Adil himself has never been arrested' negated. 'Three weeks ago' not annotated (week offset).")
ORGS = ["Skylens Photos", "Skylens Trust & Safety", "Skylens"]
PERSONS = [
    P("p1", "Nurgul Toxtimurat", ["Nurgul TOXTIMURAT", "Toxtimurat"], ["narrator", "relative"], gender="female",
      rel=[("daughter", "p2"), ("sister", "p3"), ("cousin", "p4")]),
    P("p2", "Iminjan Toxtimurat", ["IMINJAN TOXTIMURAT"], ["victim"], gender="male",
      rel=[("father", "p1"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "officers came and put a hood over his head. He was not accused of any crime"),
            ("detention.internment_camp", "he was in what they call a vocational training centre near Yining"),
            ("detention.shackling", "the detainees were chained at the ankles in class"),
            ("ill_treatment.food_deprivation", "were given half a bowl of soup a day"),
            ("labour.forced_labour", "He was moved to a cotton factory in Aksu after that, without wages")]),
    P("p3", "Murat", ["Murat"], ["relative"], gender="male", rel=[("son", "p2"), ("brother", "p1")]),
    P("p4", "Adil", ["Adil"], ["relative"], gender="male", rel=[("cousin", "p1")],
      viol=[("transnational.harassment", "got a call from a Chinese number telling him to \"stop sending pictures to your cousin in Canada\"")]),
    P("p5", "D. Okafor", ["D. Okafor"], ["other"]),
]
PLACES = [L("Vancouver", ["Vancouver"]), L("Canada", ["Canada"]), L("Ghulja", ["Ghulja"]), L("Yining", ["Yining"]),
          L("Aksu", ["Aksu"]), L("Almaty", ["Almaty"])]
DATES = [
    D("20 August 2024", "2024-08-20", "day"),
    D("Dad [[2009]]-2018", "2009", "year"),
    D("Dad 2009-[[2018]]", "2018", "year"),
    D("3 May 2018", "2018-05-03", "day"),
    D("before [[2018]]", "2018", "year"),
    D("21 August 2024", "2024-08-21", "day"),
]
EVENTS = [
    ("arrest", "p2", "2018-05"),
    ("detention", "p2", "2018-05"),
    ("transfer", "p2", "2019-07"),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "Adil himself has never been arrested")]
FORBIDDEN = []
