FILE = "ug01_aka_xeti.txt"
LANG = "ug"
DATE = "2023-11-05"
NOTE = ("Private letter from a brother in Almaty to his sister in Amsterdam, Uyghur Arabic script (written in ULY in "
        "tools/uly/ and converted with uly2uey.py). Persons, places and dates only: events, negated, forbidden and violations "
        "are empty for this file. Place-date line at the top. Salutation 'Söyümlük singlim Renagül' and signature 'akang "
        "Abduréhim' are mentions of the two siblings. Uyghur naming: uncle Memtimin Qadir and father Tursun Qadir share the "
        "grandfather's name; cousin Dilnur Memtimin carries her father's given name. Suffixed surface forms are the mentions "
        "('Memtimin Qadirning', 'Rabiye Hoshurning', 'Almutida', 'Ürümchidin', 'Qaghiliqtin', 'Istanbulgha'). 'Hézim aka, "
        "yeni Hézim Abla' is one former colleague (role other). Yeken = Shache. Dates: 'Ötken ayda' -> 2023-10, 'bu yil' -> "
        "2023 (twice), 'Üch yil ötüp' after 2017 -> 2020, 'Ötken yili' -> 2022; 'Kélerki yili etiyazda' is in the future and "
        "not annotated. Citizenship: the writer 'Qazaqistan puqraliqigha öttüm' -> Kazakhstan.")
ORGS = []
PERSONS = [
    P("p1", "Abduréhim", ["Abduréhim"], ["narrator", "relative"], gender="male", citizenship=["Kazakhstan"],
      rel=[("brother", "p2"), ("son", "p3"), ("son", "p7"), ("nephew", "p4")]),
    P("p2", "Renagül", ["Renagül"], ["relative"], gender="female", rel=[("sister", "p1"), ("daughter", "p3"), ("daughter", "p7")]),
    P("p3", "Tursun Qadir", ["Tursun Qadir"], ["victim", "relative"], gender="male", birth_year=1952, age=71,
      rel=[("father", "p1"), ("father", "p2"), ("brother", "p4"), ("husband", "p7")]),
    P("p4", "Memtimin Qadir", ["Memtimin Qadirning"], ["victim", "relative"], gender="male",
      rel=[("uncle", "p1"), ("uncle", "p2"), ("father", "p5"), ("brother", "p3")]),
    P("p5", "Dilnur Memtimin", ["Dilnur Memtimin", "Dilnur"], ["relative", "witness"], gender="female",
      rel=[("daughter", "p4")]),
    P("p6", "Hézim Abla", ["Hézim", "Hézim Abla"], ["other"], gender="male"),
    P("p7", "Rabiye Hoshur", ["Rabiye Hoshurning"], ["relative"], gender="female",
      rel=[("mother", "p1"), ("mother", "p2"), ("wife", "p3")]),
]
PLACES = [
    L("Almaty", ["Almuta", "Almutida"]),
    L("Amsterdam", ["Amstérdamgha", "Amstérdamda"]),
    L("Urumqi", ["Ürümchidin", "Ürümchide"]),
    L("Kargilik County", ["Qaghiliq", "Qaghiliqtin", "Qaghiliqtiki"]),
    L("Yarkant", ["Yeken", "Shache"]),
    L("Kazakhstan", ["Qazaqistan"]),
    L("Istanbul", ["Istanbulgha"]),
]
DATES = [
    D("2023-yili 5-noyabir", "2023-11-05", "day"),
    D("Ötken ayda", "2023-10", "month"),
    D("Qadir [[bu yil]] yetmish", "2023", "year"),
    D("1952-yili", "1952", "year"),
    D("2019-yili qishta", "2019", "year"),
    D("2017-yili küzde", "2017", "year"),
    D("Üch yil ötüp", "2020", "year"),
    D("2020-yili", "2020", "year"),
    D("Dilnur [[bu yil etiyazda]]", "2023", "year"),
    D("Ötken yili", "2022", "year"),
]
