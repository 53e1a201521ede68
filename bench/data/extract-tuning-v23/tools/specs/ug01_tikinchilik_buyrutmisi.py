FILE = "ug01_tikinchilik_buyrutmisi.txt"
LANG = "ug"
DATE = "2023-05-20"
NOTE = ("Tailor's order slip (buyrutma qeghizi) of a tailor shop in Istanbul, Uyghur Arabic script (UEY), FULL gold (events, "
        "codes, negated, forbidden). The shop header 'ATLAS TIKINCHILIK DUKINI' is an org; order number 0417, measurements, "
        "phone numbers, prices in lira, doll sizes 52/50 are not dates. Customer in capitals in the form (no case in Arabic "
        "script) and as signature 'M. Tursun'; daughters Sajide and Mihray by given name only (first in the measurement line); "
        "mother Zöhre Qasim later bare 'Zöhre'; husband Abdusalam by given name only. Tailor Güljamal Hesen (signature) is role "
        "other; the 'mehelle kadiri' and the police are roles only (not persons). First-person plural 'Biz ... chiqtuq' = the "
        "narrator and her husband (exit 2016). '2017-yili küzde' is a year date; 'On bir aydin kéyin' chained on it -> 2018; "
        "'Ötken yili' anchored on the slip date -> 2022. Delivery date (15 June) and fitting date (8 June) are after the "
        "document date: not annotated. Mother: taken from her shop for praying (arbitrary arrest), camp, hands chained in class "
        "(shackling), unpaid sewing in a factory (forced labour), cannot leave home without the cadre's permission (house "
        "arrest), passport taken; 'Apam urulmighan' = negated beating (stated by the detainee, not qualified). Father: ten-year "
        "sentence, whereabouts unknown and no contact (incommunicado); the rumour of illness left untreated is expressly "
        "unproven: hedged, neither gold nor forbidden. Anonymous call telling the narrator to come back = transnational "
        "harassment.")
ORGS = ["ATLAS TIKINCHILIK DUKINI"]
PERSONS = [
    P("p1", "Muherrem Tursun", ["Muherrem Tursun", "M. Tursun"], ["narrator", "relative", "victim"], gender="female",
      rel=[("daughter", "p2"), ("daughter", "p3"), ("wife", "p4"), ("mother", "p5"), ("mother", "p6")],
      viol=[("transnational.harassment", 'manga bir nomursiz téléfon kélip, "apangni körüsh üchün qaytip kel" dédi')]),
    P("p2", "Zöhre Qasim", ["Zöhre Qasim", "Zöhre"], ["victim", "relative"], gender="female",
      rel=[("mother", "p1"), ("grandmother", "p5"), ("grandmother", "p6")],
      viol=[("detention.arbitrary_arrest", "saqchilar apamni dukinidin élip kétip"),
            ("detention.internment_camp", '"terbiyelesh merkizi" ge qamap qoydi'),
            ("detention.shackling", "apamning qolini zenjirlep qoyghan"),
            ("labour.forced_labour", "bir fabrikida heqsiz forma tikküzgen"),
            ("detention.house_arrest", "mehelle kadirining ruxsitisiz öydin chiqalmaydu"),
            ("movement.passport_confiscation", "pasporti yighiwélin'ghan")]),
    P("p3", "Tursun Hamut", ["Tursun Hamut"], ["victim", "relative"], gender="male", rel=[("father", "p1")],
      viol=[("detention.prison_sentence", "on yilliq késildi"),
            ("detention.incommunicado", "Hazir qeyerde ikenlikini bilmeymiz, xet-xewer yoq")]),
    P("p4", "Abdusalam", ["Abdusalam"], ["relative"], gender="male", rel=[("husband", "p1")]),
    P("p5", "Sajide", ["Sajide"], ["relative"], gender="female", age=7, rel=[("daughter", "p1"), ("granddaughter", "p2")]),
    P("p6", "Mihray", ["Mihray"], ["relative"], gender="female", age=5, rel=[("daughter", "p1"), ("granddaughter", "p2")]),
    P("p7", "Güljamal Hesen", ["Güljamal Hesen"], ["other"], gender="female"),
]
PLACES = [
    L("Zeytinburnu", ["Zeytinburnu"]),
    L("Istanbul", ["Istanbul"]),
    L("Ghulja", ["Ghuljida"]),
    L("Turkey", ["Türkiyege"]),
]
DATES = [
    D("2023-yili 20-may", "2023-05-20", "day"),
    D("2014-yili", "2014", "year"),
    D("2016-yili", "2016", "year"),
    D("2017-yili küzde", "2017", "year"),
    D("On bir aydin kéyin", "2018", "year"),
    D("2018-yili", "2018", "year"),
    D("Ötken yili", "2022", "year"),
]
EVENTS = [
    ("exit", "p1", "2016"),
    ("exit", "p4", "2016"),
    ("arrest", "p2", "2017"),
    ("detention", "p2", "2017"),
    ("release", "p2", "2018"),
    ("sentencing", "p3", "2018"),
]
NEGATED = [("p2", "torture.beating", "Apam urulmighan")]
FORBIDDEN = []
