FILE = "ug01_tewsiye_xet.txt"
LANG = "ug"
DATE = "2022-06-10"
NOTE = ("Teacher's scholarship recommendation letter (tewsiye xet), Uyghur Arabic script (UEY), written in ULY "
        "(tools/uly/ug01_tewsiye_xet.uly) and converted with uly2uey.py. RESTRICTED GOLD: persons, places and dates only; "
        "events, negated and forbidden are [] and no person has violations (do not score events or codes). The centre 'Istanbul "
        "Uyghur Medeniyet Merkizi' (also as 'Merkizide') is an org; the Istanbul of the closing place-date line is a place. "
        "The story title 'Anamning kesh tikkini' is no person. Father Abliz Tursun -> son Nurmuhemmet Abliz (accusative "
        "'Nurmuhemmet Ablizni', genitive 'Nurmuhemmetning'); Abliz's younger brother Rozi Tursun shares the surname; 'Mahire "
        "xanim' = Mahire Qasim. Agglutinated places 'Qeshqerdiki', 'Türkiyege', 'Ürümchidin', 'Almutada', 'Enqerediki'. "
        "'2017-yili yazda', 'shu yili küzde', '2017-yili küzdin' -> 2017; 'Ikki yildin kéyin' -> 2019; 'Ötken yili' -> 2021; "
        "'Bu yil aprélda' -> 2022-04; 'besh yildin buyan' is a duration.")
ORGS = ["Istanbul Uyghur Medeniyet Merkizi"]
PERSONS = [
    P("p1", "Gülbahar Rozimemet", ["Gülbahar Rozimemet"], ["narrator", "other"], gender="female"),
    P("p2", "Nurmuhemmet Abliz", ["Nurmuhemmet Ablizni", "Nurmuhemmet", "Nurmuhemmetning"], ["relative"], gender="male",
      birth_year=2004, rel=[("son", "p3"), ("son", "p4"), ("nephew", "p5")]),
    P("p3", "Mahire Qasim", ["Mahire Qasim", "Mahire"], ["relative"], gender="female", rel=[("mother", "p2"), ("wife", "p4")]),
    P("p4", "Abliz Tursun", ["Abliz Tursun"], ["victim", "relative"], gender="male",
      rel=[("father", "p2"), ("husband", "p3"), ("brother", "p5")]),
    P("p5", "Rozi Tursun", ["Rozi Tursun"], ["relative", "witness"], gender="male", rel=[("brother", "p4"), ("uncle", "p2")]),
]
PLACES = [
    L("Zeytinburnu", ["Zeytinburnu"]),
    L("Kashgar", ["Qeshqer", "Qeshqerdiki"]),
    L("Turkey", ["Türkiyege"]),
    L("Ürümqi", ["Ürümchidin"]),
    L("Almaty", ["Almutada"]),
    L("Ankara", ["Enqerediki"]),
    L("Istanbul", ["Istanbul"]),
]
DATES = [
    D("2015-yildin", "2015", "year"),
    D("2004-yili", "2004", "year"),
    D("2017-yili yazda", "2017", "year"),
    D("shu yili küzde", "2017", "year"),
    D("Ikki yildin kéyin", "2019", "year"),
    D("2017-yili küzdin", "2017", "year"),
    D("Ötken yili", "2021", "year"),
    D("Bu yil aprélda", "2022-04", "month"),
    D("2022-yili 10-iyun", "2022-06-10", "day"),
]
EVENTS = []
NEGATED = []
FORBIDDEN = []
