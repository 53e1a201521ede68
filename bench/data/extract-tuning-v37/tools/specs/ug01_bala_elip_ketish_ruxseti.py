FILE = "ug01_bala_elip_ketish_ruxseti.txt"
LANG = "ug"
DATE = "2023-10-02"
NOTE = ("Istanbul kindergarten's pick-up authorisation form (authorised people, people never to be given the child, "
        "mother's explanation, health, teacher's note), Uyghur Arabic script written in ULY and converted, FULL gold. "
        "Child 'Mérwayit Exmet' (surname = father's given name; 'Mérwayitning', 'Mérwayitqa'); mother 'Xalide "
        "Tursun' came to Istanbul in 2016 (exit). Father 'Exmet Qurban' ('Exmetning') seized in the street in Urumqi "
        "May 2017 (arbitrary arrest), no contact since (incommunicado), 'on yette yilliq késilgen' heard in 2020 "
        "(sentence learnt later: undated sentencing), prison never told (enforced disappearance). His brother "
        "'Ablimit Qurban' summoned twice last year (-> 2022) and questioned about the mother's activities in Istanbul "
        "(family reprisal, one interrogation event); 'u tutulmidi' = negated arbitrary arrest. Mother: anonymous "
        "call 'balangni yaxshi qoghda' = transnational harassment. Aunt 'Zöhre Tursun', neighbour 'Ayshe Yilmaz' and "
        "teacher 'Seher Aydin' have no codes (neighbour, teacher: role other). The group name 'Qizilgül' and the "
        "kindergarten are organisations. Not dates: 'alte yashliqlar', 'on yette yilliq', 'chüshtin kéyin'.")
ORGS = ["Yéngi Nur balilar baghchisi", "Qizilgül"]
PERSONS = [
    P("p1", "Mérwayit Exmet", ["Mérwayit Exmet", "Mérwayitqa", "Mérwayitning", "Mérwayit"], ["relative"], gender="female",
      rel=[("daughter", "p2"), ("daughter", "p3")]),
    P("p2", "Xalide Tursun", ["Xalide Tursun"], ["narrator", "relative", "victim"], gender="female",
      rel=[("mother", "p1"), ("wife", "p3"), ("sister", "p4")],
      viol=[("transnational.harassment", "manga namelum bir nomurdin téléfon kélip")]),
    P("p3", "Exmet Qurban", ["Exmet Qurban", "Exmetning"], ["victim", "relative"], gender="male",
      rel=[("father", "p1"), ("husband", "p2"), ("brother", "p5")],
      viol=[("detention.arbitrary_arrest", "Ürümchide kochida saqchilar teripidin tutup kétildi"),
            ("detention.incommunicado", "uning bilen héchqandaq alaqe qilalmiduq"),
            ("detention.prison_sentence", "uning on yette yilliq késilgenlikini angladuq"),
            ("disappearance.enforced", "qaysi türmide ikenlikini héchkim bizge éytmidi")]),
    P("p4", "Zöhre Tursun", ["Zöhre Tursun"], ["relative"], gender="female", rel=[("sister", "p2"), ("aunt", "p1")]),
    P("p5", "Ablimit Qurban", ["Ablimit Qurban"], ["relative", "victim"], gender="male",
      rel=[("brother", "p3"), ("uncle", "p1")],
      viol=[("family.reprisal", "ikki qétim saqchixanigha chaqirilip, méning Istanbuldiki paaliyetlirim toghruluq soraq qilindi")]),
    P("p6", "Ayshe Yilmaz", ["Ayshe Yilmaz"], ["other"], gender="female"),
    P("p7", "Seher Aydin", ["Seher Aydin"], ["other"], gender="female"),
]
PLACES = [
    L("Istanbul", ["Istanbul", "Istanbulda", "Istanbulgha", "Istanbuldiki"]),
    L("Zeytinburnu", ["Zeytinburnu"]),
    L("Urumqi", ["Ürümchide"]),
]
DATES = [
    D("2023-yili 2-öktebir", "2023-10-02", "day"),
    D("2016-yili", "2016", "year"),
    D("2017-yili 5-ayda", "2017-05", "month"),
    D("2020-yili", "2020", "year"),
    D("ötken yili", "2022", "year"),
    D("Bu yil iyulda", "2023-07", "month"),
    D("2022-yili séntebirdin", "2022-09", "month"),
]
EVENTS = [
    ("exit", "p2", "2016"),
    ("arrest", "p3", "2017-05"),
    ("detention", "p3", "2017-05"),
    ("sentencing", "p3", None),
    ("interrogation", "p5", "2022"),
]
NEGATED = [("p5", "detention.arbitrary_arrest", "lékin u tutulmidi")]
FORBIDDEN = []
