FILE = "ug01_tughulghan_kun_tebriki.txt"
LANG = "ug"
DATE = "2023-02-17"
NOTE = ("Birthday greeting from two grandchildren abroad to their grandfather, Uyghur Arabic script (written in ULY, "
        "tools/uly/, converted with uly2uey.py). Gold covers persons, places and dates only: events, negated and forbidden "
        "are [] and every violations list is [] (do not score events or codes). Agglutinated surfaces are mentions: "
        "'Hézimjan Memtiminning', 'Patemxan Qurbanning', 'Ghuljida', 'Almutadiki', 'Almutada', 'Istanbuldin', 'Istanbulda', "
        "'Qazaqistan'gha'. 'Istanbul uniwérsitétining' is an org (no place). Kinship words bowa, anam, tagham, momam, inim "
        "are not names; the signature 'Dilnur we Ilyas Rozi' names both grandchildren (Dilnur = narrator). Ages ('seksen "
        "yashqa', 'sekkiz yashta') are not dates. Dates: the greeting date, birth 1943, 1962, 1990, '2010-yili yazda' -> 2010, "
        "'2017-yili küzde' -> 2017, 'Ikki yil kéyin' -> 2019, 2018, 'ötken yili mart éyida' -> 2022-03, 'Ötken hepte' -> "
        "2023-02 (cannot cross the month), 'bu yil' -> 2023.")
ORGS = ["Istanbul uniwérsitétining"]
PERSONS = [
    P("p1", "Dilnur Rozi", ["Dilnur"], ["narrator", "relative"], gender="female", rel=[("granddaughter", "p3"), ("daughter", "p4"), ("sister", "p2")]),
    P("p2", "Ilyas Rozi", ["Ilyas", "Ilyas Rozi"], ["relative"], gender="male", rel=[("grandson", "p3"), ("son", "p4"), ("brother", "p1")]),
    P("p3", "Hézimjan Memtimin", ["Hézimjan Memtiminning"], ["victim"], gender="male", birth_year=1943, age=80,
      rel=[("father", "p4"), ("father", "p5"), ("husband", "p6")]),
    P("p4", "Mehrigül Hézimjan", ["Mehrigül Hézimjan"], ["relative"], gender="female", rel=[("daughter", "p3"), ("mother", "p1"), ("mother", "p2")]),
    P("p5", "Abliz Hézimjan", ["Abliz Hézimjan", "Abliz"], ["victim", "relative"], gender="male", rel=[("son", "p3")]),
    P("p6", "Patemxan Qurban", ["Patemxan Qurbanning"], ["relative"], gender="female", rel=[("wife", "p3")]),
]
PLACES = [
    L("Yining", ["Ghulja", "Ghuljida"]),
    L("Qazanchi", ["Qazanchi"]),
    L("Almaty", ["Almuta", "Almutadiki", "Almutada"]),
    L("Istanbul", ["Istanbuldin", "Istanbulda"]),
    L("Kazakhstan", ["Qazaqistan'gha"]),
    L("Ili River", ["Ili"]),
]
DATES = [
    D("2023-yili 17-féwral", "2023-02-17", "day"),
    D("1943-yili", "1943", "year"),
    D("1962-yili", "1962", "year"),
    D("1990-yili", "1990", "year"),
    D("2010-yili yazda", "2010", "year"),
    D("2017-yili küzde", "2017", "year"),
    D("Ikki yil kéyin", "2019", "year"),
    D("2018-yili", "2018", "year"),
    D("ötken yili mart éyida", "2022-03", "month"),
    D("Ötken hepte", "2023-02", "month"),
    D("bu yil", "2023", "year"),
]
EVENTS = []
NEGATED = []
FORBIDDEN = []
