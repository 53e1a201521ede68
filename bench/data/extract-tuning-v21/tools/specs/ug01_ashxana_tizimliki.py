FILE = "ug01_ashxana_tizimliki.txt"
LANG = "ug"
DATE = "2025-03-15"
NOTE = ("Uyghur restaurant menu in Istanbul with an 'our story' section (BIZNING HEKAYIMIZ), Uyghur Arabic script (UEY), "
        "written in ULY and converted. Gold covers persons, places and dates only: events, negated and forbidden are "
        "empty and no person has violations (do not score events or codes here). Not persons/dates: the restaurant name "
        "'Qeshqer baghi ashxanisi' (org containing a place name), item numbers, prices in lira, skewer and piece counts, "
        "opening hours, phone number. Name forms: the narrator-owner Abdughopur Memet and his sister Mihriban Memet named "
        "after the father Memet Sawut (named twice, once with birth year 1958); wife Renagül Hoshur and her brother "
        "Ablimit Hoshur share a surname; suffixed 'Renagülning'; the cook 'Tursunjan aka' by given name (role other); mother "
        "Patem Abliz. Places with suffixes: 'Qeshqerde', 'Qeshqerning', 'Istanbulgha', 'Ürümchidin', 'Ghuljida'; "
        "'Zeytinburnu' district. Dates: menu date '2025-yili 15-mart', '2017-yili küzde' -> 2017, 'Ikki yildin kéyin' -> "
        "2019, 'Ötken yili' -> 2024, 2016, 2018, 2019, 2020, birth year 1958.")
ORGS = ["QEShQER BAGhI ASHXANISI"]
PERSONS = [
    P("p1", "Abdughopur Memet", ["Abdughopur Memet"], ["narrator", "relative"], gender="male",
      rel=[("son", "p3"), ("son", "p4"), ("husband", "p2"), ("brother", "p5")]),
    P("p2", "Renagül Hoshur", ["Renagül Hoshur", "Renagülning"], ["relative"], gender="female",
      rel=[("wife", "p1"), ("sister", "p7")]),
    P("p3", "Memet Sawut", ["Memet Sawut"], ["victim", "relative"], gender="male", birth_year=1958,
      rel=[("father", "p1"), ("father", "p5"), ("husband", "p4")]),
    P("p4", "Patem Abliz", ["Patem Abliz"], ["relative"], gender="female", rel=[("mother", "p1"), ("mother", "p5")]),
    P("p5", "Mihriban Memet", ["Mihriban Memet"], ["relative"], gender="female", rel=[("sister", "p1"), ("daughter", "p3")]),
    P("p6", "Tursunjan", ["Tursunjan"], ["other"], gender="male"),
    P("p7", "Ablimit Hoshur", ["Ablimit Hoshur"], ["victim", "relative"], gender="male", rel=[("brother", "p2")]),
]
PLACES = [
    L("Istanbul", ["Istanbul", "Istanbulgha"]),
    L("Zeytinburnu", ["Zeytinburnu"]),
    L("Kashgar", ["Qeshqerde", "Qeshqerning"]),
    L("Ürümqi", ["Ürümchidin"]),
    L("Yining", ["Ghuljida"]),
]
DATES = [
    D("2025-yili 15-mart", "2025-03-15", "day"),
    D("2019-yili", "2019", "year"),
    D("2017-yili küzde", "2017", "year"),
    D("Ikki yildin kéyin", "2019", "year"),
    D("2016-yili", "2016", "year"),
    D("Ötken yili", "2024", "year"),
    D("2018-yili", "2018", "year"),
    D("2020-yili", "2020", "year"),
    D("1958-yili", "1958", "year"),
]
EVENTS = []
NEGATED = []
FORBIDDEN = []
