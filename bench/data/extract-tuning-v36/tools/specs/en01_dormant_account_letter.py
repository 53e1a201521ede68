FILE = "en01_dormant_account_letter.txt"
LANG = "en"
DATE = "2024-05-22"
NOTE = ("UK bank's dormant-account letter (14 May 2024) to a customer detained in Xinjiang, with his wife's reply "
        "written on the back of the form (received 22 May 2024, the document date). Addressee 'Mr Ablikim Rozi' / "
        "'Mr Rozi' / 'Ablikim'; 'Mrs Gulnar Rozi' / signature 'Gulnar Rozi'; relatives by given name (Hursen, Dilshat, "
        "Arslan, Yusuf); bank officer Fiona Latchford (other). 'led him out to a car', no warrant = arbitrary arrest; "
        "'study centre' = internment camp with Chinese characters and Party songs (indoctrination); twelve years "
        "(prison sentence) because of WhatsApp (digital surveillance); no letter, prison refuses calls "
        "(incommunicado). Wife: WeChat call from 'Ghulja police' about mosque = transnational harassment; 'I was not "
        "arrested' negated. '30 June 2024' is a deadline after the document date (not a date); 'Three weeks after he "
        "landed' leaves arrest undated; 'last October' -> 2023-10; postcodes, account and reference numbers, 'seven "
        "years' are not dates.")
ORGS = ["NORTHGATE BANK plc"]
PERSONS = [
    P("p1", "Ablikim Rozi", ["Ablikim Rozi", "Rozi", "Ablikim"], ["victim"], gender="male",
      rel=[("husband", "p2"), ("son", "p3"), ("brother", "p4"), ("father", "p5"), ("father", "p6")],
      viol=[("detention.arbitrary_arrest", "came to her house in Ghulja and led him out to a car. Nobody showed a warrant"),
            ("detention.internment_camp", "Ablikim was in a \"study centre\" for people who had lived abroad"),
            ("indoctrination.political", "copy out Chinese characters and sing songs about the Party every morning"),
            ("detention.prison_sentence", "a court in Ghulja gave him twelve years"),
            ("surveillance.digital", "because there was WhatsApp on his phone"),
            ("detention.incommunicado", "not one letter has come from him, and the prison refuses calls from abroad")]),
    P("p2", "Gulnar Rozi", ["Gulnar Rozi"], ["narrator", "relative"], gender="female",
      rel=[("wife", "p1"), ("mother", "p5"), ("mother", "p6")],
      viol=[("transnational.harassment", "rang me on WeChat and asked for the names of the people who pray at our mosque")]),
    P("p3", "Hursen", ["Hursen"], ["relative"], gender="female", rel=[("mother", "p1"), ("mother", "p4")]),
    P("p4", "Dilshat", ["Dilshat"], ["relative"], gender="male", rel=[("brother", "p1"), ("son", "p3")]),
    P("p5", "Arslan", ["Arslan"], ["relative"], gender="male", rel=[("son", "p1"), ("son", "p2"), ("brother", "p6")]),
    P("p6", "Yusuf", ["Yusuf"], ["relative"], gender="male", rel=[("son", "p1"), ("son", "p2"), ("brother", "p5")]),
    P("p7", "Fiona Latchford", ["Fiona Latchford"], ["other"], gender="female"),
]
PLACES = [
    L("Leeds", ["Leeds"]),
    L("Birmingham", ["Birmingham"]),
    L("Urumqi", ["Urumqi"]),
    L("Ghulja", ["Ghulja"]),
]
DATES = [
    D("14 May 2024", "2024-05-14", "day"),
    D("9 February 2017", "2017-02-09", "day"),
    D("22 May 2024", "2024-05-22", "day"),
    D("January 2017", "2017-01", "month"),
    D("2019", "2019", "year"),
    D("last October", "2023-10", "month"),
]
EVENTS = [
    ("return", "p1", "2017-01"),
    ("arrest", "p1", None),
    ("detention", "p1", None),
    ("sentencing", "p1", "2019"),
]
NEGATED = [("p2", "detention.arbitrary_arrest", "I was not arrested")]
FORBIDDEN = []
