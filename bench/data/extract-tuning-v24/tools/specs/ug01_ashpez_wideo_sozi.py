FILE = "ug01_ashpez_wideo_sozi.txt"
LANG = "ug"
DATE = "2025-04-12"
NOTE = ("Transcript of a spoken cooking video (ashpez wide'osi) on a channel, Uyghur Arabic script (UEY, written in ULY "
        "and converted), FULL gold. Channel title contains the narrator's own name (org, no mention inside) and the dish "
        "name 'Ghulja lengmini' (twice, org: not a place mention); speaker labels 'Guljana:' are mentions; bracketed "
        "stage notes; a viewer's handle and question read out (Q/A; the handle is not a person); editor in the credit "
        "line (role other). Mother Patigül Mexmut: taken from home in autumn 2018 for praying (heard: still gold), camp, "
        "party songs, released last year (-> 2024) but may not leave home (house arrest). A claimed prison sentence is "
        "denied ('sot bolmighan, hökummu chiqmighan'): negated. Father Abdukérim Tursun shares the narrator's surname; "
        "'lagérgha kirmidi' negated next to the mother's camp. Brother first as 'inim', then 'Erkin': passport taken "
        "2017, new one refused two years ago (-> 2023). Narrator moved from Ghulja to Istanbul in 2016 (exit). "
        "'her jüme küni' and 'on besh minut' are not dates.")
ORGS = ["\"Guljananing ashxanisi\"", "Ghulja lengmini"]
PERSONS = [
    P("p1", "Guljana Tursun", ["Guljana Tursun", "Guljana"], ["narrator", "relative"], gender="female",
      rel=[("daughter", "p2"), ("daughter", "p3"), ("sister", "p4")]),
    P("p2", "Patigül Mexmut", ["Patigül Mexmut"], ["victim", "relative"], gender="female",
      rel=[("mother", "p1"), ("mother", "p4")],
      viol=[("detention.arbitrary_arrest", "saqchilar anamni öydin élip kétip"),
            ("detention.internment_camp", "\"terbiyilesh merkizi\"ge qamaptu"),
            ("indoctrination.political", "partiyini medhiyileydighan naxshilarni éytquzuptu"),
            ("detention.house_arrest", "öydin chiqishqa ruxset yoq")]),
    P("p3", "Abdukérim Tursun", ["Abdukérim Tursun"], ["relative"], gender="male", rel=[("father", "p1")]),
    P("p4", "Erkin", ["Erkin"], ["victim", "relative"], gender="male", rel=[("brother", "p1"), ("son", "p2")],
      viol=[("movement.passport_confiscation", "pasportini 2017-yili saqchilar yighiwaldi")]),
    P("p5", "Dilnur Hoshur", ["Dilnur Hoshur"], ["other"], gender="female"),
]
PLACES = [
    L("Istanbul", ["Istanbuldiki", "Istanbulgha"]),
    L("Ghulja", ["Ghuljida", "Ghuljidin"]),
    L("Ürümqi", ["Ürümchide"]),
]
DATES = [
    D("2025-yili 12-aprél", "2025-04-12", "day"),
    D("2016-yili", "2016", "year"),
    D("2018-yili küzde", "2018", "year"),
    D("Ötken yili", "2024", "year"),
    D("2017-yili", "2017", "year"),
    D("ikki yil burun", "2023", "year"),
]
EVENTS = [
    ("exit", "p1", "2016"),
    ("arrest", "p2", "2018"),
    ("detention", "p2", "2018"),
    ("release", "p2", "2024"),
]
NEGATED = [("p2", "detention.prison_sentence", "héchqandaq sot bolmighan, hökummu chiqmighan"),
           ("p3", "detention.internment_camp", "lagérgha kirmidi")]
FORBIDDEN = [("p3", "detention.arbitrary_arrest"), ("p1", "detention.internment_camp")]
