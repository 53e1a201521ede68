FILE = "en04_import_invoice_dispute.txt"
LANG = "en"
DATE = "2023-11-08"
NOTE = ("E-mail exchange between a Vancouver carpet importer and an Istanbul export agent disputing an invoice "
        "(mail headers, invoice number, amounts). Agent 'Mr Yusufjan Kerim' (narrator of the reply); supplier "
        "'Abdusalam Qari' then 'Abdusalam aka' (honorific, mention 'Abdusalam'); wife 'Patigul' and daughter "
        "'Nigara' by given name. The 'Hotan Rural Weaving Cooperative', 'Port of Vancouver' and company names are "
        "organisations. Taken from Friday prayer + 'Nobody was told where' = arbitrary arrest + enforced "
        "disappearance; ten years for 'illegal religious activity' learnt of later = prison sentence + religious ban, "
        "undated sentencing. Wife and daughters placed as weavers with quota, dormitory, evening Chinese class = "
        "forced labour + political indoctrination; 'Patigul herself was never arrested' negated beside it. "
        "'this spring' -> 2023; 'twelve years', 'a year' are durations.")
ORGS = ["Hotan Rural Weaving Cooperative", "Port of Vancouver", "Pamir Rugs Inc.", "Anatolia Textile Trading"]
PERSONS = [
    P("p1", "Yusufjan Kerim", ["Yusufjan Kerim"], ["narrator", "witness"], gender="male"),
    P("p2", "Fiona McLeod", ["Fiona McLeod"], ["other"], gender="female"),
    P("p3", "Abdusalam Qari", ["Abdusalam Qari", "Abdusalam"], ["victim"], gender="male",
      rel=[("husband", "p5"), ("father", "p6")],
      viol=[("detention.arbitrary_arrest", "he was taken from the Friday prayer at his village mosque"),
            ("disappearance.enforced", "Nobody was told where"),
            ("detention.prison_sentence", "he had received ten years for \"illegal religious activity\""),
            ("culture.religious_ban", "ten years for \"illegal religious activity\"")]),
    P("p4", "Zainab Haddad", ["Zainab Haddad", "Ms Haddad"], ["other"], gender="female"),
    P("p5", "Patigul", ["Patigul"], ["victim", "relative"], gender="female",
      rel=[("wife", "p3"), ("mother", "p6")],
      viol=[("labour.forced_labour", "Patigul and her two daughters were placed there as weavers, with a quota, a dormitory"),
            ("indoctrination.political", "Chinese class every evening")]),
    P("p6", "Nigara", ["Nigara"], ["victim", "relative"], gender="female",
      rel=[("daughter", "p3"), ("daughter", "p5")],
      viol=[("labour.forced_labour", "they are paid less than half of what the cooperative promised"),
            ("indoctrination.political", "Chinese class every evening. They cannot leave")]),
]
PLACES = [
    L("Hotan", ["Hotan"]),
    L("China", ["China"]),
    L("Istanbul", ["Istanbul"]),
]
DATES = [
    D("7 Nov 2023", "2023-11-07", "day"),
    D("8 Nov 2023", "2023-11-08", "day"),
    D("told us in [[2021]]", "2021", "year"),
    D("lie in [[2021]]", "2021", "year"),
    D("April 2017", "2017-04", "month"),
    D("In [[2019]] the authorities", "2019", "year"),
    D("this spring", "2023", "year"),
    D("after [[2016]]", "2016", "year"),
]
EVENTS = [
    ("arrest", "p3", "2017-04"),
    ("detention", "p3", "2017-04"),
    ("sentencing", "p3", None),
]
NEGATED = [("p5", "detention.arbitrary_arrest", "Patigul herself was never arrested")]
FORBIDDEN = []
