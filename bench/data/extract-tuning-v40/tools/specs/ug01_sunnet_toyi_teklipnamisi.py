FILE = "ug01_sunnet_toyi_teklipnamisi.txt"
LANG = "ug"
DATE = "2024-06-20"
NOTE = ("Istanbul family's invitation to their son's circumcision feast (sünnet toyi teklipnamisi: time, venue, "
        "programme, hosts) with notes for the guests on why the grandparents and uncle cannot come, Uyghur Arabic "
        "script (UEY), full gold. Son 'Ilyarning' / 'Ilyar'; father 'Abdurehim Qasim' (surname = grandfather's given "
        "name); mother 'Mehriban Ablimit'; grandfather 'Qasim Hoshurning' (genitive only); grandmother 'Rabiye'; "
        "maternal uncle 'Nurmemet Ablimit'. Parents settled in Turkey 2016 (exit). Grandfather: March 2018 taken in "
        "Kashgar (arbitrary arrest), 2019 fifteen years for teaching grandchildren the Quran (prison sentence + "
        "religious ban), no letters or calls allowed (incommunicado). Grandmother: passport taken 2017 'for "
        "safekeeping' (passport), 'tutulmidi' (negated arrest) but made to attend weekly flag-raising and sing red "
        "songs (indoctrination). Uncle: end of 2017 taken to a 'terbiyelesh merkizi' (arbitrary arrest + camp), 2019 "
        "out and sent to an Artux clothing factory he may not leave (release + forced labour). Fear that relatives "
        "may be questioned (possibility, nothing). The feast date 2024-07-14 is after the document date (not "
        "annotated); 'Ötken yili' -> 2023; clock time and 'on besh yil' are not dates. Organisation: 'Altun Saray' "
        "wedding hall.")
ORGS = ["«Altun Saray» toyxanisi"]
PERSONS = [
    P("p1", "Ilyar", ["Ilyarning", "Ilyar"], ["relative"], gender="male",
      rel=[("son", "p2"), ("son", "p3"), ("grandson", "p4"), ("grandson", "p5"), ("nephew", "p6")]),
    P("p2", "Abdurehim Qasim", ["Abdurehim Qasim"], ["narrator", "relative"], gender="male",
      rel=[("father", "p1"), ("husband", "p3"), ("son", "p4"), ("son", "p5")]),
    P("p3", "Mehriban Ablimit", ["Mehriban Ablimit"], ["narrator", "relative"], gender="female",
      rel=[("mother", "p1"), ("wife", "p2"), ("sister", "p6")]),
    P("p4", "Qasim Hoshur", ["Qasim Hoshurning"], ["victim", "relative"], gender="male",
      rel=[("grandfather", "p1"), ("father", "p2"), ("husband", "p5")],
      viol=[("detention.arbitrary_arrest", "u 2018-yili 3-ayda Qeshqerde tutup kétildi"),
            ("detention.prison_sentence", "on besh yil késildi"),
            ("culture.religious_ban", "newrilirige Qur'an ögetkini üchün on besh yil késildi"),
            ("detention.incommunicado", "Uninggha xet yézishqa, téléfon qilishqa yol qoyulmaydu")]),
    P("p5", "Rabiye", ["Rabiye"], ["victim", "relative"], gender="female",
      rel=[("grandmother", "p1"), ("mother", "p2"), ("wife", "p4")],
      viol=[("movement.passport_confiscation", "Uning pasporti 2017-yili «saqlap qoyush» üchün élip kétilgen"),
            ("indoctrination.political", "her düshenbe mehellidiki bayraq chiqirish murasimigha bérip, qizil naxsha éytishqa mejbur")]),
    P("p6", "Nurmemet Ablimit", ["Nurmemet Ablimit"], ["victim", "relative"], gender="male",
      rel=[("uncle", "p1"), ("brother", "p3")],
      viol=[("detention.arbitrary_arrest", "«terbiyelesh merkizi»ge élip kétildi"),
            ("detention.internment_camp", "«terbiyelesh merkizi»ge élip kétildi"),
            ("labour.forced_labour", "Atushtiki bir kiyim zawutigha ishqa ewetildi; zawuttin ayrilishqa ruxset yoq")]),
]
PLACES = [
    L("Istanbul", ["Istanbul"]),
    L("Zeytinburnu", ["Zeytinburnu"]),
    L("Turkey", ["Türkiyege"]),
    L("Kashgar", ["Qeshqerde"]),
    L("Artux", ["Atushtiki"]),
]
DATES = [
    D("2024-yili 20-iyun", "2024-06-20", "day"),
    D("2016-yili", "2016", "year"),
    D("2018-yili 3-ayda", "2018-03", "month"),
    D(("2019-yili", 0), "2019", "year"),
    D("[[2017-yili]] «saqlap", "2017", "year"),
    D("2017-yilining axirida", "2017", "year"),
    D(("2019-yili", 1), "2019", "year"),
    D("Ötken yili", "2023", "year"),
]
EVENTS = [
    ("exit", "p2", "2016"),
    ("exit", "p3", "2016"),
    ("arrest", "p4", "2018-03"),
    ("detention", "p4", "2018-03"),
    ("sentencing", "p4", "2019"),
    ("arrest", "p6", "2017"),
    ("detention", "p6", "2017"),
    ("release", "p6", "2019"),
]
NEGATED = [("p5", "detention.arbitrary_arrest", "Momisi tutulmidi")]
FORBIDDEN = []
