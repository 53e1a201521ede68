FILE = "ug01_yighin_xatirisi.txt"
LANG = "ug"
DATE = "2024-11-03"
NOTE = ("Uyghur diaspora association's monthly meeting minutes, Uyghur Arabic script (written in ULY, converted). Persons, places "
        "and dates only: events, negated, forbidden and violations are empty for this file. Labels Re'is (chair) and katip "
        "(secretary) are unnamed, not persons; the association name 'Myunxén Uyghur jem'iyiti' and 'Gérmaniye hökümiti' are orgs "
        "(no place inside), while 'Orni: Myunxén' is a place. Turkic naming: Muxtar Yüsüp <- Yüsüp Hamut; sisters Gülnar and "
        "Mahinur Sadiq; 'Muxtar ependi', 'Gülnar xanim', 'Eza Gülnar' give bare given names. Places with suffixes as whole words: "
        "'Uchturpan nahiyisidin' (= Wushi), 'Aqsu shehiridiki', 'Qeshqerde'. Dates: '2024-yili 3-noyabir', 'ötken ayning' -> "
        "2024-10, '2017-yili küzde' -> 2017, 'Ikki yildin kéyin' -> 2019, 'bu yil yazda' -> 2024, 'ötken yili mart éyida' -> "
        "2023-03; ages 'yetmish töt yashta', 'ottuz ikki yashta'; clock time and 'yigirme kün' not dates. Background 'nurghun "
        "ezalarning uruq-tughqanliri' not persons.")
ORGS = ["Myunxén Uyghur jem'iyitining", "Gérmaniye hökümitige"]
PERSONS = [
    P("p1", "Muxtar Yüsüp", ["Muxtar Yüsüp", "Muxtar"], ["witness", "relative"], gender="male", rel=[("son", "p2")]),
    P("p2", "Yüsüp Hamut", ["Yüsüp Hamut"], ["victim"], gender="male", birth_year=1950, age=74, rel=[("father", "p1")]),
    P("p3", "Gülnar Sadiq", ["Gülnar Sadiq", "Gülnar"], ["witness", "relative"], gender="female", rel=[("sister", "p4")]),
    P("p4", "Mahinur Sadiq", ["Mahinur Sadiq", "Mahinur"], ["victim"], gender="female", age=32, rel=[("sister", "p3")]),
]
PLACES = [
    L("Munich", ["Myunxén"]),
    L("Uqturpan County", ["Uchturpan nahiyisidin", "Wushi"]),
    L("Aksu city", ["Aqsu shehiridiki"]),
    L("Kashgar", ["Qeshqerde"]),
]
DATES = [
    D("2024-yili 3-noyabir", "2024-11-03", "day"),
    D("ötken ayning", "2024-10", "month"),
    D("1950-yili", "1950", "year"),
    D("2017-yili küzde", "2017", "year"),
    D("Ikki yildin kéyin", "2019", "year"),
    D("bu yil yazda", "2024", "year"),
    D("ötken yili mart éyida", "2023-03", "month"),
]
