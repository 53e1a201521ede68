FILE = "en03_brand_reply_letter.txt"
LANG = "en"
DATE = "2023-06-06"
NOTE = ("A clothing brand's reply to an NGO's letter: denials ('no direct supplier', 'no evidence found', an audit that "
        "'found no evidence of forced labour'), the brand's officers and the NGO's director named (`other`). The brand "
        "restates the NGO report's account of one worker without contesting the acts, only the link to its supplier: the "
        "acts stay gold (eleven months in a 'vocational training centre' = internment camp, a stay told without the "
        "taking: detention event undated; sent in October 2019 directly to a garment factory, locked in at night = "
        "transfer event + forced labour; phone checked weekly = digital surveillance). The supplier's statement that it "
        "never employed him and that 'no worker is restricted' is the accused party's denial: no negation. Audit, visit "
        "and letter dates annotated; '2021 season' = 2021. Company names are organisations.")
ORGS = ["NORDVIK OUTDOOR AB", "Fair Threads Watch", "Nordvik Outdoor", "Jingwei Apparel"]
PERSONS = [
    P("p1", "Harriet Coombe", ["Harriet Coombe", "Coombe"], ["other"], gender="female"),
    P("p2", "Ekrem Yaqup", ["Ekrem Yaqup", "Yaqup"], ["victim"], gender="male", age=27,
      viol=[("detention.internment_camp", "eleven months in a \"vocational training centre\" in Kuqa"),
            ("labour.forced_labour", "sent in October 2019 directly to a garment factory in Xiaogan, where he was locked in the compound at night"),
            ("surveillance.digital", "his phone was checked each week by a security officer")]),
    P("p3", "Magnus Ekholm", ["Magnus Ekholm"], ["other"], gender="male"),
    P("p4", "Linnea Sjöberg", ["Linnea Sjöberg"], ["other"], gender="female"),
]
PLACES = [
    L("Stockholm", ["Stockholm"]),
    L("London", ["London"]),
    L("Xinjiang", ["Xinjiang", "Xinjiang Uyghur Autonomous Region"]),
    L("Hubei", ["Hubei"]),
    L("Xiaogan", ["Xiaogan"]),
    L("Kuqa", ["Kuqa"]),
]
DATES = [
    D("6 June 2023", "2023-06-06", "day"),
    D("11 May 2023", "2023-05-11", "day"),
    D("October 2019", "2019-10", "month"),
    D("21 February 2023", "2023-02-21", "day"),
    D("3 April 2023", "2023-04-03", "day"),
    D("the [[2021]] season", "2021", "year"),
]
EVENTS = [
    ("detention", "p2", None),
    ("transfer", "p2", "2019-10"),
]
NEGATED = []
FORBIDDEN = []
