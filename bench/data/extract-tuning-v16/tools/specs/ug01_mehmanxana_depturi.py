FILE = "ug01_mehmanxana_depturi.txt"
LANG = "ug"
DATE = "2024-02-15"
NOTE = ("Guest-book of a guesthouse in Almaty, Uyghur Arabic script (written in ULY, converted). Persons, places and dates only: "
        "events, negated, forbidden and violations are empty for this file. Dated entries, each signed with name and city; the "
        "guesthouse name 'Yaruq Öy' and the volume line are no place or date. 'Ubul aka' (honorific after the name) and the "
        "owner's signature 'Méhmanxana igisi Ubul Hashim' are one person. Brothers share the father's name: Tewpiq Tursun and "
        "Memet'éli Tursun; 'Patemxan hede' (honorific), the nephew Erkin. 'Ablimit Haji' (title) is the father of Meryemgül "
        "Ablimit. The joint signature 'Rizwangül we Shöhret Hamit' gives the sister only her given name; 'Singlimiz Sajide' is "
        "their sister. 'Bügün' anchored on its entry stamp; 'ikki yildin kéyin' after 2017 -> 2019; 'shu yilning axirida' -> "
        "2018; 'ötken yili küzde' in the 2 January 2024 entry -> 2023; 'Ötken yili' in the owner's entry -> 2023. Places carry "
        "case suffixes (Gollandiyidin, Qumulda, Almutada, Almutigha, Ghuljida, Ürümchide, Shinjangdiki); 'Qeyseri shehiridin' is "
        "one mention. Durations 'yette yildin béri', 'alte yildin béri', 'bir hepte' are no dates; counts of guests no persons.")
ORGS = ["\"Yaruq Öy\" méhmanxanisi"]
PERSONS = [
    P("p1", "Muyesser Abdurehim", ["Muyesser Abdurehim"], ["relative", "witness"], gender="female", rel=[("daughter", "p2")]),
    P("p2", "Ayshem Imin", ["Ayshem Imin"], ["relative"], gender="female", rel=[("mother", "p1")]),
    P("p3", "Ubul Hashim", ["Ubul Hashim", "Ubul"], ["other"], gender="male"),
    P("p4", "Tewpiq Tursun", ["Tewpiq Tursun"], ["relative", "witness"], gender="male",
      rel=[("brother", "p5"), ("uncle", "p7")]),
    P("p5", "Memet'éli Tursun", ["Memet'éli Tursun"], ["victim", "relative"], gender="male",
      rel=[("brother", "p4"), ("husband", "p6"), ("father", "p7")]),
    P("p6", "Patemxan", ["Patemxan"], ["relative"], gender="female", rel=[("wife", "p5"), ("mother", "p7")]),
    P("p7", "Erkin", ["Erkin"], ["relative"], gender="male", rel=[("son", "p5"), ("son", "p6")]),
    P("p8", "Meryemgül Ablimit", ["Meryemgül Ablimit"], ["relative", "witness"], gender="female", rel=[("daughter", "p9")]),
    P("p9", "Ablimit Haji", ["Ablimit Haji"], ["victim", "relative"], gender="male", birth_year=1951, age=72,
      rel=[("father", "p8")]),
    P("p10", "Rizwangül Hamit", ["Rizwangül"], ["relative"], gender="female", rel=[("sister", "p11"), ("sister", "p12")]),
    P("p11", "Shöhret Hamit", ["Shöhret Hamit"], ["relative"], gender="male", rel=[("brother", "p10"), ("brother", "p12")]),
    P("p12", "Sajide Hamit", ["Sajide"], ["victim", "relative"], gender="female", rel=[("sister", "p10"), ("sister", "p11")]),
]
PLACES = [
    L("Almaty", ["Almuta", "Almutada", "Almutigha"]),
    L("Netherlands", ["Gollandiyidin"]),
    L("Kumul", ["Qumulda"]),
    L("Amsterdam", ["Amstérdam"]),
    L("Turkey", ["Türkiyening"]),
    L("Kayseri", ["Qeyseri shehiridin"]),
    L("Kashgar", ["Qeshqerde"]),
    L("Ghulja", ["Ghuljida"]),
    L("Munich", ["Myunxén"]),
    L("Ürümqi", ["Ürümchide"]),
    L("Istanbul", ["Istanbul"]),
    L("Xinjiang", ["Shinjangdiki"]),
]
DATES = [
    D("2023-yil 12-may", "2023-05-12", "day"),
    D("2023-yil 3-iyul", "2023-07-03", "day"),
    D("2017-yili", "2017", "year"),
    D("ikki yildin kéyin", "2019", "year"),
    D("2023-yil 20-séntebir", "2023-09-20", "day"),
    D("Bügün", "2023-09-20", "day"),
    D("1951-yili", "1951", "year"),
    D("2018-yili", "2018", "year"),
    D("shu yilning axirida", "2018", "year"),
    D("2024-yil 2-yanwar", "2024-01-02", "day"),
    D("ötken yili küzde", "2023", "year"),
    D("2024-yil 15-fewral", "2024-02-15", "day"),
    D("[[Ötken yili]] méhmanxanimizda", "2023", "year"),
]
