FILE = "en01_angling_permit_renewal.txt"
LANG = "en"
DATE = "2023-03-14"
NOTE = ("Angling association's season-permit renewal filed by the lapsed member's wife (member/renewer fields in capitals, "
        "reason in own words, office-use block), Leeds. 'ABDUREHIM TURSUN' then 'Abdurehim'; son 'Yusuf Abdurehim' "
        "(surname = father's given name: the longer mention wins) then 'Yusuf'; bailiff 'Mr Hargreaves' and membership "
        "secretary 'P. Lindqvist' are staff (other). Passport taken at Urumqi airport; 'came for him ... drove him away' = "
        "arbitrary arrest, whereabouts withheld = enforced disappearance; 'study centres' = camp with Party songs and no "
        "Uyghur; 13-year sentence for prayer recordings on his phone = digital surveillance + religious ban; no voice since = "
        "incommunicado. 'Before the month was out' chained on April 2017. Move to an Aksu prison is hearsay ('I cannot say'): "
        "no transfer. Brother Ekrem 'was not taken to a camp' (negated) beside his passport kept. The wife kept half an hour by "
        "a UK water bailiff for a licence check is not an arrest (forbidden). 'from June' is after the document date.")
ORGS = ["WHARFEDALE & DISTRICT ANGLING ASSOCIATION"]
PERSONS = [
    P("p1", "Abdurehim Tursun", ["ABDUREHIM TURSUN", "Abdurehim"], ["victim"], gender="male", birth_year=1979,
      rel=[("husband", "p2"), ("brother", "p3"), ("father", "p4")],
      viol=[("movement.passport_confiscation", "the police took his passport off him"),
            ("detention.arbitrary_arrest", "they came for him at his mother's house in the night and drove him away"),
            ("disappearance.enforced", "for a long time nobody would say where he was"),
            ("detention.internment_camp", "one of the \"study centres\" near Kashgar"),
            ("indoctrination.political", "have to sing songs about the Party every morning"),
            ("culture.language_ban", "are not allowed to speak Uyghur in the rooms"),
            ("detention.prison_sentence", "a court gave him thirteen years"),
            ("surveillance.digital", "for keeping prayer recordings on his phone"),
            ("culture.religious_ban", "keeping prayer recordings on his phone"),
            ("detention.incommunicado", "I have not heard his voice since")]),
    P("p2", "Gulzire Memet", ["GULZIRE MEMET", "Gulzire Memet"], ["narrator", "relative"], gender="female",
      rel=[("wife", "p1"), ("mother", "p4")]),
    P("p3", "Ekrem", ["Ekrem"], ["victim", "relative"], gender="male", rel=[("brother", "p1")],
      viol=[("movement.passport_confiscation", "his passport is still kept by the neighbourhood office")]),
    P("p4", "Yusuf Abdurehim", ["Yusuf Abdurehim", "Yusuf"], ["relative"], gender="male", age=14,
      rel=[("son", "p1"), ("son", "p2")]),
    P("p5", "Hargreaves", ["Hargreaves"], ["other"], gender="male"),
    P("p6", "P. Lindqvist", ["P. Lindqvist"], ["other"]),
]
PLACES = [
    L("Leeds", ["Leeds"]),
    L("Otley", ["Otley"]),
    L("Kashgar", ["Kashgar"]),
    L("Urumqi", ["Urumqi"]),
    L("Aksu", ["Aksu"]),
]
DATES = [
    D("03/05/1979", "1979-05-03", "day"),
    D("[[2016]] season", "2016", "year"),
    D("April 2017", "2017-04", "month"),
    D("[[2019]] a court", "2019", "year"),
    D("in [[2021]];", "2021", "year"),
    D("in [[2016]], when", "2016", "year"),
    D("14/03/2023", "2023-03-14", "day"),
    D("The [[2016]] bank", "2016", "year"),
]
EVENTS = [
    ("return", "p1", "2017-04"),
    ("arrest", "p1", "2017-04"),
    ("detention", "p1", "2017-04"),
    ("disappearance", "p1", "2017-04"),
    ("sentencing", "p1", "2019"),
]
NEGATED = [("p3", "detention.internment_camp", "was not taken to a camp")]
FORBIDDEN = [("p2", "detention.arbitrary_arrest")]
