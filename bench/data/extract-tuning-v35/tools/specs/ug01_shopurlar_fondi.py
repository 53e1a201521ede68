FILE = "ug01_shopurlar_fondi.txt"
LANG = "ug"
DATE = "2024-09-18"
NOTE = ("Minutes (xatire) of the board of an Almaty truck drivers' mutual-aid fund: aid to a detained member's family, "
        "numbered items, decision, signatures; Uyghur Arabic script (UEY), written in ULY and converted; full gold. Member "
        "'Qeyyum Sadiq', genitive 'Qeyyum Sadiqning', 'Qeyyumning'; brother 'Ablikim Sadiq' / 'Ablikim'; wife 'Mehbube'; son "
        "'Dilmurat'; chair 'Reshit Abla' and treasurer 'Nezire Qasim' (other). Member taken by police with his truck two days "
        "after crossing at Khorgos = arbitrary arrest (arrest + detention 2018-07), Kazakhstan passport kept = passport "
        "confiscation, sentenced to seven years in 2019 = prison sentence, a prayer-learning video on his phone as the reason "
        "= digital surveillance + religious ban, family never saw him, letters unanswered = incommunicado; Urumqi prison is "
        "hearsay ('héchkim ispatlap bérelmidi'): no transfer. Call from the Ghulja police station to the wife in Almaty = "
        "transnational harassment. Brother: taken to a 'terbiyilesh merkizi' in 2017 = arbitrary arrest + internment camp, "
        "forced chanting 'men junggoluq' = indoctrination, factory job against his will after release = forced labour, 'özi "
        "türmige késilmigen' = prison sentence negated (release undated: fourteen months after an undated 2017 arrest). "
        "'Ötken ayda' -> 2024-08. '2024-yili 1-öktebir' and '2024-yili 16-öktebir' are after the document date (not "
        "annotated); 'ikki kün', 'bir yil', 'on töt ay' not annotated.")
ORGS = []
PERSONS = [
    P("p1", "Qeyyum Sadiq", ["Qeyyum Sadiqning", "Qeyyum Sadiq", "Qeyyumning"], ["victim", "relative"], gender="male",
      rel=[("husband", "p2"), ("brother", "p3"), ("father", "p6")],
      viol=[("detention.arbitrary_arrest", "saqchilar uni mashinisi bilen qoshup tutup ketken"),
            ("movement.passport_confiscation", "Qazaqistan pasporti élip qélin'ghan"),
            ("detention.prison_sentence", "yette yilgha késildi"),
            ("surveillance.digital", "uning tutulushigha téléfonidiki bir namaz öginish wideosi seweb bolghan iken"),
            ("culture.religious_ban", "bir namaz öginish wideosi"),
            ("detention.incommunicado", "Ailisi uni bir qétimmu körelmidi, xet yazsimu jawab kelmidi")]),
    P("p2", "Mehbube", ["Mehbube"], ["relative", "victim"], gender="female", rel=[("wife", "p1"), ("mother", "p6")],
      viol=[("transnational.harassment", "Ghulja saqchixanisidin téléfon kélip, \"chet'eldiki yighinlargha barsang, éringge yaxshi bolmaydu\" dep agahlandurghan")]),
    P("p3", "Ablikim Sadiq", ["Ablikim Sadiq", "Ablikim"], ["victim", "relative"], gender="male", rel=[("brother", "p1")],
      viol=[("detention.arbitrary_arrest", "\"terbiyilesh merkizi\"ge élip kétildi"),
            ("detention.internment_camp", "Ghuljida \"terbiyilesh merkizi\"ge élip kétildi, u yerde on töt ay turdi"),
            ("indoctrination.political", "her etigen \"men junggoluq\" dep towlashqa mejbur bolghan"),
            ("labour.forced_labour", "xalimisimu bir kiyim zawutigha ishqa orunlashturulghan")]),
    P("p4", "Reshit Abla", ["Reshit Abla"], ["other"], gender="male"),
    P("p5", "Nezire Qasim", ["Nezire Qasim"], ["other"], gender="female"),
    P("p6", "Dilmurat", ["Dilmurat"], ["relative"], gender="male", rel=[("son", "p1"), ("son", "p2")]),
]
PLACES = [
    L("Almaty", ["Almuta", "Almutida"]),
    L("Khorgos", ["Qorghas"]),
    L("Ghulja", ["Ghuljigha", "Ghulja", "Ghuljida"]),
    L("Kazakhstan", ["Qazaqistan"]),
    L("Urumqi", ["Ürümchidiki"]),
]
DATES = [
    D("2024-yili 18-séntebir", "2024-09-18", "day"),
    D("2015-yildin", "2015", "year"),
    D("2018-yili 7-ayda", "2018-07", "month"),
    D("2019-yili", "2019", "year"),
    D("Ötken ayda", "2024-08", "month"),
    D("2017-yili", "2017", "year"),
]
EVENTS = [
    ("arrest", "p1", "2018-07"),
    ("detention", "p1", "2018-07"),
    ("sentencing", "p1", "2019"),
    ("arrest", "p3", "2017"),
    ("detention", "p3", "2017"),
    ("release", "p3", None),
]
NEGATED = [("p3", "detention.prison_sentence", "Ablikim özi türmige késilmigen")]
FORBIDDEN = []
