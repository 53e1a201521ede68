FILE = "ug01_kundilik_xatire.txt"
LANG = "ug"
DATE = "2022-09-10"
NOTE = ("Private diary, four dated entries, Uyghur Arabic script (written in ULY, converted). Persons, places and dates only: "
        "events, negated, forbidden and violations are empty for this file. Narrator Nurgül Hésen (title line) <- father Hésen "
        "Abdulla (died 2012); brother Ekrem Hésen occurs only in the accusative 'Ekrem Hésenni'; mother Ayshem Rozi (born "
        "1958, 64: 'atmish töt yashqa kirdi'), otherwise 'anam'; daughter Mahire, husband Alimjan, nephew Erkin and his mother "
        "Zöhre by given name; Hebibe Musa / 'Hebibe hede' and her husband Tursun Mijit; police caller 'Li Bin'. Each 'bügün' "
        "(today) resolves to its entry's date; 'tünügünki' -> 2022-09-09; 'ötken yili' on 2 June 2022 -> 2021; 'kéyinki hepte' "
        "(future) and 'besh yildin béri' not annotated. Suffixed place words are whole-word mentions: 'Qeshqer wilayitining' "
        "(prefecture) vs 'Qeshqer shehirining' / 'Qeshqerdiki' (city), 'Peyziwat nahiyiside', 'Zeytinburnudiki', 'Ghuljidin', "
        "'Ghuljida', 'Almutidin', 'Türkiyege', 'Qazaqistanda'.")
PERSONS = [
    P("p1", "Nurgül Hésen", ["Nurgül Hésen"], ["narrator", "relative", "witness"], gender="female",
      rel=[("daughter", "p2"), ("daughter", "p3"), ("sister", "p5"), ("mother", "p6"), ("wife", "p7"), ("aunt", "p9")]),
    P("p2", "Ayshem Rozi", ["Ayshem Rozi"], ["relative", "victim"], gender="female", birth_year=1958, age=64,
      rel=[("mother", "p1"), ("mother", "p5"), ("wife", "p3")]),
    P("p3", "Hésen Abdulla", ["Hésen Abdulla"], ["relative"], gender="male", rel=[("father", "p1"), ("father", "p5"), ("husband", "p2")]),
    P("p4", "Hebibe Musa", ["Hebibe Musa", "Hebibe"], ["witness", "victim"], gender="female", rel=[("wife", "p11")]),
    P("p5", "Ekrem Hésen", ["Ekrem Hésenni"], ["victim"], gender="male",
      rel=[("brother", "p1"), ("son", "p2"), ("son", "p3"), ("father", "p9"), ("husband", "p10")]),
    P("p6", "Mahire", ["Mahire"], ["relative"], gender="female", rel=[("daughter", "p1"), ("daughter", "p7")]),
    P("p7", "Alimjan", ["Alimjan"], ["relative"], gender="male", rel=[("husband", "p1"), ("father", "p6")]),
    P("p8", "Li Bin", ["Li Bin"], ["official", "perpetrator"], gender="male"),
    P("p9", "Erkin", ["Erkin"], ["relative"], gender="male", rel=[("son", "p5"), ("son", "p10"), ("nephew", "p1")]),
    P("p10", "Zöhre", ["Zöhre"], ["relative"], gender="female", rel=[("mother", "p9"), ("wife", "p5")]),
    P("p11", "Tursun Mijit", ["Tursun Mijit"], ["relative", "victim"], gender="male", rel=[("husband", "p4")]),
]
PLACES = [
    L("Istanbul", ["Istanbul"]),
    L("Kashgar Prefecture", ["Qeshqer wilayitining"]),
    L("Peyzawat County", ["Peyziwat nahiyiside"]),
    L("Zeytinburnu", ["Zeytinburnudiki"]),
    L("Yining", ["Ghuljidin", "Ghuljida"]),
    L("Kazakhstan", ["Qazaqistan", "Qazaqistanda"]),
    L("Turkey", ["Türkiyege"]),
    L("Kashgar", ["Qeshqer shehirining", "Qeshqerdiki"]),
    L("Almaty", ["Almutidin"]),
]
DATES = [
    D("2022-yili 14-mart", "2022-03-14", "day"),
    D(("bügün", 0), "2022-03-14", "day"),
    D("1958-yili", "1958", "year"),
    D(("bügün", 1), "2022-03-14", "day"),
    D("2017-yili aprélda", "2017-04", "month"),
    D("2012-yili", "2012", "year"),
    D("2022-yili 2-iyun", "2022-06-02", "day"),
    D(("bügün", 2), "2022-06-02", "day"),
    D("ötken yili", "2021", "year"),
    D("2018-yili", "2018", "year"),
    D("2019-yili", "2019", "year"),
    D("2022-yili 9-séntebir", "2022-09-09", "day"),
    D(("bügün", 3), "2022-09-09", "day"),
    D("2022-yili 10-séntebir", "2022-09-10", "day"),
    D(("bügün", 4), "2022-09-10", "day"),
    D("tünügünki", "2022-09-09", "day"),
]
