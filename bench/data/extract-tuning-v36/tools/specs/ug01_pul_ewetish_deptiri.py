FILE = "ug01_pul_ewetish_deptiri.txt"
LANG = "ug"
DATE = "2023-08-20"
NOTE = ("A Uyghur woman's remittance notebook (pul ewetish deptiri) kept in Istanbul, dated entries of money sent "
        "home with her own notes, Uyghur Arabic script (UEY), full gold; last entry 2023-08-20 (document date). "
        "Writer 'Zöhre Ismayil'; mother by the suffixed form 'Ayshemgülge' only; elder brother 'Abduweli' (akam); "
        "younger brother 'Memtimin' with suffix forms Memtimin'ge / Memtimin'ni / Memtimin'ning. Abduweli taken from "
        "home at night with no paper (arbitrary arrest), held for money from his sister abroad (family reprisal), "
        "'kespiy terbiyilesh merkizi' in Ghulja (internment camp), Chinese songs (indoctrination), family not "
        "allowed to see him (incommunicado), fifteen years (2021-03) and nobody says which prison (incommunicado + "
        "enforced disappearance). Mother died at home of illness, 'héch qachan tutulmighan' (negated arrest; "
        "death.in_custody forbidden); no imam allowed for her funeral prayer (religious ban). Memtimin summoned "
        "about the writer's life in Istanbul (interrogation + family reprisal), WeChat ('ündidar') messages checked "
        "(digital surveillance), 'özi tutulmidi' negated. Writer: call 'come back or it will go badly for those "
        "here' (transnational harassment). Arrival in Istanbul 2015 = exit. 'Bu yil 2-ayda' -> 2023-02; amounts in "
        "lira, 'on besh yil' not dates.")
PERSONS = [
    P("p1", "Zöhre Ismayil", ["Zöhre Ismayil"], ["narrator", "relative", "victim"], gender="female",
      rel=[("daughter", "p2"), ("sister", "p3"), ("sister", "p4")],
      viol=[("transnational.harassment", "«Akangni körüshni xalisang, qaytip kel, bolmisa bu yerdikilerge yaxshi bolmaydu»")]),
    P("p2", "Ayshemgül", ["Ayshemgülge"], ["relative", "victim"], gender="female",
      rel=[("mother", "p1"), ("mother", "p3"), ("mother", "p4")],
      viol=[("culture.religious_ban", "uning namizini chüshürüshke jür'et qilalmaptu, imamni chaqirishqa ruxset bolmaptu")]),
    P("p3", "Abduweli", ["Abduweli"], ["victim", "relative"], gender="male",
      rel=[("brother", "p1"), ("son", "p2"), ("brother", "p4")],
      viol=[("detention.arbitrary_arrest", "akamni kéchide öyidin élip kétiptu. Héchqandaq qeghez körsetmeptu"),
            ("family.reprisal", "uni «chet eldiki singlisidin pul alghan» dep qamaptu"),
            ("detention.internment_camp", "Ghuljidiki «kespiy terbiyilesh merkizi»de iken"),
            ("indoctrination.political", "her küni xenzuche nahshilarni yadlitidiken"),
            ("detention.incommunicado", "Ailisidikilerni körüshke qoymaydiken"),
            ("detention.prison_sentence", "on besh yil késiptu"),
            ("disappearance.enforced", "Qaysi türmide ikenlikini héchkim éytmaydu")]),
    P("p4", "Memtimin", ["Memtimin", "Memtimin'ge", "Memtimin'ni", "Memtimin'ning"], ["relative", "victim"],
      gender="male", rel=[("brother", "p1"), ("brother", "p3"), ("son", "p2")],
      viol=[("family.reprisal", "Memtimin'ni saqchixanigha chaqirip, méning Istanbulda néme ish qiliwatqinimni soraptu"),
            ("surveillance.digital", "téléfonidiki ündidar xetlirini birmubir tekshürüptu")]),
]
PLACES = [
    L("Istanbul", ["Istanbul", "Istanbulgha", "Istanbulda"]),
    L("Zeytinburnu", ["Zeytinburnu"]),
    L("Ghulja", ["Ghuljidiki"]),
]
DATES = [
    D("2015-yili", "2015", "year"),
    D("2016-yili 9-ayning 14-küni", "2016-09-14", "day"),
    D("2017-yili 2-ayning 3-küni", "2017-02-03", "day"),
    D("2017-yili 4-ay", "2017-04", "month"),
    D("2018-yili 11-ay", "2018-11", "month"),
    D("2019-yili 6-ay", "2019-06", "month"),
    D("2020-yili 1-ayning 20-küni", "2020-01-20", "day"),
    D("2021-yili 3-ay", "2021-03", "month"),
    D("2022-yili 5-ay", "2022-05", "month"),
    D("Bu yil 2-ayda", "2023-02", "month"),
    D("2023-yili 8-ayning 20-küni", "2023-08-20", "day"),
]
EVENTS = [
    ("exit", "p1", "2015"),
    ("arrest", "p3", "2017-04"),
    ("detention", "p3", "2017-04"),
    ("death", "p2", "2019-06"),
    ("interrogation", "p4", "2020-01-20"),
    ("sentencing", "p3", "2021-03"),
]
NEGATED = [("p2", "detention.arbitrary_arrest", "Apam héch qachan tutulmighan"),
           ("p4", "detention.arbitrary_arrest", "Memtimin özi tutulmidi")]
FORBIDDEN = [("p2", "death.in_custody")]
