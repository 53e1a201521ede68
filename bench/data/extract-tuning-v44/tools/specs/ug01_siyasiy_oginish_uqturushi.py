FILE = "ug01_siyasiy_oginish_uqturushi.txt"
LANG = "ug"
DATE = "2018-04-02"
NOTE = ("Village committee notice (uqturush) of Yéngiyer township, Ghulja county, 2 April 2018 (= document date), on "
        "attendance at Monday flag-raising and nightly political study, with numbered rows on residents absent on 26 "
        "and 28 March and what was done to them, Uyghur Arabic script (UEY, written in ULY and converted), full gold. "
        "The opening order (Mandarin only, 'two-faced' essays) names no one. Row 1 'Memetimin Rozi': warned and told he "
        "will be sent to 'concentrated education' if absent again (indoctrination; the camp is only ordered: no code, no "
        "event). Row 2 'Ayshemgül Qadir' attends daily in place of her husband 'Tursunmemet Yasin', who 'entered study' "
        "in October 2017 (camp for him; detention event) (indoctrination for her; self-criticism letter). Row 3 "
        "'Nurmemet Sidiq': prayer at home found, prayer and fasting at home banned (religious ban), 'Bu qétim tutup "
        "kétilmidi' (negated arbitrary arrest); nightly house checks not coded. Row 4 'Zöhre Abdukérim' must report "
        "monthly on her son abroad and phone him to come back (family reprisal); son 'Dilshat Memet' in Turkey since "
        "2016 (exit; transnational harassment). Secretary 'Li Wénbin' and director 'Abdusalam Nuri' are officials. "
        "'26-küni' and both '28-küni' are chained on '3-ay' of the notice year; clock times, ages and ward numbers "
        "are not dates.")
ORGS = []
PERSONS = [
    P("p1", "Memetimin Rozi", ["Memetimin Rozi"], ["victim"], gender="male", birth_year=1975,
      viol=[("indoctrination.political", "Agahlandurush bérildi; yene bir qétim qatnashmisa merkezleshtürüp terbiyeleshke ewetilidu")]),
    P("p2", "Ayshemgül Qadir", ["Ayshemgül Qadir"], ["victim", "relative"], gender="female", birth_year=1983,
      rel=[("wife", "p3")],
      viol=[("indoctrination.political", "érining ornida her küni yighingha qatnishidu")]),
    P("p3", "Tursunmemet Yasin", ["Tursunmemet Yasin"], ["victim", "relative"], gender="male",
      rel=[("husband", "p2")],
      viol=[("detention.internment_camp", "2017-yili 10-ayda öginishke kirgen")]),
    P("p4", "Nurmemet Sidiq", ["Nurmemet Sidiq"], ["victim"], gender="male", birth_year=1948,
      viol=[("culture.religious_ban", "uning öyde namaz oqushi we roza tutushi men'i qilinidu")]),
    P("p5", "Zöhre Abdukérim", ["Zöhre Abdukérim"], ["victim", "relative"], gender="female", birth_year=1960,
      rel=[("mother", "p6")],
      viol=[("family.reprisal", "her ayda kent komitétigha oghlining ehwalini doklat qilishi, oghligha téléfon qilip uni qaytip kélishke dewet qilishi kérek")]),
    P("p6", "Dilshat Memet", ["Dilshat Memet"], ["victim", "relative"], gender="male", rel=[("son", "p5")],
      viol=[("transnational.harassment", "oghligha téléfon qilip uni qaytip kélishke dewet qilishi kérek")]),
    P("p7", "Li Wénbin", ["Li Wénbin"], ["official"]),
    P("p8", "Abdusalam Nuri", ["Abdusalam Nuri"], ["official"], gender="male"),
]
PLACES = [
    L("Ghulja", ["Ghulja"]),
    L("Yengiyer", ["Yéngiyer"]),
    L("Turkey", ["Türkiyege"]),
]
DATES = [
    D("3-ayning 26-küni", "2018-03-26", "day"),
    D(("28-küni", 0), "2018-03-28", "day"),
    D("1975-yili", "1975", "year"),
    D("1983-yili", "1983", "year"),
    D("2017-yili 10-ayda", "2017-10", "month"),
    D("1948-yili", "1948", "year"),
    D("1960-yili", "1960", "year"),
    D("2016-yili", "2016", "year"),
    D(("28-küni", 1), "2018-03-28", "day"),
    D("2018-yili 2-aprél", "2018-04-02", "day"),
]
EVENTS = [
    ("detention", "p3", "2017-10"),
    ("exit", "p6", "2016"),
]
NEGATED = [("p4", "detention.arbitrary_arrest", "Bu qétim tutup kétilmidi")]
FORBIDDEN = []
