FILE = "ug01_saghlamliq_ziyaret_xatirisi.txt"
LANG = "ug"
DATE = "2025-06-18"
NOTE = ("Istanbul Uyghur association's community health volunteer's home-visit notes (öyge bérip yoqlash xatirisi: "
        "visited person, address, volunteer, date, numbered sections, signature 'M. Qeyser'), Uyghur Arabic script (UEY), "
        "full gold. Volunteer Mehbube Qeyser is other. Son Ekber Yasin taken by police in Aksu in October 2017 with no "
        "reason shown (arbitrary arrest; arrest + detention 2017-10), twenty years learnt 'Bir yildin kéyin' (= 2018 as a "
        "date; sentencing undated), prison unknown (enforced disappearance), no phone or letters (incommunicado). "
        "Daughter-in-law Güljamal: 'Uni lagérgha élip kétishmigen' (negated camp) beside confinement to her home with a "
        "daily cadre check (house arrest), phone taken and searched, relatives' numbers deleted 'Ötken yili' (= 2024) "
        "(digital surveillance). The visited woman, threatened by phone 'ötken ayda' (= 2025-05) through an acquaintance "
        "in Aksu not to speak abroad (transnational harassment); 'özi héchqachan tutulmighan' (negated arbitrary arrest), "
        "'soraqqimu tartilmighan' (no interrogation event). She and grandson Sadir (14, age) came to Istanbul 2019 (exit "
        "for both). Case forms (Aqsuda, Aqsudiki, Istanbulgha, Xitayda, Güljamalning, Sadirning) are whole mentions. "
        "The association heading (with Istanbul) is an organisation; blood values, 'ikki heptidin kéyin', 'kélerki "
        "hepte' are not dates.")
ORGS = ["Istanbul Uyghur jem'iyiti saghlamliq ixtiyariylar guruppisi"]
PERSONS = [
    P("p1", "Ziwerem Hapiz", ["Ziwerem Hapiz", "Ziwerem"], ["victim", "relative"], gender="female", birth_year=1952,
      rel=[("mother", "p2"), ("mother-in-law", "p3"), ("grandmother", "p4")],
      viol=[("transnational.harassment", "Aqsudiki bir tonushi téléfon qilip, \"oghlungning ishini chet elde özüng söz qilsang, kélining'ge yaxshi bolmaydu\" dep agahlandurghan")]),
    P("p2", "Ekber Yasin", ["Ekber Yasin"], ["victim"], gender="male",
      rel=[("son", "p1"), ("husband", "p3"), ("father", "p4")],
      viol=[("detention.arbitrary_arrest", "saqchilar teripidin héchqandaq seweb körsitilmey élip kétilgen"),
            ("detention.prison_sentence", "uning yigirme yilliq késilgenliki"),
            ("disappearance.enforced", "uning qaysi türmide ikenliki namelum"),
            ("detention.incommunicado", "uning bilen téléfonda sözlishishke yaki xet yézishqa ruxset yoq")]),
    P("p3", "Güljamal", ["Güljamal", "Güljamalning"], ["victim", "relative"], gender="female",
      rel=[("wife", "p2"), ("daughter-in-law", "p1"), ("mother", "p4")],
      viol=[("detention.house_arrest", "u öydin chiqishqa ruxset yoq, mehelle kadiri her küni kélip tekshürüp kétidiken"),
            ("surveillance.digital", "téléfonini saqchilar tartiwélip tekshürüp, chet eldiki tughqanlirining nomurlirini öchürüwetken")]),
    P("p4", "Sadir", ["Sadir", "Sadirning"], ["relative"], gender="male", age=14,
      rel=[("grandson", "p1"), ("son", "p2"), ("son", "p3")]),
    P("p5", "Mehbube Qeyser", ["Mehbube Qeyser", "M. Qeyser"], ["other"], gender="female"),
]
PLACES = [
    L("Aksu", ["Aqsuda", "Aqsudiki"]),
    L("Istanbul", ["Istanbul", "Istanbulgha"]),
    L("Küçükçekmece", ["Küchükchekmeje"]),
    L("China", ["Xitayda"]),
]
DATES = [
    D("1952-yili", "1952", "year"),
    D("2025-yili 18-iyun", "2025-06-18", "day"),
    D("2017-yili öktebirde", "2017-10", "month"),
    D("Bir yildin kéyin", "2018", "year"),
    D("Ötken yili", "2024", "year"),
    D("2019-yili", "2019", "year"),
    D("ötken ayda", "2025-05", "month"),
]
EVENTS = [
    ("arrest", "p2", "2017-10"),
    ("detention", "p2", "2017-10"),
    ("sentencing", "p2", None),
    ("exit", "p1", "2019"),
    ("exit", "p4", "2019"),
]
NEGATED = [("p3", "detention.internment_camp", "Uni lagérgha élip kétishmigen"),
           ("p1", "detention.arbitrary_arrest", "özi héchqachan tutulmighan")]
FORBIDDEN = []
