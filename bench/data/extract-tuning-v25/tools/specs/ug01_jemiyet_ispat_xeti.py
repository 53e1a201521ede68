FILE = "ug01_jemiyet_ispat_xeti.txt"
LANG = "ug"
DATE = "2024-03-11"
NOTE = ("Diaspora association's attestation letter (ispat xet) for a member's asylum file, Munich, Uyghur Arabic script "
        "written in ULY and converted (FULL gold: events, codes, negated, forbidden). The association's 'biz' is "
        "institutional. Member 'PERIDE ENWER' (capitals lost in Arabic script) then 'Peride' (xanim); her surname is "
        "her father's given name (Enwer Sabir); mother only 'Hebibe'; younger brother only genitive 'Dilshatning' (release "
        "heard of but not confirmed, whereabouts unknown to the writers: hedged, no code, no event); husband 'Mijit Qasim' "
        "twice. Chairman Abdughopur Tahir is role other; the caller is role-only. Father: taken from home for praying "
        "(arbitrary arrest + religious ban), a year in a 'terbiyelesh merkizi' (camp), sentenced 2018 to 15 years, "
        "family not allowed to visit (incommunicado); being in a Hotan prison now is not a dated transfer (no event). "
        "Mother: 'lagérgha élip kétilmigen' negates camp, beside a real passport confiscation; weekly reporting takes no "
        "code. Wechat contact and threat to the member in Germany = transnational harassment. '2017-yili küzde' = year; "
        "'Ötken yili' -> 2023; 'Bu yil yanwarda' -> 2024-01; '2014-yili' (association founded) is a date mention. Phone "
        "and file numbers are not dates.")
ORGS = ["Bawariye Uyghur Medeniyet Jem'iyiti"]
PERSONS = [
    P("p1", "Peride Enwer", ["Peride Enwer", "Peride"], ["victim", "relative"], gender="female", birth_year=1992,
      rel=[("wife", "p2"), ("daughter", "p3"), ("daughter", "p4"), ("sister", "p5")],
      viol=[("transnational.harassment", "\"atangning ishi téximu éghirlishidu\" dep tehdit salghan")]),
    P("p2", "Mijit Qasim", ["Mijit Qasim"], ["relative"], gender="male", rel=[("husband", "p1")]),
    P("p3", "Enwer Sabir", ["Enwer Sabir"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("husband", "p4"), ("father", "p5")],
      viol=[("detention.arbitrary_arrest", "öyide namaz oqughini üchün tutup kétilgen"),
            ("culture.religious_ban", "namaz oqughini üchün"),
            ("detention.internment_camp", "bir yil \"terbiyelesh merkizi\"de tutulghan"),
            ("detention.prison_sentence", "15 yilliq késilgen"),
            ("detention.incommunicado", "aile uni körüshke ruxset almighan")]),
    P("p4", "Hebibe", ["Hebibe"], ["victim", "relative"], gender="female",
      rel=[("mother", "p1"), ("wife", "p3"), ("mother", "p5")],
      viol=[("movement.passport_confiscation", "pasporti yighiwélin'ghan")]),
    P("p5", "Dilshat", ["Dilshatning"], ["relative"], gender="male", rel=[("brother", "p1")]),
    P("p6", "Abdughopur Tahir", ["Abdughopur Tahir"], ["other"], gender="male"),
]
PLACES = [
    L("Munich", ["Myunxén", "Myunxéndiki"]),
    L("Germany", ["Gérmaniye", "Gérmaniyege"]),
    L("Qaraqash", ["Qaraqashta", "Qaraqashtiki"]),
    L("Hotan", ["Xotendiki"]),
]
DATES = [
    D("11-mart, 2024-yil", "2024-03-11", "day"),
    D("1992-yili", "1992", "year"),
    D("2020-yildin", "2020", "year"),
    D("2019-yili", "2019", "year"),
    D("2014-yili", "2014", "year"),
    D("2017-yili küzde", "2017", "year"),
    D("2018-yili", "2018", "year"),
    D("Ötken yili", "2023", "year"),
    D("Bu yil yanwarda", "2024-01", "month"),
    D("2020-yili", "2020", "year"),
]
EVENTS = [
    ("exit", "p1", "2019"),
    ("exit", "p2", "2019"),
    ("arrest", "p3", "2017"),
    ("detention", "p3", "2017"),
    ("sentencing", "p3", "2018"),
]
NEGATED = [("p4", "detention.internment_camp", "lagérgha élip kétilmigen")]
FORBIDDEN = []
