FILE = "ug01_muxbir_telipi.txt"
LANG = "ug"
DATE = "2025-03-04"
NOTE = ("Journalist's interview-request e-mail (söhbet telipi) from a Uyghur-language news website in Istanbul to a "
        "reader, Uyghur Arabic script (UEY, written in ULY and converted), full gold. Header fields Téma/Kimdin/Kimge/"
        "Waqti; the reporter restates the reader's letter in numbered points. Daughter 'Gülnar Rozaxun' (surname = father's "
        "given name), mother only 'Hebibe', husband only 'Nurmemet', brother only 'Ilshat'; initials 'G. R.' are not a "
        "mention; the website name is an org. Reporter (first person, signs) is narrator; the editor is named staff "
        "(other). 'ötken ayda' -> 2025-02; transfer chained 2017-12 + one year = 2018-12. Father: taken without reason, "
        "camp without trial, transfer to a camp in Ürümchi, overcrowding, Chinese songs and political lessons, blood and "
        "fingerprints before release 2020-06, may not leave the neighbourhood (house arrest), camera at his door. Mother: "
        "passport taken; 'never detained' negates arbitrary arrest. Daughter and husband moved to Istanbul in 2016 (exit); "
        "the daughter got a threatening message via WeChat (ündidar) (transnational harassment). Brother in an Aksu prison "
        "is 'possible' and explicitly not taken as evidence: hedged, not gold, not forbidden.")
ORGS = ["Ayding Xewerliri"]
PERSONS = [
    P("p1", "Rozaxun Memtimin", ["Rozaxun Memtimin"], ["victim", "relative"], gender="male",
      rel=[("father", "p2"), ("husband", "p3"), ("father", "p5")],
      viol=[("detention.arbitrary_arrest", "saqchilar teripidin héchqandaq sewebsiz élip kétilgen"),
            ("detention.internment_camp", "«kespiy terbiyilesh merkizi»ge qamalghan"),
            ("detention.overcrowding", "bir öyde ottuz kishi yatqan"),
            ("indoctrination.political", "her küni xenzuche naxsha we siyasiy dersler ögitilgen"),
            ("medical.biometric_collection", "uning qéni we barmaq izi élin'ghan"),
            ("detention.house_arrest", "mehellidin chiqishigha ruxset bérilmeydu"),
            ("surveillance.checkpoint", "öyining ishikige kamér ornitilghan")]),
    P("p2", "Gülnar Rozaxun", ["Gülnar Rozaxun", "Gülnar"], ["relative", "victim"], gender="female",
      rel=[("daughter", "p1"), ("daughter", "p3"), ("wife", "p4"), ("sister", "p5")],
      viol=[("transnational.harassment", "bir saqchi sizge ündidar arqiliq «dadang üchün aghzingni yum, bolmisa uninggha yaxshi bolmaydu» dep yazghan")]),
    P("p3", "Hebibe", ["Hebibe"], ["relative", "victim"], gender="female",
      rel=[("wife", "p1"), ("mother", "p2"), ("mother", "p5")],
      viol=[("movement.passport_confiscation", "pasportini saqchilar 2018-yili yighiwalghan")]),
    P("p4", "Nurmemet", ["Nurmemet"], ["relative"], gender="male", rel=[("husband", "p2")]),
    P("p5", "Ilshat", ["Ilshat"], ["relative"], gender="male", rel=[("son", "p1"), ("son", "p3"), ("brother", "p2")]),
    P("p6", "Mahinur Sattar", ["Mahinur Sattar"], ["narrator"], gender="female"),
    P("p7", "Abdureshit Qurban", ["Abdureshit Qurban"], ["other"], gender="male"),
]
PLACES = [
    L("Istanbul", ["Istanbul", "Istanbulgha"]),
    L("Turpan", ["Turpandiki"]),
    L("Urumqi", ["Ürümchidiki"]),
    L("Aksu", ["Aqsudiki"]),
]
DATES = [
    D("2025-yili 4-mart", "2025-03-04", "day"),
    D(("ötken ayda", 0), "2025-02", "month"),
    D("2017-yili 12-ayda", "2017-12", "month"),
    D("2020-yili iyunda", "2020-06", "month"),
    D("2018-yili", "2018", "year"),
    D("2016-yili", "2016", "year"),
    D(("ötken ayda", 1), "2025-02", "month"),
]
EVENTS = [
    ("arrest", "p1", "2017-12"),
    ("detention", "p1", "2017-12"),
    ("transfer", "p1", "2018-12"),
    ("release", "p1", "2020-06"),
    ("exit", "p2", "2016"),
    ("exit", "p4", "2016"),
]
NEGATED = [("p3", "detention.arbitrary_arrest", "apingizning özining héchqachan tutulmighanliqini")]
FORBIDDEN = []
