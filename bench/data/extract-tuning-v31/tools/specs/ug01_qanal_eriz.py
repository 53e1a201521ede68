FILE = "ug01_qanal_eriz.txt"
LANG = "ug"
DATE = "2023-02-27"
NOTE = ("Complaint (erz) to a video platform's copyright department asking to restore a deleted family music channel, Uyghur "
        "Arabic script (UEY), written in ULY (tools/uly/ug01_qanal_eriz.uly) and converted; full gold. The channel name «Rahman "
        "muqamliri» is an organisation label (the father's given name inside it is not a mention); the complaint number is not a "
        "date. Father 'Rahman Tursun' vs daughter 'Muyesser Rahman' (surname = father's given name); mother 'Hejer Qasim'; brother "
        "'Ekrem' by given name; the father's pupil 'Dilnur Ablimit' then 'Dilnur'. 'Bu yil 2-ayning béshida' -> 2023-02; 'ötken "
        "yili yazda' -> 2022 (season = year). Threatening message from an unknown number before the deletion = transnational "
        "harassment of the narrator. Taken without trial = arbitrary arrest + internment camp; prayer not allowed = religious ban; "
        "blood and voice samples = biometric collection; fifteen-year sentence heard of, dated 2019; unknown prison, no news = "
        "incommunicado. Mother 'özi tutulmidi' negated beside passport confiscation and family separation; weekly reporting not "
        "coded. Ekrem questioned one day in a police station when he went back: return + interrogation. Dilnur held two years "
        "(release chained -> 2020, no span), Chinese songs = political indoctrination, Uyghur speech forbidden = language ban.")
ORGS = ["Rahman muqamliri"]
PERSONS = [
    P("p1", "Muyesser Rahman", ["Muyesser Rahman"], ["narrator", "relative", "victim"], gender="female",
      rel=[("daughter", "p2"), ("daughter", "p3"), ("sister", "p4")],
      viol=[("transnational.harassment", "manga namelum bir nomurdin «dadangning widéolirini öchür, bolmisa apangha yaxshi bolmaydu» dégen uchur keldi")]),
    P("p2", "Rahman Tursun", ["Rahman Tursun"], ["victim"], gender="male",
      rel=[("father", "p1"), ("father", "p4"), ("husband", "p3")],
      viol=[("detention.arbitrary_arrest", "2017-yili 6-ayda tutulup, héch qandaq sot bolmastin"),
            ("detention.internment_camp", "lagérgha élip kétildi"),
            ("culture.religious_ban", "namaz oqushigha ruxset qilinmighan"),
            ("medical.biometric_collection", "uningdin qan we awaz ülgisi élin'ghan"),
            ("detention.prison_sentence", "on bésh yilliq késilgen"),
            ("detention.incommunicado", "Hazir qaysi türmide ikenlikini bilmeymiz, töt yildin béri héchqandaq xewer yoq")]),
    P("p3", "Hejer Qasim", ["Hejer Qasim"], ["relative", "victim"], gender="female",
      rel=[("mother", "p1"), ("mother", "p4"), ("wife", "p2")],
      viol=[("movement.passport_confiscation", "Uning pasporti 2017-yili tapshurup élin'ghan"),
            ("family.separation", "shunga u biz bilen körüshelmeydu")]),
    P("p4", "Ekrem", ["Ekrem"], ["relative"], gender="male", rel=[("son", "p2"), ("son", "p3"), ("brother", "p1")]),
    P("p5", "Dilnur Ablimit", ["Dilnur Ablimit", "Dilnur"], ["victim", "witness"], gender="female",
      viol=[("detention.arbitrary_arrest", "Dilnur Ablimit 2018-yili 3-ayda tutulghan"),
            ("detention.internment_camp", "lagérda her küni"),
            ("indoctrination.political", "xitayche naxsha éytquzghanliqini"),
            ("culture.language_ban", "uyghurche sözleshning cheklen'genlikini")]),
]
PLACES = [L("Istanbul", ["Istanbul"]), L("Türkiye", ["Türkiye"]), L("Kashgar", ["Qeshqerde", "Qeshqerge"]),
          L("Urumqi", ["Ürümchide"])]
DATES = [
    D("2023-yili 27-féwral", "2023-02-27", "day"),
    D("2014-yilidin", "2014", "year"),
    D("Bu yil 2-ayning béshida", "2023-02", "month"),
    D("2017-yili 6-ayda", "2017-06", "month"),
    D("2019-yili", "2019", "year"),
    D("pasporti [[2017-yili]]", "2017", "year"),
    D("ötken yili yazda", "2022", "year"),
    D("2018-yili 3-ayda", "2018-03", "month"),
]
EVENTS = [
    ("arrest", "p2", "2017-06"), ("detention", "p2", "2017-06"), ("sentencing", "p2", "2019"),
    ("return", "p4", "2022"), ("interrogation", "p4", "2022"),
    ("arrest", "p5", "2018-03"), ("detention", "p5", "2018-03"), ("release", "p5", "2020"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "Apam özi tutulmidi")]
FORBIDDEN = []
