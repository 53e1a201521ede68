FILE = "en01_withhold_release_order.txt"
LANG = "en"
DATE = "2024-03-14"
NOTE = ("Customs authority's notice of detention under a withhold release order: goods, importer, manufacturer and yarn "
        "supplier named, workers only in general (groups from Kashgar, a closed dormitory, evening classes): no victim, no "
        "code, no event. A named county official escorting workers is `official`; the customs staff are `other`. The "
        "importer's audit 'found no indicators of forced labor' names no one: no negation. Shipment, order, submission and "
        "audit dates are annotated; '30 days', HTS and statute numbers are not. Company names are organisations.")
ORGS = ["Brightfold Apparel Sourcing LLC", "Zhongxin Garment Co., Ltd.", "Tarim Golden Thread Spinning Co."]
PERSONS = [
    P("p1", "Wang Lixin", ["Wang Lixin"], ["official"], gender=None),
    P("p2", "Rebecca Lindqvist", ["Rebecca Lindqvist"], ["other"], gender="female"),
    P("p3", "Daniel P. Okafor", ["Daniel P. Okafor"], ["other"], gender="male"),
]
PLACES = [
    L("Los Angeles", ["Los Angeles"]),
    L("California", ["California"]),
    L("Anqing", ["Anqing"]),
    L("Anhui", ["Anhui"]),
    L("Aksu", ["Aksu"]),
    L("Xinjiang", ["Xinjiang"]),
    L("Long Beach", ["Long Beach"]),
    L("Kashgar", ["Kashgar"]),
]
DATES = [
    D("March 14, 2024", "2024-03-14", "day"),
    D("February 2, 2024", "2024-02-02", "day"),
    D("February 19, 2024", "2024-02-19", "day"),
    D("August 30, 2023", "2023-08-30", "day"),
    D("program in [[2019]] and", "2019", "year"),
    D("2019 and [[2021]];", "2021", "year"),
    D("April 2021", "2021-04", "month"),
    D("February 27, 2024", "2024-02-27", "day"),
    D("November 8, 2023", "2023-11-08", "day"),
]
EVENTS = []
NEGATED = []
FORBIDDEN = []
