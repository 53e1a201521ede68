FILE = "ug01_kitab_beghishlimisi.txt"
LANG = "ug"
DATE = "2022-03-03"
NOTE = ("Front matter of a poetry collection (title page, dedication 'Béghishlima', preface 'Kirish söz', signature with "
        "place-date line), Uyghur Arabic script (written in ULY, converted). Persons, places and dates only: events, "
        "negated, forbidden and violations are empty for this file. The cover artist 'Muqawa resimi: Yasin Sélil' is a "
        "credit, not a person; the publisher 'Teklimakan neshriyati' is an org. Names with case suffixes as whole words: "
        "'Qadir Hoshurgha', 'Rabiye Tursun'gha', 'Mirzat Ablimitqa'; 'Ayshem Nuri xanimgha' / 'Ayshem xanim'. Turkic naming: "
        "the author Nurmemet Qadir <- father Qadir Hoshur; the aunt Gülshen Hoshur is the father's sister; brother "
        "Abdurahman given name only. Places with suffixes: 'Istanbulda', 'Qaghiliqtiki', 'Qaghiliqta', 'Türkiyege', "
        "'Ürümchide', 'Qumulda', 'Almutada', 'Almutagha'; 'Qeshqer türmisige', 'Ürümchi ayrodromigha' (modifier uses = "
        "mentions). Dates: range '2015-yildin 2021-yilghiche' gives two; 'Ikki yildin kéyin' after April 2017 -> 2019; "
        "'Ötken yili küzde' -> 2021; 'shu yili qishta' -> 2018; 'on minut', 'qiriq yil' are not dates.")
ORGS = ["Teklimakan neshriyati"]
PERSONS = [
    P("p1", "Nurmemet Qadir", ["Nurmemet Qadir"], ["narrator", "relative"], gender="male",
      rel=[("son", "p2"), ("son", "p3"), ("brother", "p4"), ("nephew", "p6")]),
    P("p2", "Qadir Hoshur", ["Qadir Hoshurgha", "Qadir Hoshur"], ["victim"], gender="male", birth_year=1952,
      rel=[("father", "p1"), ("father", "p4"), ("husband", "p3"), ("brother", "p6")]),
    P("p3", "Rabiye Tursun", ["Rabiye Tursun'gha", "Rabiye Tursun"], ["relative"], gender="female",
      rel=[("mother", "p1"), ("mother", "p4"), ("wife", "p2")]),
    P("p4", "Abdurahman", ["Abdurahman"], ["relative"], gender="male", rel=[("brother", "p1"), ("son", "p3")]),
    P("p5", "Mirzat Ablimit", ["Mirzat Ablimitqa"], ["victim"], gender="male"),
    P("p6", "Gülshen Hoshur", ["Gülshen Hoshur"], ["relative"], gender="female", rel=[("sister", "p2"), ("aunt", "p1")]),
    P("p7", "Ayshem Nuri", ["Ayshem Nuri", "Ayshem"], ["other"], gender="female"),
]
PLACES = [
    L("Istanbul", ["Istanbul", "Istanbulda"]),
    L("Kargilik County", ["Qaghiliq", "Qaghiliqtiki", "Qaghiliqta"]),
    L("Besherik", ["Bésherik"]),
    L("Kokyar", ["Kökyar"]),
    L("Turkey", ["Türkiyege"]),
    L("Ürümqi", ["Ürümchi", "Ürümchide"]),
    L("Kashgar", ["Qeshqer"]),
    L("Kumul", ["Qumulda"]),
    L("Almaty", ["Almutada", "Almutagha"]),
]
DATES = [
    D("neshriyati, Istanbul, [[2022]]", "2022", "year"),
    D("2017-yili 14-aprél", "2017-04-14", "day"),
    D("2015-yildin", "2015", "year"),
    D("2021-yilghiche", "2021", "year"),
    D("1952-yili", "1952", "year"),
    D("2017-yili aprélda", "2017-04", "month"),
    D("2014-yili", "2014", "year"),
    D("Ikki yildin kéyin", "2019", "year"),
    D("Ötken yili küzde", "2021", "year"),
    D("2018-yili", "2018", "year"),
    D("shu yili qishta", "2018", "year"),
    D("1994-yili", "1994", "year"),
    D("2022-yili 3-mart", "2022-03-03", "day"),
]
EVENTS = []
NEGATED = []
FORBIDDEN = []
