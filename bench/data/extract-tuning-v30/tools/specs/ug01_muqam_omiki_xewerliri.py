FILE = "ug01_muqam_omiki_xewerliri.txt"
LANG = "ug"
DATE = "2025-03-28"
NOTE = ("Members' news sheet of a Uyghur muqam ensemble in Istanbul (ezalar üchün xewerler), Uyghur Arabic script (UEY), "
        "written in ULY and converted, full gold. The ensemble's name (with Istanbul) is an organisation. Dutar player "
        "'Abdughopur Memet' / 'Abdughopurning'; his father 'Memet Niyaz', later 'Memet akining' (mention 'Memet'); "
        "mother 'Rabiye hede'; singer 'Ayshem Qasimning' / 'Ayshemning' / 'Ayshem' and her brother 'Ekrem Qasim' / "
        "'Ekrem'; teacher Cholpan and the ensemble head are other. Father: taken from home April 2018 to a 'training "
        "centre' (arbitrary arrest + camp), no news three years (incommunicado), thirteen years learnt 2022 (undated "
        "sentencing), died in prison last November (2024-11; death.in_custody gold), body not returned; denied medical "
        "care is only what acquaintances say (hedged: neither). Mother 'tutulmidi' (negated) beside passport collected "
        "2017 and ten years without seeing her son (passport + family separation). Ekrem: back from Egypt July 2017 "
        "(return), taken at Urumqi airport (arrest, detention), whereabouts unknown (enforced disappearance); ages are "
        "not dates. 'Ötken jüme küni' = 2025-03-21; 'ötken yili küzdin' = 2024; April concert dates are after the "
        "document date.")
ORGS = ["Istanbul Uyghur Muqam Ömiki"]
PERSONS = [
    P("p1", "Abdughopur Memet", ["Abdughopur Memet", "Abdughopurning", "Abdughopur"], ["relative"], gender="male",
      rel=[("son", "p2"), ("son", "p3")]),
    P("p2", "Memet Niyaz", ["Memet Niyaz", "Memet"], ["victim"], gender="male",
      rel=[("father", "p1"), ("husband", "p3")],
      viol=[("detention.arbitrary_arrest", "öyidin élip kétilip"),
            ("detention.internment_camp", "\"terbiyilesh merkizi\"ge qamaldi"),
            ("detention.incommunicado", "Üch yil ailisi uningdin héch xewer alalmidi"),
            ("detention.prison_sentence", "on üch yilliq késilgenlikini"),
            ("death.in_custody", "u türmide alemdin ötti")]),
    P("p3", "Rabiye", ["Rabiye"], ["victim", "relative"], gender="female", rel=[("mother", "p1"), ("wife", "p2")],
      viol=[("movement.passport_confiscation", "saqchilar uning pasportini 2017-yili yighiwaldi"),
            ("family.separation", "oghlini on yildin béri körmidi")]),
    P("p4", "Ayshem Qasim", ["Ayshem Qasimning", "Ayshemning", "Ayshem"], ["relative"], gender="female",
      rel=[("sister", "p5")]),
    P("p5", "Ekrem Qasim", ["Ekrem Qasim", "Ekrem"], ["victim"], gender="male", age=32, rel=[("brother", "p4")],
      viol=[("detention.arbitrary_arrest", "Ürümchi ayrodromida tutuldi"),
            ("disappearance.enforced", "uning qeyerde ikenlikini héchkim bilmeydu")]),
    P("p6", "Cholpan", ["Cholpan"], ["other"], gender="female"),
    P("p7", "Dilmurat Hesen", ["Dilmurat Hesen"], ["other"], gender="male"),
]
PLACES = [
    L("Kucha", ["Kuchada"]),
    L("Turkey", ["Türkiyege"]),
    L("Zeytinburnu", ["Zeytinburnudiki"]),
    L("Egypt", ["Misirda"]),
    L("Urumqi", ["Ürümchi"]),
]
DATES = [
    D("2025-yil 28-mart", "2025-03-28", "day"),
    D("ötken yili küzdin", "2024", "year"),
    D("2018-yili aprélda", "2018-04", "month"),
    D("2022-yili", "2022", "year"),
    D("ötken yili noyabirda", "2024-11", "month"),
    D("pasportini [[2017-yili]]", "2017", "year"),
    D("ötken jüme küni", "2025-03-21", "day"),
    D("2017-yili iyulda", "2017-07", "month"),
]
EVENTS = [
    ("arrest", "p2", "2018-04"),
    ("detention", "p2", "2018-04"),
    ("sentencing", "p2", None),
    ("death", "p2", "2024-11"),
    ("return", "p5", "2017-07"),
    ("arrest", "p5", "2017-07"),
    ("detention", "p5", "2017-07"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "Rabiye hede tutulmidi")]
FORBIDDEN = []
