FILE = "en02_licence_renewal_refusal.txt"
LANG = "en"
DATE = "2022-06-09"
NOTE = ("Alberta registry agent's notice refusing a driver's-licence renewal requested by the absent holder's wife (holder and "
        "counter fields in inverted capitals 'SURNAME, GIVEN', applicant's statement in reported speech, reasons, signature). "
        "'Millwoods Registry Services' is an organisation. Wife 'TOKHTARKHAN, GULBARAM' then 'Mrs. Tokhtarkhan' (surname after a "
        "title is her mention); daughter 'Aruzhan Nurlanqyzy' (patronymic from Nurlan). Police took passport and PR card = "
        "passport confiscation; 'had to study' then put into a 'so-called vocational centre' in June = arbitrary arrest + "
        "internment camp (arrest and detention 2018-06; the police visit a week after arrival in April is not the arrest); "
        "patriotic songs = political indoctrination; 'answer in Mandarin only' = language ban; year at a wool factory he could "
        "not refuse = forced labour; cannot leave the village without a slip = house arrest. 'never stood before any court' = "
        "prison sentence negated. Supervised video call not coded. The wife's questioning by border officers at Edmonton airport "
        "(a Canadian authority) is an interrogation event but not transnational harassment (forbidden); 'She was not detained' "
        "negated. 'last year' -> 2021, 'in March' -> 2022-03; licence expiry 'next month' is after the document date (not "
        "annotated); date of birth 1976-03-22 is a date.")
ORGS = ["Millwoods Registry Services"]
PERSONS = [
    P("p1", "Nurlan Serikbolat", ["SERIKBOLAT, NURLAN"], ["victim", "relative"], gender="male", birth_year=1976,
      rel=[("husband", "p2"), ("father", "p3")],
      viol=[("movement.passport_confiscation", "took his Chinese passport and his Canadian permanent resident card"),
            ("detention.arbitrary_arrest", "told him he \"had to study\""),
            ("detention.internment_camp", "he was put into a so-called vocational centre in Fuyun"),
            ("indoctrination.political", "the men were made to sing patriotic songs before every meal"),
            ("culture.language_ban", "to answer in Mandarin only"),
            ("labour.forced_labour", "was sent for a year to a wool factory that paid almost nothing; he could not refuse it"),
            ("detention.house_arrest", "cannot go past the edge of the village without a slip from the village office")]),
    P("p2", "Gulbaram Tokhtarkhan", ["TOKHTARKHAN, GULBARAM", "Tokhtarkhan"], ["narrator", "relative"], gender="female",
      rel=[("wife", "p1"), ("mother", "p3")]),
    P("p3", "Aruzhan Nurlanqyzy", ["Aruzhan Nurlanqyzy"], ["relative", "other"], gender="female",
      rel=[("daughter", "p1"), ("daughter", "p2")]),
    P("p4", "Dale Kowalchuk", ["Dale Kowalchuk"], ["other"], gender="male"),
]
PLACES = [
    L("Edmonton", ["Edmonton"]),
    L("Alberta", ["Alberta"]),
    L("Altay", ["Altay"]),
    L("Koktogay", ["Koktogay"]),
    L("Fuyun", ["Fuyun"]),
    L("Almaty", ["Almaty"]),
]
DATES = [
    D("June 9, 2022", "2022-06-09", "day"),
    D("1976-03-22", "1976-03-22", "day"),
    D("April 2018", "2018-04", "month"),
    D("That June", "2018-06", "month"),
    D("let out in [[2020]]", "2020", "year"),
    D("video call in [[March]]", "2022-03", "month"),
    D("last year", "2021", "year"),
]
EVENTS = [
    ("return", "p1", "2018-04"),
    ("arrest", "p1", "2018-06"),
    ("detention", "p1", "2018-06"),
    ("release", "p1", "2020"),
    ("interrogation", "p2", "2021"),
]
NEGATED = [("p1", "detention.prison_sentence", "he has never stood before any court"),
           ("p2", "detention.arbitrary_arrest", "She was not detained")]
FORBIDDEN = [("p2", "transnational.harassment")]
