FILE = "ug01_ochuq_xet.txt"
LANG = "ug"
DATE = "2024-05-23"
NOTE = ("Son's open letter to his detained father on the seventh anniversary of the arrest, Almaty, Uyghur Arabic "
        "script written in ULY and converted (FULL gold: events, codes, negated, forbidden). Father addressed in the "
        "salutation 'Abdureshit Hoshur', the writer signs 'Ilshat Abdureshit' (surname = father's given name); mother "
        "'Zohre', brother 'Alimjan', wife 'Nurbiye' by given name; uncle 'Ibrahim Hoshur' shares the father's surname "
        "(brothers). 'mektepke apirip ketti' (family's word 'school') = internment camp. Hearsay -iptu forms report the "
        "camp facts as heard from others (gold); sentence heard of at the end of 2019: sentencing undated. Transfer "
        "to an Urumqi prison in 2021 is rumour the writer refuses to assert ('heqiqet dep yazmaymen'): no transfer event "
        "(the date is still a date). 'shu yili' = 2017 (anaphoric); 'otken yili yazda' -> 2023 (mother's interrogation); "
        "'bu yil 2-ayda' -> 2024-02; 'ikki yil burun' -> 2022. 'Uni tutmidi' (brother) and 'Apam ozi tutulmidi' (mother) "
        "negated arbitrary arrest beside the passport seizure and the summons about her son abroad (family reprisal). "
        "'yette yil', 'yigirme yil', 'on tot yilliq' are not dates.")
ORGS = []
PERSONS = [
    P("p1", "Ilshat Abduréshit", ["Ilshat Abduréshit"], ["narrator", "relative"], gender="male",
      rel=[("son", "p2"), ("son", "p3"), ("brother", "p4"), ("husband", "p5")]),
    P("p2", "Abduréshit Hoshur", ["Abduréshit Hoshur"], ["victim"], gender="male",
      rel=[("father", "p1"), ("father", "p4"), ("husband", "p3"), ("brother", "p6")],
      viol=[("detention.arbitrary_arrest", "sizni héchqandaq qeghez körsetmey élip ketti"),
            ("detention.internment_camp", "bir lagérgha solaptu"),
            ("indoctrination.political", "her küni Xitayche öginip, \"minnetdarliq naxshisi\" éytiptu"),
            ("culture.religious_ban", "Namaz oqushqa ruxset yoq iken"),
            ("detention.prison_sentence", "on töt yilliq késiptu"),
            ("detention.incommunicado", "Siz hazir qaysi türmide, bizge héch kim démidi")]),
    P("p3", "Zöhre", ["Zöhre"], ["relative", "victim"], gender="female",
      rel=[("mother", "p1"), ("mother", "p4"), ("wife", "p2")],
      viol=[("family.reprisal", "saqchilar uni mehellige chaqirip, \"oghlung chet'elde némilerni dewatidu?\" dep soraq qiptu")]),
    P("p4", "Alimjan", ["Alimjan"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p2"), ("son", "p3")],
      viol=[("movement.passport_confiscation", "chégrada pasportini tartiwaldi")]),
    P("p5", "Nurbiye", ["Nurbiye"], ["relative"], gender="female", rel=[("wife", "p1")]),
    P("p6", "Ibrahim Hoshur", ["Ibrahim Hoshur"], ["relative"], gender="male", rel=[("brother", "p2"), ("uncle", "p1")]),
]
PLACES = [
    L("Almaty", ["Almuta", "Almutida", "Almutigha", "Almutidiki"]),
    L("Ghulja", ["Ghuljidiki", "Ghulja", "Ghuljida"]),
    L("Urumqi", ["Ürümchidiki"]),
    L("Kazakhstan", ["Qazaqistan'gha"]),
    L("Turkey", ["Türkiyedin"]),
]
DATES = [
    D("2024-yili 23-may", "2024-05-23", "day"),
    D("2017-yili 23-may", "2017-05-23", "day"),
    D("2019-yilining axirida", "2019", "year"),
    D("2021-yili", "2021", "year"),
    D("shu yili", "2017", "year"),
    D("2017-yili küzde", "2017", "year"),
    D("ötken yili yazda", "2023", "year"),
    D("bu yil 2-ayda", "2024-02", "month"),
    D("ikki yil burun", "2022", "year"),
]
EVENTS = [
    ("arrest", "p2", "2017-05-23"),
    ("detention", "p2", "2017-05-23"),
    ("sentencing", "p2", None),
    ("interrogation", "p3", "2023"),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "Uni tutmidi"),
           ("p3", "detention.arbitrary_arrest", "Apam özi tutulmidi")]
FORBIDDEN = []
