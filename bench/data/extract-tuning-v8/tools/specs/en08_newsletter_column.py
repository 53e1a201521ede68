FILE = "en08_newsletter_column.txt"
LANG = "en"
DATE = "2026-06-18"
NOTE = ("Diaspora newsletter advice column: association name containing a toponym (Adelaide inside it is no place mention), "
        "'Issue 41', the columnist's pen name 'Mehriban Apa' (a credit, not a person), the reader's signature 'Sleepless in "
        "Salisbury' (a nickname: not a person, Salisbury in it not a place). The letter writer is unnamed (no person); 'we are both "
        "Australian citizens' gives the husband Australia. Turkic naming: Adil and Ekber Abdurazaq <- Abdurazaq Helil. Yengisheher "
        "county = Shufu. 'invited to study' with policemen = arbitrary arrest; blood draw and newspaper read into a microphone = "
        "biometric collection; village head's 'has no sentence and no file' negates prison sentence; escorted trips to the bazaar are not coded, the face-scanning camera at the township gate is surveillance.checkpoint. Labour transfer to a shoe "
        "factory in Anhui = forced labour. 'during Ramadan last year' -> 2025-03 (Ramadan 2025 fell in March); 'Last autumn' -> "
        "2025; 'A fortnight ago' -> 2026-06, all on the issue date. 'Many families in our community' is background.")
ORGS = ["Adelaide Uyghur Community Association", "Sleepless in Salisbury"]
PERSONS = [
    P("p1", "Abdurazaq Helil", ["Abdurazaq Helil"], ["victim"], gender="male", age=77,
      rel=[("father", "p2"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "the village head came with two policemen and told him he was \"invited to study\""),
            ("detention.internment_camp", "For nineteen months he lived behind the wire of a camp at the edge of the county seat"),
            ("medical.biometric_collection", "draw his blood and make him read a newspaper aloud into a microphone"),
            ("torture.beating", "He lost nine teeth because the guards knocked him down on the stairs"),
            ("surveillance.checkpoint", "the camera at the township gate scans his face each time he passes")]),
    P("p2", "Ekber Abdurazaq", ["Ekber Abdurazaq", "Ekber"], ["victim"], gender="male",
      rel=[("son", "p1"), ("brother", "p3")],
      viol=[("labour.forced_labour", "was sent with about forty young men from the township to a shoe factory in Anhui province in 2020. His contract has no end date and he is not allowed to come home")]),
    P("p3", "Adil Abdurazaq", ["Adil Abdurazaq"], ["victim", "relative"], gender="male", citizenship=["Australia"],
      rel=[("son", "p1"), ("brother", "p2")],
      viol=[("transnational.harassment", "a policeman from Shufu called him three times and asked for our address in Adelaide and the name of the mosque we attend")]),
    P("p4", "Zulfiye Rozi", ["Zulfiye Rozi"], ["other"], gender="female"),
]
PLACES = [
    L("Adelaide", ["Adelaide"]),
    L("Shufu County", ["Yengisheher county", "Shufu"]),
    L("Kashgar", ["Kashgar"]),
    L("Anhui", ["Anhui province"]),
    L("China", ["China"]),
]
DATES = [
    D("18 June 2026", "2026-06-18", "day"),
    D("the spring of 2017", "2017", "year"),
    D("late 2018", "2018", "year"),
    D("province in [[2020]]", "2020", "year"),
    D("Last autumn", "2025", "year"),
    D("Ramadan last year", "2025-03", "month"),
    D("A fortnight ago", "2026-06", "month"),
]
EVENTS = [
    ("arrest", "p1", "2017"),
    ("detention", "p1", "2017"),
    ("release", "p1", "2018"),
]
NEGATED = [("p1", "detention.prison_sentence", "he \"has no sentence and no file\"")]
FORBIDDEN = [("p3", "detention.arbitrary_arrest"), ("p2", "detention.internment_camp")]
